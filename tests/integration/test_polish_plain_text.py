"""A user's Polish plain-text guide (numbered sections, '- Label: text' bullets, no markdown)
is chunked by section and found by questions in English and Polish."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from adsage.knowledge.ingest import index_paths
from adsage.knowledge.search import Searcher

DATA = Path(__file__).resolve().parents[1] / "data"
DOC = DATA / "poradnik_reels_pl.txt"
QUESTIONS = yaml.safe_load((DATA / "poradnik_reels_pl_questions.yaml").read_text("utf-8"))
IDS = [f"{q['lang']}-{q['section'][:1]}" for q in QUESTIONS]


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    from adsage.config import load_settings

    settings = load_settings(home=tmp_path_factory.mktemp("home"))
    summary = index_paths(settings, [DOC])  # alongside the full bundled knowledge
    assert str(DOC.resolve()) in summary.added
    return Searcher(settings)


def test_sections_become_chunks_with_their_titles(searcher: Searcher) -> None:
    hits = searcher.search("piekarnia", 20, source=str(DOC.resolve()))
    sections = {h.section for h in hits}
    assert {q["section"] for q in QUESTIONS} <= sections
    assert all(h.lang == "pl" for h in hits)


@pytest.mark.parametrize("item", QUESTIONS, ids=IDS)
def test_question_about_the_document_finds_its_section(searcher: Searcher, item: dict) -> None:  # type: ignore[type-arg]
    hits = searcher.search(item["q"], 3, source=str(DOC.resolve()))
    assert item["section"] in [h.section for h in hits]


def test_most_questions_rank_the_right_section_first(searcher: Searcher) -> None:
    firsts = [
        searcher.search(q["q"], 1, source=str(DOC.resolve()))[0].section == q["section"]
        for q in QUESTIONS
    ]
    assert sum(firsts) >= 4, firsts
    # both languages get a first-place hit
    assert any(f for f, q in zip(firsts, QUESTIONS, strict=True) if q["lang"] == "en")
    assert any(f for f, q in zip(firsts, QUESTIONS, strict=True) if q["lang"] == "pl")


def test_polish_question_finds_the_document_among_all_knowledge(searcher: Searcher) -> None:
    pl = [q for q in QUESTIONS if q["lang"] == "pl"]
    found = [q["section"] in [h.section for h in searcher.search(q["q"], 3)] for q in pl]
    assert all(found), found
