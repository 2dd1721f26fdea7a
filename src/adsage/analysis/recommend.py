"""What to do next, decided by rules over the statistics and cited from the knowledge base.

The decision (shift budget, pause, keep testing, retarget, refresh) is made here from numbers,
never by retrieval; retrieval only finds the guidance that backs each action, with fixed
queries per action and language, so the same export always cites the same sections.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adsage.analysis.compare import Comparison
from adsage.analysis.metrics import AdMetrics
from adsage.analysis.stats import sample_size_per_arm
from adsage.analysis.texts import Lang, fmt_metric, metric_name, num, t, units

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
    "conflict": (
        {
            "en": "shift money to the winners and pause clear losers",
            "pl": "przesuń budżet na zwycięzców i wstrzymaj słabe reklamy",
        },
        "budget",
    ),
    "ctr_disagrees": (
        {
            "en": "comparing results with goals and finding causes",
            "pl": "porównanie wyników z celami i szukanie przyczyn",
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


def protected(cmp: Comparison, *others: Comparison | None) -> set[str]:
    """Ads no recommendation may pause or cut: the leader, and every ad not significantly
    and materially behind it on the primary metric; and the leader of each other metric
    (ROAS beside cost per purchase, or what the campaign buys when --metric chose another)."""
    keep = {a for a in cmp.prob_best if not cmp.behind(a)}
    if cmp.leader:
        keep.add(cmp.leader)
    for other in others:
        if other is not None and other.leader:
            keep.add(other.leader)
            keep |= {a for a in other.prob_best if not other.behind(a)}
    return keep


@dataclass
class _Ctx:
    cmp: Comparison
    ads: list[AdMetrics]
    lang: Lang
    currency: str | None
    mname: str
    kind: str | None

    def fmt(self, ad: AdMetrics | None, metric: str | None = None) -> str:
        m = metric or self.cmp.metric
        return fmt_metric(m, getattr(ad, m) if ad else None, self.lang, self.currency)

    def figures(self, names: list[str] | None = None) -> dict[str, float | None]:
        by = _by_name(self.ads)
        m = self.cmp.metric
        return {n: getattr(by[n], m) for n in (names or [a.name for a in self.ads]) if n in by}

    def figures_text(self, names: list[str] | None = None) -> str:
        by = _by_name(self.ads)
        none = units(self.cmp.metric, self.kind, self.lang)[0]
        return ", ".join(
            f"{n} {self.fmt(by[n]) if v is not None else '(0 ' + none + ')'}"
            for n, v in self.figures(names).items()
        )


Action = tuple[str, str, dict[str, Any], list[str]]  # kind, text, figures, ads it acts on


def _decision(c: _Ctx, second: Comparison | None, guard: Comparison | None) -> list[Action]:
    """Shift, pause or keep testing, on the primary metric, never against its leader."""
    cmp, lang, m = c.cmp, c.lang, c.cmp.metric
    by = _by_name(c.ads)
    lead = by.get(cmp.leader or "")
    runner = _runner_up(cmp, c.ads)
    if lead is None or runner is None:
        return []
    shown = {"name": lead.name, "metric": c.mname, "value": c.fmt(lead), "other": c.fmt(runner)}
    figs = c.figures([lead.name, runner.name])
    out: list[Action] = []
    roas_against = second is not None and second.behind(lead.name)
    if cmp.winner and roas_against and second is not None:
        r_lead = by[second.leader or ""]
        text = t(
            "rec.roas_conflict",
            lang,
            roas_name=r_lead.name,
            r1=c.fmt(r_lead, "roas"),
            r2=c.fmt(lead, "roas"),
            **shown,
        )
        out.append(("conflict", text, figs, []))
    elif cmp.winner and (guard is None or not guard.behind(lead.name)):
        out.append(("budget_shift", t("rec.budget_shift", lang, **shown), figs, [lead.name]))
    keep = protected(cmp, None if second is None else _leader_only(second), guard)
    to_pause = [n for n in cmp.worse if n not in keep] if not roas_against else []
    if to_pause:
        text = t(
            "rec.pause",
            lang,
            names=", ".join(to_pause),
            leader=lead.name,
            metric=c.mname,
            figures=c.figures_text(to_pause),
            value=c.fmt(lead),
        )
        out.append(("pause", text, c.figures([lead.name, *to_pause]), to_pause))
    if not cmp.winner:
        success, base = units(m, c.kind, lang)
        n = None
        if m in ("ctr", "cvr") and lead.score(m) and runner.score(m) is not None:
            n = sample_size_per_arm(lead.score(m) or 0.0, runner.score(m) or 0.0)
        if n is not None:
            text = t("rec.more_data", lang, n=num(n, lang, 0), base=base, **shown)
        else:
            x = CONVERSIONS_FOR_COST_TESTS if m in ("cpa", "roas") else 100
            text = t(
                "rec.more_data_plain", lang, x=x, unit=success, figures=c.figures_text(), **shown
            )
        out.append(("more_data", text, c.figures(), []))
    return out


def _leader_only(c: Comparison) -> Comparison:
    """ROAS protects only its leader: a cheap-per-purchase loser is not saved by a tie."""
    return Comparison(metric=c.metric, leader=c.leader)


def _actions(
    c: _Ctx,
    goal: dict[str, Any] | None,
    second: Comparison | None,
    diag: Any | None,
    guard: Comparison | None,
) -> list[Action]:
    lang, ads = c.lang, c.ads
    lead = _by_name(ads).get(c.cmp.leader or "")
    out = _decision(c, second, guard)
    if diag is not None and diag.disagree and lead is not None:
        text = t("rec.ctr_disagrees", lang, diag=diag.text, metric=diag.metric_label or c.mname)
        m = c.cmp.metric
        figs = {a.name: {"ctr": a.ctr, m: getattr(a, m)} for a in ads}
        out.append(("ctr_disagrees", text, figs, []))
    control, control_ctx = lead, c
    if guard is not None and guard.leader:  # the control is the best at what the campaign buys
        control = _by_name(ads).get(guard.leader)
        control_ctx = _Ctx(guard, ads, lang, c.currency, diag.metric_label if diag else "", c.kind)
    if control is not None:
        text = t(
            "rec.next_test",
            lang,
            name=control.name,
            metric=control_ctx.mname,
            value=control_ctx.fmt(control),
        )
        out.append(("next_test", text, control_ctx.figures([control.name]), [control.name]))
    clicks = sum(a.clicks for a in ads)
    conversions = sum(a.conversions or 0 for a in ads)
    has_conversions = any(a.conversions is not None for a in ads)
    if has_conversions and clicks - conversions >= RETARGET_MIN:
        n = num(clicks - conversions, lang, 0)
        out.append(("retargeting", t("rec.retargeting", lang, n=n), {"clicks": clicks}, []))
    tired = {a.name: a.frequency for a in ads if a.frequency and a.frequency > HIGH_FREQUENCY}
    if tired:
        f = num(HIGH_FREQUENCY, lang, 0)
        names = ", ".join(f"{n} ({num(v or 0, lang)})" for n, v in tired.items())
        text = t("rec.creative_refresh", lang, names=names, f=f)
        out.append(("creative_refresh", text, tired, list(tired)))
    if goal and goal.get("met") is False:
        shown_goal = goal["shown"]
        text = t("rec.goal_missed", lang, goal=goal["text"], **shown_goal)
        goal_figs: dict[str, Any] = {"actual": goal.get("actual"), "target": goal.get("target")}
        out.append(("goal", text, goal_figs, []))
    return out


def recommend(
    cmp: Comparison,
    ads: list[AdMetrics],
    *,
    lang: Lang,
    currency: str | None,
    goal: dict[str, Any] | None,
    searcher: Any | None,
    mname: str | None = None,
    kind: str | None = None,
    second: Comparison | None = None,
    diag: Any | None = None,
    guard: Comparison | None = None,
) -> list[dict[str, Any]]:
    """Each recommendation: ``kind``, ``text``, the ``metric`` and ``figures`` it rests on, and
    the ``citations`` that back it."""
    ctx = _Ctx(cmp, ads, lang, currency, mname or metric_name(cmp.metric, lang, kind), kind)
    return [
        {
            "kind": action,
            "text": text,
            "metric": cmp.metric,
            "figures": figures,
            "ads": targets,
            "citations": cite(searcher, action, lang),
        }
        for action, text, figures, targets in _actions(ctx, goal, second, diag, guard)
    ]
