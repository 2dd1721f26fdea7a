"""Brief text in another language than the plan's: the ads would mix the two.

The drafting engine writes the ads from the brief's own words, so a brief whose product,
offer, benefits and audience description are Polish, planned in English, gives ads such as
"Pomagamy złożyć wniosek o dotację ... Get your quote online."  The plan cannot translate the
client's facts without inventing wording; it asks for one language instead.

Each field is read with the project's EN/PL word lists (:func:`adsage.lang.detect.lang_scores`);
the thresholds, and the tokens that are prices rather than words, are rule data
(``knowledge/rules/brief_language.yaml``).  Pure: the brief's texts and the plan's language
in, findings out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from adsage.i18n.catalogue import t
from adsage.lang.detect import lang_scores
from adsage.lang.folding import fold
from adsage.models.findings import Finding
from adsage.rules.base import SourcedRule, finding
from adsage.rules.loader import load_rules

RULE = "brief.language_mismatch"
_INDEX = re.compile(r"\[\d+\]$")


class BriefLanguageRule(SourcedRule):
    field_min: float
    ratio: float
    min_total: float
    ignore: list[str]


def brief_language_rule() -> BriefLanguageRule:
    return load_rules("brief_language.yaml", BriefLanguageRule)


def _evidence(text: str, ignore: frozenset[str]) -> dict[str, float]:
    """Polish and English evidence of ``text``: capitalised words after the first are names
    ("z programu Mój Prąd", "in Kraków") and currency words are prices, neither a language."""
    words = [
        w
        for i, w in enumerate(text.split())
        if (i == 0 or not w[:1].isupper()) and fold(w.strip(".,;:!?()\"'")) not in ignore
    ]
    pl, en = lang_scores(" ".join(words))
    return {"pl": pl, "en": en}


def brief_language_findings(texts: Mapping[str, str | None], lang: str) -> list[Finding]:
    """One warning when the brief's free-text fields read as the other language than the
    plan's ``lang``; ``texts`` maps a brief field (``benefits[0]``) to its text."""
    rule = brief_language_rule()
    plan = "pl" if lang == "pl" else "en"
    other = "en" if plan == "pl" else "pl"
    ignore = frozenset(fold(w) for w in rule.ignore)
    fields: list[str] = []
    total = 0.0
    for field, text in texts.items():
        if not text:
            continue
        score = _evidence(text, ignore)
        if score[other] >= rule.field_min and score[other] >= rule.ratio * score[plan]:
            fields.append(field)
            total += score[other]
    if total < rule.min_total:
        return []
    names = list(dict.fromkeys(_INDEX.sub("", f) for f in fields))
    kw = {
        "fields": ", ".join(names),
        "brief_lang": t(f"brief_language.name.{other}", plan),
        "plan_lang": t(f"brief_language.name.{plan}", plan),
        "code": other,
    }
    return [
        finding(
            RULE,
            rule.severity,
            t("brief_language.mixed", plan, **kw),
            rule,
            field=fields[0],
            suggestion=t("brief_language.fix", plan, **kw),
        )
    ]
