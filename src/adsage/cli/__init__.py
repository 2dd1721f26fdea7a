"""The ``adsage`` command line: a thin adapter over the core.

Heavy libraries (chromadb, langchain) are imported inside the commands that need them,
so ``adsage check`` starts fast.  Typer itself loads only when a command needs it: the
top-level help can be served from its record (:mod:`.help_cache`) and ``check goal`` has a
small argument reader of its own (:mod:`.goal_fast`).
"""

from __future__ import annotations

import functools
import sys
from typing import Any

from adsage.errors import AdsageError


@functools.cache
def _app() -> Any:
    """The typer application, built on first use (``adsage.cli.app`` reads it too)."""
    import typer

    app = typer.Typer(
        name="adsage",
        help="Advisor for Meta (Facebook/Instagram) ad campaigns.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )

    @app.callback()
    def _root(
        version: bool = typer.Option(
            False, "--version", help="Show the version and exit.", callback=_version, is_eager=True
        ),
    ) -> None:
        """Advisor for Meta (Facebook/Instagram) ad campaigns."""

    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return _app()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _module_names() -> list[str]:
    import pkgutil

    from adsage import cli

    names = [m.name for m in pkgutil.iter_modules(cli.__path__)]
    return sorted(names, key=lambda n: _ORDER.get(n, 99))


_registered: list[str] = []  # command modules registered so far, in order
_rank: dict[int, int] = {}  # a registered command -> its module's place in that order


def _register_module(name: str) -> None:
    import importlib

    if name in _registered:
        return
    _registered.append(name)
    app = _app()
    module = importlib.import_module(f"adsage.cli.{name}")
    register = getattr(module, "register", None)
    before = len(app.registered_commands)
    if callable(register):
        register(app)
    for info in app.registered_commands[before:]:
        _rank[id(info)] = len(_registered)
    if name == "check":
        app.add_typer(module.check_app, name="check")


def _command_names() -> set[str]:
    from typer.main import get_command_name

    app = _app()
    names = {
        get_command_name(str(c.name or getattr(c.callback, "__name__", "")))
        for c in app.registered_commands
    }
    return names | {str(g.name) for g in app.registered_groups}


def _only_needed(argv: list[str]) -> bool:
    """Register just the module named by the command line (or holding the command, see
    ``_MODULE_OF``), when that module alone defines the command asked for (``adsage check
    goal`` never imports the plan or chat modules, ``adsage search`` only the index one).
    Anything else (help, an unknown word, a command defined elsewhere) registers them all."""
    words = [a for a in argv if not a.startswith("-")]
    if not words or len(words) < len(argv) and argv[0].startswith("-"):
        return False
    first = words[0]
    module = first if first in _module_names() else _MODULE_OF.get(first)
    if module is None:
        return False
    _register_module(module)
    if first not in _command_names():
        return False
    if first == "check":  # other modules add check subcommands (sheet): need the word
        from adsage.cli.check import check_app

        sub = words[1] if len(words) > 1 else ""
        own = {c.name or getattr(c.callback, "__name__", "") for c in check_app.registered_commands}
        return sub.replace("-", "_") in {n.replace("-", "_") for n in own}
    return True


def _register(argv: list[str] | None = None) -> None:
    """Each module in this package with a ``register(app)`` adds its commands.

    Modules keep heavy imports inside their commands; still, a command line that names one
    module's command registers only that module (see :func:`_only_needed`).
    """
    if argv is not None and _only_needed(argv):
        return
    names = _module_names()
    if sorted(_registered) == sorted(names):
        return
    for name in names:
        _register_module(name)
    # modules registered early (for one command) take their place: --help lists as always
    order = {name: i for i, name in enumerate(names)}
    place = {i + 1: order[name] for i, name in enumerate(_registered)}
    _app().registered_commands.sort(key=lambda c: place.get(_rank.get(id(c), 0), 99))


_ORDER = {"index": 0, "plan": 1}
# Commands defined in a module of another name.  Only a shortcut: a wrong or missing entry
# makes that command register every module, as any unknown word does (a test keeps it true).
_MODULE_OF = {
    "search": "index",
    "ask": "index",
    "copy": "plan",
    "persona": "plan",
    "formats": "plan",
    "abplan": "variants",
}

# Value placeholders shown in --help instead of Python type names (<str>, <bool>, ...).
_PLACEHOLDERS = {"path": "PATH", "str": "TEXT", "int": "INTEGER", "float": "NUMBER"}


def _version(value: bool) -> None:
    if value:
        import typer

        from adsage import __version__

        sys.stdout.write(f"adsage {__version__}\n")
        raise typer.Exit()


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
def _tree(modules: tuple[str, ...]) -> Any:
    """The click command tree for the registered modules, built once per set."""
    import typer.main

    command = typer.main.get_command(_app())
    _plain_help(command)
    return command


def _command(argv: list[str] | None = None) -> Any:
    _register(list(sys.argv[1:] if argv is None else argv))
    return _tree(tuple(sorted(_registered)))


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; every failure ends in one line on stderr and a meaningful exit code."""
    from adsage.cli import goal_fast, help_cache

    args = list(sys.argv[1:] if argv is None else argv)
    if help_cache.serve(args):
        sys.exit(0)
    goal_fast.run(args)  # ends the process when it handled the command line
    recorder = None
    if tuple(args) in help_cache.HELP_ARGS:
        recorder = help_cache.Recorder(sys.stdout)
        sys.stdout = recorder  # type: ignore[assignment]
    try:
        _run(argv)
    except SystemExit as exc:
        if recorder is not None:
            sys.stdout = recorder._stream
            if exc.code in (0, None):
                help_cache.store(args, recorder)
        raise
    finally:
        if recorder is not None:
            sys.stdout = recorder._stream


def _run(argv: list[str] | None) -> None:
    import typer

    command = _command(argv)
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
    except ModuleNotFoundError as exc:  # a broken installation, not a bug: say how to mend it
        missing = (exc.name or "").partition(".")[0]
        if not missing or missing == "adsage":
            raise
        _fail(
            f"the {missing!r} package is missing from this installation; reinstall adsage "
            "(make install, or pip install --upgrade adsage)",
            1,
        )
    sys.exit(rv if isinstance(rv, int) else 0)
