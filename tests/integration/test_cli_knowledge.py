"""``adsage index/search/ask`` as a user runs them: exit codes, JSON shapes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from adsage.cli import main

ADSAGE = str(Path(sys.executable).with_name("adsage"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(args))
    captured = capsys.readouterr()
    return int(exc.value.code or 0), captured.out, captured.err


def test_search_builds_the_index_on_first_use_and_prints_json(capsys, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "search", "Ile kart ma karuzela?", "-k", "2", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["query"] == "Ile kart ma karuzela?"
    first = data["results"][0]
    keys = {"id", "source", "title", "section", "lang", "topic", "origin", "score", "text"}
    assert set(first) == keys and first["origin"] == "bundled"
    assert first["source"] == "knowledge/en/formats.md" and first["section"] == "Carousel"
    assert first["text"].startswith("Carousel\n\nA carousel holds")


def test_search_filters_by_lang_and_topic(capsys, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "search", "budget", "--topic", "budget", "--json")
    assert code == 0
    assert {r["topic"] for r in json.loads(out)["results"]} == {"budget"}
    code, _, err = run(capsys, "search", "budget", "--lang", "pl")
    assert code == 1 and "nothing found" in err


def test_index_summary_json_and_skips(capsys, tiny_knowledge, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.md").write_text("", "utf-8")
    (tmp_path / "tips.txt").write_text("Tips\n\n1. Hooks\nOpen videos with the product.\n", "utf-8")
    code, out, _ = run(
        capsys, "index", str(tmp_path / "tips.txt"), str(tmp_path / "empty.md"), "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["skipped"] == [{"path": str(tmp_path / "empty.md"), "reason": "empty file"}]
    assert len(data["added"]) == 3 and data["chunks_total"] == 4
    code, out, _ = run(capsys, "index", str(tmp_path / "tips.txt"))
    assert code == 0 and "0 added" in out and "3 unchanged" in out


def test_index_of_only_bad_files_exits_1(capsys, tiny_knowledge, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"%PDF")
    code, out, _ = run(capsys, "index", str(bad))
    assert code == 1 and "unsupported file type" in out


def test_ask_answers_with_numbered_citations(capsys, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "ask", "How many events does the learning phase need?", "--json")
    assert code == 0
    data = json.loads(out)
    assert "fifty optimisation events" in data["answer"] and "[1]" in data["answer"]
    assert data["citations"][0]["section"] == "Learning phase"
    assert data["citations"][0]["n"] == 1


def test_ask_with_nothing_relevant_exits_1(capsys, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, "ask", "zzzz qqqq")
    assert code == 1 and "nothing in the knowledge base" in err


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["search", "x", "--lang", "de"], "--lang must be en or pl"),
        (["search", "  "], "QUERY is empty"),
        (["search", "x", "-k", "0"], "Invalid value for '-k'"),
        (["ask"], "Missing argument 'question'"),
        (["nosuchcommand"], "No such command"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(capsys, tiny_knowledge, args, needle) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(capsys, *args)
    assert code == 2
    assert needle in err and err.count("\n") == 1 and err.startswith("error: ")


def test_corrupt_store_is_one_line_naming_the_fix(capsys, tiny_knowledge, home) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "index")[0] == 0
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()
    (home / "chroma" / "chroma.sqlite3").write_bytes(b"garbage" * 500)
    code, _, err = run(capsys, "search", "carousel")
    assert code == 2 and "adsage index --rebuild" in err and err.count("\n") == 1
    assert run(capsys, "index", "--rebuild")[0] == 0
    assert run(capsys, "search", "carousel")[0] == 0


def test_real_binary_ask_in_a_subprocess(tiny_knowledge, home) -> None:  # type: ignore[no-untyped-def]
    proc = subprocess.run(
        [ADSAGE, "ask", "Ile kart może mieć karuzela?"], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert "two to ten cards" in proc.stdout and "[1]" in proc.stdout
