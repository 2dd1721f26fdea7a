"""What the brief itself says about whether, and on what terms, the campaign may run.

The ad-text checker reacts to words in each drafted ad, so rewording an ad silences it while
the rule still applies: a wine shop stays a wine shop whatever the headline says, and a
social-issue campaign aimed at Poland stays one Meta will not run.  These checks read the
brief's product, offer, brand, benefits and audience (rule data: ``knowledge/rules/
launch.yaml``) and return the plan's "before launch" findings.  Pure: a brief in, findings out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Literal

from adsage.checks.restricted import compile_words, first_hit
from adsage.i18n import t
from adsage.i18n.formatting import country_name
from adsage.models.brief import Brief
from adsage.models.findings import Finding
from adsage.rules.base import finding
from adsage.rules.launch import launch_rules

AlcoholKind = Literal["none", "beer", "other"]

# rules whose finding stops the bulk sheet (an error) or marks each row not ready (a warning)
STOP_RULES = ("policy.eu_political_ban", "policy.alcohol_banned")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    r = launch_rules()
    a = r.alcohol_brief
    out = {
        "beer": compile_words(a.beer),
        "other": compile_words(a.other),
        "dating": compile_words(r.dating_brief.terms),
        "supplement": compile_words(r.supplement_brief.terms),
    }
    if a.pl_beer:
        out["pl_beer"] = compile_words(a.pl_beer)
    if a.pl_other:
        out["pl_other"] = compile_words(a.pl_other)
    if r.supplement_brief.claim_phrases:
        out["claim"] = compile_words(r.supplement_brief.claim_phrases)
    return out


def sold_texts(brief: Brief) -> list[str]:
    """What the brief sells, in its own words: product, offer, benefits, then the brand."""
    return [brief.product, brief.offer or "", *brief.benefits, brief.brand]


def alcohol_hit(texts: Iterable[str], lang: str) -> tuple[AlcoholKind, str]:
    """The alcohol the texts sell (``other`` wins over beer: a shop with beer and wine sells
    wine too) and the first word that says so; Polish forms only in a Polish brief or a
    text that reads as Polish (a Polish brief marked ``language: en``), since "win" and
    "wina" are other words in English."""
    from adsage.lang.detect import detect_lang

    pats = _patterns()
    words = [x for x in texts if x]
    polish = [x for x in words if lang == "pl" or detect_lang(x) == "pl"]
    for kind, keys in (("other", ("other", "pl_other")), ("beer", ("beer", "pl_beer"))):
        for key in keys:
            hit = first_hit(pats.get(key), polish if key.startswith("pl_") else words)
            if hit:
                return kind, hit  # type: ignore[return-value]
    return "none", ""


def health_claim(text: str) -> bool:
    """Whether ``text`` is worded as a health claim ("Vitamin D contributes to the normal
    function of the immune system"): such a fact is used whole or not at all, because a
    shortened claim ("Vitamin D helps") is a different claim nobody authorised."""
    pat = _patterns().get("claim")
    return bool(text and pat and pat.search(text))


def _names(codes: Sequence[str], lang: str) -> str:
    return ", ".join(country_name(c, lang) for c in codes)


def _political(brief: Brief, lang: str) -> list[Finding]:
    rule = launch_rules().eu_political_ban
    eu = [c for c in brief.audience.locations if c in rule.eu_countries]
    if brief.special_ad_category != rule.category or not eu:
        return []
    return [
        finding(
            "policy.eu_political_ban",
            rule.severity,
            t("launch.eu_political_ban", lang, countries=_names(eu, lang)),
            rule,
            field="special_ad_category",
            suggestion=t("launch.eu_political_ban_fix", lang, cite=rule.cite.get(lang, "")),
        )
    ]


def _alcohol(brief: Brief, lang: str) -> list[Finding]:
    r = launch_rules()
    kind, hit = alcohol_hit(sold_texts(brief), brief.language)
    banned = [c for c in brief.audience.locations if c in r.alcohol_country_bans.beer_only]
    if kind == "none":
        return []
    rule = r.alcohol_country_bans
    rule_id = "policy.alcohol_banned" if kind == "other" else "policy.alcohol_beer"
    key = "launch.alcohol_banned" if kind == "other" else "launch.alcohol_beer"
    return [
        finding(
            rule_id,
            rule.severity,
            t(f"{key}.{code}", lang, hit=hit),
            rule,
            field="product",
            suggestion=t(f"{key}.{code}_fix", lang),
        )
        for code in banned
    ]


def _dating(brief: Brief, lang: str) -> list[Finding]:
    rule = launch_rules().dating_brief
    hit = first_hit(_patterns()["dating"], [brief.product, brief.offer or ""])
    if not hit:
        return []
    return [
        finding(
            "policy.dating_permission",
            rule.severity,
            t("launch.dating", lang, hit=hit, min=rule.min_age),
            rule,
            field="product",
            suggestion=t("launch.dating_fix", lang),
        )
    ]


def _supplement(brief: Brief, lang: str) -> list[Finding]:
    rule = launch_rules().supplement_brief
    hit = first_hit(_patterns()["supplement"], [brief.product, brief.offer or ""])
    if not hit:
        return []
    claims = [b for b in brief.benefits if health_claim(b)]
    message = t("launch.supplement", lang, hit=hit)
    if claims:
        quoted = "; ".join(f"„{c}”" if lang == "pl" else f'"{c}"' for c in claims)
        message += " " + t("launch.supplement_claims", lang, claims=quoted)
    return [
        finding(
            "policy.supplement",
            rule.severity,
            message,
            rule,
            field="product",
            suggestion=t("launch.supplement_fix", lang),
        )
    ]


def _dsa(brief: Brief, lang: str) -> list[Finding]:
    rule = launch_rules().dsa_fields
    eu = [c for c in brief.audience.locations if c in rule.eu_countries]
    if not eu:
        return []
    return [
        finding(
            "policy.dsa_fields",
            rule.severity,
            t("launch.dsa", lang, countries=_names(eu, lang)),
            rule,
            field="targeting.countries",
        )
    ]


def launch_findings(brief: Brief) -> list[Finding]:
    """The plan's "before launch" list, the stops first: a campaign Meta does not run in the
    EU, a drink the targeted country's law bans from ads; then what must be in place first
    (dating permission, supplement claims, the EU beneficiary and payer)."""
    lang = brief.language
    return [
        *_political(brief, lang),
        *_alcohol(brief, lang),
        *_dating(brief, lang),
        *_supplement(brief, lang),
        *_dsa(brief, lang),
    ]


def stops(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that stop the campaign (see :data:`STOP_RULES`)."""
    return [f for f in findings if f.rule in STOP_RULES]
