"""The goal checker's rule files as plain dataclasses: pydantic still judges every file, but
only when the file or the code reading it changed; a warm ``check goal`` never loads it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from adsage.checks.goal import lexicon
from adsage.errors import BadInput
from adsage.paths import rules_dir
from adsage.rules import objectives
from adsage.startup_cache import checked_rules, source_stamp

SHAPES = [
    ("goal_lexicon.yaml", lexicon.LexiconData),
    ("objectives.yaml", objectives.ObjectivesData),
    ("benchmarks.yaml", objectives.BenchmarksData),
]


@pytest.mark.parametrize(("name", "shape"), SHAPES)
def test_built_data_equals_what_pydantic_validates(name: str, shape: Any) -> None:
    from pydantic import TypeAdapter

    raw = yaml.safe_load((rules_dir() / name).read_text("utf-8"))
    assert shape.build(raw) == TypeAdapter(shape).validate_python(raw)


def test_numbers_are_floats_as_pydantic_gave_them() -> None:
    bench = objectives.load_benchmarks()
    figures = [f for b in bench.cost_per_result.values() for f in (b.low, b.typical, b.high)]
    figures += [
        f for g in bench.markets.values() for o in g.objectives.values() for f in o.values()
    ]
    assert figures
    for f in figures:
        for value in (getattr(f, k) for k in ("value", "low", "typical", "high") if hasattr(f, k)):
            assert type(value) is float


def _copy_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "rules").mkdir()
    for name, _ in SHAPES:
        (tmp_path / "rules" / name).write_text((rules_dir() / name).read_text("utf-8"), "utf-8")
    monkeypatch.setenv("ADSAGE_KNOWLEDGE_DIR", str(tmp_path))
    lexicon._lexicon_at.cache_clear()
    objectives._objectives_at.cache_clear()
    objectives._benchmarks_at.cache_clear()
    return tmp_path / "rules"


@pytest.mark.parametrize(
    ("name", "edit", "where"),
    [
        ("benchmarks.yaml", ("per: 1000", "per: 1000\n    pre: 1"), "pre"),
        ("benchmarks.yaml", ("typical: {value: 0.05", "typical: {value: 99"), "typical"),
        ("objectives.yaml", ("default_metric: leads", "default_metric: fans"), "OUTCOME_LEADS"),
        ("goal_lexicon.yaml", ("kind: count", "kind: amount"), "kind"),
    ],
)
def test_a_bad_edit_is_caught_even_after_a_good_run(
    name: str,
    edit: tuple[str, str],
    where: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    home: Path,
) -> None:
    from adsage.checks.goal import check_goal

    folder = _copy_rules(tmp_path, monkeypatch)
    assert check_goal("Sell 300 snowboards by 24 December 2026").criteria  # accepted, kept
    assert list((home / "startup").glob("ok-*.bin"))
    path = folder / name
    text = path.read_text("utf-8")
    assert edit[0] in text, edit
    path.write_text(text.replace(edit[0], edit[1], 1), "utf-8")
    lexicon._lexicon_at.cache_clear()
    objectives._objectives_at.cache_clear()
    objectives._benchmarks_at.cache_clear()
    with pytest.raises(BadInput, match=rf"{name}: invalid rule data.*{where}"):
        check_goal("Sell 300 snowboards by 24 December 2026")


def test_a_check_runs_once_per_content_and_schema(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("limit: 40\n", "utf-8")
    seen: list[object] = []
    assert checked_rules(path, "v1", seen.append) == {"limit": 40}
    assert checked_rules(path, "v1", seen.append) == {"limit": 40}
    assert len(seen) == 1
    checked_rules(path, "v2", seen.append)  # the reading code changed
    path.write_text("limit: 41\n", "utf-8")  # the file changed
    assert checked_rules(path, "v2", seen.append) == {"limit": 41}
    assert checked_rules(path, "v2", seen.append) == {"limit": 41}
    assert seen == [{"limit": 40}, {"limit": 40}, {"limit": 41}]
    (record,) = (home / "startup").glob("ok-rules-*.bin")
    record.write_bytes(record.read_bytes()[:-2])  # damaged: checked again
    checked_rules(path, "v2", seen.append)
    assert len(seen) == 4


def test_a_rejected_file_is_never_kept_as_accepted(tmp_path: Path, home: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("limit: -1\n", "utf-8")

    def reject(data: object) -> None:
        raise BadInput(f"{path}: invalid rule data at limit")

    for _ in range(2):
        with pytest.raises(BadInput, match="limit"):
            checked_rules(path, "v1", reject)
    assert not list((home / "startup").glob("ok-*.bin"))


def test_without_a_home_every_load_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADSAGE_HOME", "")
    path = tmp_path / "rules.yaml"
    path.write_text("limit: 40\n", "utf-8")
    seen: list[object] = []
    checked_rules(path, "v1", seen.append)
    checked_rules(path, "v1", seen.append)
    assert len(seen) == 2


def test_the_schema_stamp_follows_the_source(tmp_path: Path) -> None:
    src = tmp_path / "shape.py"
    src.write_text("x: int\n", "utf-8")
    first = source_stamp(str(src))
    assert source_stamp(str(src)) == first
    src.write_text("x: float\n", "utf-8")
    assert source_stamp(str(src)) != first
    assert source_stamp(str(tmp_path / "gone.py")) != source_stamp(str(tmp_path / "gone.py"))


def _run_goal(home: Path) -> list[str]:
    code = (
        "import sys\n"
        "from adsage.cli import main\n"
        "try:\n"
        "    main(['check', 'goal', 'Sell 300 snowboards by 24 December 2026', '--json'])\n"
        "finally:\n"
        "    sys.stderr.write(repr(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    env = {**os.environ, "ADSAGE_HOME": str(home)}
    env.pop("ADSAGE_KNOWLEDGE_DIR", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert '"ok": true' in out.stdout
    return eval(out.stderr)  # type: ignore[no-any-return]  # noqa: S307 - our own repr


def test_pydantic_loads_on_the_first_run_in_a_home_only(tmp_path: Path) -> None:
    first = _run_goal(tmp_path / "home")
    assert "pydantic" in first  # the rule files were validated
    warm = _run_goal(tmp_path / "home")
    assert not {"pydantic", "pydantic_core", "yaml", "rich", "typer", "click"} & set(warm)
