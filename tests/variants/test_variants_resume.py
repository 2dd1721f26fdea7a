"""Kill a model-backed batch with SIGKILL mid-run, start it again: same file, nothing twice."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from variant_fakes import variant_answer, write_brief

from adsage.batch.runner import NAMESPACE
from fakes.openai_server import Scripted, json_reply

DELAY = 0.3
BRANDS = ["SnowPeak", "Nordic Tea", "Zielony Ogród", "Bike Lab", "Yoga Nest", "Lamp Co"]


def _cmd(paths: list[Path], out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "adsage",
        "variants",
        *map(str, paths),
        "--vary",
        "headline",
        "--n",
        "3",
        "--llm",
        "openai",
        "--concurrency",
        "1",
        "--csv",
        str(out),
    ]


def _env(home: Path, url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(ADSAGE_HOME=str(home), OPENAI_BASE_URL=url, ADSAGE_MODEL="fake-model")
    env.pop("OPENAI_API_KEY", None)
    return env


def _checkpoints(home: Path) -> int:
    """Count checkpoints read-only, so polling never takes the writer's lock."""
    path = home / "state.sqlite"
    if not path.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as con:
            row = con.execute("SELECT COUNT(*) FROM docs WHERE ns=?", (NAMESPACE,)).fetchone()
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet
    return int(row[0])


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.slow
def test_kill_9_then_resume_gives_the_same_file(tmp_path: Path, fake_llm: Any) -> None:
    fake_llm.handler = lambda req: Scripted(body=json_reply(variant_answer(req)).body, delay=DELAY)
    folder = tmp_path / "briefs"
    folder.mkdir()
    paths = [write_brief(folder / f"b{i}.yaml", brand=b) for i, b in enumerate(BRANDS)]

    # Reference: an uninterrupted run in its own home, alongside the run that gets killed.
    ref_home, ref_out = tmp_path / "ref-home", tmp_path / "ref.csv"
    ref = subprocess.Popen(
        _cmd(paths, ref_out),
        env=_env(ref_home, fake_llm.url),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )

    home, out = tmp_path / "home", tmp_path / "out.csv"
    proc = subprocess.Popen(
        _cmd(paths, out),
        env=_env(home, fake_llm.url),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 90
    while _checkpoints(home) < 2:
        assert proc.poll() is None, "the batch finished before it could be killed"
        assert time.monotonic() < deadline, "no checkpoints appeared"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    saved = _checkpoints(home)
    assert 2 <= saved < len(paths)
    assert not out.exists()  # the CSV is written once, at the end
    _, ref_err = ref.communicate(timeout=120)
    assert ref.returncode == 0, ref_err

    before = len(fake_llm.requests)
    resumed = subprocess.run(
        _cmd(paths, out), env=_env(home, fake_llm.url), capture_output=True, text=True, timeout=120
    )
    assert resumed.returncode == 0, resumed.stderr
    # Only unfinished briefs were drafted again (one model call each).
    assert len(fake_llm.requests) - before == len(paths) - saved
    assert out.read_bytes() == ref_out.read_bytes()
    rows = _rows(out)
    assert len(rows) == 3 * len(paths)
    assert len({r["Ad Name"] for r in rows}) == len(rows)
    notes = _rows(out.with_name(f"{out.stem}.adsage.csv"))
    assert [r["Brief"] for r in notes[::3]] == [p.stem for p in paths]
    assert all(r["Campaign Status"] == "PAUSED" for r in rows)
    assert _checkpoints(home) == len(paths)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
