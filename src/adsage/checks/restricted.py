"""Restricted categories read from what a brief sells, and advice a plan must never give.

The ad-text checker (:mod:`adsage.checks.policy`) sees one ad at a time; these checks read
the brief (aesthetic medicine, alcohol) and the plan's own advice (persona angles, objection
answers, format hints), because an age limit belongs on the targeting and a "show
before-and-after photos" tip is a policy breach before any ad is written.  All are pure:
texts and numbers in, findings out; the rule data is ``knowledge/rules/policy.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from adsage.i18n import t
from adsage.i18n.formatting import country_name
from adsage.models.findings import Finding
from adsage.rules.ad_text import policy_rules
from adsage.rules.base import finding
from adsage.rules.special import HealthAppearanceRule, WeightLossRule

_CLAUSE = re.compile(r"[^;.!?]+[;.!?]*")


def compile_words(terms: Iterable[str], people: Sequence[str] = ()) -> re.Pattern[str]:
    """One case-insensitive pattern of whole-word ``terms``; ``{people}`` in a term stands
    for an alternation of ``people``."""
    who = "(?:" + "|".join(re.escape(p) for p in people) + ")" if people else "people"
    body = "|".join(f"(?:{term.replace('{people}', who)})" for term in terms)
    from adsage.startup_cache import programs  # compiled once, kept between runs

    return programs("policy").compile(rf"(?<![^\W_])(?:{body})(?![^\W_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    rules = policy_rules()
    out: dict[str, re.Pattern[str]] = {}
    if rules.health_appearance:
        out["health"] = compile_words(rules.health_appearance.terms)
    if rules.before_after:
        out["before_after"] = compile_words(rules.before_after.terms)
        out["appearance"] = compile_words(rules.before_after.context)
        if rules.before_after.negations:
            out["ba_negation"] = compile_words(rules.before_after.negations)
    if rules.prescription_drugs:
        out["rx"] = compile_words(rules.prescription_drugs.terms)
    from adsage.startup_cache import programs

    programs("policy").save()
    return out


def first_hit(pattern: re.Pattern[str] | None, texts: Iterable[str | None]) -> str | None:
    for text in texts:
        m = pattern.search(text) if pattern and text else None
        if m:
            return " ".join(m.group(0).split())
    return None


def health_findings(
    brief_texts: Mapping[str, str | None], age_min: int, lang: str = "en"
) -> list[Finding]:
    """A warning when the brief sells aesthetic medicine (18+, no before-and-after, no
    prescription-drug names, no guaranteed results), and an error when its audience starts
    below the age Meta allows for cosmetic procedures."""
    rule = policy_rules().health_appearance
    pats = _patterns()
    if rule is None:
        return []
    field = next(
        (f for f, v in brief_texts.items() if v and pats["health"].search(v)),
        None,
    )
    if field is None:
        return []
    hit = first_hit(pats["health"], [brief_texts[field]]) or ""
    message = t("policy.health.restricted", lang, hit=hit, min=rule.min_age)
    drug = first_hit(pats.get("rx"), brief_texts.values())
    if drug:
        message += " " + t("policy.health.rx_named", lang, drug=drug)
    out = [
        finding(
            "policy.health_appearance",
            rule.severity,
            message,
            rule,
            field=field,
            suggestion=t("policy.health.restricted_fix", lang),
        )
    ]
    return out + age_floor("policy.health_age", "policy.health.age", rule, age_min, lang)


def age_floor(
    rule_id: str, key: str, rule: HealthAppearanceRule | WeightLossRule, age_min: int, lang: str
) -> list[Finding]:
    """An error when a restricted category's audience starts below the age Meta allows."""
    if age_min >= rule.min_age:
        return []
    return [
        finding(
            rule_id,
            "error",
            t(key, lang, min=rule.min_age, age=age_min),
            rule,
            field="targeting.age_min",
            suggestion=t("policy.health.age_fix", lang, min=rule.min_age),
        )
    ]


def rx_findings(texts: Mapping[str, str | None], lang: str = "en") -> list[Finding]:
    """A prescription-only medicine named in ad text (a warning: the laws are public but
    not in the team's reference)."""
    rule = policy_rules().prescription_drugs
    pat = _patterns().get("rx")
    out: list[Finding] = []
    for field, text in texts.items():
        hit = first_hit(pat, [text])
        if rule and hit:
            out.append(
                finding(
                    "policy.prescription_drug",
                    rule.severity,
                    t("policy.rx_drug", lang, hit=hit),
                    rule,
                    field=field,
                    suggestion=t("policy.rx_drug_fix", lang),
                )
            )
    return out


def _recommends(clause: str) -> bool:
    """Whether a clause recommends before-and-after images: it names them, and no negation
    before the mention rules them out ("bez zdjęć przed i po", "with no before-and-after")."""
    pats = _patterns()
    hit = pats["before_after"].search(clause) if "before_after" in pats else None
    if hit is None:
        return False
    neg = pats.get("ba_negation")
    return neg is None or neg.search(clause[: hit.start()]) is None


def appearance_context(brief_texts: Iterable[str | None]) -> bool:
    """Whether the brief is about health, cosmetics or appearance (where before-and-after
    images are not allowed; a cleaning firm's are fine)."""
    return first_hit(_patterns().get("appearance"), brief_texts) is not None


def neutral_advice(text: str, lang: str = "en") -> str:
    """``text`` with each clause that recommends before-and-after images replaced by a
    neutral one (show the treatment and who does it)."""
    clauses = _CLAUSE.findall(text)
    if not any(_recommends(c) for c in clauses):
        return text
    neutral = t("policy.before_after.neutral", lang)
    parts: list[str] = []
    for clause in clauses:
        if not _recommends(clause):
            parts.append(clause)
            continue
        lead = clause[: len(clause) - len(clause.lstrip())]
        end = clause.rstrip()[-1] if clause.rstrip()[-1:] in ";.!?" else ""
        body = clause.strip().rstrip(";.!?")
        # an answer ("Show: before-and-after photos") keeps its label and names what to show
        label = body[: body.index(":") + 1] + " " if ":" in body else ""
        starts = not parts or parts[-1].rstrip().endswith((".", "!", "?"))
        words = neutral[:1].upper() + neutral[1:] if starts and not label else neutral
        if label:
            words = t("policy.before_after.proof", lang)
        parts.append(f"{lead}{label}{words}{end or '.'}")
    return "".join(parts)


def advice_findings(
    advice: Mapping[str, str], brief_texts: Iterable[str | None], lang: str = "en"
) -> list[Finding]:
    """An error for each piece of advice (field -> text) that recommends before-and-after
    images in a health, cosmetic or appearance brief; the suggestion is the neutral text."""
    rule = policy_rules().before_after
    pat = _patterns().get("before_after")
    if rule is None or pat is None or not appearance_context(brief_texts):
        return []
    out: list[Finding] = []
    for field, text in advice.items():
        # a clause right after a quoted question starts with its closing quote: not quoted
        clause = next(
            (c.strip().lstrip('”"’» ') for c in _CLAUSE.findall(text) if _recommends(c)), None
        )
        if clause is None:
            continue
        out.append(
            finding(
                "policy.before_after",
                rule.severity,
                t("policy.before_after", lang, hit=clause.rstrip(";.!? ")),
                rule,
                field=field,
                suggestion=neutral_advice(text, lang),
            )
        )
    return out


def alcohol_findings(
    alcohol: bool,
    countries: Sequence[str],
    age_min: int,
    lang: str = "en",
    asked: int | None = None,
) -> list[Finding]:
    """For an alcohol brief, one finding per target country on the targeting's minimum age:
    information when it meets the legal drinking age (with the country's law note), a
    warning when it is below it or the country's age is not in the data.  When the plan
    raised the brief's own minimum age (``asked``) to the legal age, the finding stays a
    warning: the ages come from national law the team reference does not confirm, so the
    client checks the figure the targeting now relies on."""
    rule = policy_rules().alcohol_age
    if rule is None or not alcohol:
        return []
    out: list[Finding] = []
    for code in countries:
        name = country_name(code, lang)
        legal = rule.min_age.get(code)
        if legal is None:
            msg, sev, fix = t("policy.alcohol.unknown", lang, country=name), "warning", None
        elif age_min < legal:
            msg = t("policy.alcohol.low", lang, age=age_min, country=name, legal=legal)
            sev, fix = "warning", t("policy.alcohol.low_fix", lang, legal=legal, country=name)
        elif asked is not None and asked < legal:
            kw = {"asked": asked, "age": age_min, "country": name, "legal": legal}
            msg = t("policy.alcohol.raised", lang, **kw)
            sev, fix = rule.severity, t("policy.alcohol.raised_fix", lang, age=age_min)
        else:
            msg = t("policy.alcohol.ok", lang, age=age_min, country=name, legal=legal)
            sev, fix = "info", None
        if code in rule.law_notes:
            msg = f"{msg} {t(f'policy.alcohol.law.{code}', lang)}"
        out.append(
            finding(
                "policy.alcohol_age",
                sev,  # type: ignore[arg-type]
                msg,
                rule,
                field="targeting.age_min",
                suggestion=fix,
            )
        )
    return out
