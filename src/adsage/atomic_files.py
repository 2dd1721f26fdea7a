"""The one way adsage replaces a file: write a temp file beside it, then rename it over.

A crash, a full disk or Ctrl-C never leaves half a plan, export, saved brief or report: the
previous file stays until the new one is complete.  The temp name carries our pid, so a later
write can remove a temp file left by a killed process and leave one another live process is
still writing alone.  Errors are plain :class:`OSError`; callers word them for their user.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomic(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Call ``write`` on a temp file beside ``path`` and rename it over ``path``."""
    from adsage.inputs import require_parent

    path = Path(path)
    require_parent(path)  # never create folders: a typo in a path is the user's to fix
    remove_orphans(path)
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"
    )
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """:func:`write_atomic` for UTF-8 text."""
    data = text.encode("utf-8")
    write_atomic(path, lambda fh: fh.write(data))


def remove_orphans(path: Path) -> None:
    """Delete temp files of ``path`` left by processes that no longer exist (kill -9)."""
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = tmp.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                tmp.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
