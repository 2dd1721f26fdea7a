"""Eval suites: each module exposes run() -> dict."""
