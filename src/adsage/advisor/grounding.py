"""Retrieval for a plan: a few targeted queries per section, numbered as citations.

Queries are fixed per topic and phrased in the brief's language, so the same brief always
cites the same knowledge, and each plan section can point at the chunks it drew on.
"""

from __future__ import annotations

from typing import Any

from adsage.drafting.base import Snippet
from adsage.knowledge.poison import is_suspect
from adsage.models.brief import Brief
from adsage.models.plan import Citation

QUERIES: dict[str, dict[str, str]] = {
    "goals": {
        "en": "SMART campaign goal and KPIs for {objective}",
        "pl": "cel SMART kampanii i wskaźniki KPI dla {objective}",
    },
    "audience": {
        "en": "target audience interests behaviours lookalike for {product}",
        "pl": "grupa docelowa zainteresowania zachowania lookalike dla {product}",
    },
    "content": {
        "en": "ad copy frameworks and call to action in a {tone} tone",
        "pl": "formuły copywriterskie i wezwanie do działania w tonie {tone}",
    },
    "formats": {
        # The picks follow the campaign goal first: a query naming only placements lets a
        # side section that happens to mention "Stories" (format by age) win the citation.
        "en": "choosing an ad format from the campaign goal for {placements}",
        "pl": "wybór formatu reklamy zaczyna się od celu kampanii; miejsca docelowe {placements}",
    },
    "budget": {
        "en": "daily or lifetime budget, learning phase and schedule",
        "pl": "budżet dzienny lub całkowity, faza uczenia się i harmonogram",
    },
    "testing": {
        "en": "A/B test one variable sample size and duration",
        "pl": "test A/B jedna zmienna wielkość próby i czas trwania",
    },
}


def gather(searcher: Any, brief: Brief, objective: str, per_topic: int = 2) -> list[Snippet]:
    """Top chunks per topic in the brief's language, numbered in order of first use."""
    lang = brief.language
    fill = {
        "objective": objective,
        "product": brief.product,
        "tone": brief.tone,
        "placements": ", ".join(brief.placements),
    }
    snippets: list[Snippet] = []
    seen: set[str] = set()
    for topic, phrasing in QUERIES.items():
        query = phrasing[lang].format(**fill)
        # Ask for a few extra: flagged chunks (planted instructions) never reach a model.
        depth = per_topic + 3
        hits = searcher.search(query, depth, lang=lang, topic=topic) or searcher.search(
            query, depth, topic=topic
        )
        hits = [h for h in hits if not is_suspect(getattr(h, "flags", ""))][:per_topic]
        for h in hits:
            if h.id in seen:
                continue
            seen.add(h.id)
            snippets.append(to_snippet(h, len(snippets) + 1, topic))
    return snippets


def to_snippet(hit: Any, n: int, topic: str) -> Snippet:
    """A search hit as citation number ``n`` of a plan."""
    return Snippet(
        n=n,
        id=hit.id,
        title=hit.title,
        section=hit.section,
        text=hit.text,
        topic=topic,
        source=hit.source,
    )


def citations(snippets: list[Snippet]) -> list[Citation]:
    return [
        Citation(n=s.n, id=s.id, title=s.title, section=s.section, source=s.source)
        for s in snippets
    ]
