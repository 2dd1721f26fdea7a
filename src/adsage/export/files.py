"""Formula-safe, atomic CSV and XLSX files.

Spreadsheet apps run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and
brief text (or model output) is not ours to trust, so every text cell is neutralised with a
leading apostrophe (the OWASP CSV-injection rule) and XLSX cells are typed as strings.
Files go through a temp file in the same folder and a rename, so a crash or a full disk
never leaves half a file and never destroys the previous one.
"""

from __future__ import annotations

import csv
import errno
import io
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from adsage.atomic_files import write_atomic
from adsage.errors import AdsageError, BadInput
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
    from adsage.export.spec import columns

    return columns()


def sidecar_path(path: Path) -> Path:
    """Where a CSV's working notes go: ``ads.csv`` -> ``ads.adsage.csv``."""
    path = Path(path)
    return path.with_name(f"{path.stem}.adsage{path.suffix}")


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


def write_csv(
    rows: Iterable[Mapping[str, str]],
    path: Path,
    notes: Iterable[Mapping[str, str]] | None = None,
) -> None:
    """The import sheet at ``path``; with ``notes``, our working columns beside it in
    :func:`sidecar_path`, so the import file holds only Ads Manager's columns."""
    data = csv_bytes(rows)
    side = None if notes is None else csv_bytes(notes)
    atomic_write(path, lambda fh: fh.write(data))
    if side is not None:
        atomic_write(sidecar_path(path), lambda fh: fh.write(side))


def write_xlsx(
    rows: Iterable[Mapping[str, str]],
    path: Path,
    notes: Iterable[Mapping[str, str]] | None = None,
) -> None:
    """The import sheet first ("Ads"), our notes in a second sheet ("adsage"); every cell a
    string (``data_type 's'``), never a formula."""
    from openpyxl import Workbook

    wb = Workbook()
    _fill(wb.active, "Ads", list(rows))
    if notes is not None:
        _fill(wb.create_sheet(), "adsage", list(notes))
    atomic_write(path, wb.save)


def _fill(ws: Any, title: str, data: list[Mapping[str, str]]) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    header = _header(data)
    ws.title = title
    for r, values in enumerate([header, *([row.get(h, "") for h in header] for row in data)], 1):
        for c, value in enumerate(values, 1):
            # control characters go first: "\x1f=1" would otherwise read back as "=1"
            text = neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
            cell = ws.cell(row=r, column=c)
            cell.value = text
            cell.data_type = "s"  # openpyxl types "=..." as a formula and "#N/A" as an error


def read_sheet(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a bulk sheet (CSV, or the first sheet of an XLSX), as text.

    Every problem is one :class:`BadInput` line naming the file (exit 2).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise BadInput(f"{path}: give a .csv or .xlsx bulk sheet")
    if not path.is_file():
        raise BadInput(f"{path}: no such file; check the path")
    try:
        table = _read_csv(path) if suffix == ".csv" else _read_xlsx(path)
    except (OSError, UnicodeDecodeError, csv.Error, ValueError, KeyError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise BadInput(
            f"{path}: cannot read it as a {suffix[1:].upper()} sheet ({reason})"
        ) from None
    table = [r for r in table if any(c.strip() for c in r)]
    if not table:
        raise BadInput(f"{path}: the sheet is empty; export it again with its header row")
    header = [h.strip() for h in table[0]]
    if len(set(header)) != len(header):
        dup = next(h for h in header if header.count(h) > 1)
        raise BadInput(f"{path}: column {dup!r} appears twice in the header; keep one")
    rows = [{h: (r[i] if i < len(r) else "") for i, h in enumerate(header) if h} for r in table[1:]]
    return [h for h in header if h], rows


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [list(r) for r in csv.reader(fh)]


def _read_xlsx(path: Path) -> list[list[str]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except BadZipFile:
        raise ValueError("not an XLSX file") from None
    try:
        ws = wb.worksheets[0]
        return [
            ["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)
        ]
    finally:
        wb.close()


def atomic_write(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write through a temp file beside ``path`` and rename it over ``path``; on any failure
    the temp file is removed and the previous ``path`` is untouched.

    The temp name carries our pid, so a later write can tell a temp file left by a killed
    process (removed) from one another live process is still writing (left alone).
    """
    require_parent(Path(path))  # never create folders: a typo in a path is the user's to fix
    try:
        write_atomic(Path(path), write)
    except OSError as exc:
        raise _export_error(Path(path), exc) from None


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
