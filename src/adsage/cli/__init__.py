"""The ``adsage`` command line: a thin adapter over the core.

Heavy libraries (chromadb, langchain) are imported inside the commands that need them,
so ``adsage check`` starts fast.
"""

from __future__ import annotations

import functools
import sys
from typing import Any

import typer

from adsage.errors import AdsageError

app = typer.Typer(
    name="adsage",
    help="Advisor for Meta (Facebook/Instagram) ad campaigns.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    """Each module in this package with a ``register(app)`` adds its commands.

    Modules keep heavy imports inside their commands, so importing them all stays cheap.
    """
    import importlib
    import pkgutil

    from adsage import cli
    from adsage.cli import check as check_cli

    if app.registered_commands:  # once per process: tests call main() many times
        return
    for mod in sorted(pkgutil.iter_modules(cli.__path__), key=lambda m: _ORDER.get(m.name, 99)):
        module = importlib.import_module(f"adsage.cli.{mod.name}")
        register = getattr(module, "register", None)
        if callable(register):
            register(app)
    app.add_typer(check_cli.check_app, name="check")


_ORDER = {"index": 0, "plan": 1}

# Value placeholders shown in --help instead of Python type names (<str>, <bool>, ...).
_PLACEHOLDERS = {"path": "PATH", "str": "TEXT", "int": "INTEGER", "float": "NUMBER"}


def _version(value: bool) -> None:
    if value:
        from adsage import __version__

        sys.stdout.write(f"adsage {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", help="Show the version and exit.", callback=_version, is_eager=True
    ),
) -> None:
    """Advisor for Meta (Facebook/Instagram) ad campaigns."""


def _placeholder(param: Any, ctx: Any) -> str | None:
    """What --help shows after an option: nothing for a flag, a word for a value."""
    if getattr(param, "is_flag", False) or param.param_type_name == "argument":
        return None
    if param.metavar:
        return str(param.metavar)
    shown = getattr(type(param), "display_type_rich", None)
    label = str(shown(param, ctx)) if shown else ""
    bare = label.strip("<>").removesuffix(" range").removeprefix("list[").removesuffix("]")
    if "|" in bare:  # choices read well as they are
        return bare
    return _PLACEHOLDERS.get(bare, "VALUE")


def _plain(param: Any) -> Any:
    if param is not None:
        setattr(param, "display_type_rich", lambda ctx, p=param: _placeholder(p, ctx))  # noqa: B010
    return param


def _plain_help(command: Any) -> None:
    """Every parameter of every command (--help included) shows a placeholder word, not a
    Python type name."""
    for param in getattr(command, "params", []):
        _plain(param)
    make_help = command.get_help_option
    setattr(command, "get_help_option", lambda ctx, make=make_help: _plain(make(ctx)))  # noqa: B010
    for sub in getattr(command, "commands", {}).values():
        _plain_help(sub)


def _fail(message: str, code: int) -> None:
    from adsage.security import redact, strip_controls

    first = message.strip().splitlines()[0] if message.strip() else "unexpected error"
    sys.stderr.write(f"error: {strip_controls(redact(first))}\n")
    sys.exit(code)


@functools.cache
def _command() -> Any:
    """The click command tree, built once per process."""
    _register()
    command = typer.main.get_command(app)
    _plain_help(command)
    return command


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; every failure ends in one line on stderr and a meaningful exit code."""
    command = _command()
    try:
        rv = command.main(args=argv, prog_name="adsage", standalone_mode=False)
    except typer.Abort:
        _fail("aborted", 130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.TyperException as exc:  # usage errors: bad option, missing argument, ...
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare "adsage": the help was the answer
            sys.exit(0)
        ctx = getattr(exc, "ctx", None)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        fmt = getattr(exc, "format_message", None)
        _fail((fmt() if callable(fmt) else str(exc)) + hint, int(getattr(exc, "exit_code", 2) or 2))
    except AdsageError as exc:
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    sys.exit(rv if isinstance(rv, int) else 0)
