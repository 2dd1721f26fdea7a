"""Budget lines the bulk sheet builds as campaigns of their own.

Kept apart from :mod:`adsage.export.plan_rows` because the plan's notes read them too, and
importing the sheet code (its rule data and column tables) costs a plan that writes no sheet.
"""

from __future__ import annotations

# Main lines that are Advantage+ campaigns: Meta builds their one ad set itself and takes no
# manual ad set beside it, so a test line of such a plan is a campaign of its own.
ADVANTAGE_LINES = frozenset({"advantage_sales", "app_campaign", "app_ios", "app_android"})
# An app campaign promotes one store's app: a plan with a line per store runs each as a
# campaign of its own.
STORE_LINES = frozenset({"app_ios", "app_android"})
