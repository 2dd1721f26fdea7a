"""The plan's names for its result, in the business's own nouns, and the KPI rows of a goal
about a share.

A hotel's result is a booking, a charity's a donation: the category's noun (goal_lexicon.yaml
``category_nouns``) names the metric and its cost in the KPI table and the budget notes, the
same noun the SMART check and its rewrite use. A share goal ("udział rezerwacji
bezpośrednich") is tracked by the share itself, counted in the business's own records, and by
the ads' results that feed it; its percentages are the brief's or placeholders, never made up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from adsage.checks.goal.parse import ParsedGoal
    from adsage.models.brief import Brief
    from adsage.models.plan import KPI


def category_of(brief: Brief | None) -> str | None:
    """The brief's category id, as the goal check reads it (one choice for the whole plan)."""
    if brief is None:
        return None
    from adsage.checks.inputs import brief_category

    return brief_category(brief)


def metric_label(metric: str, lang: str, brief: Brief | None = None) -> str:
    """The metric's name in the plan ("rezerwacje" for a hotel, "zakupy" by default)."""
    from adsage.checks.goal.lexicon import load_lexicon

    code: Literal["en", "pl"] = "pl" if lang == "pl" else "en"
    lex = load_lexicon().for_category(category_of(brief))
    try:
        return lex.entry(metric).name[code]
    except KeyError:
        return metric


def cost_label(metric: str, lang: str, brief: Brief | None = None) -> str | None:
    """The category's name for the cost of one result ("koszt rezerwacji (CPA)"), or None
    where the category has no noun of its own (the benchmark's label is used)."""
    from adsage.checks.goal.lexicon import load_lexicon

    noun = load_lexicon().noun(category_of(brief), metric)
    return None if noun is None else noun.cost["pl" if lang == "pl" else "en"]


def share_kpis(brief: Brief, parsed: ParsedGoal, metric: str) -> list[KPI]:
    """A share goal's rows: the share (target from the brief, or none yet with the
    placeholders named) and the ads' results that feed it, to watch."""
    from adsage.checks.goal.share import PLACEHOLDER_FROM, PLACEHOLDER_TO
    from adsage.checks.goal.wording import fmt_num
    from adsage.models.plan import KPI
    from adsage.planning.texts import tr

    if not parsed.share_text:
        return []
    lang = brief.language
    code: Literal["en", "pl"] = "pl" if lang == "pl" else "en"
    if parsed.share_from is not None:
        note = tr(lang, "kpi_share", start=f"{fmt_num(parsed.share_from, code)}%")
    elif parsed.share_to is not None:
        note = tr(lang, "kpi_share_no_start", x=PLACEHOLDER_FROM)
    else:
        note = tr(lang, "kpi_share_open", x=PLACEHOLDER_FROM, y=PLACEHOLDER_TO)
    target = parsed.share_to / 100 if parsed.share_to is not None else None
    share = parsed.share_text[:1].lower() + parsed.share_text[1:]
    rows = [KPI(name=share, target=target, unit="ratio" if target is not None else "", note=note)]
    if parsed.metric:
        label = metric_label(metric, lang, brief)
        rows.append(KPI(name=label, note=tr(lang, "kpi_share_feed", metric=label)))
    return rows
