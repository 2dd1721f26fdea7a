"""Offline answers: does `adsage ask` cite the document that answers the question, in the
question's language, and quote the sentence that answers it directly without off-topic text
(``answer_facts.yaml``)?"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import yaml

FACTS = Path(__file__).resolve().parents[1] / "datasets" / "answer_facts.yaml"


def _facts() -> list[dict[str, str]]:
    """Questions whose answer must quote a given figure (see the dataset's header)."""
    return list(yaml.safe_load(FACTS.read_text("utf-8")))


def run() -> dict[str, Any]:
    from adsage.config import load_settings
    from adsage.knowledge.answer import answer_question
    from adsage.knowledge.ingest import index_paths
    from adsage.knowledge.search import Searcher
    from evals.suites.retrieval import load_questions

    questions = [q for q in load_questions() if not q.get("filter_lang")]
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(home=Path(tmp))
        index_paths(settings)
        searcher = Searcher(settings)
        docs = {h.source: h.doc_id for h in searcher.search("budget", 500)}
        first_cited = any_cited = same_lang = answered = 0
        misses = []
        for q in questions:
            ans = answer_question(searcher, q["q"])
            if not ans.found:
                misses.append(f"no answer: {q['q']}")
                continue
            answered += 1
            cited = [docs.get(c.source, c.source) for c in ans.citations]
            first_cited += cited[0] in q["expect"]
            any_cited += any(d in q["expect"] for d in cited)
            same_lang += all(c.lang == q["lang"] for c in ans.citations)
            if not any(d in q["expect"] for d in cited):
                misses.append(f"{q['q']} -> {cited}")
        facts = _facts()
        direct = 0
        for f in facts:
            text = answer_question(searcher, f["q"]).answer
            if not re.search(f["expect"], text):
                misses.append(f"no direct answer: {f['q']} -> {text[:160]}")
            elif f.get("reject") and re.search(f["reject"], text):
                misses.append(f"off-topic text: {f['q']} -> {re.search(f['reject'], text)}")
            else:
                direct += 1
    n = len(questions)
    return {
        "name": "answer",
        "n": n,
        "answered": round(answered / n, 4),
        "first_citation_correct": round(first_cited / n, 4),
        "any_citation_correct": round(any_cited / n, 4),
        "citations_in_question_language": round(same_lang / n, 4),
        "direct_answer": round(direct / len(facts), 4),
        "misses": misses,
    }
