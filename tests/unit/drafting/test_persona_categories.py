"""Personas for businesses that used to fall back to the neutral category: a dietitian, an
accounting office and an e-bike brand got "the one weighing up options" and "Pick the option
that fits their situation best", which could sit on any business.  They now get their own
categories (nutrition coaching, small-firm professional services, bikes), every other brief
keeps its category, and a brief no category covers gets personas written from its own
product, offer and audience rather than stock archetypes."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_offline_copy import brief_of, context

from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.categories import category_for, load_categories
from adsage.drafting.offline.phrases import load_bank
from adsage.drafting.offline.segments import segment_label
from adsage.models.plan import Persona

DATA = Path(__file__).resolve().parents[2] / "data"

# Every brief under tests/data/*_briefs and its category (objective: the brief's, else
# Sales).  Only the four that fell back to ``general`` moved.
CATEGORY_OF = {
    "petition_briefs/01_wedding_photographer_en": "wedding",
    "petition_briefs/09_petition_vague_en": "cause_action",
    "petition_briefs/09_petycja_pl": "cause_action",
    "petition_briefs/10_pijalnia_pl": "hospitality_venue",
    "review2_briefs/13_silownia_pl": "fitness",
    "review2_briefs/14_webinar_en": "events_b2b",
    "review2_briefs/14b_webinar_pl": "events_b2b",
    "review2_briefs/16_usedcars_en": "automotive",
    "review2_briefs/17_hydraulik_pl": "local_trades",
    "review2_briefs/18_petfood_en": "pet_subscription",
    "review2_briefs/18b_karma_pl": "pet_subscription",
    "review2_briefs/19_pozyczka_pl": "finance",
    "review2_briefs/19b_loan_en": "finance",
    "review2_briefs/20_festival_en": "ticketing",
    "review2_briefs/20b_festiwal_pl": "ticketing",
    "review2_briefs/22_university_en": "education",
    "review2_briefs/22b_uczelnia_pl": "education",
    "review3_briefs/01_fotograf_slubny_pl": "wedding",
    "review3_briefs/02_jewellery_en": "jewellery",
    "review3_briefs/03_puzzle_game_en": "mobile_game",
    "review3_briefs/04_szkola_angielskiego_pl": "kids_education",
    "review3_briefs/05_medycyna_estetyczna_pl": "aesthetic_clinic",
    "review3_briefs/06_warehouse_jobs_en": "jobs_general",
    "review3_briefs/07_mieszkania_wynajem_pl": "rental_housing",
    "review3_briefs/08_warsztat_pl": "car_service",
    "review3_briefs/09_petition_en": "cause_action",
    "review3_briefs/10_taproom_en": "hospitality_venue",
    "review3_briefs/11_cleaning_en": "home_services",
    "review3_briefs/12_ubezpieczenia_pl": "insurance",
    "review5_briefs/01_vet_en": "vet_clinic",
    "review5_briefs/02_bike_marketplace_en": "marketplace_sellers",
    "review5_briefs/03_language_app_en": "app",
    "review5_briefs/04_dietitian_en": "nutrition_coaching",
    "review5_briefs/05_meble_pl": "retail_catalog",
    "review5_briefs/06_biuro_rachunkowe_pl": "professional_services",
    "review5_briefs/07_szkola_jazdy_pl": "driving_school",
    "review5_briefs/08_opp_pl": "tax_allocation",
    "review6_briefs/01_physio_en": "physio_clinic",
    "review6_briefs/02_taproom_en": "hospitality_venue",
    "review6_briefs/03_mortgage_en": "mortgage_broker",
    "review6_briefs/04_ebike_en": "bikes",
    "review6_briefs/05_fotowoltaika_pl": "home_energy",
    "review6_briefs/05b_fotowoltaika_pl_as_en": "home_energy",
    "review6_briefs/06_oboz_pl": "summer_camps",
    "review6_briefs/07_excel_pl": "online_course",
    "review6_briefs/08_pielegniarki_pl": "jobs_licensed",
    # chosen by what is sold, not by a catalogue, an app or a B2B buyer alone
    "review7_briefs/01_winnica_pl": "wine_shop",
    "review7_briefs/02_dating_en": "dating_app",
    "review7_briefs/03_smog_pl": "cause_action",
    "review7_briefs/04_b2b_maintenance_en": "industrial_b2b",
    "review7_briefs/05_kwiaciarnia_pl": "florist",
    "review7_briefs/05b_kwiaciarnia_pl_as_en": "florist",
    "review7_briefs/06_outdoor_sale_en": "outdoor_gear",
    "review7_briefs/07_thin_coffee_en": "general",
    "review7_briefs/08_suplementy_pl": "general",
    "review_briefs/01_saas_en": "b2b_saas",
    "review_briefs/02_dental_en": "local_clinic",
    "review_briefs/03_piekarnia_pl": "local_food",
    "review_briefs/04_fashion_en": "apparel",
    "review_briefs/05_deweloper_pl": "real_estate",
    "review_briefs/06_course_en": "online_course",
    "review_briefs/07_kierowcy_pl": "jobs",
    "review_briefs/08_restaurant_en": "restaurant",
    "review_briefs/09_app_pl": "app",
    "review_briefs/10_charity_en": "nonprofit",
    "review_briefs/11_multicountry_en": "bikes",
    "review_briefs/12_multicountry_pl": "bikes",
    "review_briefs/13_silownia_pl": "fitness",
    "review_briefs/14_webinar_en": "events_b2b",
    "review_briefs/15_hotel_pl": "hotel",
    "review_briefs/16_usedcars_en": "automotive",
    "review_briefs/17_hydraulik_pl": "local_trades",
    "review_briefs/18_petfood_en": "pet_subscription",
    "review_briefs/19_pozyczka_pl": "finance",
    "review_briefs/20_festival_en": "ticketing",
    "review_briefs/21_salon_pl": "beauty_salon",
    "review_briefs/22_university_en": "education",
}
MOVED = {
    "review5_briefs/04_dietitian_en": "OUTCOME_LEADS",
    "review5_briefs/06_biuro_rachunkowe_pl": "OUTCOME_LEADS",
    "review_briefs/11_multicountry_en": "OUTCOME_SALES",
    "review_briefs/12_multicountry_pl": "OUTCOME_SALES",
}
# The fallback's stage personas: none of them may label a moved brief's persona.
STAGES = re.compile(
    r"weighing up options|waiting for a reason|the first-timer|porównując\w możliwości"
    r"|czekając\w na dobry moment|sprawdzając\w nową markę|fits their situation best"
    r"|first-time customer who wants proof|chce dowodów"
    r"|najlepiej pasuje do własnej sytuacji|sound alike and say little|brzmią podobnie"
)


def brief(key: str, **changes: Any) -> dict[str, Any]:
    out: dict[str, Any] = yaml.safe_load((DATA / f"{key}.yaml").read_text("utf-8"))
    out.setdefault("objective", "OUTCOME_SALES")
    out.update(changes)
    return out


def people(d: dict[str, Any], lang: str | None = None) -> list[Persona]:
    ctx = context(d)
    return OfflineEngine().personas(replace(ctx, lang=lang) if lang else ctx)


def text_of(ps: list[Persona]) -> str:
    return " ".join(
        " ".join([p.name, p.demographics, *p.motivations, *p.pains, *p.objections, p.message_angle])
        for p in ps
    )


def test_the_table_covers_every_brief() -> None:
    found = {f"{p.parent.name}/{p.stem}" for p in DATA.glob("*_briefs/*.yaml")}
    assert found == set(CATEGORY_OF)


@pytest.mark.parametrize(("key", "category"), sorted(CATEGORY_OF.items()))
def test_every_brief_keeps_its_category(key: str, category: str) -> None:
    d = brief(key)
    assert category_for(brief_of(d), d["objective"]).id == category


@pytest.mark.parametrize("key", sorted(MOVED))
@pytest.mark.parametrize("lang", ["en", "pl"])
def test_moved_briefs_get_no_stage_archetypes(key: str, lang: str) -> None:
    d = brief(key, objective=MOVED[key])
    text = text_of(people(d, lang))
    assert not STAGES.search(text), STAGES.search(text)


# Words about the reader's body or health that Meta's weight-loss and personal-attributes
# rules keep out of a dietitian's ads.
BODY = re.compile(
    r"overweight|obes|\bbmi\b|diabet|\bkg\b|\blbs?\b|\bpounds\b|\bslim|lose weight|your body"
    r"|your weight|nadwag|otył|cukrzyc|schudn|kilogram|twoj\w* wag|sylwetk\w* (?:twoj|swoj)",
    re.IGNORECASE,
)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_dietitian_personas_speak_of_habits_time_and_trust_never_the_body(lang: str) -> None:
    d = brief("review5_briefs/04_dietitian_en", objective="OUTCOME_LEADS")
    ps = people(d, lang)
    text = text_of(ps)
    assert not BODY.search(text), BODY.search(text)
    assert len(ps) == 3
    # who gives the advice is answered from the brief, and the first call is the offer
    if lang == "en":
        assert "HCPC-registered dietitian" in text
    assert "20-minute discovery call" in text
    assert re.search(r"dietitian|dietetyk", text)


def test_accounting_office_personas_are_switchers_starters_and_growing_firms() -> None:
    d = brief("review5_briefs/06_biuro_rachunkowe_pl", objective="OUTCOME_LEADS")
    ps = people(d)
    labels = [p.name.split(", ", 1)[1] for p in ps]
    assert re.match(r"właściciel(?:ka)? firmy, któr[ya] chce zmienić biuro", labels[0]), labels
    assert re.match(r"zakładając[ay] firmę", labels[1]), labels
    assert re.match(r"właściciel(?:ka)? rosnącej małej firmy", labels[2]), labels
    # the Polish label agrees with the persona's name: a woman's label for a woman's name
    names = load_bank("pl").personas.names
    women = {n for key, pool in names.items() if key.startswith("female") for n in pool}
    for p, label in zip(ps, labels, strict=True):
        first = p.name.split(",", 1)[0]
        feminine = bool(re.search(r"ka\b|ąca\b|która", label))
        assert feminine == (first in women), (first, label)
    text = text_of(ps)
    # each benefit answers the objection it fits
    assert re.search(r"odbierze, gdy zadzwonię\?” Odpowiedź z briefu: stała opiekunka", text)
    assert re.search(r"popełnią błąd\?” Odpowiedź z briefu: ubezpieczenie OC", text)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_e_bike_personas_ask_about_range_storage_and_service(lang: str) -> None:
    key = "review_briefs/11_multicountry_en" if lang == "en" else "review_briefs/12_multicountry_pl"
    text = text_of(people(brief(key, objective="OUTCOME_SALES"))).casefold()
    assert re.search(r"one charge|jednym ładowaniu", text)
    assert re.search(r"70 km", text)
    assert re.search(r"services it|kto go naprawi", text)
    # the accessory pack "worth 149 EUR" is no answer to what the bike costs
    cost = re.search(r"(?:everything i need|wszystkim, czego potrzebuję)\?[”\"] ([^.;]*)", text)
    assert cost is not None and "149" not in cost.group(1)


@pytest.mark.parametrize(
    ("product", "offer", "description", "lang", "objective", "category"),
    [
        # what the new categories must not take
        ("Catering dietetyczny z dostawą", "Pierwszy dzień gratis", "Mieszkańcy Warszawy", "pl", "OUTCOME_SALES", "general"),
        ("Gym membership with a free nutritionist consultation", "First month half price", "Adults in Leeds", "en", "OUTCOME_SALES", "fitness"),
        ("Accounting software for small businesses", "30-day free trial", "Small business owners", "en", "OUTCOME_LEADS", "b2b_saas"),
        ("Online marketplace for used bikes", "No seller fees", "Cyclists", "en", "OUTCOME_SALES", "marketplace_sellers"),
        # what they must take
        ("Dietetyk online - konsultacje i jadłospisy", "Pierwsza konsultacja -50%", "Osoby, które chcą zmienić sposób jedzenia", "pl", "OUTCOME_LEADS", "nutrition_coaching"),
        ("Tax adviser for freelancers and contractors", "Fixed fee 150 GBP", "Self-employed people", "en", "OUTCOME_LEADS", "professional_services"),
        ("Kancelaria radcy prawnego - obsługa prawna firm", "Pierwsza konsultacja 0 zł", "Właściciele małych firm", "pl", "OUTCOME_LEADS", "professional_services"),
        ("E-bikes", "", "", "en", "OUTCOME_TRAFFIC", "bikes"),
        ("Home solar panels with battery storage", "Free home energy survey", "Homeowners", "en", "OUTCOME_LEADS", "home_energy"),
        ("Instalacje fotowoltaiczne z magazynem energii", "Bezpłatny audyt", "Właściciele domów", "pl", "OUTCOME_LEADS", "home_energy"),
        ("Solar garden lights", "2 for 1", "Gardeners", "en", "OUTCOME_SALES", "general"),
        ("Summer camp for kids aged 8-14", "Early-bird price until 31 March", "Parents", "en", "OUTCOME_LEADS", "summer_camps"),
        ("Kolonie letnie nad morzem dla dzieci 7-12 lat", "Rabat 10%", "Rodzice dzieci w wieku szkolnym", "pl", "OUTCOME_LEADS", "summer_camps"),
        ("Obóz jogi dla dorosłych w Tatrach", "Rabat 10%", "Kobiety 30-50", "pl", "OUTCOME_SALES", "general"),
        ("Angielski dla dzieci w wieku 6-12 lat, lekcja próbna", "Pierwsza lekcja gratis", "Rodzice", "pl", "OUTCOME_LEADS", "kids_education"),
    ],
)  # fmt: skip
def test_new_categories_take_their_briefs_and_nothing_else(
    product: str, offer: str, description: str, lang: str, objective: str, category: str
) -> None:
    d = brief(
        "review_briefs/01_saas_en",
        product=product,
        offer=offer,
        language=lang,
        objective=objective,
        benefits=[],
        audience={"locations": ["GB"], "age": [25, 55], "description": description},
    )
    assert category_for(brief_of(d), objective).id == category


# A business no category covers, which lists who buys.
STARS = {
    "product": "Private stargazing evenings with a telescope guide, on a farm near Canterbury",
    "offer": "Free hot chocolate for bookings before 31 March 2027",
    "objective": "OUTCOME_LEADS",
    "benefits": [
        "Guides with 10 years of observing experience",
        "Telescopes and blankets provided",
    ],
    "audience": {
        "locations": ["GB"],
        "age": [30, 65],
        "description": "Curious people in Kent - couples planning a date night, families with curious kids",
    },
}
GWIAZDY = {
    "product": "Wieczory z teleskopem i przewodnikiem pod ciemnym niebem Bieszczadów",
    "offer": "Rabat 50 zł przy rezerwacji do 31 marca 2027",
    "objective": "OUTCOME_LEADS",
    "language": "pl",
    "benefits": ["Przewodnicy z dziesięcioletnim doświadczeniem"],
    "audience": {
        "locations": ["PL"],
        "age": [30, 50],
        "description": "Miłośnicy nocnego nieba - pracujący rodzice szukający atrakcji na weekend, "
        "pary szukające pomysłu na randkę",
    },
}


def test_fallback_personas_are_written_from_the_brief() -> None:
    d = brief("review_briefs/01_saas_en", **STARS)
    assert category_for(brief_of(d), "OUTCOME_LEADS").id == "general"
    ps = people(d)
    motivations = " ".join(m for p in ps for m in p.motivations)
    # the product's head, not "the option that fits their situation best"
    assert "private stargazing evenings with a telescope guide" in motivations
    assert "on a farm near Canterbury" not in motivations
    assert "free hot chocolate for bookings" in motivations  # the offer, in the value job
    assert "fits their situation best" not in motivations
    # the "is it for me?" proof names the people the brief lists
    assert "who it is for (couples planning a date night)" in text_of(ps)


def test_fallback_personas_in_polish_name_the_offer_and_agree_in_gender() -> None:
    d = brief("review_briefs/01_saas_en", **GWIAZDY)
    assert category_for(brief_of(d), "OUTCOME_LEADS").id == "general"
    ps = people(d, "pl")
    text = text_of(ps)
    assert "(wieczory z teleskopem i przewodnikiem pod ciemnym niebem Bieszczadów)" in text
    assert "(rabat 50 zł przy rezerwacji do 31 marca 2027)" in text
    assert "najlepiej pasuje do własnej sytuacji" not in text
    labels = " ".join(p.name for p in ps)
    assert re.search(r"pracując[ay] (?:mama|tata) szukając[ay] atrakcji na weekend", labels)
    assert not re.search(r"pracując[ay] rodzice", labels)  # a singular label, or a quote


def test_a_plan_in_another_language_quotes_no_brief_words_about_people() -> None:
    """An English brief planned in Polish: its audience words would read as a foreign
    quote inside a Polish sentence, so the proof stays the data's own (the lead persona
    still shows the brief's description as given, as before)."""
    d = brief("review_briefs/01_saas_en", **STARS)
    text = text_of(people(d, "pl"))
    assert "dla kogo to jest, słowami osób, którym służy" in text
    assert "dla kogo to jest (" not in text


def test_no_segment_is_named_by_body_weight() -> None:
    d = brief(
        "review_briefs/01_saas_en",
        **dict(
            STARS,
            audience=dict(
                STARS["audience"], description="Adults - overweight people, busy parents"
            ),
        ),
    )
    text = text_of(people(d))
    assert not re.search(r"overweight", text, re.IGNORECASE)


@pytest.mark.parametrize(
    ("segment", "gender", "label"),
    [
        ("pracujący rodzice szukający opieki na lato", "f", "pracująca mama szukająca opieki na lato"),
        ("pracujący rodzice szukający opieki na lato", "m", "pracujący tata szukający opieki na lato"),
        ("rodzice dzieci aktywnych", "f", "mama dzieci aktywnych"),
        ("zakładający firmę", "f", "zakładająca firmę"),
        ("niezadowoleni z obecnej księgowej", "m", "niezadowolony z obecnej księgowej"),
        # a participle before an unknown plural noun cannot be turned safely: quoted
        ("pracujący informatycy", "f", "z grupy „pracujący informatycy”"),
    ],
)  # fmt: skip
def test_polish_segments_with_a_participle_before_the_noun(
    segment: str, gender: str, label: str
) -> None:
    assert segment_label(segment, gender, "pl") == label  # type: ignore[arg-type]


def test_new_category_files_carry_source_date_and_both_languages() -> None:
    cats = {c.id: c for c in load_categories()}
    names = ("nutrition_coaching", "professional_services", "bikes", "home_energy", "summer_camps")
    for name in names:
        cat = cats[name]
        assert cat.source and cat.as_of
        for spec in cat.personas:
            assert isinstance(spec.pl.label, dict), (name, spec.angle)  # f and m labels
            assert spec.en.objections and spec.pl.objections


def test_a_mortgage_broker_is_no_insurer_and_its_personas_name_no_one() -> None:
    """Under the financial special category: the broker gets its own personas (first-time
    buyer, a deal that ends, who advises), labelled without a name, age or gender."""
    d = brief(
        "review_briefs/01_saas_en",
        product="Mortgage broker for first-time buyers and remortgages",
        offer="First call with an adviser",
        objective="OUTCOME_LEADS",
        special_ad_category="FINANCIAL_PRODUCTS_SERVICES",
        benefits=["FCA-regulated advisers"],
        audience={"locations": ["GB"], "age": [18, 65]},
    )
    assert category_for(brief_of(d), "OUTCOME_LEADS").id == "mortgage_broker"
    ps = people(d)
    assert [p.name for p in ps][:1] == ["The first-time buyer who wants to know where to start"]
    text = text_of(ps)
    assert "Answer from the brief: FCA-regulated advisers" in text
    assert not re.search(r"\bapproved\b|guarantee", text, re.IGNORECASE)
