"""An ad never says the same words twice: its headline is not a sentence (or a part of one)
of its own primary text.  A persona with one fitting fact used to get that fact as headline
and as the text's opener; the headline and the text now carry different content."""

from __future__ import annotations

import pytest
from test_review3_categories import EXPECTED, brief_data, drafts

from adsage.drafting.offline.fitting import fit_primary
from adsage.drafting.offline.phrases import Line


def _key(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").casefold().split()).strip(" .!?")


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_no_headline_is_repeated_in_its_own_text(key: str) -> None:
    for d in drafts(brief_data(key), n=3):
        head = _key(d.headline)
        if len(head.split()) < 2:
            continue  # a one-word headline (a brand) may reappear in a sentence
        assert head not in _key(d.primary_text), (d.headline, d.primary_text)
        # nor does the text open with a shortened form of it
        first = _key(d.primary_text.split(". ")[0])
        assert len(first.split()) < 2 or first not in head, (d.headline, d.primary_text)


@pytest.mark.parametrize(
    "key",
    ["review3_briefs/05_medycyna_estetyczna_pl", "review3_briefs/02_jewellery_en"],
)
def test_one_fact_headline_leaves_the_text_to_other_content(key: str) -> None:
    """The reviewed cases: each ad's text adds something its headline does not say."""
    for d in drafts(brief_data(key), n=5):
        first = d.primary_text.split(". ")[0]
        assert _key(first) != _key(d.headline), (d.headline, d.primary_text)
        assert _key(d.primary_text) != _key(d.headline)


def test_fit_primary_drops_a_line_that_repeats_the_headline() -> None:
    lines = [
        Line(priority=0, alternatives=("{b1}.",)),
        Line(priority=1, alternatives=("{b2}.",)),
        Line(priority=0, alternatives=("Book now.",)),
    ]
    slots = {"b1": "Free first consultation", "b2": "Doctors only"}
    kept = fit_primary(lines, [slots], 125, frozenset())
    assert kept == "Free first consultation. Doctors only. Book now."
    text = fit_primary(lines, [slots], 125, frozenset(), ban="Free first consultation")
    assert text == "Doctors only. Book now."


def test_the_close_stays_whatever_the_headline_says() -> None:
    """A headline that shares words with the call to action ("Meet Lumen & Co" under the
    brand headline) never costs the ad its button line."""
    lines = [
        Line(priority=0, alternatives=("{b1}.",)),
        Line(priority=0, alternatives=("Meet Lumen & Co.",)),
    ]
    text = fit_primary(lines, [{"b1": "Doctors only"}], 125, frozenset(), ban="Lumen & Co")
    assert text == "Doctors only. Meet Lumen & Co."
