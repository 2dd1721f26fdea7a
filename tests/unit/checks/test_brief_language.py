"""Brief text in another language than the plan: a Polish brief planned in English (or the
reverse) is warned about, because the ads are drafted from the brief's own words; a brief
written in its plan's language, with names and prices of the other country, is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from adsage.checks.brief_language import brief_language_findings, brief_language_rule
from adsage.models.brief import Brief, load_brief

DATA = Path(__file__).resolve().parents[2] / "data"
BRIEFS = sorted(p for d in DATA.glob("*_briefs") for p in d.glob("*.yaml"))
# briefs written in another language than their plan on purpose
MIXED = {"05b_fotowoltaika_pl_as_en", "05b_kwiaciarnia_pl_as_en"}


def _texts(brief: Brief) -> dict[str, str | None]:
    """The brief's free-text fields, keyed as the plan names them."""
    texts: dict[str, str | None] = {"product": brief.product, "offer": brief.offer}
    texts.update({f"benefits[{i}]": b for i, b in enumerate(brief.benefits)})
    texts["audience.description"] = brief.audience.description
    return texts


def test_a_polish_brief_planned_in_english_is_warned_about() -> None:
    brief = load_brief(DATA / "review6_briefs" / "05b_fotowoltaika_pl_as_en.yaml")
    [f] = brief_language_findings(_texts(brief), brief.language)
    assert (f.rule, f.severity, f.field) == ("brief.language_mismatch", "warning", "product")
    assert f.message == (
        "Brief fields are in Polish (product, offer, benefits, audience.description), "
        "the plan is in English: the ads will mix languages."
    )
    assert f.suggestion == "Write the brief in English or plan in Polish (language: pl)."


def test_the_same_brief_planned_in_polish_is_not() -> None:
    brief = load_brief(DATA / "review6_briefs" / "05b_fotowoltaika_pl_as_en.yaml")
    assert brief_language_findings(_texts(brief), "pl") == []


def test_an_english_brief_planned_in_polish_is_warned_about_in_polish() -> None:
    brief = load_brief(DATA / "review6_briefs" / "01_physio_en.yaml")
    [f] = brief_language_findings(_texts(brief), "pl")
    assert f.message.startswith("Pola briefu są napisane po angielsku (product, offer, benefits")
    assert f.message.endswith(", a plan po polsku: reklamy będą mieszać języki.")
    assert f.suggestion == "Napisz brief po polsku albo przygotuj plan po angielsku (language: en)."


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_test_brief_in_its_own_language_is_warned_about(path: Path) -> None:
    brief = load_brief(path)
    found = brief_language_findings(_texts(brief), brief.language)
    assert bool(found) == (path.stem in MIXED), [f.message for f in found]


def test_names_and_prices_of_the_other_country_are_no_language() -> None:
    texts = {
        "product": "Łódź food tours: pierogi, craft beer and the old factory district",
        "offer": "Tickets from 99 zł, free cancellation until the day before",
        "benefits[0]": "Small groups led by a guide born in Łódź",
        "audience.description": "Visitors to Łódź, Kraków and Wrocław who like to eat well",
    }
    assert brief_language_findings(texts, "en") == []
    # the same fields written in Polish are warned about, so the names alone decided nothing
    polish = {
        "product": "Wycieczki kulinarne po Łodzi: pierogi, piwo rzemieślnicze i stare fabryki",
        "offer": "Bilety od 99 zł, bezpłatna rezygnacja do dnia przed wycieczką",
        "benefits[0]": "Małe grupy prowadzone przez przewodnika, który urodził się w Łodzi",
    }
    [f] = brief_language_findings({**texts, **polish}, "en")
    assert "(product, offer, benefits)" in f.message


def test_the_thresholds_are_sourced_rule_data() -> None:
    rule = brief_language_rule()
    assert rule.source and rule.as_of and rule.severity == "warning"
    assert rule.min_total > rule.field_min > 0 and rule.ratio > 1
