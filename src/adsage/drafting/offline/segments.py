"""The audience segments a brief names ("upgraders, parents whose kids outgrew bikes";
"niezadowoleni z obecnej księgowej albo zakładający firmę"), as persona labels.

A brief that matches no category gets decision-stage personas ("the one weighing up
options") that fit any business; when the client has already said who buys, those people are
the better personas, so their own words label them.  Polish labels must agree with the
persona's gender, so a segment is turned into the singular only where its first word has a
known plural ending or is a known noun and nothing later in it agrees with a plural ("którzy
chcą"); any other segment is quoted as the brief's group, which needs no agreement.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from adsage.models.brief import Brief

Gender = Literal["f", "m"]

# Where the list of segments starts: after a dash or a colon, else after the first comma.
_LIST_START = re.compile(r"\s[-–—]\s|:\s")
# Polish "i" joins items too; only in lower case, so the English pronoun "I" never splits.
_ITEM_SPLIT = re.compile(r",\s*|;\s*|\s+(?:or|and|albo|lub|oraz|czy|(?-i:i))\s+", re.IGNORECASE)
# An item that is a clause about the head ("who ride", "którzy łączą") is no segment.
_CLAUSE = re.compile(r"^(?:who|whose|that|which|with|in|from|któr\w*|z|ze|w|we|na|do)\b", re.I)
# A word that only stresses the list ("zwłaszcza rodzice", "especially parents").
_LEAD = re.compile(
    r"^(?:zwłaszcza|szczególnie|głównie|w tym|especially|mainly|mostly|particularly|including)\s+",
    re.IGNORECASE,
)
_MAX_WORDS = 7
_MAX_SEGMENTS = 3

# Polish plural forms of a segment's first word -> (masculine, feminine) singular.
_PL_NOUNS: dict[str, tuple[str, str]] = {
    "właściciele": ("właściciel", "właścicielka"),
    "studenci": ("student", "studentka"),
    "licealiści": ("licealista", "licealistka"),
    "przedsiębiorcy": ("przedsiębiorca", "przedsiębiorczyni"),
    "klienci": ("klient", "klientka"),
    "mieszkańcy": ("mieszkaniec", "mieszkanka"),
    "pracownicy": ("pracownik", "pracowniczka"),
    "freelancerzy": ("freelancer", "freelancerka"),
    "rodzice": ("tata", "mama"),
    "biegacze": ("biegacz", "biegaczka"),
    "amatorzy": ("amator", "amatorka"),
    "rowerzyści": ("rowerzysta", "rowerzystka"),
    "emeryci": ("emeryt", "emerytka"),
}
# "osoby pracujące w biurze": the noun is dropped and its participle agrees with the
# persona ("pracująca w biurze", "pracujący w biurze").
_PL_PEOPLE = "osoby"
# Prepositions that end an adjective used as the head ("niezadowoleni z ...").
_PL_PREPOSITIONS = frozenset(
    ["z", "ze", "w", "we", "na", "do", "od", "o", "po", "przy", "dla", "bez", "u"]
)
# Plural participle and adjective endings (masculine-personal) -> singular m / f.
_PL_ENDINGS = (
    ("ący", "ący", "ąca"),
    ("eni", "ony", "ona"),
    ("oni", "ony", "ona"),
    ("ani", "any", "ana"),
)
# Words after the first that agree with a plural subject.
_PL_PLURAL = re.compile(r"\b(?:któr\w*|ich|są|mają|chcą|będą|byli|były)\b", re.IGNORECASE)
_EN_PLURAL_WORDS = {"people", "children", "men", "women", "staff", "folk"}


def brief_segments(description: str) -> list[str]:
    """The segments listed in the audience description, at most three; none when the
    description names fewer than two (one audience is the brief's, not a list)."""
    text = description.strip().rstrip(".")
    found = _LIST_START.search(text)
    head = ""
    if found:
        tail = text[found.end() :]
    elif "," in text:
        head, tail = text.split(",", 1)
    else:
        return []
    raw = [i.strip(" .") for i in _ITEM_SPLIT.split(tail)]
    items = [_LEAD.sub("", i) for i in raw]
    # "zwłaszcza rodzice": the list picks out people within the head, which stays out
    if head and items and _names_people(items[0]) and not _LEAD.match(raw[0]):
        # "Osoby dbające o zdrowie, biegacze i osoby pracujące w biurze": the part before
        # the comma is the first of several groups, not a head the rest qualifies
        # ("Właściciele firm, niezadowoleni z ..." keeps its head out)
        items.insert(0, head[:1].lower() + head[1:] if not head[:2].isupper() else head)
    items = [i for i in items if _is_segment(i)]
    return items[:_MAX_SEGMENTS] if len(items) >= 2 else []


def _names_people(item: str) -> bool:
    """Whether a list item starts with a plural people noun ("biegacze", "runners") rather
    than a word that describes the head ("niezadowoleni", "mostly")."""
    first = item.split(" ", 1)[0].casefold()
    if first in _PL_NOUNS or first == _PL_PEOPLE or first in _EN_PLURAL_WORDS:
        return True
    return first.isalpha() and first.endswith("s") and not first.endswith("ss")


def _is_segment(item: str) -> bool:
    """A people noun phrase in lower case ("upgraders"): not a place ("Bradford"), an age
    band ("25-40") or a clause about the head ("who ride")."""
    return (
        bool(item)
        and item[0].islower()
        and not any(c.isdigit() for c in item)
        and len(item.split()) <= _MAX_WORDS
        and not _CLAUSE.match(item)
    )


def segment_label(segment: str, gender: Gender, lang: str) -> str:
    """A persona label from a segment, in the persona's gender where the language needs it."""
    first, _, rest = segment.partition(" ")
    low = first if first.isupper() else first[:1].lower() + first[1:]
    if lang == "pl":
        singular = _pl_phrase(f"{low} {rest}".strip(), gender)
        return singular or f"z grupy „{segment}”"
    if low.casefold() in _EN_PLURAL_WORDS or (low.endswith("s") and not low.endswith("ss")):
        return f"one of the {low} {rest}".strip()
    return f"from the group “{segment}”"


def _pl_phrase(segment: str, gender: Gender) -> str:
    """The segment in the singular ("pracujący rodzice szukający opieki" -> "pracująca mama
    szukająca opieki"): its leading plural nouns and participles turned, the rest (the
    complement, "opieki na lato") kept.  Empty when that cannot be done safely: nothing to
    turn, a plural word after the turned ones ("którzy chcą"), or only adjectives followed
    by a word with a plural noun's ending, which may be the head ("pracujący informatycy")."""
    words = segment.split()
    if len(words) > 1 and words[0].casefold() == _PL_PEOPLE:
        turned = _pl_participle(words[1].casefold(), gender)
        rest = words[2:]
        if not turned or _PL_PLURAL.search(" ".join(rest)):
            return ""
        return " ".join([turned, *rest])
    out: list[str] = []
    noun = False
    for word in words:
        singular = _pl_singular(word.casefold(), gender)
        if not singular:
            break
        noun = noun or word.casefold() in _PL_NOUNS
        out.append(singular)
    rest = words[len(out) :]
    if not out or _PL_PLURAL.search(" ".join(rest)):
        return ""
    head = rest[0].casefold() if rest else ""
    if not noun and head not in _PL_PREPOSITIONS and head.endswith(("i", "y", "e")):
        return ""  # "zakładający firmę" turns; "pracujący informatycy" may not
    return " ".join([*out, *rest])


def _pl_participle(word: str, gender: Gender) -> str:
    """A participle that agrees with "osoby" ("pracujące") in the persona's gender."""
    if word.endswith("ące") and len(word) > 5:
        return word[:-3] + ("ąca" if gender == "f" else "ący")
    return ""


def _pl_singular(word: str, gender: Gender) -> str:
    pick = 1 if gender == "f" else 0
    if word in _PL_NOUNS:
        return _PL_NOUNS[word][pick]
    for plural, m, f in _PL_ENDINGS:
        if word.endswith(plural) and len(word) > len(plural) + 2:
            return word[: -len(plural)] + (f if pick else m)
    return ""


_MAX_AUDIENCE = 90


def audience_words(brief: Brief, lang: str, segment: list[str]) -> str:
    """Who the brief says it is for, in its own words, for the fallback's persona texts: the
    persona's segment, else the audience description (never a body-weight word).  Empty
    when the brief is written in another language than the plan (its words would read as a
    foreign quote) or under a special ad category (personas there say nothing of people)."""
    if brief.language != lang or brief.special_ad_category != "NONE":
        return ""
    from adsage.checks.special import neutral_wording
    from adsage.drafting.offline.hygiene import clean_fragment, decapitalise, shorten

    said = segment[0] if segment else neutral_wording(brief.audience.description, "NONE")
    return decapitalise(shorten(clean_fragment(said), _MAX_AUDIENCE)) if said.strip() else ""
