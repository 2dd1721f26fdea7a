"""Which plans get the signing form (no qualifying questions, a share prompt): a petition's
category, a goal that counts signatures, or the petition intent's words in a brief the
neutral category plans; never a page merely named "/sign-up"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from adsage.advisor.signatures import asks_for_signature
from adsage.drafting.offline.categories import category_for, load_categories
from adsage.models.brief import Brief

DATA = Path(__file__).resolve().parents[2] / "data"


def _brief(**over: Any) -> Brief:
    base = yaml.safe_load((DATA / "review3_briefs" / "09_petition_en.yaml").read_text("utf-8"))
    return Brief.model_validate({**base, **over})


def test_only_the_petition_category_asks_for_a_signature_form() -> None:
    signing = {c.id for c in load_categories() if c.lead_form == "signature"}
    assert signing == {"cause_action"}


def test_a_petition_brief_gets_the_signing_form() -> None:
    brief = _brief()
    assert category_for(brief, "OUTCOME_LEADS").id == "cause_action"
    assert asks_for_signature(brief, "OUTCOME_LEADS", "signatures")
    # the category alone is enough when the goal counts something else
    assert asks_for_signature(brief, "OUTCOME_LEADS", "leads")


def _neutral(offer: str, url: str) -> Brief:
    return _brief(
        brand="Northside Residents",
        product="Local group for the north side of town",
        offer=offer,
        landing_url=url,
        goal="500 sign-ups by 30 April 2027",
        benefits=["Run by volunteers", "Meets monthly"],
        audience={"locations": ["GB"], "age": [18, 65], "interests": [], "description": ""},
    )


def test_the_neutral_category_follows_the_brief_words_not_the_page_name() -> None:
    worded = _neutral("Add your name to the call for a safer crossing", "https://x.example/join")
    assert category_for(worded, "OUTCOME_LEADS").id == "general"
    assert asks_for_signature(worded, "OUTCOME_LEADS", "signups")
    page_only = _neutral("Join the newsletter", "https://x.example/sign-up")
    assert category_for(page_only, "OUTCOME_LEADS").id == "general"
    assert not asks_for_signature(page_only, "OUTCOME_LEADS", "signups")
