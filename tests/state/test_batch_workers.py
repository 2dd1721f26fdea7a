"""Two batch worker processes on one database drain one list of 50 briefs: every brief is
drafted exactly once, and each worker ends with the complete batch in brief order."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]

# One worker: the same briefs and options as its peers; every drafting call is logged (one
# O_APPEND line each, so concurrent writers never interleave), a short pause per brief lets
# the workers overlap as model-backed ones would.
WORKER = """
import json, os, sys, time
from pathlib import Path
import adsage.variants.generate as gen
from adsage.batch import run_batch
from adsage.config import load_settings
from adsage.export import csv_bytes

drafted, out, pause = sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])
paths = [Path(p) for p in sys.argv[4:]]
real = gen.generate_variants

def logged(brief, vary, n, *, name, **kw):
    fd = os.open(drafted, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    os.write(fd, f"{os.getpid()} {name}\\n".encode())
    os.close(fd)
    time.sleep(pause)
    return real(brief, vary, n, name=name, **kw)

gen.generate_variants = logged
seen = {}
result = run_batch(paths, vary="headline", n=3, settings=load_settings(),
                   progress=lambda d, t, p, s: seen.setdefault(s, []).append(p.stem))
out.write_bytes(csv_bytes(result.rows()))
print(json.dumps({"statuses": seen, "failures": [str(p) for p, _ in result.failures]}))
"""


def _briefs(folder: Path, k: int) -> list[Path]:
    folder.mkdir()
    base = yaml.safe_load((ROOT / "examples" / "brief.yaml").read_text("utf-8"))
    brands = ["SnowPeak", "Nordic Tea", "Bike Lab", "Yoga Nest", "Lamp Co"]
    paths = []
    for i in range(k):
        path = folder / f"b{i:02d}.yaml"
        brief = {**base, "brand": f"{brands[i % len(brands)]} {i}"}
        path.write_text(yaml.safe_dump(brief, allow_unicode=True), "utf-8")
        paths.append(path)
    return paths


def _worker(
    tmp: Path, name: str, target: Path | str, drafted: Path, briefs: list[Path], pause: float
) -> subprocess.Popen[str]:
    env = dict(os.environ)
    if isinstance(target, Path):  # one machine: the workers share ADSAGE_HOME's SQLite file
        env["ADSAGE_HOME"] = str(target)
        env.pop("ADSAGE_DATABASE_URL", None)
    else:  # separate machines: each its own home, one PostgreSQL
        env["ADSAGE_HOME"] = str(tmp / f"home-{name}")
        env["ADSAGE_DATABASE_URL"] = target
    args = [str(drafted), str(tmp / f"{name}.csv"), str(pause), *map(str, briefs)]
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def shared(target: Path | str, tmp_path: Path) -> Path | str:
    """The workers' common state: a home folder (SQLite) or a PostgreSQL URL."""
    return tmp_path / "home" if isinstance(target, Path) else target


@pytest.mark.slow
def test_two_workers_draft_each_of_50_briefs_exactly_once(
    tmp_path: Path, shared: Path | str
) -> None:
    briefs = _briefs(tmp_path / "briefs", 50)
    drafted = tmp_path / "drafted.log"
    procs = {w: _worker(tmp_path, w, shared, drafted, briefs, 0.05) for w in ("a", "b")}
    reports = {}
    for w, proc in procs.items():
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-2000:]
        reports[w] = json.loads(out.strip().splitlines()[-1])

    calls = Counter(line.split()[1] for line in drafted.read_text().splitlines())
    assert sorted(calls) == [p.stem for p in briefs]  # none skipped
    assert set(calls.values()) == {1}, calls.most_common(3)  # none drafted twice
    by_pid = Counter(line.split()[0] for line in drafted.read_text().splitlines())
    assert len(by_pid) == 2 and min(by_pid.values()) >= 5, by_pid  # both really worked

    done = {w: set(r["statuses"].get("done", [])) for w, r in reports.items()}
    assert not done["a"] & done["b"] and done["a"] | done["b"] == {p.stem for p in briefs}
    for w, r in reports.items():  # the rest each worker reports from the other's results
        assert set(r["statuses"].get("resumed", [])) == {p.stem for p in briefs} - done[w]
        assert r["failures"] == []
    a_csv, b_csv = (tmp_path / "a.csv").read_bytes(), (tmp_path / "b.csv").read_bytes()
    assert a_csv == b_csv and a_csv.count(b"\n") == 1 + 3 * 50


@pytest.mark.slow
def test_a_worker_killed_mid_batch_loses_no_brief(tmp_path: Path, shared: Path | str) -> None:
    """SIGKILL one worker mid-brief: the survivor takes its held brief back at once (the
    process is gone) and finishes the batch; nothing is skipped, nothing done twice."""
    briefs = _briefs(tmp_path / "briefs", 16)
    drafted = tmp_path / "drafted.log"
    victim = _worker(tmp_path, "a", shared, drafted, briefs, 0.4)
    deadline = time.monotonic() + 120
    while not drafted.exists() or len(drafted.read_text().splitlines()) < 3:
        assert victim.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    survivor = _worker(tmp_path, "b", shared, drafted, briefs, 0.05)
    time.sleep(0.5)
    os.kill(victim.pid, signal.SIGKILL)
    victim.communicate(timeout=30)
    out, err = survivor.communicate(timeout=600)
    assert survivor.returncode == 0, err[-2000:]
    report = json.loads(out.strip().splitlines()[-1])
    assert report["failures"] == []
    lines = drafted.read_text().splitlines()
    calls = Counter(line.split()[1] for line in lines)
    assert sorted(calls) == [p.stem for p in briefs]
    # Only the brief in flight when the victim died may have been started twice.
    twice = [name for name, count in calls.items() if count > 1]
    assert len(twice) <= 1 and all(calls[n] == 2 for n in twice), calls
    victims = {line.split()[1] for line in lines if line.split()[0] == str(victim.pid)}
    assert set(twice) <= victims
    assert (tmp_path / "b.csv").read_bytes().count(b"\n") == 1 + 3 * len(briefs)
