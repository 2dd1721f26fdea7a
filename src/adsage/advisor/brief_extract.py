"""Fill a campaign brief from conversation: deterministic rules for English and Polish.

People describe campaigns in prose ("we sell freeride snowboards, -30% until Christmas, budżet
dzienny 50 zł"), not YAML.  The chat and the Slack bot both turn such messages into a *partial*
brief: a plain JSON-ready dict shaped like :class:`~adsage.models.brief.Brief` (nested
``budget``, ``schedule``, ``audience``), so it can be stored between turns and shown back.

The rules prefer missing a field to inventing one: a wrong country or budget silently changes
the plan, while a missing one is simply asked for.  Matching runs on folded text (lower case,
Polish letters stripped, same length), so positions map back to the original wording.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import Any

from adsage.advisor.brief_lexicon import (
    COUNTRIES,
    COUNTRY_ABBREVIATIONS,
    MONTHS,
    OBJECTIVES,
    PLACEMENTS,
    TONES,
)
from adsage.advisor.brief_parse import (
    BUDGET_WORD,
    DATE,
    MONEY,
    find_schedule,
    parse_budget,
    parse_date,
)
from adsage.errors import BadInput
from adsage.lang.dates import today as calendar_today
from adsage.lang.folding import fold
from adsage.models.brief import Brief, load_brief_data

__all__ = [
    "REQUIRED",
    "extract_brief_fields",
    "merge_fields",
    "missing_fields",
    "parse_budget",
    "parse_date",
    "to_brief",
]

# What a valid Brief needs, in the flat names the chat's /set understands.
REQUIRED = ("brand", "product", "landing_url", "goal", "budget", "start", "end", "locations")

_URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
# Sentence ends, except after abbreviations that sit inside amounts ("6 tys. zł", "ok. 50").
_SENTENCE = re.compile(r"(?<=[.!?;])(?<!tys\.)(?<!ok\.)(?<!np\.)(?<!ul\.)\s+|\n+")
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_OFFER = re.compile(
    r"(?<!\w)-\s?\d{1,2}\s?%|\d{1,2}\s?%\s*(?:off|taniej|discount|rabat\w*|znizk\w*)|"
    r"(?<!\w)(?:rabat\w*|znizk\w*|promocj\w*|wyprzedaz\w*|gratis|darmow\w*|bezplatn\w*|"
    r"free shipping|free delivery|discount\w*|coupon|kupon\w*|kod rabatowy|promo code|"
    r"buy one get one|\d\s?(?:\+|za)\s?\d|sale)(?!\w)"
)
_GOAL_LABEL = re.compile(
    r"^\s*(?:(?:our|my|the|main)\s+)?(?:goal|target|objective is to|aim)\s*(?:is|:|-|=)\s*"
    r"(?:to\s+)?|"
    r"^\s*(?:nasz\w*\s+|moim\s+|glownym\s+)?(?:cel\w*)\s*(?:to|jest|:|-|=)?\s*"
)
_OFFER_LABEL = re.compile(r"^\s*(?:offer|oferta|promo|promocja)\s*[:\-]\s*", re.IGNORECASE)
_GOAL_LEAD = re.compile(
    r"^\s*(?:(?:and|so|also|i|a|oraz)\s+)?(?:we\s+(?:want|need|hope|plan|aim)\s+to|i\s+want\s+to|"
    r"chcemy|chce|planujemy|chcielibysmy|musimy)\s+"
)
_PRODUCT = re.compile(
    r"(?<!\w)(?:we(?:'re| are)? sell(?:ing)?|we make|we produce|i sell|our product(?:s)? (?:is|are)"
    r"|the product is|product\s*:|produkt\s*:|sprzedajemy|sprzedaje|produkujemy|oferujemy|"
    r"nasz(?:ym)? produkt(?:em)? (?:to|jest)|produktem jest)\s+(?P<v>[^.;!?\n]+)"
)
_PRODUCT_CUT = re.compile(
    r",|\s(?:to|for|at|in|from|until|till|by|with a|starting|dla|od(?= \d)|do(?= \d)|przez|w cenie|"
    r"and (?:we|our|the|budget)|i (?:mamy|chcemy|nasz)|a (?:budzet|cel))\s"
)
# A name word may hold a dot only inside it ("Dr.Oetker"): "TrailBrew. Goal" ends at the dot.
_NAME_WORD = r"[A-Z0-9ĄĆĘŁŃÓŚŹŻ][\w&'\-]*(?:\.[\w&'\-]+)*"
# Words left hanging where a link was cut out ("bukiety z dostawą na <link>").
_DANGLING = re.compile(
    r"(?:\s+(?i:at|on|via|from|in|to|see|visit|here|na|w|we|z|ze|pod|przez|od|do|"
    r"tutaj|tu|u))+\s*$"
)
_BRAND = re.compile(
    r"(?<!\w)(?i:brand(?: name)?\s*(?:is|:|=)?|our brand is|my brand is|company\s*:|"
    r"we are|we're|marka\s*(?::|to|=|nazywa się|nazywa sie)?|nasza marka to|nazywamy się|"
    r"nazywamy sie|firma\s*(?::|to)?|jesteśmy|jestesmy)\s+"
    rf"(?P<v>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
)
_FOR_BRAND = re.compile(
    r"(?i:ads?|headlines?|copy|campaign|plan|posts?|texts?|variants?|personas?|formats?|"
    r"reklam\w*|naglowk\w*|nagłówk\w*|kampani\w*|tekst\w*|opis\w*|wariant\w*|persony|formaty)"
    r"\s+(?i:for|dla)\s+(?P<v>[A-Z][\w&'\-]*(?:\s+[A-Z][\w&'\-]*){0,2})"
)
_AGE = re.compile(
    r"(?<!\d)(?P<lo>1[3-9]|[2-5]\d|6[0-5])\s?(?:-|to|do)\s?(?P<hi>1[3-9]|[2-5]\d|6[0-5]\+?)(?!\d)"
    r"(?=\s*(?:lat\w*|years?|yo|y\.o\.|year-olds)|)"
)
_AGE_CONTEXT = re.compile(
    r"(?:aged|age|ages|w wieku|wiek\w*|between|miedzy)\s*:?\s*$|^\s*(?:lat\w*|years?|yo\b|y\.o\.|"
    r"year-olds)"
)
_AGE_PLUS = re.compile(r"(?<!\w)(?:aged\s+|w wieku\s+)?(?P<lo>1[3-9]|[2-5]\d)\s?\+")
_INTERESTS = re.compile(
    r"(?<!\w)(?:interested in|interests?\s*:|who (?:like|love|enjoy)|fans of|lovers of|into|"
    r"zainteresowani(?:ch)?|zainteresowania\s*:|interesujac\w* sie|interesuja sie|fan(?:i|ow|ki)|"
    r"milosni\w*|lubiac\w*|pasjonac\w*)\s+(?P<v>[^.;!?\n]+)"
)
_LIST_SPLIT = re.compile(r",|\s+(?:and|or|i|oraz|lub|albo)\s+|/")
_AUDIENCE = re.compile(
    r"(?<!\w)(?:target audience|audience|grupa docelowa|odbiorcy)\s*(?:is|are|:|to|-)\s*"
    r"(?P<v>[^.;!?\n]+)"
)
_LANGUAGE = re.compile(
    r"(?<!\w)(?:in (?P<en1>english|polish)|po (?P<pl1>polsku|angielsku)|w jezyku "
    r"(?P<pl2>polskim|angielskim)|language\s*:?\s*(?P<en2>english|polish|en|pl)|jezyk\s*:?\s*"
    r"(?P<pl3>polski|angielski|pl|en))(?!\w)"
)
_TONE = re.compile(
    r"(?<!\w)(?:tone(?: of voice)?|ton)\s*(?:is|should be|:|-|=|powinien byc)?\s*(?P<a>\w+)|"
    r"(?<!\w)(?P<b>\w+)\s+(?:tone|ton)(?!\w)"
)
_OBJECTIVE = re.compile(
    r"(?<!\w)(?:objective|cel kampanii)\s*(?:is|:|to|-|=)?\s*(?P<v>app promotion|app installs|"
    r"promocja aplikacji|\w+)"
)
_GENDER = re.compile(
    r"(?<!\w)(?:(?P<f>women|woman|female|kobiet\w*)|(?P<m>men|man|male|mezczy\w*))\s+"
    r"(?=aged|age|w wieku|\d|in|w|z|from)"
)


def _countries(text: str, f: str) -> list[str]:
    found: list[tuple[int, str]] = []
    names = "|".join(re.escape(n) for n in sorted(COUNTRIES, key=len, reverse=True))
    for m in re.finditer(rf"(?<!\w)(?:{names})(?!\w)", f):
        found.append((m.start(), COUNTRIES[m.group()]))
    for abbr, code in COUNTRY_ABBREVIATIONS.items():
        for m in re.finditer(rf"(?<![\w/.]){abbr}(?![\w/])", text):
            found.append((m.start(), code))
    codes = re.search(r"(?<!\w)(?:locations?|countries|kraje|kraj)\s*:\s*([A-Za-z, ]+)", text)
    if codes:
        for part in re.split(r"[,\s]+", codes.group(1)):
            if len(part) == 2 and part.isalpha():
                found.append((codes.start(1), part.upper()))
    out: list[str] = []
    for _, code in sorted(found):
        if code not in out:
            out.append(code)
    return out


def _items(raw: str) -> list[str]:
    """A short list ("snowboarding, freeride and winter sports") up to where prose resumes."""
    out: list[str] = []
    for part in _LIST_SPLIT.split(raw):
        item = part.strip(" '\"()")
        words = item.split()
        stop = re.search(r"\d|budget|budzet|aged|wiek|from|\bod\b|\bw\b|\bin\b", fold(item))
        if not item or len(words) > 4 or stop:
            break
        out.append(item)
    return out


def _clauses(text: str) -> list[tuple[int, str]]:
    """Sentences, and the comma-separated parts of each, with their offsets."""
    out: list[tuple[int, str]] = []
    pos = 0
    for sentence in _SENTENCE.split(text):
        start = text.find(sentence, pos)
        pos = start + len(sentence)
        offset = start
        for part in _COMMA.split(sentence):
            out.append((offset, part))
            offset += len(part) + 1
    return out


def _goal(text: str, lang: str | None, today: date) -> str | None:
    from adsage.checks.goal.parse import parse_goal

    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    for sentence in sentences:
        labelled = _GOAL_LABEL.match(fold(sentence))
        if labelled:
            goal = sentence[labelled.end() :].strip(" .;")
            return goal[:1].upper() + goal[1:] or None
    for sentence in sentences:
        for candidate in [p for p in _COMMA.split(sentence) if p.strip()] + [sentence]:
            f = fold(candidate)
            if _OFFER.search(f) or (BUDGET_WORD.search(f) and candidate != sentence):
                continue
            parsed = parse_goal(candidate, today=today, lang=lang)
            if parsed.metric and parsed.target and (parsed.deadline or parsed.period_days):
                # "od 1.12 do 24.12 sprzedajemy deski" has a number only inside its dates
                spans = [m.span() for m in DATE.finditer(f)]
                masked = "".join(
                    " " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(candidate)
                )
                if parse_goal(masked, today=today, lang=lang).target is None:
                    continue
                lead = _GOAL_LEAD.match(fold(candidate))
                goal = candidate[lead.end() :] if lead else candidate
                goal = goal.strip(" .;")
                return goal[:1].upper() + goal[1:]
    return None


def _first(pattern: re.Pattern[str], f: str, text: str, cut: re.Pattern[str] | None = None) -> str:
    m = pattern.search(f)
    if not m:
        return ""
    value = text[m.start("v") : m.end("v")]
    if cut is not None:
        stop = cut.search(fold(value))
        value = value[: stop.start()] if stop else value
    return value.strip(" .,:;'\"")


def _found(text: str, lang: str | None, today: date) -> dict[str, Any]:
    f = fold(text)
    out: dict[str, Any] = {}
    # A link is never part of the product: its dots would end the sentence inside it.
    no_links = _URL.sub(lambda m: "\n" * len(m.group()), text)
    product = _first(_PRODUCT, fold(no_links), no_links, _PRODUCT_CUT)
    product = re.sub(r"^(?:a|an|the)\s+", "", product, flags=re.IGNORECASE)
    product = _DANGLING.sub("", product)
    if product and not _OFFER.match(fold(product)):
        out["product"] = product[:200]
    brand = _BRAND.search(text) or _FOR_BRAND.search(text)
    if brand and fold(brand["v"]).split()[0] not in MONTHS:
        out["brand"] = brand["v"].strip(" .,")[:100]
    for _, clause in _clauses(text):
        if _OFFER.search(fold(clause)) and not BUDGET_WORD.search(fold(clause)):
            offer = _OFFER_LABEL.sub("", clause)
            out["offer"] = offer.strip(" .;")[:300]
            break
    goal = _goal(text, lang, today)
    if goal:
        out["goal"] = goal[:1000]
    budget = None
    for _, clause in _clauses(text):
        budget = parse_budget(clause)
        if budget:
            break
    if budget is None and MONEY.fullmatch(f.strip()):
        budget = parse_budget(text, explicit=True)
    if budget:
        out["budget"] = budget
    schedule = find_schedule(f, today)
    if schedule:
        out["schedule"] = schedule
    audience: dict[str, Any] = {}
    locations = _countries(text, f)
    if locations:
        audience["locations"] = locations
    for m in _AGE.finditer(f):
        before, after = f[max(0, m.start() - 12) : m.start()], f[m.end() : m.end() + 12]
        if _AGE_CONTEXT.search(before) or _AGE_CONTEXT.search(after):
            audience["age"] = [int(m["lo"]), int(m["hi"].rstrip("+"))]
            break
    else:
        plus = _AGE_PLUS.search(f)
        if plus:
            audience["age"] = [int(plus["lo"]), 65]
    interests = _items(_first(_INTERESTS, f, text))
    if interests:
        audience["interests"] = interests
    description = _first(_AUDIENCE, f, text)
    if description:
        audience["description"] = description[:2000]
    gender = _GENDER.search(f)
    if gender:
        audience["genders"] = ["female" if gender["f"] else "male"]
    if audience:
        out["audience"] = audience
    language = _LANGUAGE.search(f)
    if language:
        said = next(g for g in language.groups() if g)
        out["language"] = "pl" if said.startswith(("pol", "pl")) else "en"
    url = _URL.search(text)
    if url:
        link = url.group().rstrip(".,;:!?)")
        out["landing_url"] = link if link.lower().startswith("http") else f"https://{link}"
    placements = [
        PLACEMENTS[m.group()]
        for m in re.finditer(r"(?<!\w)(?:" + "|".join(PLACEMENTS) + r")(?!\w)", f)
    ]
    if placements:
        out["placements"] = list(dict.fromkeys(placements))
    for m in _TONE.finditer(f):
        word = m["a"] or m["b"]
        if word in TONES:
            out["tone"] = TONES[word]
            break
    objective = _OBJECTIVE.search(f)
    if objective and objective["v"] in OBJECTIVES:
        out["objective"] = OBJECTIVES[objective["v"]]
    return out


def merge_fields(current: dict[str, Any] | None, found: dict[str, Any]) -> dict[str, Any]:
    """``found`` over ``current``: nested parts merge key by key; interests accumulate.

    Interests accumulate because people list them across several messages; every other value
    is replaced, so a correction ("no, budget 300 zł") wins.
    """
    out = copy.deepcopy(current or {})
    for key, value in found.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            for sub, v in value.items():
                if sub == "interests":
                    v = list(dict.fromkeys([*out[key].get("interests", []), *v]))
                out[key][sub] = copy.deepcopy(v)
        else:
            out[key] = copy.deepcopy(value)
    return out


def extract_brief_fields(
    text: str,
    current: dict[str, Any] | None = None,
    *,
    lang: str | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Brief fields mentioned in ``text`` merged into ``current`` (which is not modified).

    ``lang`` helps goal parsing; ``today`` anchors dates without a year (default: the real
    date).  When something was found and no language is known yet, the message's language
    becomes the brief's, so a Polish conversation gets Polish copy without being asked.
    """
    from adsage.lang.detect import detect_lang

    text = text[:5000]
    found = _found(text, lang, today or calendar_today())
    merged = merge_fields(current, found)
    if found and "language" not in merged:
        merged["language"] = lang if lang in ("en", "pl") else detect_lang(text)
    return merged


def _has(partial: dict[str, Any], name: str) -> bool:
    path = {
        "budget": ("budget", "amount"),
        "start": ("schedule", "start"),
        "end": ("schedule", "end"),
        "locations": ("audience", "locations"),
    }.get(name, (name,))
    value: Any = partial
    for part in path:
        value = value.get(part) if isinstance(value, dict) else None
    return value not in (None, "", [])


def missing_fields(partial: dict[str, Any]) -> list[str]:
    """Required fields still missing, named as ``/set`` accepts them."""
    return [name for name in REQUIRED if not _has(partial, name)]


def to_brief(partial: dict[str, Any], *, source: str = "working brief") -> Brief:
    """A validated Brief; BadInput names what is missing or wrong, one line."""
    missing = missing_fields(partial)
    if missing:
        raise BadInput(
            f"{source}: still missing {', '.join(missing)}; describe them or use /set FIELD VALUE"
        )
    data = copy.deepcopy(partial)
    budget = data["budget"]
    if not budget.get("currency"):
        polish = data.get("language") == "pl" or data["audience"]["locations"] == ["PL"]
        budget["currency"] = "PLN" if polish else "USD"
    return load_brief_data(data, source)
