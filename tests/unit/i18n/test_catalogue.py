"""The one message catalogue: complete in both languages, Polish plurals and separators."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest

from adsage.i18n import date as fmt_date
from adsage.i18n import keys, money, number, percent, plural, t
from adsage.i18n.catalogue import _tables

NBSP = "\u00a0"


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_message_exists_in_both_languages_with_the_same_placeholders() -> None:
    messages, plurals = _tables()
    assert len(keys()) == len(messages) + len(plurals)
    for key, (en, pl) in messages.items():
        assert en.strip() and pl.strip(), key
        assert _fields(en) == _fields(pl), key
    for key, (en_forms, pl_forms) in plurals.items():
        assert set(en_forms) == {"one", "other"}, key
        assert set(pl_forms) == {"one", "few", "many", "other"}, key
        fields = {f for form in [*en_forms.values(), *pl_forms.values()] for f in _fields(form)}
        assert "n" in fields, key


def test_unknown_key_fails_loudly() -> None:
    with pytest.raises(KeyError):
        t("no.such.key", "en")


@pytest.mark.parametrize(
    ("n", "pl", "en"),
    [
        (1, "1 wariant", "1 variant"),
        (2, "2 warianty", "2 variants"),
        (4, "4 warianty", "4 variants"),
        (5, "5 wariantów", "5 variants"),
        (12, "12 wariantów", "12 variants"),
        (22, "22 warianty", "22 variants"),
        (25, "25 wariantów", "25 variants"),
        (0, "0 wariantów", "0 variants"),
    ],
)
def test_polish_plurals(n: int, pl: str, en: str) -> None:
    assert plural("unit.variant", n, "pl") == pl
    assert plural("unit.variant", n, "en") == en


def test_every_plural_key_picks_three_polish_forms() -> None:
    _, plurals = _tables()
    for key in plurals:
        few, many = plural(key, 2, "pl"), plural(key, 5, "pl")
        assert few != many, key


def test_polish_separators() -> None:
    assert number(50434, "pl") == f"50{NBSP}434"
    assert number(50434, "en") == "50,434"
    assert number(1.5, "pl") == "1,5"
    assert percent(0.0171, "pl", decimals=2) == "1,71%"
    assert percent(0.0171, "en", decimals=2) == "1.71%"
    assert money(1200, "PLN", "pl") == f"1{NBSP}200{NBSP}zł"
    # an amount that is not whole always shows two decimals, never one
    assert money(1200.5, "PLN", "pl") == f"1{NBSP}200,50{NBSP}zł"
    assert money(21.2, "EUR", "en") == f"EUR{NBSP}21.20"
    assert money(19.599, "GBP", "en") == f"GBP{NBSP}19.60"
    assert money(8, "PLN", "pl") == f"8{NBSP}zł"
    assert money(4.12345, "PLN", "pl", 4) == f"4,1234{NBSP}zł"
    assert money(1200, "PLN", "en") == f"PLN{NBSP}1,200"
    assert money(30, None, "pl") == "30"


def test_dates_read_back_by_the_parser() -> None:
    from adsage.lang.dates import parse_date

    d = date(2026, 12, 24)
    assert fmt_date(d, "pl") == "24 grudnia 2026"
    assert fmt_date(d, "en") == "24 December 2026"
    assert parse_date(fmt_date(d, "pl")) == d
    assert parse_date(fmt_date(d, "en")) == d


def test_polish_messages_use_no_english_separators() -> None:
    """A Polish plural of a large count groups with a non-breaking space, never a comma."""
    text = plural("unit.impression", 50435, "pl")
    assert text == f"50{NBSP}435 wyświetleń"
    assert not re.search(r"\d,\d{3}", text)
