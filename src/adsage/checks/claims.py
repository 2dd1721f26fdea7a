"""Claims in ad copy that the brief does not support, and drafts that open the same way.

An ad that promises a deadline, a price or a guarantee the advertiser never gave is worse
than a dull ad: it misleads the buyer and breaks Meta's rules on misleading claims.  So every
date, number (prices and percentages are numbers) and guarantee in a draft must be found in
the facts it was written from (the brief's brand, product, offer, benefits and interests).
Pure functions: texts and facts in, findings out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from adsage.i18n.catalogue import t
from adsage.lang.dates import DATE, date_of
from adsage.lang.folding import fold
from adsage.models.brief import Brief
from adsage.models.findings import Finding, Report
from adsage.models.plan import CopyDraft
from adsage.rules.ad_text import ClaimRule, RepetitionRule, copy_rules
from adsage.rules.base import finding

_ANY_YEAR = date(2000, 1, 1)  # a leap year start, so 29 February is a date
# A number: digits with thousands separators (space, no-break space, comma, dot) and decimals.
_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f,.]\d{3})*(?:[.,]\d+)?")
# A brief fact cut inside its meaning: inside a list ("X, Y and Z"), or on a number the fact
# goes on from ("2" of "2- i 3-pokojowe"); a clause end after a number is a whole fact.
_CONJUNCTION = re.compile(r"\s(?:and|or|&|i|oraz|lub|albo)\s", re.IGNORECASE)
LIST_JOIN = re.compile(r"\s+(?:and|or|&|i|oraz|lub|albo)\s", re.IGNORECASE)
_CLAUSE_END = re.compile(r",\s|;\s|\s[–—-]\s|\s\(|\s(?:plus|with|z)\s")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_FULL_STOP = re.compile(r"[.!?…](?:\s|$)")  # a sentence ends after the number ("in 2027.")
_EDGE = " .,;:!?–—-"
# A participle that needs what follows it: "Recipes made" of "Recipes made with human-grade
# meat", "Buty uszyte" of "Buty uszyte z wełny". English "-ed" forms (not "-eed": "speed")
# and common irregular ones; Polish passive participles of making and bringing.
_PARTICIPLE = re.compile(
    r"(?:\w{2,}[^\We]ed|made|built|grown|sewn|woven|done|written|drawn|known|"
    r"(?:wykona|zrobio|robio|uszy|szy|upieczo|pieczo|wypieka|stworzo|tworzo|przygotowa|"
    r"zaprojektowa|wyprodukowa|produkowa|wytwarza|wyrabia|sprowadza|importowa|dostarcza|"
    r"ustala|ustalo|planowa|układa|ułożo|organizowa|dopasowa|prowadzo|oferowa|podawa|wypłaca)"
    r"[nt][eyaio])$",
    re.IGNORECASE,
)
_COMPLEMENT = re.compile(r"\s*(?:with|from|by|of|in|for|z|ze|od|przez|w|na|dla)\s", re.IGNORECASE)


def needs_complement(kept: str, rest: str) -> bool:
    """Whether ``kept`` ends on a participle whose object starts ``rest``, so the cut would
    leave a fragment that says nothing ("Recipes made")."""
    words = kept.rstrip(_EDGE).split()
    return bool(words) and bool(_COMPLEMENT.match(rest)) and bool(_PARTICIPLE.search(words[-1]))


@dataclass(frozen=True)
class Claims:
    """What a text asserts that could be false: dates, numbers and guarantee words."""

    dates: frozenset[tuple[int, int]]
    numbers: frozenset[str]
    guarantees: frozenset[str]


def brief_facts(brief: Brief) -> list[str]:
    """The brief text a draft may draw claims from.  The goal and the schedule are the
    advertiser's targets, not promises to buyers, so they are not among them."""
    return [
        brief.brand,
        brief.product,
        brief.offer,
        *brief.benefits,
        *brief.audience.interests,
    ]


def _dates(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """``((day, month), span)`` for each date in ``text``, read with the shared EN/PL table
    (folding keeps offsets, so spans point into ``text``)."""
    out = []
    for m in DATE.finditer(fold(text)):
        day = date_of(m, _ANY_YEAR)[0]
        if day is not None:
            out.append(((day.day, day.month), m.span()))
    return out


def date_phrases(text: str) -> list[str]:
    """Dates written into ``text`` as it writes them ("24 December", "24 grudnia")."""
    return [text[a:b] for _, (a, b) in _dates(text)]


def _norm_number(raw: str) -> str:
    digits = re.sub(r"[ \u00a0\u202f]", "", raw)
    # "5,000" / "5.000" is five thousand; "2,5" / "2.5" keeps its decimal part.
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", digits):
        digits = re.sub(r"[,.]", "", digits)
    return digits.replace(",", ".").lstrip("0") or "0"


@lru_cache(maxsize=512)
def _word_start(word: str) -> re.Pattern[str]:
    """A guarantee word where a word starts, compiled once (copy checks run in tight loops)."""
    return re.compile(rf"\b{re.escape(word)}")


def extract(text: str, rule: ClaimRule) -> Claims:
    return _extract(text, tuple(rule.guarantee_words))


@lru_cache(maxsize=4096)
def _extract(text: str, guarantee_words: tuple[str, ...]) -> Claims:
    """Cached: the brief's facts are read for every copy checked against them (Claims is
    immutable, so sharing one is safe)."""
    found = _dates(text)
    dates = {d for d, _ in found}
    spans = [span for _, span in found]
    chars = list(text)
    for a, b in spans:  # dates are blanked out so their digits are not read as numbers
        for i in range(max(a, 0), min(b, len(chars))):
            chars[i] = " "
    rest = "".join(chars)
    numbers = {_norm_number(m.group(0)) for m in _NUMBER.finditer(rest)}
    low = text.casefold()
    guarantees = {w for w in guarantee_words if _word_start(w).search(low)}
    return Claims(frozenset(dates), frozenset(numbers), frozenset(guarantees))


def unsupported(texts: Mapping[str, str], facts: Sequence[str]) -> list[tuple[str, str]]:
    """``(field, claim)`` for each date, number or guarantee in ``texts`` not in ``facts``."""
    rule = copy_rules().claims
    known = extract(" \n ".join(facts), rule)
    out: list[tuple[str, str]] = []
    for field, text in texts.items():
        if not text:
            continue
        found = extract(text, rule)
        out += [(field, f"{d}.{m:02d}") for d, m in sorted(found.dates - known.dates)]
        out += [(field, n) for n in sorted(found.numbers - known.numbers - _date_parts(known))]
        out += [(field, g) for g in sorted(found.guarantees) if not known.guarantees]
    return out


def _date_parts(claims: Claims) -> set[str]:
    # "do 24 grudnia" in the offer also supports a bare "24" elsewhere ("24.12").
    return {str(d) for d, _ in claims.dates}


def _ends_with(text: str, head: str) -> bool:
    return text.endswith(head) and (len(text) == len(head) or not text[-len(head) - 1].isalnum())


def in_list(rest: str) -> bool:
    """Whether the text after a comma is the rest of a list: a short item run that ends in
    "and/or" ("Sage and NetSuite", "chałki i pączki")."""
    segment = re.split(r"[;,(]", rest[1:], maxsplit=1)[0]
    if not _CONJUNCTION.search(segment) or len(segment.split()) > 5:
        return False
    # "cars, approved and inspected" describes what came before; it lists nothing
    items = [w for w in _CONJUNCTION.split(f" {segment.strip()} ") if w.strip()]
    return not all(_PARTICIPLE.search(w.strip()) for w in items)


def broken_cut(text: str, sources: Iterable[str]) -> bool:
    """Whether ``text`` ends where a brief fact was cut inside its meaning: on a bare number
    the fact goes on from ("Mieszkania 2" of "Mieszkania 2- i 3-pokojowe", "worth 149" of
    "worth 149 EUR") or inside a list ("Integrates with Xero, Sage" of "..., Sage and
    NetSuite"; "8-week online SQL" of "... SQL and Power BI course")."""
    return _broken_cut(text, tuple(sources))


@lru_cache(maxsize=8192)
def _broken_cut(text: str, sources: tuple[str, ...]) -> bool:
    """Cached: drafting and the copy checks ask about the same lines against the same facts
    many times over (a pure function of its arguments)."""
    low = " ".join(text.casefold().split()).rstrip(_EDGE)
    for source in sources:
        # the longest start of the fact, ending where a word ends, that the text ends with
        src, heads = _heads(source)
        head = next((h for h in heads if _ends_with(low, h)), "")
        if not head:
            continue
        rest = src[len(head) :]
        if LIST_JOIN.match(rest) or (rest[:1] == "," and in_list(rest)):
            return True
        if head[-1].isdigit() and not (_CLAUSE_END.match(rest) or _FULL_STOP.match(rest)):
            return True  # "2" of "2- i 3-pokojowe", "149" of "149 EUR"; "2027." ends
        if needs_complement(head, rest):
            return True  # "Recipes made" of "Recipes made with human-grade meat"
    return False


@lru_cache(maxsize=1024)
def _heads(source: str) -> tuple[str, tuple[str, ...]]:
    """A fact folded, and its starts of at least eight characters that end where a word
    ends, longest first."""
    src = " ".join(source.casefold().split())
    ends = [i for i in range(8, len(src)) if src[i - 1].isalnum() and not src[i].isalnum()]
    return src, tuple(src[:i] for i in reversed(ends))


def check_claims(texts: Mapping[str, str], facts: Sequence[str], lang: str | None) -> list[Finding]:
    """Cut facts first, then unsupported claims, each in field order."""
    rule = copy_rules().claims
    facts = tuple(facts)
    cuts: list[Finding] = []
    claims: list[Finding] = []
    for field, text in texts.items():
        cut, unsupported_ = _field_claims(rule, field, text, facts, lang)
        cuts += cut
        claims += unsupported_
    return cuts + claims


_Found = tuple[tuple[Finding, ...], tuple[Finding, ...]]


def _field_claims(
    rule: ClaimRule, field: str, text: str, facts: tuple[str, ...], lang: str | None
) -> _Found:
    """One field's findings, a pure function of its arguments: an ad is checked once per
    placement and the ads of a test share all but one text, so a repeat is answered from
    recent results for these rules (findings are frozen)."""
    key = (field, text, facts, lang)
    seen = _recent.get(key)
    if seen is not None and seen[0] is rule:
        return seen[1]
    found = _check_field(rule, field, text, facts, lang)
    if len(_recent) >= 4096:
        _recent.clear()
    _recent[key] = (rule, found)
    return found


_recent: dict[tuple[str, str, tuple[str, ...], str | None], tuple[ClaimRule, _Found]] = {}


def _check_field(
    rule: ClaimRule, field: str, text: str, facts: tuple[str, ...], lang: str | None
) -> _Found:
    cuts: list[Finding] = []
    cut = next((s for s in _SENTENCE_END.split(text or "") if broken_cut(s, facts)), "")
    if cut:
        message = t("copy.cut_fact", lang or "en", text=cut.rstrip(_EDGE))
        hint = t("copy.cut_fact.fix", lang or "en")
        cuts.append(
            finding("copy.cut_fact", rule.severity, message, rule, field=field, suggestion=hint)
        )
    out: list[Finding] = []
    for _, claim in unsupported({field: text}, facts):
        message = t("copy.unsupported_claim", lang or "en", claim=claim)
        hint = t("copy.unsupported_claim.fix", lang or "en")
        out.append(
            finding(
                "copy.unsupported_claim", rule.severity, message, rule, field=field, suggestion=hint
            )
        )
    return tuple(cuts), tuple(out)


def opener(text: str, words: int) -> str:
    """The first sentence, or its first ``words`` words when the sentence is longer."""
    first = re.split(r"(?<=[.!?…])\s", text.strip(), maxsplit=1)[0]
    tokens = re.findall(r"[^\W_]+", first.casefold())
    return " ".join(tokens[:words])


def check_repetition(primary_texts: Iterable[str], lang: str | None) -> list[Finding]:
    """One finding per draft whose opener an earlier draft of the same set already used."""
    rule: RepetitionRule = copy_rules().repetition
    seen: dict[str, int] = {}
    out: list[Finding] = []
    for i, text in enumerate(primary_texts):
        key = opener(text or "", rule.opener_words)
        if not key:
            continue
        if key in seen:
            message = t("copy.repetition", lang or "en", n=i + 1, first=seen[key] + 1)
            hint = t("copy.repetition.fix", lang or "en")
            out.append(
                finding(
                    "copy.repetition",
                    rule.severity,
                    message,
                    rule,
                    field=f"copy[{i}].primary_text",
                    suggestion=hint,
                )
            )
        else:
            seen[key] = i
    return out


def with_set_checks(drafts: Sequence[CopyDraft], lang: str | None) -> list[CopyDraft]:
    """The drafts with each one's report extended by the checks that need the whole set
    (a shared opener), so every surface shows them next to the draft they concern."""
    found = check_repetition([d.primary_text for d in drafts], lang)
    out = []
    for i, d in enumerate(drafts):
        own = [f.model_copy(update={"field": "primary_text"}) for f in found if _index(f) == i]
        report = Report.from_findings([*d.report.findings, *own]) if own else d.report
        out.append(d.model_copy(update={"report": report}))
    return out


def _index(f: Finding) -> int:
    m = re.match(r"copy\[(\d+)\]", f.field or "")
    return int(m.group(1)) if m else -1
