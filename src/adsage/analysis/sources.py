"""An export file as rows of cells: CSV streamed from disk, XLSX through openpyxl.

A CSV is never held whole: its encoding is settled by one decoding pass in chunks, then each
pass over the rows reads the file again through a text stream, so a 1M-row export costs the
rows in flight, not the file (the text stream splits lines exactly as ``newline=""`` does).
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from adsage.analysis.headers import match_headers
from adsage.errors import BadInput

HEADER_SCAN_ROWS = 20  # exports may carry a title or filter line above the header
MAX_BYTES = 100 * 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CHUNK = 1 << 20

# each call opens a fresh pass over the rows from the start
Rows = Callable[[], AbstractContextManager[Iterator[list[object]]]]


def _decodes(path: Path, encoding: str) -> tuple[bool, bool]:
    """(whether the whole file decodes with ``encoding``, whether it holds any non-space)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    content = False
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                content = content or bool(chunk.strip())
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False, content
    except OSError as exc:
        raise BadInput(f"{path}: cannot read ({exc.strerror or exc})") from None
    return True, content


def _encoding(path: Path, head: bytes) -> str:
    """The encoding the whole file decodes with: UTF-8 (or UTF-16 with a byte-order mark),
    else cp1250, as Excel on Polish Windows saves CSV."""
    if b"\x00" in head[:4096] and not head.startswith(_BOMS):
        raise BadInput(f"{path}: not a CSV or XLSX export (binary content)")
    for enc in ("utf-8-sig", "utf-16") if head[:2] in _BOMS else ("utf-8-sig",):
        if _decodes(path, enc)[0]:
            return enc
    if _decodes(path, "cp1250")[0]:  # it decodes any byte but one
        return "cp1250"
    raise BadInput(f"{path}: not a CSV or XLSX export (unreadable text)")


def head_lines(path: Path, encoding: str) -> list[str]:
    """``text.splitlines()[:HEADER_SCAN_ROWS]`` of the decoded file, reading only as much of
    it as those lines need."""
    with path.open(encoding=encoding, newline="") as fh:
        prefix = fh.read(65536)
        while True:
            lines = prefix.splitlines()
            # the last line of a prefix may be cut short: trust it only with lines to spare
            if len(lines) > HEADER_SCAN_ROWS + 1:
                break
            more = fh.read(_CHUNK)
            if not more:
                break
            prefix += more
    return lines[:HEADER_SCAN_ROWS]


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the first non-empty lines into the most consistent columns."""
    lines = [ln for ln in lines if ln.strip()]
    best, best_score = ",", -1
    for delim in (";", ",", "\t"):
        widths = [len(r) for r in csv.reader(lines, delimiter=delim)]
        score = max(widths, default=0)
        if score > best_score:
            best, best_score = delim, score
    return best


def _csv_rows(path: Path, head: bytes) -> tuple[Rows, str]:
    encoding = _encoding(path, head)
    try:  # sniffing parses too: a cell over the csv module's 128 KB limit fails there first
        delim = sniff_delimiter(head_lines(path, encoding))
    except csv.Error as exc:
        raise BadInput(f"{path}: not a readable CSV ({exc})") from None

    @contextmanager
    def rows() -> Iterator[Iterator[list[object]]]:
        with path.open(encoding=encoding, newline="") as fh:
            try:
                yield csv.reader(fh, delimiter=delim)  # type: ignore[misc]
            except csv.Error as exc:
                raise BadInput(f"{path}: not a readable CSV ({exc})") from None

    return rows, delim


def texts(row: list[object]) -> list[str]:
    return ["" if c is None else str(c) for c in row]


def _xlsx_rows(path: Path) -> list[list[object]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise BadInput(f"{path}: not a readable XLSX workbook ({exc})") from None
    try:
        for ws in wb.worksheets:
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            if any(match_headers(texts(r)) for r in rows[:HEADER_SCAN_ROWS]):
                return rows
        return (
            [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)] if wb.worksheets else []
        )
    finally:
        wb.close()


def load_rows(path: Path) -> tuple[Rows, str]:
    """The file's rows and its delimiter ("" for a workbook); BadInput for anything unreadable."""
    if not path.exists():
        raise BadInput(f"{path}: no such file")
    if not path.is_file():
        raise BadInput(f"{path}: not a file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BadInput(f"{path}: {size // 1024**2} MB is too large; export fewer rows")
        with path.open("rb") as fh:
            head = fh.read(_CHUNK)
    except OSError as exc:
        raise BadInput(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not head.strip() and not _decodes(path, "latin-1")[1]:
        raise BadInput(f"{path}: the file is empty; export the ads report from Ads Manager")
    if head.startswith(_ZIP_MAGIC):
        sheet = _xlsx_rows(path)

        @contextmanager
        def sheet_rows() -> Iterator[Iterator[list[object]]]:
            yield iter(sheet)

        return sheet_rows, ""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise BadInput(f"{path}: not a readable XLSX workbook (not a zip archive)")
    return _csv_rows(path, head)
