"""Per-claim citations: each advice sentence of a plan and the knowledge chunk it rests on.

A plan promises "each claim citing its source", so citations are attached to the sentence or
bullet that uses the guidance, not to a section header.  Which guidance a sentence rests on is
known from the catalogue message that wrote it (``plan.pace`` rests on the daily-budget rules,
``plan.season_low`` on the calendar section) or from the part it fills (a format's reason rests
on that format's section).  A sentence from the brief or computed from the plan's numbers
(flight dates, the test's spend) has no message here and gets no citation.

The chunk of a kind is found by its section heading (keyword search within the topic); a kind
whose heading is not found is left uncited rather than pointed at a near miss.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from adsage.advisor.claim_kinds import KINDS, MESSAGES, MESSAGES_BY_LANG
from adsage.advisor.grounding import citations, to_snippet
from adsage.drafting.base import Snippet
from adsage.knowledge.poison import is_suspect
from adsage.models.plan import CampaignPlan, Claim

_SPEC = {"image": "spec.image", "video": "spec.video"}


@lru_cache(maxsize=2)
def _patterns(lang: str) -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """Each mapped message as a pattern: its words as written, its placeholders as any text.
    A sentence can join two messages ("... a week. That is under ..."), so a message may
    start the text or follow the end of a sentence in it."""
    from adsage.i18n.catalogue import template
    from adsage.startup_cache import programs  # compiled once, kept between runs

    kept = programs("claims")
    out = []
    for key, kinds in {**MESSAGES, **MESSAGES_BY_LANG.get(lang, {})}.items():
        parts = re.split(r"\{[^{}]*\}", template(f"plan.{key}", lang))
        body = "(?:.+?)".join(re.escape(p) for p in parts)
        pattern = kept.compile(rf"(?:^|(?<=[.:;!?] )){body}", re.S)
        out.append((pattern, (kinds,) if isinstance(kinds, str) else kinds))
    kept.save()
    return out


def kinds_of(text: str, lang: str) -> list[str]:
    """The kinds of guidance a plan sentence rests on, in the order they are first found."""
    found: list[str] = []
    for pattern, kinds in _patterns(lang):
        if pattern.search(text):
            found += [k for k in kinds if k not in found]
    return found


class _Finder:
    """Citation numbers per kind for one plan: each kind searched once, a new chunk added
    to the plan's snippets (the numbers are renumbered in document order afterwards)."""

    def __init__(self, searcher: Any, snippets: list[Snippet], lang: str) -> None:
        self.searcher, self.snippets, self.lang = searcher, snippets, lang
        self.found: dict[str, list[int]] = {}

    def __call__(self, *kinds: str) -> list[int]:
        out: list[int] = []
        for kind in kinds:
            if kind not in self.found:
                self.found[kind] = self._search(kind)
            out += [n for n in self.found[kind] if n not in out]
        return out

    def _search(self, kind: str) -> list[int]:
        topic, query, prefer = KINDS[kind]
        # keywords find the section a claim rests on without embedding the query; the hit
        # whose heading names the claim wins, and none is taken when no heading does
        hits = self.searcher.search(query[self.lang], 8, lang=self.lang, topic=topic, mode="bm25")
        hits = [h for h in hits if not is_suspect(getattr(h, "flags", ""))]
        hit = next((h for h in hits if any(w in h.section.lower() for w in prefer)), None)
        if hit is None:
            return []
        for s in self.snippets:
            if s.id == hit.id:
                return [s.n]
        self.snippets.append(to_snippet(hit, len(self.snippets) + 1, topic))
        return [self.snippets[-1].n]


def claims_for(plan: CampaignPlan, searcher: Any, snippets: list[Snippet]) -> list[Claim]:
    """The plan's cited claims in document order (the order the renderings show them)."""
    lang = plan.lang
    cite = _Finder(searcher, snippets, lang)
    out: list[Claim] = []

    def add(at: str, text: str, sources: list[int]) -> None:
        if sources:
            out.append(Claim(at=at, text=text, sources=list(dict.fromkeys(sources))))

    def by_message(at: str, text: str) -> None:
        add(at, text, cite(*kinds_of(text, lang)))

    if plan.goal.rewrite and not plan.goal.rewrite_estimated:
        # a rewrite whose number is the plan's own forecast says it is an estimate; a marker
        # would make the invented target look sourced
        add("goal.rewrite", plan.goal.rewrite, cite("smart"))
    add("objective.reason", plan.objective.reason, cite("objective", "bid"))
    for i, k in enumerate(plan.objective.kpis):
        by_message(f"objective.kpis.{i}", k.note)
    for i, note in enumerate(plan.targeting.notes):
        by_message(f"targeting.notes.{i}", note)
    pv = plan.provenance
    by_model = pv.engine != "offline" and not any(
        p.part == "formats" and p.source == "offline" for p in pv.parts
    )
    for i, f in enumerate(plan.formats):
        # a pick follows the campaign goal (which format for which goal) and its format's own
        # section (how to make it); a model's pick keeps the sources it named as well
        model = f.sources if by_model else []
        add(f"formats.{i}.reason", f.reason, [*model, *cite("format.goal", f"format.{f.format}")])
        spec = _SPEC.get(f.format, f"format.{f.format}")
        for j, s in enumerate(f.specs):
            add(f"formats.{i}.specs.{j}", s, cite(spec))
    ab = plan.ab_test
    if ab.planned:
        add("ab_test.hypothesis", ab.hypothesis, cite("one_variable"))
        add("ab_test.sizing", "", cite("sample"))
    by_message("ab_test.verdict", ab.verdict)
    for i, w in enumerate(ab.warnings):
        by_message(f"ab_test.warnings.{i}", w)
    b = plan.budget
    add("budget.line", "", cite("billing", "bid"))
    for i, line in enumerate(b.split):
        by_message(f"budget.split.{i}", line.purpose)
    for i, note in enumerate(b.schedule_notes):
        by_message(f"budget.schedule_notes.{i}", note)
    by_message("budget.learning_phase", b.learning_phase)
    return out


def with_claims(plan: CampaignPlan, searcher: Any, snippets: list[Snippet]) -> CampaignPlan:
    """The plan with its claims cited, listing only cited sources, numbered 1..n in the order
    the document first cites them; each section's ``sources`` is the union of its claims'.

    A retrieved chunk no claim rests on (say, an example written for another business) is not
    a source of this plan; renumbering keeps the list free of gaps.
    """
    claims = claims_for(plan, searcher, snippets)
    order: list[int] = []
    for c in claims:
        order += [n for n in c.sources if n not in order]
    new = {old: i for i, old in enumerate(order, 1)}
    claims = [c.model_copy(update={"sources": [new[n] for n in c.sources]}) for c in claims]
    by_n = {s.n: s for s in snippets}

    def union(prefix: str) -> list[int]:
        ns: list[int] = []
        for c in claims:
            if c.at.startswith(prefix):
                ns += [n for n in c.sources if n not in ns]
        return ns

    cited = citations([replace(by_n[old], n=new[old]) for old in order])
    return plan.model_copy(
        update={
            "claims": claims,
            "citations": cited,
            "objective": plan.objective.model_copy(update={"sources": union("objective.")}),
            "budget": plan.budget.model_copy(update={"sources": union("budget.")}),
            "ab_test": plan.ab_test.model_copy(update={"sources": union("ab_test.")}),
            "formats": [
                f.model_copy(update={"sources": union(f"formats.{i}.")})
                for i, f in enumerate(plan.formats)
            ],
        }
    )


def citation_problems(plan: CampaignPlan) -> list[str]:
    """What is wrong with a plan's citations: a marker pointing at no listed source, a listed
    source no claim cites, or numbers not 1..n in the order the claims first use them."""
    listed = [c.n for c in plan.citations]
    used: list[int] = []
    for c in plan.claims:
        used += [n for n in c.sources if n not in used]
    problems = [
        f"{c.at} cites [{n}], not a listed source"
        for c in plan.claims
        for n in c.sources
        if n not in listed
    ]
    problems += [f"source [{n}] is cited by no claim" for n in listed if n not in used]
    if listed != list(range(1, len(listed) + 1)):
        problems.append(f"sources are numbered {listed}, not 1..{len(listed)}")
    if [n for n in used if n in listed] != sorted(n for n in used if n in listed):
        problems.append(f"sources are not numbered in the order they are first cited: {used}")
    return problems
