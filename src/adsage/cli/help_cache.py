"""The top-level help (``adsage --help`` and bare ``adsage``), served without loading typer.

Rendering that help imports typer, rich and every command module (about 0.2 s) to print the
same text each time.  A normal run records the text it printed under ``ADSAGE_HOME/startup``;
the next run with the same inputs writes those bytes back.  The inputs are the key: the
command line, the package and Python versions, the output stream's encoding, whether it is a
terminal and its size, and every environment variable typer or rich read to lay text out.
The record also lists each typer/rich/click/adsage source file loaded while rendering (path,
size, mtime): any change there, or a new command module, makes it stale and it is rebuilt.

Anything unexpected (no home, unreadable, corrupt or foreign record, read-only home) means
"no record": the help is rendered as before, so the record can only ever save time.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from pathlib import Path
from typing import Any, TextIO

HELP_ARGS = ((), ("--help",))
# What typer and rich read from the environment to decide width, colour and box characters.
_ENV = (
    "COLUMNS",
    "LINES",
    "TERM",
    "COLORTERM",
    "NO_COLOR",
    "FORCE_COLOR",
    "PY_COLORS",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "TERMINAL_WIDTH",
    "GITHUB_ACTIONS",
    "DATABRICKS_RUNTIME_VERSION",
    "JUPYTER_COLUMNS",
    "JUPYTER_LINES",
    "TYPER_USE_RICH",
    "_TYPER_FORCE_DISABLE_TERMINAL",
    "ADSAGE_KNOWLEDGE_DIR",
    "ADSAGE_PROMPTS_DIR",
    "LANGUAGE",  # click passes its own words through gettext
    "LC_ALL",
    "LC_MESSAGES",
    "LANG",
)
_STAMPED = ("adsage", "typer", "rich", "click")  # packages whose sources shape the help
_FORMAT = 1
_KEPT = 16  # records kept: a few terminal sizes, piped and not, bare and --help


def _terminal(stream: TextIO) -> tuple[bool, tuple[int, int] | None]:
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError, OSError):
        tty = False
    size = None
    for fd in (0, 1, 2):  # where rich asks for the terminal's size
        try:
            size = tuple(os.get_terminal_size(fd))
            break
        except (OSError, ValueError):
            continue
    return tty, size  # type: ignore[return-value]


def _key(args: tuple[str, ...], stream: TextIO) -> str:
    """Everything the rendered text depends on besides the sources, as one string."""
    from adsage import __version__

    tty, size = _terminal(stream)
    parts = [
        _FORMAT,
        list(args),
        __version__,
        sys.version,
        sys.platform,
        getattr(stream, "encoding", None),
        getattr(stream, "errors", None),
        tty,
        size,
        [[name, os.environ.get(name)] for name in _ENV],
    ]
    return json.dumps(parts)


def _path(key: str) -> Path | None:
    from adsage.startup_cache import startup_dir

    folder = startup_dir()
    return folder / f"help-{zlib.crc32(key.encode()):08x}.json" if folder else None


def _cli_dir() -> str:
    return str(Path(__file__).resolve().parent)


def _listing() -> list[str]:
    return sorted(os.listdir(_cli_dir()))


def _stat(path: str) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _loaded_sources() -> dict[str, list[int] | None]:
    files = {}
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] not in _STAMPED:
            continue
        path = getattr(module, "__file__", None)
        if path:
            files[path] = _stat(path)
    return files


def serve(args: list[str], stream: TextIO | None = None) -> bool:
    """Write the recorded help for ``args`` if a fresh record exists; True when it did."""
    stream = stream or sys.stdout
    if stream is None or tuple(args) not in HELP_ARGS:
        return False
    try:
        key = _key(tuple(args), stream)
        path = _path(key)
        if path is None:
            return False
        record = json.loads(path.read_text("utf-8"))
        if record.get("key") != key or record.get("listing") != _listing():
            return False
        files = record["files"]
        if not files or any(_stat(p) != stamp for p, stamp in files.items()):
            return False
        text = record["text"]
        if not isinstance(text, str):
            return False
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
    stream.write(text)
    stream.flush()
    return True


class Recorder:
    """Passes writes through to the real stream and keeps a copy of the text."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        written = self._stream.write(text)  # a probe with bytes fails here, as it would
        self.parts.append(text)
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def store(args: list[str], recorder: Recorder) -> None:
    """Keep what a successful help run printed; a home that cannot take it is left alone."""
    stream = recorder._stream
    try:
        key = _key(tuple(args), stream)
        path = _path(key)
        if path is None:
            return
        record = {
            "key": key,
            "text": "".join(recorder.parts),
            "listing": _listing(),
            "files": _loaded_sources(),
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(record), "utf-8")
        os.replace(tmp, path)
        _prune(path.parent)
    except (OSError, ValueError, TypeError):
        return


def _prune(folder: Path) -> None:
    """Keep the newest records (one per terminal size and mode in use), drop the rest."""
    records = sorted(folder.glob("help-*.json"), key=lambda p: p.stat().st_mtime_ns)
    for old in records[:-_KEPT]:
        old.unlink(missing_ok=True)
