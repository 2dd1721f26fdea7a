"""Whether two source trees write the same offline batch, byte for byte.

``python -m bench.batch_outputs <src folder of the other tree>`` (e.g. ``git archive main |
tar -x -C /tmp/before`` then ``/tmp/before/src``) runs ``adsage variants`` over the batch
bench's 200 briefs, once per tested element, with each tree in a home of its own, and
compares every file the run leaves: the CSV export and its notes file, the XLSX export
(member by member: openpyxl stamps the time of writing into ``docProps/core.xml`` and the
zip entries, so those stamps are masked), the JSON it prints, the messages on stderr (its
own folder's name masked) and each checkpoint stored in the state database.  Speed-ups must
change none of them.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from bench.batch_bench import _briefs
from bench.children import PYTHON, child_env

ELEMENTS = ("primary_text", "headline", "description", "cta", "image", "audience")
_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _xlsx_members(path: Path) -> dict[str, bytes]:
    """Each member of a workbook by name, the time of writing masked."""
    with zipfile.ZipFile(path) as book:
        return {
            f"{path.name}:{name}": _STAMP.sub(rb"\1<time>\2", book.read(name))
            for name in sorted(book.namelist())
        }


def _run(src: str | None, briefs: list[Path], vary: str, out: Path) -> dict[str, bytes]:
    """One tree's batch: every output it leaves, by name."""
    out.mkdir(parents=True)
    env = child_env(ADSAGE_HOME=str(out / "home"))
    if src:
        env["PYTHONPATH"] = os.pathsep.join([src, env["PYTHONPATH"]])
    cmd = [PYTHON, "-m", "adsage", "variants", *map(str, briefs), "--vary", vary, "--n", "5"]
    cmd += ["--csv", str(out / "ads.csv"), "--xlsx", str(out / "ads.xlsx"), "--json"]
    proc = subprocess.run(cmd, env=env, capture_output=True, check=False)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{vary}: exited {proc.returncode}: {proc.stderr[-400:]!r}")
    with sqlite3.connect(out / "home" / "state.sqlite") as db:
        docs = db.execute("SELECT ns, key, value FROM docs ORDER BY ns, key").fetchall()
    files: dict[str, bytes] = {}
    for p in sorted(out.iterdir()):
        if p.suffix == ".xlsx":
            files.update(_xlsx_members(p))
        elif p.is_file():
            files[p.name] = p.read_bytes()
    return {
        **files,
        "stdout.json": proc.stdout,
        "stderr": proc.stderr.replace(str(out).encode(), b"<out>"),  # it names the files
        "checkpoints": json.dumps(docs, ensure_ascii=False).encode(),
        "exit": str(proc.returncode).encode(),
    }


def compare(before_src: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        _briefs(base / "briefs")
        briefs = sorted((base / "briefs").glob("*.yaml"))
        report: dict[str, object] = {}
        for vary in ELEMENTS:
            old = _run(before_src, briefs, vary, base / "before" / vary)
            new = _run(None, briefs, vary, base / "after" / vary)
            report[vary] = {
                name: {"bytes": len(old[name]), "identical": old[name] == new[name]} for name in old
            }
    return report


if __name__ == "__main__":
    got = compare(sys.argv[1])
    print(json.dumps(got, indent=2))
    same = all(f["identical"] for v in got.values() for f in v.values())  # type: ignore[attr-defined]
    print("all outputs identical" if same else "OUTPUTS DIFFER", file=sys.stderr)
    sys.exit(0 if same else 1)
