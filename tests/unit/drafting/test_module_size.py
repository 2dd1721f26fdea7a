"""The offline drafting engine and the plan assembly stay in modules a reader can hold:
the guide's ~400-line limit, checked so a growing module gets split by concept in time."""

from __future__ import annotations

from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[3] / "src" / "adsage"
LIMIT = 400
MODULES = sorted(
    [
        *(SRC / "drafting" / "offline").glob("*.py"),
        *(SRC / "advisor").glob("*.py"),
        *(SRC / "render").glob("*.py"),
    ]
)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_module_under_the_line_limit(path: Path) -> None:
    lines = len(path.read_text("utf-8").splitlines())
    assert lines < LIMIT, f"{path.name} has {lines} lines; split it by concept"
