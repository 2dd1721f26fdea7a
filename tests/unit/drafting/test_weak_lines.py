"""No category's ad copy casts doubt on the advertiser or only describes the reader putting
things off: the phrase lists live in knowledge/categories/lint/weak_lines.yaml, and every
category bank (hooks, problem, agitate, before, after, payoff, headlines, descriptions,
closing lines, the video opening) is scanned with them in its own language."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from adsage.drafting.offline.categories import categories_dir, load_categories

LINT = Path(__file__).resolve().parents[3] / "knowledge" / "categories" / "lint" / "weak_lines.yaml"
_OPENERS = ("hooks", "problem")


def _lists() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(LINT.read_text("utf-8"))
    return data


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p.casefold()) for p in phrases)
    return re.compile(rf"(?<![^\W_])(?:{alts})", re.IGNORECASE)


def _bank(lang: str) -> list[tuple[str, str, str]]:
    """(category, key, line) for every copy line of every category in ``lang``."""
    out: list[tuple[str, str, str]] = []
    for cat in load_categories():
        for angle, lines in cat.lines(lang).items():
            for key, values in lines.model_dump().items():
                out += [(cat.id, f"{angle}.{key}", v) for v in values]
        for objective, closes in (cat.close_pl if lang == "pl" else cat.close_en).items():
            out += [(cat.id, f"close.{objective}", v) for v in closes]
        for rule in cat.offers:
            for objective, closes in (rule.close_pl if lang == "pl" else rule.close_en).items():
                out += [(cat.id, f"offer.close.{objective}", v) for v in closes]
        if lang in cat.video_open:
            out.append((cat.id, "video_open", cat.video_open[lang]))  # type: ignore[index]
    return out


def test_the_lists_have_both_languages_and_read_from_the_category_folder() -> None:
    data = _lists()
    assert data["source"] and data["as_of"]
    for group in ("self_undermining", "stalling"):
        assert data[group]["en"] and data[group]["pl"]
    # the lint folder sits beside the category files the engine loads
    assert LINT.parent.parent.resolve() == categories_dir().resolve()


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_no_category_line_undermines_the_advertiser(lang: str) -> None:
    bad = _pattern(_lists()["self_undermining"][lang])
    lines = _bank(lang)
    assert len(lines) > 100
    assert [x for x in lines if bad.search(x[2])] == []


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_no_category_opener_only_describes_putting_off(lang: str) -> None:
    bad = _pattern(_lists()["stalling"][lang])
    openers = [x for x in _bank(lang) if x[1].split(".")[-1] in _OPENERS]
    assert openers
    assert [x for x in openers if bad.search(x[2])] == []


@pytest.mark.parametrize(
    ("lang", "line", "group"),
    [
        ("pl", "Niska liczba w nagłówku może ukrywać prawdziwy koszt.", "self_undermining"),
        ("pl", "Ogłoszenia, które obiecują więcej, niż daje praca.", "self_undermining"),
        ("en", "A low figure in a headline can hide the real cost.", "self_undermining"),
        ("en", "Saved for later, again.", "stalling"),
        ("pl", "Dobry zamiar, a decyzji wciąż brak.", "stalling"),
        ("en", "Good intentions, no decision yet.", "stalling"),
    ],
)
def test_the_lists_catch_the_lines_they_were_written_for(lang: str, line: str, group: str) -> None:
    assert _pattern(_lists()[group][lang]).search(line)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("pl", "Bez ukrytych dopłat."),
        ("en", "No hidden extras, in plain words."),
        ("en", "A clear offer, an easy next step."),
    ],
)
def test_reassurance_is_not_flagged(lang: str, line: str) -> None:
    data = _lists()
    assert not _pattern(data["self_undermining"][lang]).search(line)
    assert not _pattern(data["stalling"][lang]).search(line)
