"""Renderers: the same content for people (Markdown, HTML, terminal) and machines (JSON)."""
