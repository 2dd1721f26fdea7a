"""Progress: a live line on a terminal for indexing (per file), a lock wait and analyze;
nothing at all in a pipe or with --json."""

from __future__ import annotations

import io
import json
import threading
import time
from pathlib import Path

import pytest
from rich.console import Console

from adsage.cli import main
from adsage.progress import on_terminal, report, reporting

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "tests" / "analysis" / "data" / "clear_winner.csv"


def _console(terminal: bool) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, force_terminal=terminal, width=80), buf


def test_a_terminal_shows_progress_and_a_pipe_or_json_shows_nothing() -> None:
    for terminal, quiet, shown in ((True, False, True), (False, False, False), (True, True, False)):
        console, buf = _console(terminal)
        with on_terminal(console, quiet=quiet):
            report("indexing budget.md", 1, 3)
        assert ("indexing budget.md" in buf.getvalue()) is shown, (terminal, quiet)
        if not shown:
            assert buf.getvalue() == ""


def test_report_outside_a_command_is_silent_and_reporters_do_not_leak() -> None:
    report("nobody listens")  # no reporter: a no-op, never an error
    seen: list[str] = []
    with reporting(lambda stage, done, total: seen.append(stage)):
        report("inside")
        other: list[str] = []
        t = threading.Thread(target=lambda: other.append(str(report("from a thread"))))
        t.start()
        t.join()
    report("after")
    assert seen == ["inside"]


def test_indexing_reports_every_file(tiny_knowledge: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from adsage.knowledge.ingest import index_paths

    seen: list[tuple[str, int, int | None]] = []
    with reporting(lambda stage, done, total: seen.append((stage, done, total))):
        index_paths(settings, progress=report)
    files = [s for s in seen if s[0].startswith("indexing ")]
    assert {s[0] for s in files} == {"indexing budget.md", "indexing formats.md"}
    assert [s[1] for s in files] == [0, 1] and all(s[2] == 2 for s in files)
    assert any(s[0] == "embedding" for s in seen)


def test_a_lock_wait_is_reported_then_the_lock_is_taken(settings) -> None:  # type: ignore[no-untyped-def]
    from filelock import FileLock

    from adsage.knowledge.store import write_lock

    settings.home.mkdir(parents=True, exist_ok=True)
    other = FileLock(str(settings.lock_path))
    other.acquire()
    seen: list[str] = []
    entered = threading.Event()

    def writer() -> None:
        with reporting(lambda stage, done, total: seen.append(stage)), write_lock(settings):
            entered.set()

    t = threading.Thread(target=writer)
    t.start()
    deadline = time.monotonic() + 10
    while not seen and time.monotonic() < deadline:
        time.sleep(0.02)
    assert seen and "waiting for another adsage process" in seen[0]
    assert not entered.is_set()
    other.release()
    t.join(timeout=10)
    assert entered.is_set()


def test_index_json_in_a_pipe_prints_no_progress(
    tiny_knowledge: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["index", "--json"])
    assert done.value.code in (0, None)
    captured = capsys.readouterr()
    assert json.loads(captured.out)["chunks_total"] > 0
    assert "indexing" not in captured.err and "embedding" not in captured.err


@pytest.mark.parametrize(("as_json", "shown"), [(False, True), (True, False)])
def test_analyze_shows_its_steps_on_a_terminal_only(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    as_json: bool,
    shown: bool,
) -> None:
    monkeypatch.setattr("adsage.cli.analyze._searcher", lambda warnings: None)
    monkeypatch.setenv("FORCE_COLOR", "1")  # stderr counts as a terminal
    args = ["analyze", str(EXPORT)] + (["--json"] if as_json else [])
    with pytest.raises(SystemExit) as done:
        main(args)
    assert done.value.code in (0, None)
    err = capsys.readouterr().err
    assert ("reading clear_winner.csv" in err) is shown


def test_analyze_in_a_pipe_prints_no_progress(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("adsage.cli.analyze._searcher", lambda warnings: None)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("TTY_COMPATIBLE", raising=False)
    with pytest.raises(SystemExit):
        main(["analyze", str(EXPORT)])
    assert "reading" not in capsys.readouterr().err
