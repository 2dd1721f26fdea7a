"""Pydantic models shared by the core and every surface."""
