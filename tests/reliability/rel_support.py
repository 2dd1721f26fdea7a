"""Helpers shared by the reliability tests (a unique module name; conftest is not imported).

Subprocess helpers live here because kill-and-resume tests drive the real ``adsage`` binary
or a small driver script, and every one of them needs the same environment and polling.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
ADSAGE = str(Path(sys.executable).parent / "adsage")

GOOD_DRAFT = {
    "primary_text": "Bake your first loaf this week with a starter that is ready in 5 days.",
    "headline": "Sourdough made simple",
    "description": "20% off the first kit",
    "cta": "SHOP_NOW",
    "framework": "AIDA",
    "persona": "Weekend baker",
}


def env_for(home: Path, **extra: str) -> dict[str, str]:
    """The test process's environment with its own ADSAGE_HOME and no real endpoint."""
    env = dict(os.environ)
    env.pop("OPENAI_API_KEY", None)
    env["ADSAGE_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "tests"), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def wait_until(check: Callable[[], bool], *, timeout: float = 60.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def sqlite_count(path: Path, sql: str, params: tuple[Any, ...] = ()) -> int:
    """A read-only count that never takes a writer's lock (0 when the table is not there)."""
    if not path.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)) as con:
            row = con.execute(sql, params).fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0])


def sentence_ids(home: Path) -> set[str]:
    path = home / "sentences.sqlite"
    if not path.exists():
        return set()
    with closing(sqlite3.connect(path)) as con:
        return {r[0] for r in con.execute("SELECT chunk_id FROM units")}


def temp_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def write_guides(folder: Path, files: int = 4, sections: int = 60) -> Path:
    """Markdown guides with ``files * sections`` distinct chunks (enough for many batches)."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        parts = [f"# Guide {f}\n"]
        for i in range(sections):
            parts.append(
                f"## Topic {f}-{i}\nSection {i} of guide {f} explains one idea about ad set "
                "budgets, bidding, audiences and creative testing, in enough words to stand "
                f"alone as a chunk of advice. Its number is {f * 1000 + i}.\n"
            )
        (folder / f"guide{f}.md").write_text("\n".join(parts), "utf-8")
    return folder


def index_state(home: Path) -> dict[str, Any]:
    """What a consistency check needs, read in a fresh process so no cache hides damage."""
    import json
    import subprocess

    code = (
        "import json, collections\n"
        "from adsage.config import load_settings\n"
        "from adsage.knowledge.store import Store\n"
        "s = Store(load_settings()); meta = s.all_metadata()\n"
        "keys = collections.Counter((m['source'], m['ordinal']) for m in meta.values())\n"
        "out = {'count': s.count(), 'ids': sorted(meta),\n"
        "  'dupes': sum(1 for v in keys.values() if v > 1),\n"
        "  'per_source': collections.Counter(m['source'] for m in meta.values()),\n"
        "  'hashes': {f\"{m['source']}|{m['file_hash']}\" for m in meta.values()}}\n"
        "print(json.dumps(dict(out, hashes=sorted(out['hashes']))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env_for(home), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    state: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    state["sentences"] = sorted(sentence_ids(home))
    return state


def run_driver(home: Path, *args: str, **popen: Any) -> Any:
    import subprocess

    cmd = [sys.executable, str(HERE / "rel_index_driver.py"), *args]
    return subprocess.Popen(cmd, env=env_for(home), text=True, **popen)
