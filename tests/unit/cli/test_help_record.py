"""The top-level help served from its record is byte for byte what typer renders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from adsage import cli
from adsage.cli import help_cache

SHOW = (
    "import sys\n"
    "from adsage.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "finally:\n"
    "    sys.stderr.write('typer loaded' if 'typer' in sys.modules else 'typer not loaded')\n"
)


def _typer_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exc:
        cli._run(argv)
    assert exc.value.code in (0, None)
    return capsys.readouterr().out


def _main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code in (0, None)
    return capsys.readouterr().out


def _records(home: Path) -> list[Path]:
    return sorted((home / "startup").glob("help-*.json"))


@pytest.mark.parametrize("argv", [["--help"], []])
def test_a_recorded_help_equals_typers(
    argv: list[str], home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rendered = _typer_help(argv, capsys)
    assert "Commands" in rendered and " check " in rendered
    assert _main(argv, capsys) == rendered  # rendered by typer, recorded
    assert len(_records(home)) == 1
    assert help_cache.serve(argv)
    assert capsys.readouterr().out == rendered
    assert _main(argv, capsys) == rendered  # served


def test_bare_and_help_have_their_own_records(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bare, full = _main([], capsys), _main(["--help"], capsys)
    assert bare != full  # typer ends --help with one more blank line
    assert len(_records(home)) == 2
    assert _main([], capsys) == bare and _main(["--help"], capsys) == full


def test_other_command_lines_are_never_served(capsys: pytest.CaptureFixture[str]) -> None:
    _main(["--help"], capsys)
    for argv in (["check", "--help"], ["--version"], ["-h"], ["--help", "--help"]):
        assert not help_cache.serve(argv)


def test_a_record_for_another_width_is_not_served(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    wide = _main(["--help"], capsys)
    monkeypatch.setenv("COLUMNS", "60")
    assert not help_cache.serve(["--help"])
    narrow = _main(["--help"], capsys)
    assert narrow != wide and narrow == _typer_help(["--help"], capsys)
    monkeypatch.setenv("COLUMNS", "100")
    assert help_cache.serve(["--help"])
    assert capsys.readouterr().out == wide


def test_a_changed_source_or_a_new_command_module_makes_the_record_stale(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _main(["--help"], capsys)
    (path,) = _records(home)
    record = json.loads(path.read_text("utf-8"))
    assert any(p.endswith(os.path.join("adsage", "cli", "check.py")) for p in record["files"])
    assert any(os.sep + "typer" + os.sep in p for p in record["files"])
    first = next(iter(record["files"]))
    stale = {**record, "files": {**record["files"], first: [0, 0]}}
    path.write_text(json.dumps(stale), "utf-8")
    assert not help_cache.serve(["--help"])
    path.write_text(json.dumps({**record, "listing": [*record["listing"], "newcmd.py"]}))
    assert not help_cache.serve(["--help"])
    path.write_text(json.dumps({**record, "key": record["key"].replace("[", "[0, ", 1)}))
    assert not help_cache.serve(["--help"])  # a record written for other inputs
    path.write_text(json.dumps(record), "utf-8")
    assert help_cache.serve(["--help"])


@pytest.mark.parametrize(
    "garbage", ["", "{", "[]", '{"text": 5}', '{"text": "x", "listing": [], "files": 3}', "\x00"]
)
def test_a_corrupt_record_is_ignored_and_rebuilt(
    garbage: str, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rendered = _main(["--help"], capsys)
    (path,) = _records(home)
    path.write_text(garbage, "utf-8")
    assert not help_cache.serve(["--help"])
    capsys.readouterr()
    assert _main(["--help"], capsys) == rendered
    assert json.loads(path.read_text("utf-8"))["text"] == rendered


def test_a_home_that_cannot_hold_records_still_shows_the_help(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ADSAGE_HOME", str(blocker / "home"))
    rendered = _typer_help(["--help"], capsys)
    assert _main(["--help"], capsys) == rendered
    assert _main(["--help"], capsys) == rendered
    assert not (blocker.parent / "startup").exists()


def test_in_a_terminal_the_served_help_equals_the_rendered_one(
    home: Path, terminal: Callable[..., tuple[bytes, bytes, int]]
) -> None:
    env = {**os.environ, "COLUMNS": "96", "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    first, how, code = terminal([sys.executable, "-c", SHOW, "--help"], env)
    assert (how, code) == (b"typer loaded", 0)
    assert b"\x1b[" in first  # a terminal gets colour
    second, how, code = terminal([sys.executable, "-c", SHOW, "--help"], env)
    assert (how, code) == (b"typer not loaded", 0)
    assert second == first
    piped = subprocess.run(
        [sys.executable, "-c", SHOW, "--help"], capture_output=True, env=env, check=True
    )
    assert piped.stderr == b"typer loaded"  # a pipe is another record
    assert b"\x1b[" not in piped.stdout


def test_only_the_newest_records_are_kept(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for width in range(60, 60 + help_cache._KEPT + 3):
        monkeypatch.setenv("COLUMNS", str(width))
        _main(["--help"], capsys)
    assert len(_records(home)) == help_cache._KEPT
    assert help_cache.serve(["--help"])  # the newest one is still there
    monkeypatch.setenv("COLUMNS", "60")
    assert not help_cache.serve(["--help"])
