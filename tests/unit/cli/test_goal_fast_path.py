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
    # the checker's other branches: caps, ROAS floors, revenue, items, rates, past deadlines
    ["Get 120 demos at under $150 per demo by 31 March 2027", "--budget", "9000", "--json"],
    ["Get 120 demos at under $150 per demo by 31 March 2027", "--budget", "9000"],
    ["Przychód 200 000 zł przy ROAS co najmniej 4 do końca Q1 2027", "--budget", "20000"],
    ["Raise 15,000 GBP from 400 donors by 24 December 2026", "--currency", "GBP", "--json"],
    ["Sprzedać 2000 pączków do 16 lutego 2027", "--budget", "3000", "--currency", "PLN"],
    ["1000 leads per month at CPL below 40 zł", "--objective", "leads", "--json"],
    ["Increase CTR to 9% by next month", "--ignore", "goal.achievable"],
    ["Get leads by 24 December 2020", "--json"],
    [EN, "--objective", "OUTCOME_SALES", "--budget", "5000", "--currency", "PLN", "--ignore=goal"],
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


ENVIRONMENTS: list[dict[str, str]] = [
    {},
    {"COLUMNS": "10"},
    {"COLUMNS": "22"},
    {"COLUMNS": "21"},
    {"COLUMNS": "0"},
    {"COLUMNS": "x"},
    {"FORCE_COLOR": "1"},
    {"FORCE_COLOR": ""},
    {"TTY_COMPATIBLE": "0"},
    {"TTY_COMPATIBLE": "1"},
    {"NO_COLOR": "1"},
]


@pytest.mark.parametrize("env", ENVIRONMENTS)
@pytest.mark.parametrize("title", ["goal", "ads.json", "[red]x[/red]", "a b", "x" * 90])
@pytest.mark.parametrize("found", [0, 2])
@pytest.mark.parametrize("ok", [True, False])
def test_a_pipe_gets_what_rich_prints(
    env: dict[str, str],
    title: str,
    found: int,
    ok: bool,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Lines printed without loading rich are the ones rich prints, wherever they are."""
    from adsage.cli import output
    from adsage.models.findings import Finding

    for name in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    findings = [
        Finding(rule="goal.specific", severity="error", message="No number.", field="goal"),
        Finding(rule="goal.relevant", severity="info", message="Not checked.", suggestion="Do."),
    ][:found]
    output.print_table(title, findings, ok)
    fast = capsys.readouterr().out
    monkeypatch.setattr(output, "plain_pipe", lambda: False)  # rich decides and prints
    output.print_table(title, findings, ok)
    assert fast == capsys.readouterr().out


def test_a_warm_table_in_a_pipe_loads_neither_pydantic_nor_rich() -> None:
    code = (
        "import sys\n"
        "from adsage.cli import main\n"
        "try:\n"
        f"    main(['check', 'goal', {VAGUE_EN!r}])\n"
        "finally:\n"
        "    sys.stderr.write(repr(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    for _ in range(2):  # the first run in this home writes the start-up records
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 1
    assert out.stdout.startswith("goal: ERRORS\n  error goal.specific [goal]: ")
    loaded = set(eval(out.stderr))  # noqa: S307 - our own repr of a list
    assert not {"pydantic", "pydantic_core", "rich", "yaml", "typer", "click"} & loaded


def test_a_stdout_that_is_not_utf8_is_left_to_typer() -> None:
    for encoding, typer_loaded in (("utf-8", "False"), ("ascii", "True")):
        out = _goal_then("'typer' in sys.modules", {**os.environ, "PYTHONIOENCODING": encoding})
        assert out.returncode == 0
        assert out.stderr.endswith(typer_loaded)
