"""Polish drafts read as Polish, not as translated templates: no label openers ("Efekt:",
"W skrócie:") or verbal-noun calques ("Zgadywanie, ile…") anywhere in the Polish phrase data
(lists in knowledge/categories/lint/polish_style.yaml), and every counted word agrees with
its number ("ok. 233 wyniki", "ok. 320 wyników", "24–34 lata", "25–40 lat")."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from adsage.drafting.base import DraftContext
from adsage.drafting.offline import OfflineEngine
from adsage.i18n import plural, t
from adsage.i18n.catalogue import _tables
from adsage.models.brief import load_brief

ROOT = Path(__file__).resolve().parents[3]
KNOWLEDGE = ROOT / "knowledge"
LINT = KNOWLEDGE / "categories" / "lint" / "polish_style.yaml"
DATA = ROOT / "tests" / "data"
NBSP = "\u00a0"


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _polish_phrases(*, personas: bool = True) -> list[tuple[str, str]]:
    """(where, text) for every Polish template: the phrase bank, the A/B variants bank and
    each category's copy lines, closing lines and (unless ``personas`` is false) persona
    notes, whose lists of problems are rightly written as nouns."""
    out: list[tuple[str, str]] = []
    for name in ("pl.yaml", "variants_pl.yaml"):
        data = yaml.safe_load((KNOWLEDGE / "frameworks" / name).read_text("utf-8"))
        if not personas:
            data.pop("personas", None)
        out += [(name, s) for s in _strings(data)]
    for path in sorted((KNOWLEDGE / "categories").glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        polish = [p.get("pl") for p in data.get("personas", [])] if personas else []
        polish += [data.get("copy_pl"), data.get("close_pl")]
        polish += [o.get("close_pl") for o in data.get("offers", []) or []]
        out += [(path.name, s) for s in _strings(polish)]
    return out


def _sentence_start(phrases: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"(?:^|[.!?]\s+)(?:{alts})", re.IGNORECASE)


def test_the_lists_are_sourced_and_the_bank_is_read() -> None:
    data = yaml.safe_load(LINT.read_text("utf-8"))
    assert data["source"] and data["as_of"]
    assert data["label_openers"] and data["nominal_openers"]
    texts = [s for _, s in _polish_phrases()]
    # the scan really covers the Polish data (a persona line, a copy line, a bank closing)
    assert any("Ile naprawdę zapłacisz co miesiąc?" in s for s in texts)
    assert "Zamów już dziś." in texts and len(texts) > 1000


@pytest.mark.parametrize("group", ["label_openers", "nominal_openers"])
def test_no_polish_phrase_opens_like_a_translated_template(group: str) -> None:
    bad = _sentence_start(yaml.safe_load(LINT.read_text("utf-8"))[group])
    # labels nowhere; verbal nouns only in ad copy (a persona's problems are listed as nouns)
    phrases = _polish_phrases(personas=group == "label_openers")
    found = [(where, s) for where, s in phrases if bad.search(s)]
    assert not found, found


def test_the_lint_catches_the_old_openers() -> None:
    lists = yaml.safe_load(LINT.read_text("utf-8"))
    labels, nominal = (_sentence_start(lists[g]) for g in ("label_openers", "nominal_openers"))
    assert labels.search("Efekt: {payoff}.") and labels.search("{offer}. W skrócie: {payoff}.")
    assert nominal.search("Zgadywanie, ile naprawdę wyniesie miesięczny koszt.")
    assert nominal.search("Wahanie ze strachu przed sztucznym efektem.")
    assert not nominal.search("Boisz się sztucznego efektu?")
    assert not labels.search("Zobacz efekt: {b1l}.")  # a word inside a sentence is no label


def _plural_word_after_placeholder() -> re.Pattern[str]:
    words = "wynik|wyniki|wyników|leadów|zamówień|zamówienia|wyświetleń|wariantów|reklam"
    return re.compile(rf"\{{\w+\}} (?:{words})\b")


def test_no_polish_message_fixes_one_plural_form_after_a_number() -> None:
    """A counted word after a placeholder is written as {x:unit.*}, so it agrees with the
    number; "ok. {expected} wyników" reads "ok. 233 wyników" for 233."""
    fixed = _plural_word_after_placeholder()
    messages, _ = _tables()
    # a percentage takes the genitive whatever its value ("5,00% wyników na kliknięcie")
    governed = {"plan.ab_cvr_basis"}
    found = [key for key, (_, pl) in messages.items() if fixed.search(pl) and key not in governed]
    assert not found, found
    assert fixed.search("czyli ok. {total} wyników w ciągu")  # the check sees the old form


def test_every_counted_placeholder_names_a_plural_key() -> None:
    messages, plurals = _tables()
    for key, (_, pl) in messages.items():
        for _, name, spec, _ in string.Formatter().parse(pl):
            if name and spec and spec.startswith("unit."):
                assert spec in plurals, (key, spec)


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        ("233", "ok. 233 wyniki w ciągu"),
        ("320", "ok. 320 wyników w ciągu"),
        ("22", "ok. 22 wyniki w ciągu"),
        ("12", "ok. 12 wyników w ciągu"),
        ("1", "ok. 1 wynik w ciągu"),
        (f"1{NBSP}080", f"ok. 1{NBSP}080 wyników w ciągu"),
        (f"1{NBSP}002", f"ok. 1{NBSP}002 wyniki w ciągu"),
        (1104, "ok. 1104 wyniki w ciągu"),
    ],
)
def test_counted_results_agree_with_the_number(total: object, expected: str) -> None:
    text = t(
        "plan.learn_one",
        "pl",
        market="Polska",
        cpr="25 zł",
        metric="leady",
        total=total,
        days=61,
        week=37,
    )
    assert expected in text, text


def test_the_budget_says_how_many_results_it_is_enough_for() -> None:
    kw = {"typical": "25 zł", "source": "s", "as_of": "2026-11", "conf": "c", "target": "50"}
    text = t("goal.ach.generous", "pl", budget="8 000 zł", expected="320", metric="leady", **kw)
    assert text.startswith("8 000 zł wystarczy na ok. 320 wyników (leady) przy typowym koszcie")
    assert "kupi" not in text and "(wynik:" not in text
    text = t("goal.ach.generous", "pl", budget="5 000 zł", expected="233", metric="leady", **kw)
    assert "wystarczy na ok. 233 wyniki (leady)" in text
    order = t("goal.suggest.items", "pl", expected="24", text="szt.", needed="1 000 zł")
    assert "(budżet wystarczy na ok. 24 zamówienia)" in order


def test_a_figure_that_is_not_a_number_keeps_the_many_form() -> None:
    assert t("plan.kpi_cpr", "pl", market="Polska", conf="c", expected="?").endswith("? wyników")


def _years(hi: int) -> str:
    """The Polish unit after an upper age, by the grammar rule itself: "lata" after a
    number ending in 2-4 (but not 12-14), else "lat"."""
    return "lata" if hi % 10 in (2, 3, 4) and hi % 100 not in (12, 13, 14) else "lat"


@pytest.mark.parametrize("hi", [19, 22, 24, 34, 40, 44, 52, 65, 112])
def test_the_years_unit_follows_the_grammar_rule(hi: int) -> None:
    assert plural("unit.years", hi, "pl") == f"{hi} {_years(hi)}"
    assert plural("unit.years", hi, "pl", shown=f"{hi}+") == f"{hi}+ {_years(hi)}"


def _polish_briefs() -> list[Path]:
    names = ("review_briefs", "review2_briefs", "review3_briefs")
    return sorted(p for n in names for p in (DATA / n).glob("*.yaml") if "_pl" in p.stem)


_AGES = re.compile(r"^(\d+)–(\d+)\+? (\w+)")


@pytest.mark.parametrize("path", _polish_briefs(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_polish_persona_ages_agree_with_the_upper_age(path: Path) -> None:
    brief = load_brief(path)
    ctx = DraftContext(brief=brief, lang="pl", objective=brief.objective or "")
    for persona in OfflineEngine().personas(ctx):
        m = _AGES.match(persona.demographics)
        assert m, persona.demographics
        assert m.group(3) == _years(int(m.group(2))), persona.demographics


def test_a_brief_line_answering_an_objection_is_lower_cased_but_keeps_its_acronym() -> None:
    brief = load_brief(DATA / "review2_briefs" / "17_hydraulik_pl.yaml")
    ctx = DraftContext(brief=brief, lang="pl", objective=brief.objective or "")
    objections = [o for p in OfflineEngine().personas(ctx) for o in p.objections]
    assert any(o.endswith("Odpowiedź z briefu: faktura VAT.") for o in objections), objections


def test_the_single_ad_set_note_ends_its_sentence() -> None:
    text = t("plan.only_ad_set", "pl", daily="113 zł", floor="60 zł")
    assert text.endswith("(min. 60 zł dziennie na zestaw; wytyczne adsage, niepotwierdzone).")
