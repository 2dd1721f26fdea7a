"""The CLI registers only the module a command line needs, and --help still lists all."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(args: list[str]) -> list[str]:
    code = (
        "import sys\n"
        "from adsage.cli import _command\n"
        f"_command({args!r})\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('adsage.cli.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_check_goal_imports_only_the_check_module() -> None:
    mods = _modules_after(["check", "goal", "Sell 300 snowboards by 24 December 2026"])
    assert mods == ["adsage.cli.check"]


def test_help_and_other_check_words_register_everything() -> None:
    everything = _modules_after(["--help"])
    assert {"adsage.cli.plan", "adsage.cli.index", "adsage.cli.sheet"} <= set(everything)
    assert _modules_after(["check", "sheet", "x.csv"]) == everything  # sheet adds to check
    assert _modules_after(["nosuchcommand"]) == everything


def test_commands_named_unlike_their_module_register_only_that_module() -> None:
    assert _modules_after(["search", "budget"]) == ["adsage.cli.index"]
    assert _modules_after(["ask", "what is a lookalike"]) == ["adsage.cli.index"]
    assert _modules_after(["abplan", "brief.yaml"]) == _modules_after(["variants", "x.yaml"])


def test_the_command_to_module_map_matches_what_modules_register() -> None:
    code = (
        "from typer.main import get_command_name\n"
        "from adsage import cli\n"
        "for name in cli._module_names():\n"
        "    before = len(cli.app.registered_commands)\n"
        "    cli._register_module(name)\n"
        "    for c in cli.app.registered_commands[before:]:\n"
        "        print(get_command_name(str(c.name or c.callback.__name__)), name)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    home = dict(line.split() for line in out.stdout.splitlines())
    from adsage.cli import _MODULE_OF

    assert {c: m for c, m in home.items() if c != m} == _MODULE_OF


def test_help_lists_the_same_commands_after_a_single_command(capsys) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from adsage import cli

    for argv in (["check", "goal", "--help"], ["--help"]):
        with pytest.raises(SystemExit):
            cli.main(argv)
    text = capsys.readouterr().out
    for name in ("index", "plan", "analyze", "variants", "check", "search", "ask"):
        assert f" {name} " in text
    order = [text.index(f" {n} ") for n in ("index", "search", "plan")]
    assert order == sorted(order)  # index module first, then plan, as before
