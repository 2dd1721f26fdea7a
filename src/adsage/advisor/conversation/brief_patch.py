"""A brief patch read by the model from one message, checked before any of it counts.

With a model configured, each message goes through structured output (the drafting engine's
strategy chain: json_schema, then function calling, then JSON mode) into a list of
``(field, value, source words)``.  The model only proposes; the core decides:

1. **Grounding.**  The source words must be in the user's message (accents folded, numbers
   normalised so "1,5 tys." and "1500" are one number) and every number in the value must be
   in its source words.  A value the model invented is dropped and logged, never used.
2. **Validation.**  Each value goes through ``/set``'s parser and the Brief model
   (:func:`adsage.advisor.brief_fields.set_field`); one that fails is asked back with the
   validator's reason, never guessed.
3. **Rules as a cross-check.**  The rule extractor's reading of the same message
   (:func:`adsage.advisor.conversation.understanding.understand`, the offline path) comes
   first; the model adds what the rules missed and may correct a value, and every
   disagreement is logged.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from adsage.advisor.brief_fields import FIELDS, flat_fields, set_field
from adsage.errors import BadInput
from adsage.lang.folding import fold
from adsage.lang.numbers import DIGITS_RE, NUMBER_WORD_RE, SCALES, to_float, words_value

log = logging.getLogger("adsage.conversation")

MAX_ITEMS = 30
DATE_FIELDS = ("start", "end")
VERBATIM_FIELDS = ("brand", "landing_url")  # must appear as written, not reworded
_SCALE_RE = "|".join(re.escape(s) for s in sorted(SCALES, key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?<![\w.,])(?P<num>{DIGITS_RE})(?:\s?(?P<scale>{_SCALE_RE})(?![a-z]))?"
    rf"|(?<![a-z])(?P<words>(?:(?:{NUMBER_WORD_RE})\s?)+)(?![a-z])"
)
_WORD = re.compile(r"[a-z0-9]+")


class PatchItem(BaseModel):
    """One brief value the model read, with the user's words it came from."""

    model_config = ConfigDict(extra="forbid")

    field: str = Field(description="Brief field name: " + ", ".join(FIELDS))
    value: str = Field(max_length=1000, description="The value, in the user's own words.")
    source: str = Field(
        max_length=1000, description="The exact words of the user's message it comes from."
    )

    @field_validator("field")
    @classmethod
    def _known(cls, name: str) -> str:
        if name not in FIELDS:
            raise ValueError(f"unknown brief field '{name}'; use one of {', '.join(FIELDS)}")
        return name


class BriefPatch(BaseModel):
    """Everything one message says about the campaign (empty when it says nothing)."""

    model_config = ConfigDict(extra="forbid")

    items: list[PatchItem] = Field(max_length=MAX_ITEMS)


@dataclass
class Applied:
    """What a patch did to the working brief."""

    brief: dict[str, Any]
    changed: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (field, why): not in the words
    asked: list[tuple[str, str]] = field(default_factory=list)  # (field, why): failed validation


def numbers(text: str) -> set[str]:
    """Every number in ``text`` in one normal form ("1.5k", "1 500", "półtora tysiąca" -> 1500)."""
    out: set[str] = set()
    for m in _NUMBER.finditer(fold(text)):
        if m["num"]:
            value = to_float(m["num"])
            if value is not None and m["scale"]:
                value *= SCALES[m["scale"]]
        else:
            value = words_value(m["words"].split())
        if value is not None:
            out.add(f"{value:g}")
    return out


def _words(text: str) -> set[str]:
    """Folded words with every number replaced by its normal form."""
    f = fold(text)
    return set(_WORD.findall(_NUMBER.sub(" ", f))) | numbers(text)


def grounded(item: PatchItem, text: str) -> str | None:
    """Why ``item`` is not backed by the user's ``text`` (None when it is)."""
    said = _words(text)
    source = _words(item.source)
    if not source:
        return "no source words given"
    missing = sorted(source - said)
    if missing:
        return f"its source words are not in the message ({', '.join(missing[:5])})"
    if item.field in VERBATIM_FIELDS:
        bare = re.sub(r"^https?://", "", fold(item.value).strip()).rstrip("/")
        if bare and bare not in fold(text):
            return "the value is not written in the message"
    if item.field in DATE_FIELDS:
        return None  # the core reads the date from the source words itself
    extra = sorted(numbers(item.value) - numbers(item.source))
    if extra:
        return f"its value has numbers its words do not give ({', '.join(extra)})"
    return None


def _date_value(item: PatchItem, lang: str) -> str:
    """A date as the core reads the source words; the model's own reading is not trusted
    (a month without a year would otherwise get whatever year the model picks)."""
    from adsage.advisor.brief_parse import parse_date
    from adsage.i18n import t

    day = parse_date(item.source)
    if day is None:
        raise BadInput(t("brief_fields.not_a_date", lang, name=item.field))
    return day.isoformat()


def apply_patch(
    brief: Mapping[str, Any],
    patch: BriefPatch,
    text: str,
    *,
    rules: Mapping[str, Any],
    lang: str = "en",
) -> Applied:
    """``patch`` applied over ``rules`` (the rule extractor's reading of ``text`` merged into
    ``brief``), each item grounded in ``text`` and validated first; a brief that starts here
    takes the message's language ``lang``, as the rules would give it."""
    current = dict(rules)
    out = Applied(current)
    rules_flat = flat_fields(current)
    for item in patch.items:
        why = grounded(item, text)
        if why is not None:
            log.warning("dropped brief value %s=%r: %s", item.field, item.value[:80], why)
            out.dropped.append((item.field, why))
            continue
        try:
            value = _date_value(item, lang) if item.field in DATE_FIELDS else item.value
            updated = set_field(current, item.field, value, lang=lang)
        except BadInput as exc:
            out.asked.append((item.field, str(exc)))
            continue
        new = flat_fields(updated).get(item.field)
        if item.field in rules_flat and rules_flat[item.field] != new:
            log.info(
                "model and rules differ on %s: %r, %r", item.field, new, rules_flat[item.field]
            )
        current = updated
    before = flat_fields(dict(brief))
    after = flat_fields(current)
    out.brief = current
    out.changed = [k for k, v in after.items() if before.get(k) != v]
    if out.changed and "language" not in current:
        current["language"] = "pl" if lang == "pl" else "en"
    return out
