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
from adsage.i18n.catalogue import has, t
from adsage.models.findings import Finding
from adsage.rules.ad_text import TEXT_FIELDS, CopyRules, copy_rules
from adsage.rules.base import finding

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
    # The facts the copy was written from (the brief's offer, benefits, ...); when given, any
    # date, number or guarantee in the text that they do not contain is flagged.
    facts: list[str] | None = None
    # The brief text that may give a deadline besides ``facts`` (its goal, its schedule end);
    # with either, a deadline no source gives ("only until Sunday") is flagged.
    deadlines: list[str] | None = None


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
                out.append(_empty(plan.rules, field, field in plan.required, copy.lang))
            continue
        if field == "cta":
            if value not in plan.cta_values:
                out += check_cta(value, copy.lang)
        elif field == "link":
            if not _PLAIN_HTTPS.fullmatch(value):
                out += check_link(value, copy.lang)
        else:
            texts[field] = value
            n = len(value) if value.isascii() else char_count(value)
            if n > plan.recommended[field, copy.placement]:
                out += _length(plan.rules, field, n, copy.placement, copy.lang)
    out += check_policy(texts, copy.lang)
    if copy.facts is not None:
        from adsage.checks.claims import check_claims

        out += check_claims(texts, copy.facts, copy.lang)
    if copy.facts is not None or copy.deadlines is not None:
        from adsage.checks.deadlines import check_deadlines

        sources = [*(copy.facts or ()), *(copy.deadlines or ())]
        out += check_deadlines(texts, sources, copy.lang)
    return out


def _label(field: str, lang: str | None) -> str:
    key = f"copy.label.{field}"
    return t(key, lang or "en") if has(key) else field.replace("_", " ")


def _empty(rules: CopyRules, field: str, required: bool, lang: str | None = None) -> Finding:
    """Cached per rules: checking one field alone (drafting does, line by line) leaves the
    others empty every time, and the finding is frozen."""
    key = (field, required, lang)
    seen = _EMPTY.get(key)
    if seen is not None and seen[0] is rules:
        return seen[1]
    found = _empty_finding(rules, field, required, lang)
    _EMPTY[key] = (rules, found)
    return found


_EMPTY: dict[tuple[str, bool, str | None], tuple[CopyRules, Finding]] = {}


def _empty_finding(rules: CopyRules, field: str, required: bool, lang: str | None) -> Finding:
    label, lang = _label(field, lang), lang or "en"
    if required:
        return finding(
            "copy.empty_field",
            rules.required.severity,
            t("copy.empty", lang, label=label),
            rules.required,
            field=field,
            suggestion=t("copy.empty_fix", lang, label=label),
        )
    return finding(
        "copy.empty_field",
        "warning",
        t("copy.blank", lang, label=label),
        rules.required,
        field=field,
        suggestion=t("copy.blank_fix", lang),
    )


def _length(
    rules: CopyRules, field: str, n: int, placement: str, lang: str | None = None
) -> list[Finding]:
    from adsage.i18n import plural

    lengths = rules.lengths
    ceiling = lengths.ceiling.limit(field)
    label, lang = _label(field, lang).capitalize(), lang or "en"
    chars = plural("unit.character", n, lang)
    rule_id = f"copy.{field}.length"
    if n > ceiling:
        return [
            finding(
                rule_id,
                lengths.ceiling.severity,
                t("copy.over_max", lang, label=label, chars=chars, ceiling=ceiling),
                lengths.ceiling,
                field=field,
                suggestion=t(
                    "copy.over_max_fix", lang, n=lengths.recommended_for(field, placement)
                ),
            )
        ]
    recommended = lengths.recommended_for(field, placement)
    if n > recommended:
        return [
            finding(
                rule_id,
                lengths.recommended.severity,
                t(
                    "copy.over_recommended",
                    lang,
                    label=label,
                    chars=chars,
                    recommended=recommended,
                    placement=placement.replace("_", " "),
                ),
                lengths.recommended,
                field=field,
                suggestion=t("copy.over_recommended_fix", lang, n=recommended),
            )
        ]
    return []


def check_cta(cta: str, lang: str | None = None) -> list[Finding]:
    """A call to action must be one of the Marketing API button values."""
    rule, lang = copy_rules().cta, lang or "en"
    if cta in rule.values:
        return []
    norm = _CTA_SEP.sub("_", cta.strip()).upper()
    if norm in rule.values:
        return [
            finding(
                "copy.cta.invalid",
                "info",
                t("copy.cta_alias", lang, cta=cta, norm=norm),
                rule,
                field="cta",
                suggestion=t("copy.cta_alias_fix", lang, norm=norm),
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
    hint = t("copy.cta_guess", lang, guess=guess) if guess else t("copy.cta_values", lang)
    return [
        finding(
            "copy.cta.invalid",
            rule.severity,
            t("copy.cta_invalid", lang, cta=cta),
            rule,
            field="cta",
            suggestion=hint,
        )
    ]


def check_link(link: str, lang: str | None = None) -> list[Finding]:
    """The landing link must be a full web address; plain http only warns (Meta accepts it,
    but the in-app browser marks the page "Not secure")."""
    rule, lang = copy_rules().link, lang or "en"
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
        return bad(t("copy.link_spaces", lang, url=url), t("copy.link_spaces_fix", lang))
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return bad(t("copy.link_invalid", lang, url=url), t("copy.link_https_fix", lang))
    if not parts.scheme or (not parts.netloc and "." in parts.path.split("/")[0]):
        return bad(
            t("copy.link_no_scheme", lang, url=url),
            t("copy.link_use", lang, rest=url.split("://")[-1]),
        )
    if parts.scheme not in rule.schemes:
        return bad(
            t("copy.link_scheme", lang, scheme=parts.scheme),
            t("copy.link_https_fix", lang),
        )
    if not _valid_host(host):
        return bad(t("copy.link_host", lang, url=url), t("copy.link_host_fix", lang))
    if parts.scheme == "http":
        return [
            finding(
                "copy.link.invalid",
                rule.insecure_severity,
                t("copy.link_http", lang),
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
