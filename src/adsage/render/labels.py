"""Readable names for the codes a plan carries, applied when the plan is rendered.

A plan keeps Meta's API codes (OUTCOME_LEADS, COST_CAP, BOOK_NOW, HOUSING), country codes
and rule-data confidence tags, because JSON, the bulk sheet and publishing need them. A reader
of the Markdown, HTML, chat or Slack rendering gets a name in the plan's language with the code
kept beside it ("Kontakty (OUTCOME_LEADS)"), so a buyer can still find the setting in Ads
Manager. Names come from the ``label.*`` catalogue (adsage's own wording) and CLDR country
names; a code without a name stays as it is.

The sections' texts name countries, markets and special ad categories where they are written;
API codes in them ("optymalizacja pod LEAD_GENERATION") are named in place by :func:`readable`,
so a reader sees "name (CODE)" while the plan's data keeps the bare code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from adsage.i18n import as_lang, confidence_name, country_name, has, t

# code kinds; a code of two kinds is read as the first
_KINDS = ("objective", "goal", "bid", "billing", "category", "cta")
_TAGS = ("META", "COPY", "3P", "UNSURE")


@lru_cache(maxsize=1)
def _objective_names() -> dict[str, dict[str, str]]:
    """Objective names live with the objectives (objectives.yaml), as the bulk sheet's
    campaign name uses them."""
    from adsage.rules.objectives import load_objectives

    return {
        code: {str(k): v for k, v in o.label.items()}
        for code, o in load_objectives().objectives.items()
    }


def name(kind: str, code: str, lang: str) -> str:
    """The readable name of ``code``, or "" when there is none."""
    if kind == "objective":
        return _objective_names().get(code, {}).get(as_lang(lang), "")
    key = f"label.{kind}.{code}"
    return t(key, lang) if has(key) else ""


def coded(kind: str, code: str, lang: str) -> str:
    """ "Kontakty (OUTCOME_LEADS)"; a code without a name as it is."""
    label = name(kind, code, lang)
    return f"{label} ({code})" if label else code


def goal_coded(objective: str, goal: str, lang: str) -> str:
    """The optimisation goal's "name (CODE)": in an app campaign OFFSITE_CONVERSIONS is an
    app event ("app event (OFFSITE_CONVERSIONS)"), never a website conversion."""
    key = f"label.app_goal.{goal}"
    if objective == "OUTCOME_APP_PROMOTION" and has(key):
        return f"{t(key, lang)} ({goal})"
    return coded("goal", goal, lang)


def placements(keys: list[str], lang: str) -> str:
    return ", ".join(name("placement", k, lang) or k for k in keys)


def countries(codes: list[str], lang: str) -> str:
    return ", ".join(country_name(c, lang) for c in codes)


def countries_in(text: str, codes: list[str], lang: str) -> str:
    """A " · "-joined line (a persona's demographics) whose country list still holds codes
    ("Netherlands, BE, Ireland +3"): in a segment that lists only targeted countries (by code
    or name, maybe with "+N" more), each code becomes its name; other segments stay."""
    wanted = {c.upper() for c in codes}
    known = wanted | {country_name(c, lang) for c in wanted}

    def segment(part: str) -> str:
        items = part.split(", ")
        last, _, more = items[-1].partition(" +")
        names = [*items[:-1], last]
        if not any(n in wanted for n in names) or not all(n in known for n in names):
            return part
        if more and not more.isdigit():
            return part
        out = ", ".join(country_name(n, lang) if n in wanted else n for n in names)
        return f"{out} +{more}" if more else out

    return " · ".join(segment(p) for p in text.split(" · "))


def confidence(tag: str, lang: str) -> str:
    """A rule-data confidence tag: a word in Polish, the tag itself in English."""
    return confidence_name(tag, lang)


def finding(severity: str, rule: str, message: str, lang: str) -> str:
    """A check's finding: the message first, the rule id after it for lookup."""
    return t(
        "label.finding",
        lang,
        severity=t(f"doc.severity.{severity}", lang),
        message=message,
        rule=rule,
    )


@lru_cache(maxsize=1)
def _kind_by_code() -> dict[str, str]:
    """Every named code and its kind; a code of two kinds (IMPRESSIONS, LINK_CLICKS) is read
    as the first in ``_KINDS`` (the optimisation goal before the billing event)."""
    from adsage.i18n import keys

    out: dict[str, str] = dict.fromkeys(_objective_names(), "objective")
    for kind in _KINDS:
        prefix = f"label.{kind}."
        for k in keys():
            if k.startswith(prefix):
                out.setdefault(k[len(prefix) :], kind)
    return out


@lru_cache(maxsize=1)
def _code_pattern() -> re.Pattern[str]:
    # longest first, so LOWEST_COST_WITH_BID_CAP is never read as COST_CAP; a code already
    # explained (inside "(...)", as "Kontakty (OUTCOME_LEADS)") is left alone
    codes = sorted(_kind_by_code(), key=len, reverse=True)
    return re.compile(r"(?<![\w(])(" + "|".join(map(re.escape, codes)) + r")(?![\w)])")


def readable(text: str, lang: str) -> str:
    """``text`` with its API codes named as "name (CODE)" and (in Polish) confidence tags in
    parentheses as words.  Countries and benchmark markets are named where the text is
    written (the advisor uses :func:`adsage.i18n.country_name`)."""
    if not text:
        return text
    by_code = _kind_by_code()
    out = _code_pattern().sub(lambda m: coded(by_code[m.group(1)], m.group(1), lang), text)
    if as_lang(lang) == "pl":
        for tag in _TAGS:
            word = confidence(tag, lang)
            out = re.sub(rf"(?<=[(,] ){tag}(?=\))|(?<=\(){tag}(?=\))", word, out)
    return out


_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def decimals(text: str, lang: str) -> str:
    """A spec's figures with the plan's decimal separator ("1.91:1" -> "1,91:1" in Polish)."""
    return _DECIMAL_POINT.sub(",", text) if as_lang(lang) == "pl" else text
