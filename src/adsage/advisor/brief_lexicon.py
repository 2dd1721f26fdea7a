"""Word lists behind brief extraction: countries, months, tones, placements (EN and PL).

Kept apart from the rules in :mod:`adsage.advisor.brief_extract` so that adding a country or an
inflected Polish form is a data change that cannot break a regular expression.  Every key is
folded (lower case, Polish letters stripped) because matching happens on folded text.
"""

from __future__ import annotations

from adsage.lang.dates import MONTHS_AFTER_DAY
from adsage.lang.money import CURRENCIES as _CURRENCIES
from adsage.lang.numbers import COUNT_WORDS

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

# Month forms and currencies are the language toolkit's; the brief reader uses them as is.
MONTHS: dict[str, int] = MONTHS_AFTER_DAY
CURRENCIES: dict[str, str] = _CURRENCIES

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
NUMBER_WORDS: dict[str, int] = COUNT_WORDS
