"""Word lists behind brief extraction: countries, months, tones, placements (EN and PL).

Kept apart from the rules in :mod:`adsage.advisor.brief_extract` so that adding a country or an
inflected Polish form is a data change that cannot break a regular expression.  Every key is
folded (lower case, Polish letters stripped) because matching happens on folded text.
"""

from __future__ import annotations

# Country names in English and the Polish forms a marketer actually types ("w Polsce", "do
# Niemiec", "na Słowację").  Ambiguous English words (Turkey, Chad, Georgia, Jordan) are left
# out on purpose: a false country silently changes who sees the ads.
COUNTRIES: dict[str, str] = {}
for _code, _names in {
    "PL": "poland polska polsce polski polske polsk",
    "DE": "germany niemcy niemczech niemiec niemcom",
    "CZ": "czech republic czechia czechy czechach czech",
    "SK": "slovakia slowacja slowacji slowacje",
    "LT": "lithuania litwa litwie litwy",
    "LV": "latvia lotwa lotwie lotwy",
    "EE": "estonia estonii",
    "UA": "ukraine ukraina ukrainie ukrainy",
    "AT": "austria austrii",
    "CH": "switzerland szwajcaria szwajcarii",
    "FR": "france francja francji",
    "ES": "spain hiszpania hiszpanii",
    "PT": "portugal portugalia portugalii",
    "IT": "italy wlochy wloszech wloch",
    "NL": "netherlands holland holandia holandii",
    "BE": "belgium belgia belgii",
    "DK": "denmark dania danii",
    "SE": "sweden szwecja szwecji",
    "NO": "norway norwegia norwegii",
    "FI": "finland finlandia finlandii",
    "IE": "ireland irlandia irlandii",
    "GB": "united kingdom great britain england wielka brytania wielkiej brytanii anglia anglii",
    "US": "united states usa america stany zjednoczone stanach zjednoczonych stanow zjednoczonych",
    "CA": "canada kanada kanadzie kanady",
    "AU": "australia australii",
    "HU": "hungary wegry wegrzech wegier",
    "RO": "romania rumunia rumunii",
    "BG": "bulgaria bulgarii",
    "HR": "croatia chorwacja chorwacji",
    "SI": "slovenia slowenia slowenii",
    "GR": "greece grecja grecji",
}.items():
    # Multi-word names stay whole; the rest are single-word forms.
    for _phrase in (
        "czech republic",
        "united kingdom",
        "great britain",
        "united states",
        "wielka brytania",
        "wielkiej brytanii",
        "stany zjednoczone",
        "stanach zjednoczonych",
        "stanow zjednoczonych",
    ):
        if _phrase in _names:
            COUNTRIES[_phrase] = _code
            _names = _names.replace(_phrase, "")
    for _w in _names.split():
        COUNTRIES[_w] = _code
# Upper-case abbreviations are matched case-sensitively on the original text.
COUNTRY_ABBREVIATIONS = {"UK": "GB", "USA": "US", "US": "US"}

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
for _i, _forms in enumerate(
    [
        "styczen stycznia styczniu sty",
        "luty lutego lutym lut",
        "marzec marca marcu",
        "kwiecien kwietnia kwietniu kwi",
        "maj maja maju",
        "czerwiec czerwca czerwcu cze",
        "lipiec lipca lipcu lip",
        "sierpien sierpnia sierpniu sie",
        "wrzesien wrzesnia wrzesniu wrz",
        "pazdziernik pazdziernika pazdzierniku paz",
        "listopad listopada listopadzie lis",
        "grudzien grudnia grudniu gru",
    ],
    start=1,
):
    for _f in _forms.split():
        MONTHS[_f] = _i

CURRENCIES: dict[str, str] = {
    "zl": "PLN", "zlotych": "PLN", "zlote": "PLN", "zloty": "PLN", "pln": "PLN", "usd": "USD",
    "$": "USD", "dollars": "USD", "dollar": "USD", "dolarow": "USD", "dolary": "USD",
    "eur": "EUR", "euro": "EUR", "€": "EUR", "gbp": "GBP", "£": "GBP", "pounds": "GBP",
    "funtow": "GBP",
}  # fmt: skip

# Polish tone words become the English names the drafting engines know.
TONES: dict[str, str] = {
    "friendly": "friendly", "przyjazny": "friendly", "przyjazna": "friendly",
    "energetic": "energetic", "energiczny": "energetic", "dynamiczny": "energetic",
    "professional": "professional", "profesjonalny": "professional",
    "formal": "formal", "formalny": "formal", "oficjalny": "formal",
    "casual": "casual", "luzny": "casual", "swobodny": "casual",
    "playful": "playful", "zabawny": "playful", "humorous": "humorous", "zartobliwy": "humorous",
    "warm": "warm", "ciepły": "warm", "cieply": "warm",
    "luxurious": "luxurious", "luksusowy": "luxurious", "premium": "premium",
    "serious": "serious", "powazny": "serious", "bold": "bold", "odwazny": "bold",
    "inspiring": "inspiring", "inspirujacy": "inspiring",
}  # fmt: skip

PLACEMENTS: dict[str, str] = {
    "feed": "feed", "feeds": "feed", "aktualnosci": "feed",
    "stories": "stories", "story": "stories", "relacje": "stories", "relacjach": "stories",
    "reels": "reels", "reelsy": "reels", "rolki": "reels", "rolkach": "reels",
    "in-stream": "in_stream", "in stream": "in_stream", "instream": "in_stream",
    "right column": "right_column", "prawa kolumna": "right_column",
}  # fmt: skip

OBJECTIVES: dict[str, str] = {
    "awareness": "OUTCOME_AWARENESS", "rozpoznawalnosc": "OUTCOME_AWARENESS",
    "traffic": "OUTCOME_TRAFFIC", "ruch": "OUTCOME_TRAFFIC",
    "engagement": "OUTCOME_ENGAGEMENT", "aktywnosc": "OUTCOME_ENGAGEMENT",
    "leads": "OUTCOME_LEADS", "leady": "OUTCOME_LEADS", "kontakty": "OUTCOME_LEADS",
    "app promotion": "OUTCOME_APP_PROMOTION", "app installs": "OUTCOME_APP_PROMOTION",
    "promocja aplikacji": "OUTCOME_APP_PROMOTION",
    "sales": "OUTCOME_SALES", "sprzedaz": "OUTCOME_SALES", "conversions": "OUTCOME_SALES",
}  # fmt: skip

# Counts spelled out, as people type them in requests ("three headlines", "trzy nagłówki").
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "couple": 2, "pair": 2, "three": 3,
    "few": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "jeden": 1, "jedna": 1, "jedno": 1, "jedną": 1, "jednego": 1,
    "dwa": 2, "dwie": 2, "dwoch": 2, "dwóch": 2, "dwu": 2, "pare": 2, "parę": 2,
    "trzy": 3, "trzech": 3, "kilka": 3, "cztery": 4, "czterech": 4,
    "piec": 5, "pięć": 5, "pieciu": 5, "pięciu": 5, "szesc": 6, "sześć": 6, "szesciu": 6,
    "sześciu": 6, "siedem": 7, "siedmiu": 7, "osiem": 8, "osmiu": 8, "ośmiu": 8,
    "dziewiec": 9, "dziewięć": 9, "dziewieciu": 9, "dziewięciu": 9, "dziesiec": 10,
    "dziesięć": 10, "dziesieciu": 10, "dziesięciu": 10,
}  # fmt: skip
