"""A user's own playbook among the bundled guidance: does search find the right section of it?

The playbook is a plain-text Polish agency guide written for this suite; the questions come in
English and Polish.  Restricted search looks only inside the playbook; unrestricted search looks
at everything, under each knowledge priority.  Questions the playbook does not cover measure the
other side: how often the playbook wrongly takes first place.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "datasets" / "playbook"
DOC = DATA / "playbook_agencji_pl.txt"
PRIORITIES = ("mine", "equal")


def load_questions() -> list[dict[str, Any]]:
    return list(yaml.safe_load((DATA / "questions.yaml").read_text("utf-8")))


def _rank(hits: list[Any], source: str, section: str) -> int | None:
    return next(
        (i for i, h in enumerate(hits) if h.source == source and h.section == section), None
    )


def _recall(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks) or 1
    return {
        "recall@1": round(sum(r == 0 for r in ranks) / n, 4),
        "recall@3": round(sum(r is not None and r < 3 for r in ranks) / n, 4),
    }


def run(home: Path | None = None) -> dict[str, Any]:
    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths
    from adsage.knowledge.search import Searcher

    questions = load_questions()
    covered = [q for q in questions if q.get("covered", True)]
    uncovered = [q for q in questions if not q.get("covered", True)]
    source = str(DOC.resolve())
    result: dict[str, Any] = {"name": "playbook", "n": len(covered), "uncovered": len(uncovered)}
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = load_settings(home=home or Path(tmp))
        index_paths(base, [DOC])
        restricted: dict[str, list[int | None]] = {"en": [], "pl": []}
        searcher = Searcher(base)
        for q in covered:
            hits = searcher.search(q["q"], 10, source=source)
            restricted[q["lang"]].append(_rank(hits, source, q["section"]))
        result["restricted"] = {lang: _recall(r) for lang, r in restricted.items()}
        result["restricted"]["all"] = _recall(restricted["en"] + restricted["pl"])
        for priority in PRIORITIES:
            searcher = Searcher(load_settings(home=base.home, knowledge_priority=priority))
            ranks: dict[str, list[int | None]] = {"en": [], "pl": []}
            for q in covered:
                hits = searcher.search(q["q"], 10)
                rank = _rank(hits, source, q["section"])
                ranks[q["lang"]].append(rank)
                if priority == "mine" and (rank is None or rank >= 3):
                    misses.append(f"{q['q']} -> {[h.section for h in hits[:3]]}")
            wrong_first = sum(searcher.search(q["q"], 1)[0].source == source for q in uncovered)
            result[f"unrestricted_{priority}"] = {
                **{lang: _recall(r) for lang, r in ranks.items()},
                "all": _recall(ranks["en"] + ranks["pl"]),
                "uncovered_playbook_first": round(wrong_first / (len(uncovered) or 1), 4),
            }
    result["misses_mine"] = misses
    return result
