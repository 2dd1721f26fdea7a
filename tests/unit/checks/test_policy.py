"""Policy checks in English and Polish: each rule fires on real violations and stays quiet on
ordinary copy that looks similar."""

from __future__ import annotations

import pytest

from adsage.checks.policy import check_policy, restricted_categories


def rules_for(text: str, field: str = "primary_text") -> set[str]:
    return {f.rule for f in check_policy({field: text})}


CLEAN = [
    "Shop our winter sale — 30% off all boards until 24 December.",
    "Zamów teraz i odbierz rabat 20% na pierwszy zakup.",
    "We made this for you. Your new favourite hoodie is here.",
    "Twój nowy ulubiony sklep. Dla Ciebie mamy darmową dostawę!",
    "Are you ready for Black Friday? Deals start Friday 9am.",
    "Masz długi weekend? Wpadnij do nas na kawę.",
    "Masz 10 lat gwarancji na każdy rower.",
    "zażółć gęślą jaźń — pisz po polsku bez obaw",
    "Try our crème brûlée at Café Müller this weekend.",
    "Scunthorpe United classic kit, assassin-themed board game and shiitake soup.",
    "Kurtka zimowa w nowych kolorach. Sprawdź kolekcję.",
    "Free shipping on orders over 100 PLN. Order by Friday.",
    "Made in the USA. New SUV accessories from IKEA and LEGO.",
    "Really?! Yes, the new app is free.",
    "Nie czekaj... Nowa kolekcja już jest.",
    "Satisfaction guaranteed or your money back within 30 days.",
    "100% cotton, 100% made in Poland.",
    "Kawa i w domu smakuje dobrze.",
    "Sign up at kontakt@sklep.pl or call 500 600 700.",
    "Now 2.5x faster. Windows/Mac/Linux. e-mail support 24/7.",
    # Shop policies and idioms that once raised false alarms.
    "Gwarantowany zwrot pieniędzy do 30 dni.",
    "Guaranteed free returns on every order.",
    "Z nami jesteś skazany na sukces!",
    "Idealny jako prezent dla emeryta.",
    "Nasza recepta na sukces to prostota.",
    "A thoughtful gift for a senior, as a thank-you from the family.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_copy_has_no_policy_findings(text: str) -> None:
    assert check_policy({"primary_text": text, "headline": text}) == []


PERSONAL = [
    "Are you depressed?",
    "Are you still struggling with debt?",
    "Meet other Christian singles near you",
    "For people like you who just turned 62",
    "Do you have diabetes? Try our app.",
    "You're gay? Join our club.",
    "Are you Black and looking for a stylist?",
    "Consolidate your debt in one click",
    "Have you been convicted of a felony?",
    "Masz długi?",
    "Jesteś w ciąży?",
    "Cierpisz na depresję?",
    "Twoja cukrzyca pod kontrolą",
    "Jesteś katolikiem? Poznaj innych katolików.",
    "Masz 60 lat? Mamy coś dla Ciebie.",
    "Skończyłeś 50 lat? Sprawdź ofertę.",
    "Jesteś zadłużony? Pomożemy.",
    "Zmagasz się z nadwagą?",
    "Czy jestes w ciazy?",
]


@pytest.mark.parametrize("text", PERSONAL)
def test_personal_attributes_detected(text: str) -> None:
    assert "policy.personal_attributes" in rules_for(text)


def test_personal_attribute_cue_does_not_cross_sentences() -> None:
    assert "policy.personal_attributes" not in rules_for("Are you ready? Diabetes research.")


@pytest.mark.parametrize(
    "text", ["BUY NOW BEFORE IT ENDS", "KUP TERAZ ZANIM SIĘ SKOŃCZY", "HUGE SALE TODAY only"]
)
def test_excessive_caps(text: str) -> None:
    assert "policy.excessive_caps" in rules_for(text)


@pytest.mark.parametrize("text", ["USA SUV PLN", "Winter SALE starts now", "NOWOŚĆ w ofercie"])
def test_caps_allowed(text: str) -> None:
    assert "policy.excessive_caps" not in rules_for(text)


@pytest.mark.parametrize("text", ["Buy now!!!", "What??", "Serio?!?!", "Kup teraz!!", "Wait....."])
def test_excessive_punctuation(text: str) -> None:
    assert "policy.excessive_punctuation" in rules_for(text)


@pytest.mark.parametrize(
    "text",
    [
        "F.R.E.E shipping",
        "t*o*d*a*y only",
        "D.A.R.M.O.W.E próbki",
        "Whÿ wónt yòu clîck",
        "F R E E gift",
        "𝐅𝐑𝐄𝐄 shipping",
        "FR€€ stuff",
        "Frее trial",  # Cyrillic e
        "Kùp tèraz",
    ],
)
def test_nonstandard_characters(text: str) -> None:
    assert "policy.nonstandard_characters" in rules_for(text)


@pytest.mark.parametrize(
    "text",
    ["zażółć gęślą jaźń", "U.S.A. made", "Łódź, Kraków, Gdańsk", "Café crème", "sp. z o.o."],
)
def test_nonstandard_characters_quiet_on_normal_text(text: str) -> None:
    assert "policy.nonstandard_characters" not in rules_for(text)


@pytest.mark.parametrize(
    "text",
    [
        "Guaranteed results in 14 days",
        "100% results or nothing",
        "Lose 10 kg in a week",
        "Get rich from your sofa",
        "Gwarantowane efekty już po tygodniu",
        "Schudnij 10 kg w tydzień",
        "Zostań milionerem z naszym kursem",
        "100% skuteczności",
    ],
)
def test_misleading_claims(text: str) -> None:
    assert "policy.misleading_claim" in rules_for(text)


@pytest.mark.parametrize(
    "text",
    ["Satisfaction guaranteed", "Gwarancja 2 lata na sprzęt", "Lose the stress, not the fun"],
)
def test_misleading_claims_quiet(text: str) -> None:
    assert "policy.misleading_claim" not in rules_for(text)


@pytest.mark.parametrize(
    "text", ["This is fucking great", "Holy shit, prices!", "kurwa, ale cena", "Zajebista promocja"]
)
def test_profanity(text: str) -> None:
    assert "policy.profanity" in rules_for(text)


@pytest.mark.parametrize(
    "text", ["Scunthorpe", "classic bass", "shiitake", "kurtka", "Dickens", "pierwszy"]
)
def test_no_scunthorpe_problem(text: str) -> None:
    assert "policy.profanity" not in rules_for(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Craft beer festival", "alcohol"),
        ("Piwo kraftowe z lokalnego browaru", "alcohol"),
        ("Online casino bonus", "gambling"),
        ("Zakłady bukmacherskie online", "gambling"),
        ("Buy Bitcoin in minutes", "crypto"),
        ("Kup kryptowaluty", "crypto"),
        ("Best dating app", "dating"),
        ("Portal randkowy dla dorosłych", "dating"),
        ("Online pharmacy, fast delivery", "pharmacy"),
        ("Leki na receptę z dostawą", "pharmacy"),
        ("Weight loss program", "weight_loss"),
        ("Skuteczne odchudzanie", "weight_loss"),
    ],
)
def test_restricted_categories_warn(text: str, category: str) -> None:
    found = [
        f for f in check_policy({"primary_text": text}) if f.rule.endswith("restricted_category")
    ]
    assert found and all(f.severity == "warning" for f in found)
    assert category in restricted_categories([text])


@pytest.mark.parametrize("text", ["Winter sale", "Singles' Day deals on 11.11", "Twoja wina? Nie!"])
def test_restricted_quiet(text: str) -> None:
    assert restricted_categories([text]) == set()


def test_findings_name_the_field_and_quote_user_spelling() -> None:
    (f,) = check_policy({"headline": "Masz długi?"})
    assert f.field == "headline" and '"Masz długi"' in f.message


def test_one_finding_per_category_per_field() -> None:
    found = check_policy({"primary_text": "Are you depressed? Are you depressed?"})
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Feeling depressed and alone this winter? Talk to someone today.",
        "Tired of being overweight? Try our plan.",
        "Czujesz się samotny i przygnębiony? Porozmawiaj z terapeutą.",
    ],
)
def test_elliptical_second_person_questions_are_personal_attributes(text: str) -> None:
    assert "policy.personal_attributes" in rules_for(text)


@pytest.mark.parametrize(
    "text",
    ["Feeling lucky? Spin the wheel in our shop.", "Tired of being late? Try our alarm app."],
)
def test_elliptical_cues_without_an_attribute_stay_clean(text: str) -> None:
    assert "policy.personal_attributes" not in rules_for(text)


def test_mild_profanity_and_hyphenated_weight_loss() -> None:
    assert "policy.profanity" in rules_for("This coffee is so damn good.")
    assert "policy.restricted_category" in rules_for("New weight-loss capsules with green tea.")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Guaranteed returns on your investment", "policy.misleading_claim"),
        ("Guaranteed 12% returns every year", "policy.misleading_claim"),
        ("Gwarantowany zwrot z inwestycji w rok", "policy.misleading_claim"),
        ("Jako emeryt wiesz, ile kosztuje leczenie.", "policy.personal_attributes"),
        ("As a senior, you deserve a discount.", "policy.personal_attributes"),
        ("Byłeś skazany? Pomożemy znaleźć pracę.", "policy.personal_attributes"),
        ("Recepta online w 5 minut", "policy.restricted_category"),
    ],
)
def test_narrowed_entries_still_catch_real_cases(text: str, rule: str) -> None:
    assert rule in rules_for(text)


@pytest.mark.parametrize(
    "text",
    [
        "Are you fat?",
        "Jesteś gruby?",
        "Czy jesteś gruba?",
        "Czujesz się gruba? Mamy plan.",
        "Tired of being fat? Join today.",
        "Are you chubby and tired?",
        "Jesteś grubasem? Zmień to.",
    ],
)
def test_body_weight_questions_aimed_at_the_reader(text: str) -> None:
    found = [f for f in check_policy({"headline": text}) if f.rule == "policy.personal_attributes"]
    assert len(found) == 1 and "body weight" in found[0].message
    assert found[0].severity == "error"


@pytest.mark.parametrize(
    "text",
    [
        "Do you like low-fat yoghurt? Try ours.",
        "Are you a fan of fat bikes? Test ride one.",
        "Have you tried healthy fat in your breakfast?",
        "Masz gruby sweter? Ten płaszcz i tak się zmieści.",
        "Jesteś gotowy na tłusty czwartek? Pączki od 6:00.",
        "Are you fat-adapted on keto? Our menu has you covered.",
        "Gruby portfel? Masz gruby wybór w naszym sklepie.",
    ],
)
def test_fat_and_gruby_as_ordinary_words_stay_clean(text: str) -> None:
    assert "policy.personal_attributes" not in rules_for(text)
