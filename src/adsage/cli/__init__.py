"""The ``adsage`` command line: a thin adapter over the core.

Heavy libraries (chromadb, langchain) are imported inside the commands that need them,
so ``adsage check`` starts fast.
"""

from __future__ import annotations

import sys

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

    for mod in sorted(pkgutil.iter_modules(cli.__path__), key=lambda m: _ORDER.get(m.name, 99)):
        module = importlib.import_module(f"adsage.cli.{mod.name}")
        register = getattr(module, "register", None)
        if callable(register):
            register(app)
    app.add_typer(check_cli.check_app, name="check")


_ORDER = {"index": 0, "plan": 1}


def _fail(message: str, code: int) -> None:
    from adsage.security import redact

    first = message.strip().splitlines()[0] if message.strip() else "unexpected error"
    sys.stderr.write(f"error: {redact(first)}\n")
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; every failure ends in one line on stderr and a meaningful exit code."""
    _register()
    command = typer.main.get_command(app)
    try:
        rv = command.main(args=argv, prog_name="adsage", standalone_mode=False)
    except typer.Abort:
        _fail("aborted", 130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.TyperException as exc:  # usage errors: bad option, missing argument, ...
        ctx = getattr(exc, "ctx", None)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        fmt = getattr(exc, "format_message", None)
        _fail((fmt() if callable(fmt) else str(exc)) + hint, int(getattr(exc, "exit_code", 2) or 2))
    except AdsageError as exc:
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    sys.exit(rv if isinstance(rv, int) else 0)
