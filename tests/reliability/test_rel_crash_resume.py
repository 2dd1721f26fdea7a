"""kill -9 in the middle of indexing and of a chat turn, then start again: nothing lost,
nothing twice.  (kill -9 during a batch: tests/variants/test_variants_resume.py; during an
export write: test_rel_export_faults.py.)"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from rel_support import (
    ADSAGE,
    env_for,
    index_state,
    run_driver,
    sqlite_count,
    wait_until,
    write_guides,
)

from fakes.openai_server import FakeOpenAI, Scripted, text_reply


def _kill_when_hanging(proc: Any) -> None:
    line = proc.stdout.readline()
    assert line.strip() == "hanging", "the indexer finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL


def _finish(home: Path, folder: Path) -> dict[str, Any]:
    proc = run_driver(home, str(folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    summary: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return summary


@pytest.mark.slow
def test_kill_9_between_index_batches_then_restart(
    tmp_path: Path, tiny_index: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADSAGE_KNOWLEDGE_DIR", str(tiny_index[1]))
    guides = write_guides(tmp_path / "guides")
    home = tmp_path / "home"
    proc = run_driver(home, str(guides), "--step", "8", "--hang-at", "3", stdout=subprocess.PIPE)
    _kill_when_hanging(proc)  # after 3 batches of 8: guide0 (60 chunks) is partly stored
    partial = index_state(home)
    assert 0 < partial["count"] < 60
    assert (home / "index.journal").exists()  # the run died with writes outstanding

    _finish(home, guides)
    ref_home = tmp_path / "ref"
    _finish(ref_home, guides)
    expected, state = index_state(ref_home), index_state(home)
    assert state["ids"] == expected["ids"]  # every chunk of every file, once
    assert state["per_source"] == expected["per_source"]
    assert state["hashes"] == expected["hashes"]
    assert state["count"] == len(state["ids"]) and state["dupes"] == 0
    assert state["sentences"] == state["ids"]  # the sentence cache matches the index
    assert not (home / "index.journal").exists()
    # And the next run really has nothing left to do.
    again = _finish(home, guides)
    assert again["added"] == [] and again["updated"] == []


@pytest.mark.slow
def test_kill_9_between_sentence_cache_and_chunks_then_the_file_changes(
    tmp_path: Path, tiny_index: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADSAGE_KNOWLEDGE_DIR", str(tiny_index[1]))
    guides = write_guides(tmp_path / "guides", files=2)
    home = tmp_path / "home"
    proc = run_driver(
        home,
        str(guides),
        "--step",
        "8",
        "--hang-at",
        "3",
        "--before",
        stdout=subprocess.PIPE,
    )
    _kill_when_hanging(proc)  # sentence vectors of batch 3 written, its chunks not
    assert len(index_state(home)["sentences"]) > index_state(home)["count"]
    doc = guides / "guide0.md"
    doc.write_text(doc.read_text("utf-8").replace("one idea", "a single idea"), "utf-8")

    _finish(home, guides)
    ref_home = tmp_path / "ref"
    _finish(ref_home, guides)
    expected, state = index_state(ref_home), index_state(home)
    assert state["ids"] == expected["ids"] and state["dupes"] == 0
    assert state["sentences"] == state["ids"]  # no entries left for chunks that never landed


QUESTION = "How much can a daily budget be overspent?"
ANSWER = '{"answer": "A daily budget may be overspent by a quarter [1].", "sources": [1]}'


def _history(home: Path) -> list[dict[str, Any]]:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(home / "state.sqlite")) as con:
        rows = con.execute("SELECT key, seq, item FROM log WHERE ns='chat' ORDER BY seq").fetchall()
    return [dict(json.loads(item), key=key, seq=seq) for key, seq, item in rows]


@pytest.mark.slow
def test_kill_9_mid_chat_turn_then_resume(indexed_copy: Path, fake_model: FakeOpenAI) -> None:
    slow = text_reply(ANSWER)
    fake_model.handler = lambda req: Scripted(slow.status, slow.body, pieces=10, piece_delay=1)
    env = env_for(indexed_copy, OPENAI_BASE_URL=fake_model.url, ADSAGE_MODEL="fake-model")
    proc = subprocess.Popen(
        [ADSAGE, "chat", "--llm", "openai"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    assert proc.stdin is not None
    state = indexed_copy / "state.sqlite"
    turns = ["/set brand SnowPeak", "/set product Freeride snowboards", "/set budget 200 PLN daily"]
    for n, line in enumerate(turns, 1):
        proc.stdin.write(line + "\n")
        proc.stdin.flush()
        wait_until(
            lambda n=n: sqlite_count(state, "SELECT COUNT(*) FROM log") == 2 * n,
            what=f"turn {n} to be saved",
        )
    proc.stdin.write(QUESTION + "\n")
    proc.stdin.flush()
    wait_until(lambda: len(fake_model.requests) == 1, what="the model request")
    time.sleep(1.5)  # part of the answer has streamed
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)

    before = _history(indexed_copy)
    assert [h["role"] for h in before] == ["user", "assistant"] * 3 + ["user"]
    assert before[-1]["text"] == QUESTION  # the in-flight message is kept, its reply is lost

    resumed = subprocess.run(
        [ADSAGE, "chat", "--resume"],
        input="/brief\n/exit\n",
        capture_output=True,
        text=True,
        timeout=120,
        env=env_for(indexed_copy),
    )
    assert resumed.returncode == 0, resumed.stderr
    shown = resumed.stdout + resumed.stderr
    assert "SnowPeak" in shown and "Freeride snowboards" in shown and "200" in shown
    after = _history(indexed_copy)
    assert after[: len(before)] == before  # history intact ...
    assert len({(h["key"], h["seq"]) for h in after}) == len(after)  # ... nothing twice
    assert [h["text"] for h in after].count(QUESTION) == 1
    assert {h["key"] for h in after} == {before[0]["key"]}  # the same session continued
    assert [h["role"] for h in after[len(before) :]] == ["user", "assistant"] * 2
