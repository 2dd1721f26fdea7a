"""Typed access to the rule data in ``knowledge/rules/*.yaml``."""
