"""Plan vocabulary in English and Polish; sentences are ``plan.*`` messages in :mod:`adsage.i18n`."""

from __future__ import annotations

KIND = {
    "en": {"daily": "daily", "lifetime": "lifetime"},
    "pl": {"daily": "dzienny", "lifetime": "całkowity"},
}
# the tested element as the hypothesis names it (Polish: genitive, "zmiana tylko nagłówka")
VARIABLE = {"en": {"headline": "headline"}, "pl": {"headline": "nagłówka"}}


def t(lang: str, key: str, **kw: object) -> str:
    """The ``plan.*`` message ``key`` of the one catalogue."""
    from adsage.i18n import t as _t

    return _t(f"plan.{key}", lang, **kw)


# KPI names from the objectives data are English; Polish plans name them in Polish.
KPI_NAMES = {
    "pl": {
        "reach": "zasięg",
        "frequency": "częstotliwość",
        "ad recall lift": "wzrost zapamiętania reklamy",
        "landing page views": "wyświetlenia strony docelowej",
        "engagement rate": "współczynnik zaangażowania",
        "cost per engagement": "koszt zaangażowania",
        "cost per ThruPlay": "koszt ThruPlay",
        "lead conversion rate": "konwersja leadów",
        "installs": "instalacje",
        "conversion rate": "współczynnik konwersji",
    }
}
