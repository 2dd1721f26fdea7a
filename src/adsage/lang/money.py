"""Currency words and symbols in English and Polish, on folded text.

One table for every reader: the goal parser ("500 zl", "$2k") and the brief reader ("budżet
3 000 złotych dziennie") must agree on what "zl" or "funtow" means.
"""

from __future__ import annotations

CURRENCIES: dict[str, str] = {
    "zl": "PLN", "zlotych": "PLN", "zlote": "PLN", "zloty": "PLN", "pln": "PLN",
    "usd": "USD", "$": "USD", "dollars": "USD", "dollar": "USD", "dolar": "USD",
    "dolarow": "USD", "dolary": "USD",
    "eur": "EUR", "euro": "EUR", "€": "EUR",
    "gbp": "GBP", "£": "GBP", "pounds": "GBP", "funt": "GBP", "funtow": "GBP",
}  # fmt: skip
# Alternation for a regex, longest first so "zlotych" wins over "zl".
CURRENCY_RE = "|".join(
    "\\" + c if c == "$" else c for c in sorted(CURRENCIES, key=len, reverse=True)
)
CURRENCY_BEFORE_RE = r"\$|€|£|usd|pln|eur|gbp"  # the ones written before the amount


def normalize_currency(token: str) -> str | None:
    """ISO code of a currency word or symbol (any inflection of dolar/dollar/funt), or None."""
    t = token.strip().lower().rstrip(".")
    if t in CURRENCIES:
        return CURRENCIES[t]
    for prefix in ("dolar", "dollar", "funt"):
        if t.startswith(prefix):
            return CURRENCIES[prefix]
    return None
