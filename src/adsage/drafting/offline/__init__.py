"""Offline drafting: copy, personas, formats and goal rewrites with no model in the loop."""

from adsage.drafting.offline.engine import OfflineEngine
from adsage.drafting.offline.hygiene import sanitize_fragment

__all__ = ["OfflineEngine", "sanitize_fragment"]
