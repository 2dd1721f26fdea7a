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

from adsage.models.brief import Brief
from adsage.models.findings import Finding
from adsage.rules.base import finding
from adsage.rules.text import ClaimRule, RepetitionRule, copy_rules

_MONTHS = (
    ("january", "jan", "stycz", "sty"),
    ("february", "feb", "lut"),
    ("march", "mar", "marz", "marc"),
    ("april", "apr", "kwie", "kwi"),
    ("may", "maj"),
    ("june", "jun", "czerw", "cze"),
    ("july", "jul", "lip"),
    ("august", "aug", "sierp", "sie"),
    ("september", "sep", "sept", "wrze", "wrz"),
    ("october", "oct", "paźdz", "paź", "pazdz"),
    ("november", "nov", "listop", "lis"),
    ("december", "dec", "grud", "gru"),
)
_MONTH_WORD = re.compile(
    r"\b(" + "|".join(sorted({s for m in _MONTHS for s in m}, key=len, reverse=True)) + r")\w*",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD.pattern}", re.I)
_MONTH_DAY = re.compile(rf"{_MONTH_WORD.pattern}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\b")
# A number: digits with thousands separators (space, no-break space, comma, dot) and decimals.
_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f,.]\d{3})*(?:[.,]\d+)?")


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


def _month_index(word: str) -> int | None:
    low = word.casefold()
    for i, stems in enumerate(_MONTHS):
        if any(low.startswith(s) for s in stems):
            return i + 1
    return None


def date_phrases(text: str) -> list[str]:
    """Dates written into ``text`` as it writes them ("24 December", "24 grudnia")."""
    found = [*_DAY_MONTH.finditer(text), *_MONTH_DAY.finditer(text)]
    return [m.group(0) for m in sorted(found, key=lambda m: m.start())]


def _norm_number(raw: str) -> str:
    digits = re.sub(r"[ \u00a0\u202f]", "", raw)
    # "5,000" / "5.000" is five thousand; "2,5" / "2.5" keeps its decimal part.
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", digits):
        digits = re.sub(r"[,.]", "", digits)
    return digits.replace(",", ".").lstrip("0") or "0"


def extract(text: str, rule: ClaimRule) -> Claims:
    dates: set[tuple[int, int]] = set()
    spans: list[tuple[int, int]] = []
    for m in _DAY_MONTH.finditer(text):
        month = _month_index(m.group(2))
        if month and 1 <= int(m.group(1)) <= 31:
            dates.add((int(m.group(1)), month))
            spans.append(m.span())
    for m in _MONTH_DAY.finditer(text):
        month = _month_index(m.group(1))
        if month and 1 <= int(m.group(2)) <= 31:
            dates.add((int(m.group(2)), month))
            spans.append(m.span())
    for m in _NUMERIC_DATE.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12 and (m.group(3) or "/" not in m.group(0)):
            dates.add((day, month))
            spans.append(m.span())
    rest = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(text))
    numbers = {_norm_number(m.group(0)) for m in _NUMBER.finditer(rest)}
    low = text.casefold()
    guarantees = {w for w in rule.guarantee_words if re.search(rf"\b{re.escape(w)}", low)}
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


def check_claims(texts: Mapping[str, str], facts: Sequence[str], lang: str | None) -> list[Finding]:
    rule = copy_rules().claims
    out: list[Finding] = []
    for field, claim in unsupported(texts, facts):
        if lang == "pl":
            message = f"„{claim}” nie występuje w briefie; reklama nie może tego obiecywać."
            hint = "Usuń to albo dopisz ten fakt do briefu (oferta, korzyści)."
        else:
            message = f'"{claim}" is not in the brief; the ad must not promise it.'
            hint = "Remove it, or add the fact to the brief (offer, benefits)."
        out.append(
            finding(
                "copy.unsupported_claim", rule.severity, message, rule, field=field, suggestion=hint
            )
        )
    return out


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
            if lang == "pl":
                message = f"Wersja {i + 1} zaczyna się tak samo jak wersja {seen[key] + 1}."
                hint = "Otwórz ją innym kątem: problem, oferta, dowód albo efekt."
            else:
                message = f"Draft {i + 1} opens the same way as draft {seen[key] + 1}."
                hint = "Open it with another angle: the problem, the offer, proof or the result."
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
