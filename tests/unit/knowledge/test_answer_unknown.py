"""The one sentence an answer adds when the guidance lacks what the question asked for."""

from __future__ import annotations

from adsage.i18n.catalogue import t
from adsage.knowledge.answer import _unknown
from adsage.knowledge.answer_form import asked_form
from adsage.knowledge.hits import Hit


def _hit(section: str, lang: str = "en") -> Hit:
    return Hit("c1", "knowledge/en/budget.md", "Budget", section, lang, "budget", 1.0, "")


def test_no_sentence_giving_the_form_says_so_in_the_questions_language() -> None:
    asked = asked_form("Jak długo powinien trwać test A/B?")
    said = [(_hit("Testy A/B", "pl"), "Test porównuje dwie wersje reklamy.")]
    assert _unknown(asked, "Jak długo powinien trwać test A/B?", said, "pl") == t(
        "knowledge.unknown.duration", "pl"
    )


def test_a_method_without_the_questions_case_gets_the_case_note() -> None:
    q = "What daily budget should a local bakery start with?"
    rule = "Budget needed per ad set is roughly 50 events times the expected cost per event."
    said = [(_hit("Sizing the budget"), rule)]
    assert _unknown(asked_form(q), q, said, "en") == t("knowledge.unknown.budget_case", "en")
    # the same rule for a question naming nothing beyond it needs no note
    plain = "What daily budget should I start with?"
    assert (
        _unknown(asked_form(plain), plain, [(_hit("Sizing the daily budget to start"), rule)], "en")
        == ""
    )


def test_open_questions_and_cross_language_answers_get_no_note() -> None:
    assert _unknown(None, "Why?", [], "en") == ""
    q = "What daily budget should a bakery start with?"
    said = [(_hit("Jak dobrać budżet", "pl"), "Budżet wynika z kosztu.")]
    assert _unknown(asked_form(q), q, said, "en") == ""
