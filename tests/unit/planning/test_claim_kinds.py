"""Which guidance a plan sentence rests on, read from the catalogue message that wrote it."""

from __future__ import annotations

import pytest

from adsage.advisor.claim_kinds import KINDS, MESSAGES
from adsage.advisor.claims import kinds_of
from adsage.i18n.catalogue import has
from adsage.planning.texts import tr


def test_every_mapped_message_and_kind_exists() -> None:
    for key, kinds in MESSAGES.items():
        assert has(f"plan.{key}"), key
        for kind in (kinds,) if isinstance(kinds, str) else kinds:
            assert kind in KINDS, (key, kind)
    for topic, query, prefer in KINDS.values():
        assert topic and set(query) == {"en", "pl"} and prefer


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_guidance_sentences_get_their_kind_and_computed_ones_none(lang: str) -> None:
    assert kinds_of(tr(lang, "pace"), lang) == ["pace"]
    assert kinds_of(tr(lang, "season_low"), lang) == ["season"]
    # the flight's dates come from the brief: no guidance, no citation
    run = tr(lang, "run", start="2027-01-07", end="2027-03-31", days=84, kind="x")
    assert kinds_of(run, lang) == []
    spend = tr(lang, "split_surplus", spend="1", reserved="2", surplus="1", main="Main", test="A/B")
    assert kinds_of(spend, lang) == []
    # "no target: watch it" says what the brief leaves open; it cites nothing
    assert kinds_of(tr(lang, "kpi_watch"), lang) == []


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_a_sentence_joined_from_two_messages_finds_both(lang: str) -> None:
    learn = tr(
        lang,
        "learn",
        market="PL",
        cpr="60",
        metric="m",
        total="200",
        days=84,
        week="17",
        main="15",
    )
    text = f"{learn} {tr(lang, 'ab_after', days=14, main='Main')}"
    assert kinds_of(text, lang) == ["learning", "shift"]
    # a message's words must be there: a lookalike of the words is not enough
    assert kinds_of(learn.replace(":", ""), lang) == []
