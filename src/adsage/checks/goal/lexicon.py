"""The EN/PL metric lexicon behind goal parsing.

Matching runs on folded text (see :func:`adsage.lang.folding.fold`, re-exported here for the
callers that import it from this module).

The data classes are plain dataclasses, so ``check goal`` starts without pydantic: pydantic
validates the file only when the file or this module changed (see
:mod:`adsage.rules.checked`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from adsage.checks.goal.verbs import Attendance
from adsage.errors import BadInput
from adsage.lang.folding import fold as fold  # re-exported for the goal modules
from adsage.paths import rules_dir
from adsage.rules.checked import STRICT, load_checked, non_empty

LEXICON_FILE = "goal_lexicon.yaml"
MetricKind = Literal["count", "money", "cost", "rate", "ratio"]


@dataclass(frozen=True)
class MetricEntry:
    __pydantic_config__ = STRICT

    kind: MetricKind
    en: list[str]
    pl: list[str]
    name: dict[Literal["en", "pl"], str]
    phrase: dict[Literal["en", "pl_many", "pl_few"], str]
    rel: dict[Literal["en", "pl"], str]
    weak_en: list[str] = field(default_factory=list)
    weak_pl: list[str] = field(default_factory=list)
    # Ads Manager counts it only when the page after the action sends an event (pixel/CAPI)
    site_event: bool = False

    def __post_init__(self) -> None:
        non_empty(self, "en", "pl")


@dataclass(frozen=True)
class VagueGroup:
    __pydantic_config__ = STRICT

    hint: str
    en: list[str]
    pl: list[str]


@dataclass(frozen=True)
class ShareWords:
    """The words that make a goal a share of results rather than a count (see the file)."""

    __pydantic_config__ = STRICT

    cue_en: list[str]
    cue_pl: list[str]
    not_before: list[str] = field(default_factory=list)
    of_words: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CategoryNoun:
    """A business category's own noun for a metric (a hotel's bookings, a charity's
    donations): name, rewrite phrase, relative form and the name of its cost."""

    __pydantic_config__ = STRICT

    name: dict[Literal["en", "pl"], str]
    phrase: dict[Literal["en", "pl_many", "pl_few"], str]
    rel: dict[Literal["en", "pl"], str]
    cost: dict[Literal["en", "pl"], str]


@dataclass(frozen=True)
class Thresholds:
    """The goal check's editorial limits (see the file's ``thresholds``)."""

    __pydantic_config__ = STRICT

    reachable_share: float
    cap_ceiling_multiple: float
    cap_volume_multiple: float
    big_percent: float
    big_cut_percent: float
    big_multiplier: float


@dataclass(frozen=True)
class AfterLeadStep:
    """A result counted after the lead (a booked call, a course enrolment): its words and
    its name in the SMART table and the KPI row."""

    __pydantic_config__ = STRICT

    en: list[str]
    pl: list[str]
    name: dict[Literal["en", "pl"], str]
    # the lead before the step, as the KPI row names it ("applications (leads)")
    lead: dict[Literal["en", "pl"], str] | None = None
    # the words are a verb or noun of the step next to the count ("hire 12 electricians"),
    # not the counted noun itself: they name the step only right beside a number
    verb: bool = False

    def __post_init__(self) -> None:
        non_empty(self, "en", "pl")


@dataclass(frozen=True)
class AfterLead:
    """The steps after the lead a goal may count (see the file's ``after_lead``)."""

    __pydantic_config__ = STRICT

    source: str
    as_of: str
    confidence: Literal["META", "COPY", "3P", "UNSURE"]
    steps: dict[str, AfterLeadStep]


@dataclass(frozen=True)
class MoneyChannel:
    """A way money reaches the client that the ad account never sees (a tax allocation):
    ``why`` picks the message that says so, ``proxy`` the metric measured instead."""

    __pydantic_config__ = STRICT

    why: str
    proxy: str
    en: list[str] = field(default_factory=list)
    pl: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class UntrackedMoney:
    """Money goals Ads Manager cannot count (see the file's ``untracked_money``)."""

    __pydantic_config__ = STRICT

    source: str
    as_of: str
    confidence: Literal["META", "COPY", "3P", "UNSURE"]
    default: MoneyChannel
    channels: list[MoneyChannel] = field(default_factory=list)


@dataclass(frozen=True)
class AllIndustry:
    """Results whose market benchmark is an all-industry average the plan says is one
    (see the file's ``all_industry_benchmark``)."""

    __pydantic_config__ = STRICT

    source: str
    as_of: str
    confidence: Literal["META", "COPY", "3P", "UNSURE"]
    metrics: list[str]


@dataclass(frozen=True)
class LexiconData:
    __pydantic_config__ = STRICT

    version: int
    source: str
    as_of: str
    metrics: dict[str, MetricEntry]
    thresholds: Thresholds
    vague: list[VagueGroup] = field(default_factory=list)
    share: ShareWords | None = None
    category_nouns: dict[str, dict[str, CategoryNoun]] = field(default_factory=dict)
    after_lead: AfterLead | None = None
    untracked_money: UntrackedMoney | None = None
    all_industry_benchmark: AllIndustry | None = None
    attendance: Attendance | None = None

    def __post_init__(self) -> None:
        non_empty(self, "metrics")
        generic = self.all_industry_benchmark
        for metric in generic.metrics if generic else []:
            if metric not in self.metrics:
                raise ValueError(f"all_industry_benchmark: {metric!r} is not a metric")
        if self.untracked_money is not None:
            um = self.untracked_money
            for ch in [um.default, *um.channels]:
                if ch.proxy not in self.metrics:
                    raise ValueError(f"untracked_money: proxy {ch.proxy!r} is not a metric")
        for cat, nouns in self.category_nouns.items():
            unknown = [m for m in nouns if m not in self.metrics]
            if unknown:
                raise ValueError(f"category_nouns.{cat}: {unknown[0]!r} is not a metric")

    @classmethod
    def build(cls, raw: dict[str, Any]) -> LexiconData:
        """From data pydantic accepted (see :func:`adsage.rules.checked.load_checked`)."""
        share, after, money = raw.get("share"), raw.get("after_lead"), raw.get("untracked_money")
        return cls(
            **{
                **raw,
                "after_lead": _after_lead(after) if after else None,
                "untracked_money": _untracked(money) if money else None,
                "attendance": Attendance(**raw["attendance"]) if raw.get("attendance") else None,
                "all_industry_benchmark": (
                    AllIndustry(**raw["all_industry_benchmark"])
                    if raw.get("all_industry_benchmark")
                    else None
                ),
                "metrics": {k: MetricEntry(**v) for k, v in raw["metrics"].items()},
                "vague": [VagueGroup(**g) for g in raw.get("vague") or []],
                "share": ShareWords(**share) if share else None,
                "thresholds": Thresholds(**raw["thresholds"]),
                "category_nouns": {
                    cat: {m: CategoryNoun(**n) for m, n in nouns.items()}
                    for cat, nouns in (raw.get("category_nouns") or {}).items()
                },
            }
        )


def _after_lead(raw: dict[str, Any]) -> AfterLead:
    steps = {k: AfterLeadStep(**v) for k, v in raw["steps"].items()}
    return AfterLead(**{**raw, "steps": steps})


def _untracked(raw: dict[str, Any]) -> UntrackedMoney:
    channels = [MoneyChannel(**c) for c in raw.get("channels") or []]
    return UntrackedMoney(
        **{**raw, "default": MoneyChannel(**raw["default"]), "channels": channels}
    )


@dataclass(frozen=True)
class Mention:
    """A span of the folded text that names a metric (or a vague outcome, metric=None)."""

    start: int
    end: int
    metric: str | None
    weak: bool
    hint: str | None = None


@dataclass(frozen=True)
class Lexicon:
    data: LexiconData
    patterns: tuple[tuple[re.Pattern[str], str | None, bool, str | None], ...]

    def kind(self, metric: str) -> MetricKind:
        return self.data.metrics[metric].kind

    def entry(self, metric: str) -> MetricEntry:
        return self.data.metrics[metric]

    def noun(self, category: str | None, metric: str) -> CategoryNoun | None:
        """The category's own noun for ``metric``, or None where it uses the metric's."""
        return self.data.category_nouns.get(category or "", {}).get(metric)

    def for_category(self, category: str | None) -> Lexicon:
        """This lexicon with the category's nouns in the metrics' names, rewrite phrases and
        relative forms (the words it matches are unchanged): a hotel's goal is checked and
        rewritten in bookings, never orders."""
        nouns = self.data.category_nouns.get(category or "")
        if not nouns:
            return self
        return _with_nouns(self, category or "")

    def step_in(self, goal: str, lang: str) -> tuple[str, AfterLeadStep] | None:
        """The step after the lead the goal's words name ("40 umówionych rozmów" ->
        booked_calls), if any: the SMART check, the KPI row and the plan's note read it here."""
        if self.data.after_lead is None:
            return None
        folded = fold(goal)
        for key, step in self.data.after_lead.steps.items():
            if step.verb:
                if self.step_count(folded, lang, key) is not None:
                    return key, step
                continue
            for term in step.pl if lang == "pl" else step.en:
                if re.search(term_regex(term), folded):
                    return key, step
        return None

    def step_count(self, folded: str, lang: str, key: str) -> tuple[int, int, int, int] | None:
        """Where a verb step's count stands (see :func:`adsage.checks.goal.verbs.verb_count`)."""
        from adsage.checks.goal.verbs import verb_count

        after = self.data.after_lead
        step = after.steps.get(key) if after else None
        return verb_count(self, folded, step, lang) if step else None

    def money_channel(self, folded: str) -> MoneyChannel | None:
        """How a money goal's amount reaches the client, when the ad account never sees it:
        a named channel (a tax allocation), else money raised or earned (the default's
        words); None when the words say neither."""
        um = self.data.untracked_money
        if um is None:
            return None
        for ch in [*um.channels, um.default]:
            if any(re.search(term_regex(t), folded) for t in ch.en + ch.pl):
                return ch
        return None

    def mentions(self, folded: str) -> list[Mention]:
        """Non-overlapping metric mentions; the longest term wins an overlap."""
        found: list[Mention] = []
        for pattern, metric, weak, hint in self.patterns:
            for m in pattern.finditer(folded):
                found.append(Mention(m.start(), m.end(), metric, weak, hint))
        found.sort(key=lambda x: (x.start - x.end, x.weak, x.metric is None, x.start))
        kept: list[Mention] = []
        for cand in found:
            if all(cand.end <= k.start or cand.start >= k.end for k in kept):
                kept.append(cand)
        kept.sort(key=lambda x: x.start)
        return kept


_NOUNED: dict[tuple[int, str], tuple[Lexicon, Lexicon]] = {}


def _with_nouns(lex: Lexicon, category: str) -> Lexicon:
    """Built once per loaded lexicon and category (kept with its source, so an id is never
    reused for another lexicon while the entry lives)."""
    from dataclasses import replace

    key = (id(lex), category)
    hit = _NOUNED.get(key)
    if hit is not None and hit[0] is lex:
        return hit[1]
    metrics = dict(lex.data.metrics)
    for metric, n in lex.data.category_nouns[category].items():
        metrics[metric] = replace(metrics[metric], name=n.name, phrase=n.phrase, rel=n.rel)
    out = Lexicon(replace(lex.data, metrics=metrics), lex.patterns)
    _NOUNED[key] = (lex, out)
    return out


def term_regex(term: str) -> str:
    """``"koszt* lead*"`` -> a regex matching "kosztu leada", "koszty leadów", "koszt-leada"."""
    words = fold(term).replace("-", " ").split()
    parts = [
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)" for w in words
    ]
    return r"(?<!\w)" + r"[\s\-]+".join(parts)


def _compile(terms: list[str]) -> re.Pattern[str]:
    from adsage.startup_cache import programs  # programs kept between runs

    # longest first; ties in a fixed order, so the same terms give the same pattern each run
    ordered = sorted(sorted({t for t in terms if t.strip()}), key=len, reverse=True)
    # Every term starts with the same word-start test: tested once before the alternatives
    # (same matches), a position inside a word fails at once instead of once per term.
    start = "(?<!\\w)"
    body = "|".join(f"(?:{term_regex(t).removeprefix(start)})" for t in ordered)
    return programs("goal").compile(f"{start}(?:{body})" if body else "")


@lru_cache(maxsize=4)
def _lexicon_at(path: Path) -> Lexicon:
    data = load_checked(path, LexiconData, LexiconData.build, __file__)
    pats: list[tuple[re.Pattern[str], str | None, bool, str | None]] = []
    for metric, e in data.metrics.items():
        pats.append((_compile(e.en + e.pl), metric, False, None))
        if e.weak_en or e.weak_pl:
            pats.append((_compile(e.weak_en + e.weak_pl), metric, True, None))
    for group in data.vague:
        if group.hint not in data.metrics:
            raise BadInput(f"{path}: vague hint {group.hint!r} is not a metric")
        pats.append((_compile(group.en + group.pl), None, False, group.hint))
    from adsage.startup_cache import programs

    programs("goal").save()
    return Lexicon(data, tuple(pats))


def load_lexicon() -> Lexicon:
    """The compiled lexicon; compiled once per file path."""
    return _lexicon_at(rules_dir() / LEXICON_FILE)
