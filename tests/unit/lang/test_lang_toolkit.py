"""The EN/PL language toolkit: folding, detection, numbers, money and dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from adsage.lang import detect_lang, fold, lang_scores, normalize_lang, tokenise
from adsage.lang.dates import parse_date
from adsage.lang.money import normalize_currency
from adsage.lang.numbers import count_word, to_float, words_value

_LINES = yaml.safe_load((Path(__file__).parent / "chat_lines.yaml").read_text("utf-8"))
_EVALS = Path(__file__).resolve().parents[3] / "evals" / "datasets"


def _labelled() -> list[tuple[str, str]]:
    rows = [(line, lang) for lang in ("en", "pl") for line in _LINES[lang]]
    for name in ("retrieval_en.yaml", "retrieval_pl.yaml"):
        for item in yaml.safe_load((_EVALS / name).read_text("utf-8")):
            rows.append((item["q"], item["lang"]))
    return rows


def test_fold_keeps_length_and_strips_polish_letters() -> None:
    text = "ZAMÓWIEŃ\u00a0za 24\u2013go"
    assert fold(text) == "zamowien za 24-go"
    assert len(fold(text)) == len(text)


def test_tokenise_keeps_polish_letters_and_ab() -> None:
    assert tokenise("Test A/B budżetu") == ["test", "abtest", "budżetu"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("kup teraz", "pl"),
        ("do 24 grudnia", "pl"),
        ("zamow dzis", "pl"),
        ("skroc to", "pl"),
        ("buy now", "en"),
        ("by December 24", "en"),
        ("I want more sales", "en"),
        ("budżet", "pl"),
    ],
)
def test_short_lines(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


def test_no_evidence_keeps_the_default() -> None:
    assert lang_scores("ok 123") == (0.0, 0.0)
    assert detect_lang("ok", default="pl") == "pl"
    assert detect_lang("/plan", default="en") == "en"


def test_accuracy_on_chat_lines_and_eval_questions() -> None:
    """The measured floor: every labelled line of the chat set and the eval questions."""
    rows = _labelled()
    wrong = [(text, lang) for text, lang in rows if detect_lang(text) != lang]
    assert len(rows) >= 120
    assert wrong == []


def test_normalize_lang() -> None:
    assert normalize_lang("PL-pl") == "pl"
    assert normalize_lang(None) is None
    with pytest.raises(Exception, match="unsupported language"):
        normalize_lang("de")


@pytest.mark.parametrize(
    ("raw", "value"),
    [("1,000", 1000.0), ("1 000", 1000.0), ("1.000", 1000.0), ("1,5", 1.5), ("1\u00a0200", 1200.0)],
)
def test_digit_groups(raw: str, value: float) -> None:
    assert to_float(raw) == value


def test_number_words_en_pl() -> None:
    assert words_value(["dwa", "tysiace", "piecset"]) == 2500
    assert words_value(["a", "thousand"]) == 1000
    assert words_value(["trzysta"]) == 300
    assert count_word("trzy") == 3
    assert count_word("pięć") == 5
    assert count_word("kilka") == 3
    assert count_word("półtora") is None


@pytest.mark.parametrize(
    ("token", "code"),
    [("zł", "PLN"), ("złotych", "PLN"), ("dolarów", "USD"), ("€", "EUR"), ("funtow", "GBP"),
     ("$", "USD"), ("xyz", None)],
)  # fmt: skip
def test_currencies_on_folded_text(token: str, code: str | None) -> None:
    assert normalize_currency(fold(token)) == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("do 24 grudnia", date(2026, 12, 24)),
        ("24.12.2026", date(2026, 12, 24)),
        ("Dec 24", date(2026, 12, 24)),
        ("2027-01-15", date(2027, 1, 15)),
        ("start 3 stycznia", date(2027, 1, 3)),
        ("5 w grudniu", None),
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    assert parse_date(text, today=date(2026, 11, 30)) == expected
