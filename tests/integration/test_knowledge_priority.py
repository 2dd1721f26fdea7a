"""The user's own guidance first: an indexed Polish playbook answers an English question, in
English words around its quoted sentences, with citations that say whose guidance it is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.integration.test_cli_knowledge import run

PLAYBOOK = """Playbook agencji

Jak pracujemy z kampaniami klientów.

1. Budżet startowy
Minimalny budżet, z jakim zaczynamy, to 40 zł dziennie na jeden zestaw reklam.
Przez pierwszy tydzień nie zmieniamy budżetu o więcej niż dwadzieścia procent naraz.

2. Raport tygodniowy
Raport dla klienta wysyłamy w każdy poniedziałek do godziny dziesiątej.
Zawiera wydatki, koszt na wynik i trzy wnioski na kolejny tydzień.
"""

QUESTION = "What is the smallest daily budget we start an ad set with?"


@pytest.fixture
def playbook(capsys, tiny_knowledge, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "playbook.txt"
    path.write_text(PLAYBOOK, "utf-8")
    code, _, _ = run(capsys, "index", str(path), "--json")
    assert code == 0
    return path


def test_english_question_is_answered_from_the_polish_playbook(capsys, playbook) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "ask", QUESTION, "--json")
    assert code == 0
    data = json.loads(out)
    first = data["citations"][0]
    assert first["source"] == str(playbook.resolve()) and first["origin"] == "mine"
    assert first["section"] == "1. Budżet startowy"
    assert data["lang"] == "en"
    assert data["answer"].startswith("From your own guidance (quoted in Polish):")
    assert "40 zł" in data["answer"]


def test_plain_output_labels_whose_guidance_each_citation_is(capsys, playbook) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "ask", QUESTION)
    assert code == 0
    assert "- your guidance" in out
    code, out, _ = run(capsys, "ask", "Ile kart może mieć karuzela?")
    assert code == 0 and "- wytyczne wbudowane" in out and "Twoich" not in out


def test_bundled_priority_keeps_the_shipped_guidance_first(capsys, playbook, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ADSAGE_KNOWLEDGE_PRIORITY", "bundled")
    code, out, _ = run(capsys, "search", QUESTION, "--json")
    assert code == 0
    assert json.loads(out)["results"][0]["origin"] == "bundled"


def test_bundled_off_answers_only_from_own_documents(capsys, playbook) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "ask", QUESTION, "--bundled", "off", "--json")
    assert code == 0
    assert {c["origin"] for c in json.loads(out)["citations"]} == {"mine"}
    code, _, err = run(capsys, "ask", "How many cards can a carousel hold?", "--bundled", "off")
    assert code == 1 and "your own documents" in err
    code, _, err = run(capsys, "ask", QUESTION, "--bundled", "maybe")
    assert code == 2 and "--bundled must be on or off" in err
