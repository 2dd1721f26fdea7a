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
    # the Polish calendar section lacks January: the Polish seasonality section holds it
    low = ["season_pl"] if lang == "pl" else ["season"]
    assert kinds_of(tr(lang, "season_low"), lang) == low
    assert kinds_of(tr(lang, "season_low_no_test"), lang) == low
    assert kinds_of(tr(lang, "season_peak"), lang) == ["season"]
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


def test_a_polish_mapping_override_names_real_messages_and_kinds() -> None:
    from adsage.advisor.claim_kinds import MESSAGES_BY_LANG

    for lang, table in MESSAGES_BY_LANG.items():
        for key, kinds in table.items():
            assert has(f"plan.{key}") and key in MESSAGES, (lang, key)
            for kind in (kinds,) if isinstance(kinds, str) else kinds:
                assert kind in KINDS, (lang, key, kind)


@pytest.mark.parametrize(
    ("lang", "tag"),
    [("en", "adsage guidance, UNSURE"), ("pl", "wytyczne adsage, niepotwierdzone")],
)
def test_the_per_ad_set_minimum_is_tagged_as_adsage_guidance_wherever_it_is_cited(
    lang: str, tag: str
) -> None:
    from adsage.i18n.catalogue import keys, template

    # the knowledge chunk these lines cite does not hold the figure: each says where it is from
    for key in ("only_ad_set", "only_ad_set_below", "split_under_floor", "split_test_inside"):
        text = tr(lang, key, daily="1", floor="60", line="L", main="M")
        assert tag in text, key
    # one Polish wording of the tag: no English confidence word left in a Polish sentence
    for key in keys():
        if key.startswith("plan.") and has(key):
            try:
                pl = template(key, "pl")
            except KeyError:
                continue
            assert "wytyczne adsage, UNSURE" not in pl, key
