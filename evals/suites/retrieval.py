"""Retrieval quality of the bundled knowledge: dense-only, BM25-only and hybrid side by side."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "datasets"
MODES = ("dense", "bm25", "hybrid")


def load_questions() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for name in ("retrieval_en.yaml", "retrieval_pl.yaml"):
        items.extend(yaml.safe_load((DATA / name).read_text("utf-8")))
    return items


def run(home: Path | None = None) -> dict[str, Any]:
    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths
    from adsage.knowledge.search import Searcher

    questions = load_questions()
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(home=home or Path(tmp))
        index_paths(settings)
        searcher = Searcher(settings)
        scores: dict[str, dict[str, float]] = {}
        misses: dict[str, list[str]] = {}
        for mode in MODES:
            r1 = r3 = rr = 0.0
            misses[mode] = []
            for item in questions:
                hits = searcher.search(item["q"], 10, lang=item.get("filter_lang"), mode=mode)
                docs = [h.doc_id for h in hits]
                rank = next((i for i, d in enumerate(docs) if d in item["expect"]), None)
                r1 += rank == 0
                r3 += rank is not None and rank < 3
                rr += 1.0 / (rank + 1) if rank is not None else 0.0
                if rank is None or rank >= 3:
                    misses[mode].append(f"{item['q']} -> {docs[:3]}")
            n = len(questions)
            scores[mode] = {
                "recall@1": round(r1 / n, 4),
                "recall@3": round(r3 / n, 4),
                "mrr": round(rr / n, 4),
            }
    by_lang = {lang: sum(1 for q in questions if q["lang"] == lang) for lang in ("en", "pl")}
    cross = sum(1 for q in questions if q.get("filter_lang"))
    return {
        "name": "retrieval",
        "n": len(questions),
        "by_lang": by_lang,
        "cross_language": cross,
        "modes": scores,
        "misses_hybrid": misses["hybrid"],
    }
