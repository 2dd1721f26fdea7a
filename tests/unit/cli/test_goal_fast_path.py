"""``check goal`` answered without typer prints exactly what the typer command prints."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest

from adsage import cli
from adsage.cli.goal_fast import read_args

EN = "Sell 300 snowboards by 24 December 2026"
PL = "Sprzedać 300 desek snowboardowych do 24 grudnia 2026"
VAGUE_EN = "Get more followers"
VAGUE_PL = "Więcej sprzedaży w grudniu"

# command lines the fast path answers itself
HANDLED = [
    [EN],
    [EN, "--json"],
    ["--json", EN],
    [PL, "--json"],
    [PL],
    [VAGUE_EN],
    [VAGUE_EN, "--json"],
    [VAGUE_PL],
    [VAGUE_PL, "--json", "--json"],
    [EN, "--objective", "OUTCOME_SALES", "--budget", "5000", "--currency", "PLN", "--json"],
    [EN, "--objective=OUTCOME_TRAFFIC", "--budget=120.50", "--currency=eur"],
    [PL, "--budget", "20000", "--currency", "zł", "--start", "2026-12-01", "--end", "2026-12-24"],
    [EN, "--ignore", "goal.achievable", "--ignore=goal.relevant", "--json"],
    [VAGUE_EN, "--ignore", "goal", "--objective", "OUTCOME_SALES"],
    [EN, "--start", "2026-13-01"],
    [EN, "--end", "24.12.2026", "--json"],
    [EN, "--start", "2026-12-20", "--end", "2026-12-01"],
    [EN, "--objective", "SELL_MORE"],
    [EN, "--objective", ""],
    [EN, "--budget", "0"],
    [EN, "--currency", "dollars1"],
    [""],
    ["   ", "--json"],
    ["\u202e\u2066"],
    ["Sprzedaj 300 desek\u202e do 24 grudnia 2026", "--json"],
    ["x" * 3000, "--json"],
]
# command lines left to typer (its messages, its parsing rules)
PASSED_ON = [
    [EN, "--jso"],
    [EN, "--help"],
    [],
    ["--json"],
    [EN, "another text"],
    [EN, "--budget", "abc"],
    [EN, "--budget", "1_000"],
    [EN, "--budget", "-5"],
    [EN, "--budget", "1e3"],
    [EN, "--objective"],
    [EN, "--objective", "--json"],
    [EN, "--objective", "A", "--objective", "B"],
    [EN, "--", "--json"],
    ["-", "--json"],
    [EN, "-j"],
    ["\x1b[31mSell 300 snowboards\x1b[0m by 24 December 2026"],
]


def _outcome(run, argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, str, int]:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exc:
        run(argv)
    out = capsys.readouterr()
    return out.out, out.err, int(exc.value.code or 0)


@pytest.mark.parametrize("words", HANDLED + PASSED_ON)
def test_main_prints_what_the_typer_command_prints(
    words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["check", "goal", *words]
    fast = _outcome(cli.main, argv, capsys)
    typer_run = _outcome(cli._run, argv, capsys)
    assert fast == typer_run
    assert fast[0] or fast[1]  # every command line answers something


@pytest.mark.parametrize("words", HANDLED)
def test_the_usual_command_lines_take_the_fast_path(words: list[str]) -> None:
    assert read_args(["check", "goal", *words]) is not None


@pytest.mark.parametrize("words", PASSED_ON)
def test_anything_else_is_left_to_typer(words: list[str]) -> None:
    assert read_args(["check", "goal", *words]) is None


def test_other_commands_are_left_to_typer() -> None:
    assert read_args(["check", "copy", "x.json"]) is None
    assert read_args(["goal", EN]) is None
    assert read_args(["--version"]) is None


def test_read_args_keeps_every_option() -> None:
    got = read_args(
        ["check", "goal", "--budget=12.5", EN, "--ignore", "a", "--currency", "PLN"]
        + ["--ignore=b", "--objective", "OUTCOME_SALES", "--start", "2026-12-01"]
        + ["--end=2026-12-24", "--json"]
    )
    assert got is not None
    assert got._asdict() == {
        "text": EN,
        "objective": "OUTCOME_SALES",
        "budget": 12.5,
        "currency": "PLN",
        "start": "2026-12-01",
        "end": "2026-12-24",
        "as_json": True,
        "ignore": ["a", "b"],
    }


def _goal_then(report: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``check goal EN --json`` in a new process that then writes ``report`` to stderr."""
    code = (
        "import sys\n"
        "from adsage.cli import main\n"
        "try:\n"
        f"    main(['check', 'goal', {EN!r}, '--json'])\n"
        "finally:\n"
        f"    sys.stderr.write(repr({report}))\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)


def test_a_cold_check_goal_loads_neither_typer_nor_the_other_commands() -> None:
    out = _goal_then(
        "(sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click')),"
        " sorted(m for m in sys.modules if m.startswith('adsage.cli.')))"
    )
    assert out.returncode == 0
    assert '"ok": true' in out.stdout
    loaded, cmds = eval(out.stderr)  # noqa: S307 - our own repr of two lists
    assert loaded == []
    assert "adsage.cli.check" not in cmds


@pytest.mark.parametrize("words", [[VAGUE_EN], [PL, "--budget", "100", "--currency", "PLN"]])
def test_in_a_terminal_the_table_is_the_same(
    words: list[str], terminal: Callable[..., tuple[bytes, bytes, int]]
) -> None:
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm-256color"}

    def through(entry: str) -> tuple[bytes, bytes, int]:
        code = f"import sys\nfrom adsage import cli\ncli.{entry}(sys.argv[1:])\n"
        return terminal([sys.executable, "-c", code, "check", "goal", *words], env)

    fast = through("main")
    assert b"\x1b[" in fast[0] and b"goal" in fast[0]  # a coloured table
    assert fast == through("_run")


def test_a_stdout_that_is_not_utf8_is_left_to_typer() -> None:
    for encoding, typer_loaded in (("utf-8", "False"), ("ascii", "True")):
        out = _goal_then("'typer' in sys.modules", {**os.environ, "PYTHONIOENCODING": encoding})
        assert out.returncode == 0
        assert out.stderr.endswith(typer_loaded)
