"""Ad copy checks: lengths per placement, call-to-action value, landing link, empty fields,
plus the policy checks in :mod:`adsage.checks.policy`.

Lengths over Meta's recommendation only risk truncation, so they warn; the hard maxima come
from unconfirmed third-party reports and are capped to warnings by the rule data.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, get_args
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

from adsage.checks.lexicon import char_count
from adsage.checks.policy import check_policy
from adsage.models.findings import Finding
from adsage.rules.base import finding
from adsage.rules.text import TEXT_FIELDS, CopyRules, copy_rules

Placement = Literal["feed", "stories", "reels", "in_stream", "right_column"]
Lang = Literal["en", "pl"]

# The usual landing link; anything else goes through the full check.
_PLAIN_HTTPS = re.compile(
    r"https://(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:[/?#][^\s]*)?", re.IGNORECASE
)
_SPACE = re.compile(r"\s")
_CTA_SEP = re.compile(r"[\s\-]+")
_HOST_LABEL = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")


class AdCopy(BaseModel):
    """One ad's text.  Unknown fields are rejected so a typo (``headlne``) is not ignored."""

    model_config = ConfigDict(extra="forbid")

    primary_text: str | None = None
    headline: str | None = None
    description: str | None = None
    cta: str | None = None
    link: str | None = None
    placement: Placement = "feed"
    lang: Lang | None = None


@dataclass(frozen=True)
class _Plan:
    """Rule values flattened into plain lookups once, so the per-copy path touches no
    pydantic attributes (copy checks run in tight drafting and eval loops)."""

    rules: CopyRules
    recommended: dict[tuple[str, str], int]
    ceiling: dict[str, int]
    required: frozenset[str]
    cta_values: frozenset[str]


@lru_cache(maxsize=1)
def _plan() -> _Plan:
    rules = copy_rules()
    lengths = rules.lengths
    placements = get_args(Placement)
    return _Plan(
        rules=rules,
        recommended={
            (f, p): lengths.recommended_for(f, p) for f in TEXT_FIELDS for p in placements
        },
        ceiling={f: lengths.ceiling.limit(f) for f in TEXT_FIELDS},
        required=frozenset(rules.required.fields),
        cta_values=frozenset(rules.cta.values),
    )


def check_copy(copy: AdCopy) -> list[Finding]:
    plan = _plan()
    out: list[Finding] = []
    texts: dict[str, str] = {}
    for field in ("primary_text", "headline", "description", "cta", "link"):
        value = getattr(copy, field)
        if value is None or not value.strip():
            if field in plan.required or value is not None:
                out.append(_empty(plan.rules, field, field in plan.required))
            continue
        if field == "cta":
            if value not in plan.cta_values:
                out += check_cta(value)
        elif field == "link":
            if not _PLAIN_HTTPS.fullmatch(value):
                out += check_link(value)
        else:
            texts[field] = value
            n = len(value) if value.isascii() else char_count(value)
            if n > plan.recommended[field, copy.placement]:
                out += _length(plan.rules, field, n, copy.placement)
    out += check_policy(texts, copy.lang)
    return out


def _empty(rules: CopyRules, field: str, required: bool) -> Finding:
    label = field.replace("_", " ")
    if required:
        return finding(
            "copy.empty_field",
            rules.required.severity,
            f"The {label} is empty; the ad needs it.",
            rules.required,
            field=field,
            suggestion=f"Write the {label}.",
        )
    return finding(
        "copy.empty_field",
        "warning",
        f"The {label} is present but blank.",
        rules.required,
        field=field,
        suggestion="Fill it in or leave the field out.",
    )


def _length(rules: CopyRules, field: str, n: int, placement: str) -> list[Finding]:
    lengths = rules.lengths
    ceiling = lengths.ceiling.limit(field)
    label = field.replace("_", " ").capitalize()
    rule_id = f"copy.{field}.length"
    if n > ceiling:
        return [
            finding(
                rule_id,
                lengths.ceiling.severity,
                f"{label} is {n} characters, over the reported maximum of {ceiling}; Meta may "
                "reject it.",
                lengths.ceiling,
                field=field,
                suggestion=f"Cut it to {lengths.recommended_for(field, placement)} characters "
                "or fewer.",
            )
        ]
    recommended = lengths.recommended_for(field, placement)
    if n > recommended:
        return [
            finding(
                rule_id,
                lengths.recommended.severity,
                f"{label} is {n} characters, over the recommended {recommended} for "
                f"{placement.replace('_', ' ')}; it may be truncated.",
                lengths.recommended,
                field=field,
                suggestion=f"Put the key message in the first {recommended} characters.",
            )
        ]
    return []


def check_cta(cta: str) -> list[Finding]:
    """A call to action must be one of the Marketing API button values."""
    rule = copy_rules().cta
    if cta in rule.values:
        return []
    norm = _CTA_SEP.sub("_", cta.strip()).upper()
    if norm in rule.values:
        return [
            finding(
                "copy.cta.invalid",
                "info",
                f'"{cta}" stands for the button {norm}.',
                rule,
                field="cta",
                suggestion=f"Write it as {norm} when sending it to the API.",
            )
        ]
    if rule.unconfirmed and norm in rule.unconfirmed.values:
        return [
            finding(
                "copy.cta.unconfirmed",
                rule.unconfirmed.severity,
                f'"{cta}" is not in the Marketing API\'s list of buttons; Ads Manager may not '
                "offer it.",
                rule.unconfirmed,
                field="cta",
                suggestion="Use LEARN_MORE if the button is refused.",
            )
        ]
    guess = rule.aliases.get(norm) or next(
        iter(difflib.get_close_matches(norm, rule.values, n=1, cutoff=0.6)), None
    )
    hint = f"Did you mean {guess}?" if guess else "Use a value such as LEARN_MORE or SHOP_NOW."
    return [
        finding(
            "copy.cta.invalid",
            rule.severity,
            f'"{cta}" is not a call-to-action button Meta accepts.',
            rule,
            field="cta",
            suggestion=hint,
        )
    ]


def check_link(link: str) -> list[Finding]:
    """The landing link must be a full web address; plain http only warns (Meta accepts it,
    but the in-app browser marks the page "Not secure")."""
    rule = copy_rules().link
    url = link.strip()

    def bad(message: str, suggestion: str) -> list[Finding]:
        return [
            finding(
                "copy.link.invalid",
                rule.severity,
                message,
                rule,
                field="link",
                suggestion=suggestion,
            )
        ]

    if _SPACE.search(url):
        return bad(f'The link "{url}" contains spaces.', "Remove the spaces or encode them.")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return bad(f'"{url}" is not a valid web address.', "Use a full https:// address.")
    if not parts.scheme or (not parts.netloc and "." in parts.path.split("/")[0]):
        return bad(
            f'The link "{url}" has no https:// prefix.',
            f"Use https://{url.split('://')[-1]}",
        )
    if parts.scheme not in rule.schemes:
        return bad(
            f'The link uses "{parts.scheme}:"; ads must link to a web page.',
            "Use a full https:// address.",
        )
    if not _valid_host(host):
        return bad(f'The link "{url}" has no valid domain name.', "Use e.g. https://example.com/")
    if parts.scheme == "http":
        return [
            finding(
                "copy.link.invalid",
                rule.insecure_severity,
                "The link uses http, not https; browsers mark the page as not secure.",
                rule,
                field="link",
                suggestion="https://" + url.split("://", 1)[1],
            )
        ]
    return []


def _valid_host(host: str) -> bool:
    labels = host.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.fullmatch(label) for label in labels):
        return False
    return labels[-1].isdigit() or (len(labels[-1]) >= 2 and not labels[-1].isdigit())
