"""Every reviewed brief gets the kind of business it really is, and its personas speak of that
business only: a garage is no used-car dealer, warehouse work no truck driving, a flat to
rent no flat to buy, insurance no loan, jewellery no home furnishing, a casual game no habit
app, an aesthetic medicine clinic no beauty salon.  The button and the closing line follow
what the click is for (book, quote, sign a petition), and applying belongs to jobs and
credit only."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_category_match import OBJECTIVES as FIRST_OBJECTIVES
from test_more_categories import CASES as SECOND_CASES
from test_offline_copy import brief_of, context
from test_persona_categories import CATEGORY_OF

from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.categories import category_for, load_categories
from adsage.drafting.offline.copywriter import draft_copy
from adsage.drafting.offline.intents import IntentFile, intent_for, path_segments
from adsage.errors import BadInput
from adsage.models.plan import CopyDraft
from adsage.models.validation import validate_or_bad_input

DATA = Path(__file__).resolve().parents[2] / "data"
FOLDERS = ("review_briefs", "review2_briefs", "review3_briefs")

# The objective each third-review plan ran under (the brief's own, else the plan's pick).
THIRD_OBJECTIVES = {
    "01_fotograf_slubny_pl": "OUTCOME_TRAFFIC",
    "02_jewellery_en": "OUTCOME_SALES",
    "03_puzzle_game_en": "OUTCOME_APP_PROMOTION",
    "04_szkola_angielskiego_pl": "OUTCOME_LEADS",
    "05_medycyna_estetyczna_pl": "OUTCOME_TRAFFIC",
    "06_warehouse_jobs_en": "OUTCOME_LEADS",
    "07_mieszkania_wynajem_pl": "OUTCOME_LEADS",
    "08_warsztat_pl": "OUTCOME_LEADS",
    "09_petition_en": "OUTCOME_LEADS",
    "10_taproom_en": "OUTCOME_AWARENESS",
    "11_cleaning_en": "OUTCOME_SALES",
    "12_ubezpieczenia_pl": "OUTCOME_LEADS",
}

# Every reviewed brief of these folders and the category it must get (one table for all
# briefs lives beside the persona checks).  "general" is the neutral fallback.
EXPECTED = {k: v for k, v in CATEGORY_OF.items() if k.split("/")[0] in FOLDERS}

# Nouns that only one kind of business's personas use.  A brief's personas may not use
# another kind's (unless its own kind shares the word, or the brief itself says it).
MARKERS: dict[str, list[str]] = {
    "automotive": [
        r"jazd\w* próbn",
        r"test[- ]drive",
        r"\bodkup",
        r"part[- ]exchange",
        r"used[- ]car",
        r"\bużywan",
        r"w rozliczeniu",
        r"representative example",
        r"przykład reprezentatywn",
    ],
    "jobs": [
        r"\btruck",
        r"\bfleet",
        r"\broutes?\b",
        r"home time",
        r"\bcab\b",
        r"kabin",
        r"ciągnik",
        r"\bflot",
        r"\btras[aey]?\b",
        r"przewoźnik",
    ],
    "real_estate": [
        r"kredyt",
        r"mortgage",
        r"zdolnoś",
        r"harmonogram budowy",
        r"oddani[ae]",
        r"off-plan",
    ],
    "finance": [
        r"rrso",
        r"\bapr\b",
        r"wnios",
        r"spłat",
        r"\brepay",
        r"zdolnoś",
        r"affordab",
        r"kredyt",
        r"pożyczk",
        r"\bloans?\b",
        r"representative example",
        r"przykład reprezentatywn",
    ],
    "retail_catalog": [r"my room", r"room refresh", r"furnish", r"basket", r"koszyk", r"mebl"],
    "app": [r"\bhabits?\b", r"nawyk", r"stick with", r"\bwatch\b", r"zegark", r"free period"],
    "beauty_salon": [r"\bgifts?\b", r"\bprezent(?!ac)", r"voucher", r"\bsalon"],
    "car_service": [r"warsztat", r"\bgarages?\b", r"mechani"],
    "insurance": [r"\bpolis", r"\binsur", r"szkod"],
    "jewellery": [r"\bgifts?\b", r"\bprezent(?!ac)", r"jewel", r"biżuteri", r"hallmark"],
    "mobile_game": [r"gameplay", r"rozgryw", r"łamigłów", r"\bpuzzle"],
    "aesthetic_clinic": [r"\bdoctors?\b", r"lekarz", r"\bpatients?\b", r"pacjent"],
    "local_clinic": [r"\bpatients?\b", r"pacjent", r"\bdentist", r"dentyst"],
    "jobs_general": [r"\bshifts?\b", r"\bcandidate", r"wynagrodz", r"\brota"],
    "rental_housing": [r"czynsz", r"\brent\b", r"wynajm", r"\blandlord", r"\brenters?\b"],
    "cause_action": [r"petyc", r"petition"],
    "hospitality_venue": [r"\bpints?\b", r"na kranach", r"on tap\b", r"taproom"],
    "home_services": [r"sprząt", r"\bclean(?:er|ers|ing)\b"],
    "wedding": [r"ślub", r"wedding", r"narzecz"],
    "kids_education": [r"lektor", r"trial class", r"lekcj\w* próbn", r"\bpupils?\b"],
    # a bike is test-ridden like a car
    "bikes": [r"jazd\w* próbn", r"\be-?bikes?\b", r"\bbicycl", r"\browe"],
    "nutrition_coaching": [r"dietitian", r"dietetyk", r"\bmeals?\b", r"posiłk"],
    "professional_services": [r"księgow", r"accountan", r"opodatkowani", r"\bpayroll"],
}


def key_parts(key: str) -> tuple[str, str]:
    folder, name = key.split("/")
    return folder, name


def objective_for(key: str) -> str:
    folder, name = key_parts(key)
    if folder == "review3_briefs":
        return THIRD_OBJECTIVES[name]
    if folder == "review2_briefs" and name in SECOND_CASES:
        return SECOND_CASES[name][0]
    return FIRST_OBJECTIVES[name]


def brief_data(key: str, **changes: Any) -> dict[str, Any]:
    folder, name = key_parts(key)
    out: dict[str, Any] = yaml.safe_load((DATA / folder / f"{name}.yaml").read_text("utf-8"))
    out["objective"] = objective_for(key)
    out.update(changes)
    return out


def persona_text(data: dict[str, Any]) -> str:
    people = OfflineEngine().personas(context(data))
    return " ".join(
        " ".join([p.name, p.demographics, *p.motivations, *p.pains, *p.objections, p.message_angle])
        for p in people
    ).casefold()


def drafts(data: dict[str, Any], n: int = 3) -> list[CopyDraft]:
    ctx = context(data)
    return draft_copy(ctx, OfflineEngine().personas(ctx), n)


def test_the_table_covers_every_review_brief() -> None:
    on_disk = {f"{f}/{p.stem}" for f in FOLDERS for p in (DATA / f).glob("*.yaml")}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize(("key", "category"), sorted(EXPECTED.items()))
def test_each_review_brief_gets_its_category(key: str, category: str) -> None:
    data = brief_data(key)
    assert category_for(brief_of(data), data["objective"]).id == category


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_personas_use_no_other_vertical_nouns(key: str) -> None:
    data = brief_data(key)
    own = EXPECTED[key]
    said = " ".join(
        [data["product"], data.get("offer", ""), *data.get("benefits", [])]
        + [data.get("audience", {}).get("description", "")]
    ).casefold()
    allowed = set(MARKERS.get(own, []))
    text = persona_text(data)
    for other, words in MARKERS.items():
        if other == own:
            continue
        for word in words:
            if word in allowed or re.search(word, said):
                continue
            assert not re.search(word, text), (key, other, word, re.search(word, text))


@pytest.mark.parametrize(
    ("name", "objective", "button", "close"),
    [
        # a home-cleaning booking under Sales is booked, not shopped for
        ("11_cleaning_en", "OUTCOME_SALES", "BOOK_NOW", r"\bbook\b"),
        # an insurance calculator is a quote; the close says so in Polish
        (
            "12_ubezpieczenia_pl",
            "OUTCOME_LEADS",
            "GET_QUOTE",
            r"oblicz składkę|sprawdź swoją cenę|porównaj oferty",
        ),
        # a petition is signed
        ("09_petition_en", "OUTCOME_LEADS", "SIGN_UP", r"petition|add your name"),
        # a wedding photographer's date is booked, under the plan's Traffic or a Leads objective
        (
            "01_fotograf_slubny_pl",
            "OUTCOME_TRAFFIC",
            "BOOK_NOW",
            r"wolne terminy|zarezerwuj termin",
        ),
        ("01_fotograf_slubny_pl", "OUTCOME_LEADS", "BOOK_NOW", r"wolny termin|zarezerwuj termin"),
        ("08_warsztat_pl", "OUTCOME_LEADS", "BOOK_NOW", r"umów wizytę|znajdziemy termin"),
        ("05_medycyna_estetyczna_pl", "OUTCOME_LEADS", "BOOK_NOW", r"konsultacj"),
        ("07_mieszkania_wynajem_pl", "OUTCOME_LEADS", "BOOK_NOW", r"oglądanie|wolne mieszkania"),
        ("06_warehouse_jobs_en", "OUTCOME_LEADS", "APPLY_NOW", r"apply|application"),
        ("02_jewellery_en", "OUTCOME_SALES", "SHOP_NOW", r"collection|choose yours"),
    ],
)
def test_button_and_close_follow_what_the_click_is_for(
    name: str, objective: str, button: str, close: str
) -> None:
    ds = drafts(brief_data(f"review3_briefs/{name}", objective=objective))
    assert {d.cta for d in ds} == {button}
    for d in ds:
        assert re.search(close, d.primary_text.casefold()), d.primary_text
        assert (
            not re.search(r"order online|shop now|złóż wniosek|aplikuj", d.primary_text.casefold())
            or button == "APPLY_NOW"
        )


def test_apply_belongs_to_jobs_and_credit() -> None:
    """Applying is the button of a job, a loan and a university place: no other category
    offers it, and no offer intent may infer it."""
    allowed = {"jobs", "jobs_general", "jobs_licensed", "finance", "education"}
    for cat in load_categories():
        buttons = [*cat.cta.values(), *(b for o in cat.offers for b in o.cta.values())]
        assert "APPLY_NOW" not in buttons or cat.id in allowed, cat.id
    bad = {
        "source": "test",
        "as_of": "2026-11-30",
        "confidence": "COPY",
        "intents": [
            {
                "id": "apply",
                "words": ["apply"],
                "cta": {"OUTCOME_LEADS": "APPLY_NOW"},
                "close_en": {"OUTCOME_LEADS": ["Apply."]},
                "close_pl": {"OUTCOME_LEADS": ["Aplikuj."]},
            }
        ],
    }
    with pytest.raises(BadInput, match="APPLY_NOW"):
        validate_or_bad_input(IntentFile, bad, "test")


def test_a_category_button_beats_the_intent() -> None:
    """A plumber's Leads campaign keeps Call now even with a quote on offer, and a
    developer's flats for sale under Traffic keep their own button: the intent fills in
    only where the category has none."""
    plumber = brief_data("review_briefs/17_hydraulik_pl", objective="OUTCOME_LEADS")
    plumber["benefits"] = [*plumber.get("benefits", []), "Bezpłatna wycena"]
    assert intent_for(brief_of(plumber)) is not None
    assert category_for(brief_of(plumber), "OUTCOME_LEADS").cta["OUTCOME_LEADS"] == "CALL_NOW"


@pytest.mark.parametrize(
    ("changes", "intent"),
    [
        ({"landing_url": "https://x.example/book"}, "book"),
        ({"landing_url": "https://x.example/kalkulator?src=fb"}, "quote"),
        ({"offer": "Sign the petition in 30 seconds"}, "sign"),
        ({"benefits": ["Umów wizytę online"]}, "book"),
        # a photo book is no booking, and the brand says nothing about the click
        ({"benefits": ["A printed photo book in every package"]}, None),
        ({"brand": "Booked Solid Studio"}, None),
    ],
)
def test_intent_comes_from_offer_and_landing_page(
    changes: dict[str, Any], intent: str | None
) -> None:
    base = brief_data(
        "review3_briefs/10_taproom_en",
        offer="Half-price first pint",
        benefits=["16 rotating taps"],
        landing_url="https://hopyard.example/taproom",
    )
    base.update(changes)
    found = intent_for(brief_of(base))
    assert (found.id if found else None) == intent


def test_path_segments() -> None:
    assert path_segments("https://x.example/book-now?a=1#top") == {"book", "now"}
    assert path_segments("https://x.example") == frozenset()


def test_thin_garage_brief_asks_for_garage_facts() -> None:
    """The garage's brief names no offer: the plan asks for a garage's facts (price, how to
    book, how long a job takes), never a dealer's (warranty on every car, test drive)."""
    from adsage.drafting.offline.categories import facts_to_add

    data = brief_data("review3_briefs/08_warsztat_pl")
    asked = " ".join(facts_to_add(brief_of(data), data["objective"], "pl")).casefold()
    assert "termin" in asked and "cena" in asked
    assert not re.search(r"jazd\w* próbn|każde auto|w rozliczeniu|finansowan", asked)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_intent_closes_state_no_facts(lang: str) -> None:
    """The intents' closing lines go into every brief's drafts: no figure, no claim, and
    Polish lines without English words."""
    from test_offline_copy import _CUES

    from adsage.drafting.offline.intents import load_intents

    english = re.compile(r"\b(?:the|and|with|your|free|now|book|sign|quote)\b", re.IGNORECASE)
    lines = [
        line
        for intent in load_intents()
        for closes in (intent.close_pl if lang == "pl" else intent.close_en).values()
        for line in closes
    ]
    assert lines
    assert not [t for t in lines if re.search(r"\d", t) or _CUES.search(t)]
    if lang == "pl":
        assert not [t for t in lines if english.search(t)]


@pytest.mark.parametrize(
    ("product", "expected"),
    [
        # a garage's work, however it is worded, is never a car dealer's
        ("Naprawa samochodów osobowych", {"car_service"}),
        ("Wymiana opon i wulkanizacja dla kierowców z Rzeszowa", {"car_service"}),
        ("Detailing samochodowy i mycie ręczne", {"general", "car_service"}),
        # a dealer that throws in servicing is still a dealer
        ("Used cars with free servicing for a year", {"automotive"}),
        ("Komis samochodowy, auta używane", {"automotive"}),
    ],
)
def test_what_is_sold_decides_garage_or_dealer(product: str, expected: set[str]) -> None:
    data = brief_data("review3_briefs/08_warsztat_pl", product=product)
    assert category_for(brief_of(data), data["objective"]).id in expected
