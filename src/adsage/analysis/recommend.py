"""What to do next, decided by rules over the statistics and cited from the knowledge base.

The decision (shift budget, pause, keep testing, retarget, refresh) is made here from numbers,
never by retrieval; retrieval only finds the guidance that backs each action, with fixed
queries per action and language, so the same export always cites the same sections.
"""

from __future__ import annotations

from typing import Any

from adsage.analysis.compare import Comparison
from adsage.analysis.metrics import AdMetrics
from adsage.analysis.stats import sample_size_per_arm
from adsage.analysis.texts import UNITS, Lang, fmt_metric, metric_name, num, t

HIGH_FREQUENCY = 4.0
RETARGET_MIN = 100  # clicks without a conversion worth building an audience from
CONVERSIONS_FOR_COST_TESTS = 50  # about the learning-phase event count

QUERIES: dict[str, tuple[dict[Lang, str], str]] = {
    "budget_shift": (
        {
            "en": "testing first then shifting money to winners, increase gradually",
            "pl": "najpierw test, potem przesuwanie budżetu na zwycięzców",
        },
        "budget",
    ),
    "pause": (
        {
            "en": "shift money to the winners and pause clear losers",
            "pl": "przesuń budżet na zwycięzców i wstrzymaj słabe reklamy",
        },
        "budget",
    ),
    "more_data": (
        {
            "en": "sample size how big a test must be, peeking",
            "pl": "wielkość próby: ile danych potrzebuje test",
        },
        "testing",
    ),
    "next_test": (
        {"en": "one variable per test", "pl": "jedna zmienna na test"},
        "testing",
    ),
    "retargeting": (
        {
            "en": "custom audiences and retargeting website visitors",
            "pl": "niestandardowe grupy odbiorców i retargeting",
        },
        "audience",
    ),
    "creative_refresh": (
        {
            "en": "reach impressions frequency creative fatigue",
            "pl": "zasięg wyświetlenia częstotliwość zmęczenie kreacją",
        },
        "analysis",
    ),
    "goal": (
        {
            "en": "comparing results with goals and finding causes",
            "pl": "porównanie wyników z celami i szukanie przyczyn",
        },
        "analysis",
    ),
}


def cite(searcher: Any, kind: str, lang: Lang, k: int = 2) -> list[dict[str, str]]:
    """Top sections for an action, in the report's language when the index has it."""
    if searcher is None:
        return []
    phrasing, topic = QUERIES[kind]
    query = phrasing[lang]
    hits = searcher.search(query, k + 2, lang=lang, topic=topic) or searcher.search(
        query, k + 2, topic=topic
    )
    # a document's intro chunk restates its title; it backs nothing specific
    specific = [h for h in hits if not getattr(h, "is_intro", False)] or hits
    return [
        {"id": h.id, "title": h.title, "section": h.section, "source": h.source}
        for h in specific[:k]
    ]


def _by_name(ads: list[AdMetrics]) -> dict[str, AdMetrics]:
    return {a.name: a for a in ads}


def _runner_up(cmp: Comparison, ads: list[AdMetrics]) -> AdMetrics | None:
    others = [a for a in ads if a.name != cmp.leader and a.name not in cmp.excluded]
    return max(others, key=lambda a: a.score(cmp.metric) or 0.0, default=None)


def _actions(
    cmp: Comparison,
    ads: list[AdMetrics],
    lang: Lang,
    currency: str | None,
    goal: dict[str, Any] | None,
) -> list[tuple[str, str]]:
    m = cmp.metric
    mname = metric_name(m, lang)
    lead = _by_name(ads).get(cmp.leader or "")
    runner = _runner_up(cmp, ads)
    out: list[tuple[str, str]] = []
    if lead is not None and runner is not None:
        shown = {
            "name": lead.name,
            "metric": mname,
            "value": fmt_metric(m, getattr(lead, m), lang, currency),
            "other": fmt_metric(m, getattr(runner, m), lang, currency),
        }
        if cmp.winner:
            out.append(("budget_shift", t("rec.budget_shift", lang, **shown)))
        if cmp.worse and not cmp.negligible:
            names = ", ".join(cmp.worse)
            out.append(("pause", t("rec.pause", lang, names=names, leader=lead.name, metric=mname)))
        if not cmp.winner:
            success, base = UNITS[m][lang]
            n = None
            if m in ("ctr", "cvr") and lead.score(m) and runner.score(m) is not None:
                n = sample_size_per_arm(lead.score(m) or 0.0, runner.score(m) or 0.0)
            if n is not None:
                text = t("rec.more_data", lang, n=num(n, lang, 0), base=base, **shown)
            else:
                x = CONVERSIONS_FOR_COST_TESTS if m in ("cpa", "roas") else 100
                text = t("rec.more_data_plain", lang, x=x, unit=success)
            out.append(("more_data", text))
    if lead is not None:
        out.append(("next_test", t("rec.next_test", lang, name=lead.name)))
    clicks = sum(a.clicks for a in ads)
    conversions = sum(a.conversions or 0 for a in ads)
    has_conversions = any(a.conversions is not None for a in ads)
    if has_conversions and clicks - conversions >= RETARGET_MIN:
        out.append(
            ("retargeting", t("rec.retargeting", lang, n=num(clicks - conversions, lang, 0)))
        )
    tired = [a.name for a in ads if a.frequency is not None and a.frequency > HIGH_FREQUENCY]
    if tired:
        f = num(HIGH_FREQUENCY, lang, 0)
        out.append(
            ("creative_refresh", t("rec.creative_refresh", lang, names=", ".join(tired), f=f))
        )
    if goal and goal.get("met") is False:
        shown_goal = goal["shown"]
        out.append(("goal", t("rec.goal_missed", lang, goal=goal["text"], **shown_goal)))
    return out


def recommend(
    cmp: Comparison,
    ads: list[AdMetrics],
    *,
    lang: Lang,
    currency: str | None,
    goal: dict[str, Any] | None,
    searcher: Any | None,
) -> list[dict[str, Any]]:
    """Each recommendation: ``kind``, ``text`` and the ``citations`` that back it."""
    return [
        {"kind": kind, "text": text, "citations": cite(searcher, kind, lang)}
        for kind, text in _actions(cmp, ads, lang, currency, goal)
    ]
