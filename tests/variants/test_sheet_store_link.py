"""An app on both stores whose brief gives one store's link: the other store's campaign
cannot point there, so the plan asks for the missing link and the sheet's notes flag it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sheet_support import build_plan_for, read_csv

from adsage.export import sidecar_path, write_csv
from adsage.export.plan_rows import plan_sheet
from adsage.export.spec import SheetOptions
from adsage.models.brief import load_brief_data

IOS = "https://apps.apple.com/gb/app/kindred-example/id1234567890"


def _brief(lang: str, link: str) -> Any:
    return load_brief_data(
        {
            "brand": "Kindred",
            "product": "Dating app for people over 40, iOS and Android",
            "offer": "First month of Premium free for new members",
            "landing_url": link,
            "language": lang,
            "goal": "25,000 app installs in the UK by 14 February 2027",
            "objective": "OUTCOME_APP_PROMOTION",
            "budget": {"amount": 1500, "currency": "GBP", "type": "daily"},
            "schedule": {"start": "2027-01-02", "end": "2027-02-14"},
            "audience": {"locations": ["GB"], "age": [40, 65]},
            "benefits": ["Every profile is photo-verified"],
        },
        "brief",
    )


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from adsage.config import load_settings

    return load_settings(home=tmp_path_factory.mktemp("home"), llm="offline")


ASK = {
    "en": "get the app's Google Play link",
    "pl": "poproś klienta o link do aplikacji w Google Play",
}
NOTE = {
    "en": "Store link: this Android campaign",
    "pl": "Link do sklepu: reklamy tej kampanii (Android)",
}


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_an_ios_link_is_flagged_on_the_android_campaign_only(
    settings: Any, tmp_path: Path, lang: str
) -> None:
    plan = build_plan_for(_brief(lang, IOS), settings)
    assert any(ASK[lang] in n for n in plan.budget.schedule_notes)
    sheet = plan_sheet(plan, SheetOptions(page="1234567890"))
    path = tmp_path / "plan.csv"
    write_csv(sheet.rows, path, sheet.notes)
    notes = read_csv(sidecar_path(path))
    flagged = {n["Campaign Name"] for n in notes if NOTE[lang] in n["Set Up By Hand"]}
    android = {n["Campaign Name"] for n in notes if "Android" in n["Campaign Name"]}
    assert android and flagged == android


def test_a_link_of_each_store_needs_no_flag(settings: Any, tmp_path: Path) -> None:
    plan = build_plan_for(_brief("en", "https://kindred.example/app"), settings)
    assert not any(ASK["en"] in n for n in plan.budget.schedule_notes)
    sheet = plan_sheet(plan, SheetOptions(page="1234567890"))
    assert not [n for n in sheet.notes if NOTE["en"] in n["Set Up By Hand"]]
