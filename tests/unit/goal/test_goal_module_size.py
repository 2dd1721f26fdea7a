"""The goal checker, the rule data it reads and its command-line printing stay in modules a
reader can hold: the guide's ~400-line limit, as for the drafting and advisor modules."""

from __future__ import annotations

from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[3] / "src" / "adsage"
LIMIT = 400
MODULES = sorted(
    [
        *(SRC / "checks" / "goal").glob("*.py"),
        *(SRC / "rules").glob("*.py"),
        SRC / "cli" / "goal_fast.py",
        SRC / "cli" / "output.py",
        SRC / "startup_cache.py",
        SRC / "models" / "findings.py",
        SRC / "models" / "severity.py",
    ]
)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_module_under_the_line_limit(path: Path) -> None:
    lines = len(path.read_text("utf-8").splitlines())
    assert lines < LIMIT, f"{path.name} has {lines} lines; split it by concept"
