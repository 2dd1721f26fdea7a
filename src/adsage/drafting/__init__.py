"""Drafting engines: offline (frameworks + rules + retrieval) and model-backed, one interface."""
