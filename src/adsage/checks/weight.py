"""Weight loss sold by a brief, and audiences described by body weight.

A dietitian's "12-week weight management programme" is allowed, but Meta restricts it: adults
only, no before-and-after images, nothing that makes people feel bad about their body, no
promised results.  The ad-text lexicon catches "lose 10 kg" in one ad; this check reads what
the brief sells, so the plan's targeting section says it before any ad exists.  The brief's
audience description ("Overweight adults who have tried diets before") is for the planner: a
body-weight word is a physical-health attribute and must not reach personas, ads or the sheet,
so it gets a warning with the neutral wording the plan uses instead.

Pure: brief texts and the targeting's minimum age in, findings out; the words are
``weight_loss_brief`` in ``knowledge/rules/policy.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from adsage.checks.restricted import age_floor, compile_words, first_hit
from adsage.i18n import t
from adsage.models.findings import Finding
from adsage.rules.ad_text import policy_rules
from adsage.rules.base import finding
from adsage.rules.special import WeightLossRule

# a dropped word takes the spaces after it: "Overweight adults" -> "adults"
_SEP = r"\s*"


@lru_cache(maxsize=1)
def _rule() -> tuple[WeightLossRule, re.Pattern[str], list[tuple[re.Pattern[str], str]]] | None:
    rule = policy_rules().weight_loss_brief
    if rule is None:
        return None
    # longest first: "who are overweight" goes before "overweight" can leave "who are"
    words = sorted(rule.audience_words.items(), key=lambda kv: -len(kv[0]))
    subs = [
        (re.compile(compile_words([w]).pattern + (_SEP if not new else ""), re.I), new)
        for w, new in words
    ]
    return rule, compile_words(rule.terms), subs


def without_body_weight(text: str) -> str:
    """``text`` without the words that describe people by body weight ("Overweight adults
    who..." -> "Adults who..."); unchanged when it has none or nothing would be left."""
    found = _rule()
    if not text or found is None:
        return text
    out = text
    for pattern, new in found[2]:
        out = pattern.sub(new, out)
    out = re.sub(r"\s+(?=[,;.])", "", re.sub(r"\s{2,}", " ", out)).strip(" ,;:–-")
    if not out or out == text:
        return text
    return out[:1].upper() + out[1:] if text[:1].isupper() else out


def weight_findings(
    brief_texts: Mapping[str, str | None], age_min: int, lang: str = "en"
) -> list[Finding]:
    """A warning when the brief sells weight loss (and an error when its audience starts
    below the age Meta allows), and one for an audience described by body weight."""
    found = _rule()
    if found is None:
        return []
    rule, sells, _ = found
    out: list[Finding] = []
    field = next((f for f, v in brief_texts.items() if v and sells.search(v)), None)
    if field is not None:
        hit = first_hit(sells, [brief_texts[field]]) or ""
        out.append(
            finding(
                "policy.weight_loss",
                rule.severity,
                t("policy.weight.restricted", lang, hit=hit, min=rule.min_age),
                rule,
                field=field,
                suggestion=t("policy.weight.restricted_fix", lang),
            )
        )
        out += age_floor("policy.weight_loss_age", "policy.weight.age", rule, age_min, lang)
    said = brief_texts.get("description") or ""
    neutral = without_body_weight(said)
    if neutral != said:
        out.append(
            finding(
                "policy.body_weight_wording",
                rule.severity,
                t("policy.weight.audience", lang),
                rule,
                field="description",
                suggestion=t("policy.weight.audience_fix", lang, text=neutral),
            )
        )
    return out
