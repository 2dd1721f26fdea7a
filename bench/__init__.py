"""Benchmarks run by ``make bench``: each ``*_bench.py`` module exposes ``run() -> dict``."""
