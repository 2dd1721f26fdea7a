"""Formula-safe, atomic CSV and XLSX files.

Spreadsheet apps run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and
brief text (or model output) is not ours to trust, so every text cell is neutralised with a
leading apostrophe (the OWASP CSV-injection rule) and XLSX cells are typed as strings.
Files go through a temp file in the same folder and a rename, so a crash or a full disk
never leaves half a file and never destroys the previous one.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import glob
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import BinaryIO

from adsage.errors import AdsageError
from adsage.inputs import require_parent

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NO_ROOM = (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)


class ExportError(AdsageError, OSError):
    """An export file could not be written.  An AdsageError so every surface shows one line
    naming the file and the cause (not a traceback); still an OSError for callers that
    catch that."""

    exit_code = 1


BOM = "\ufeff"


def neutralise(text: object) -> str:
    """The cell text with a leading apostrophe when it could start a formula."""
    value = "" if text is None else str(text)
    return "'" + value if value.startswith(_TRIGGERS) else value


def _header(rows: list[Mapping[str, str]]) -> list[str]:
    if rows:
        return list(rows[0].keys())
    from adsage.export.rows import columns

    return columns()


def csv_bytes(rows: Iterable[Mapping[str, str]]) -> bytes:
    """UTF-8 with a BOM (so Excel reads Polish letters), every field quoted and neutralised."""
    data = list(rows)
    header = _header(data)
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in data:
        writer.writerow([neutralise(row.get(h, "")) for h in header])
    return (BOM + buf.getvalue()).encode("utf-8")


def write_csv(rows: Iterable[Mapping[str, str]], path: Path) -> None:
    data = csv_bytes(rows)
    atomic_write(path, lambda fh: fh.write(data))


def write_xlsx(rows: Iterable[Mapping[str, str]], path: Path) -> None:
    """One sheet, header plus rows, every cell a string (``data_type 's'``), never a formula."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    data = list(rows)
    header = _header(data)
    wb = Workbook()
    ws = wb.active
    ws.title = "Ads"
    for r, values in enumerate([header, *([row.get(h, "") for h in header] for row in data)], 1):
        for c, value in enumerate(values, 1):
            text = ILLEGAL_CHARACTERS_RE.sub("", neutralise(value))
            cell = ws.cell(row=r, column=c)
            cell.value = text
            cell.data_type = "s"  # openpyxl types "=..." as a formula and "#N/A" as an error
    atomic_write(path, wb.save)


def atomic_write(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write through a temp file beside ``path`` and rename it over ``path``; on any failure
    the temp file is removed and the previous ``path`` is untouched.

    The temp name carries our pid, so a later write can tell a temp file left by a killed
    process (removed) from one another live process is still writing (left alone).
    """
    path = Path(path)
    require_parent(path)  # never create folders: a typo in a path is the user's to fix
    try:
        _remove_orphans(path)
        fd, tmp = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"
        )
    except OSError as exc:
        raise _export_error(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _export_error(path, exc) from None
        raise


def _export_error(path: Path, exc: OSError) -> ExportError:
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.errno in _NO_ROOM:
        fix = "free some disk space or write to another folder"
    else:
        fix = "check the folder exists and is writable, or write elsewhere"
    kept = "; the previous file is unchanged" if path.exists() else ""
    error = ExportError(f"cannot write {path}: {reason}; {fix}{kept}")
    error.errno = exc.errno
    return error


def _remove_orphans(path: Path) -> None:
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
