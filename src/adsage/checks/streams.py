"""Checker inputs read one item at a time: JSON Lines and CSV files of any length.

A list of 30,000 ad copies should cost what one copy costs, so these files are never held
whole: each pass reads the file again and hands out one object at a time. The same limits as
every other input apply per item (a line is parsed with :func:`adsage.inputs.parse`), and a
problem names the line or row to fix.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from adsage.errors import BadInput
from adsage.inputs import MAX_CHECK_BYTES, parse, strip_bidi

STREAM_SUFFIXES = (".jsonl", ".ndjson", ".csv")
MAX_STREAM_BYTES = 1024 * 1024 * 1024  # memory stays flat; this only bounds the run time
Items = Callable[[], Iterator[tuple[str, dict[str, Any]]]]  # each call reads from the start


def is_stream(file: str) -> bool:
    """Whether FILE is read item by item (by its suffix; stdin is always one document)."""
    return file != "-" and Path(file).suffix.lower() in STREAM_SUFFIXES


def _kind(value: Any) -> str:
    return type(value).__name__


def _jsonl(path: Path, name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    count = 0
    with path.open("rb") as fh:
        lineno = 0
        while raw := fh.readline(MAX_CHECK_BYTES + 1):
            lineno += 1
            where = f"{name} line {lineno}"
            if len(raw) > MAX_CHECK_BYTES and not raw.endswith(b"\n"):
                raise BadInput(f"{where}: longer than 1 MB; put one object on each line")
            if b"\x00" in raw:
                raise BadInput(f"{name}: binary file, not JSON Lines")
            try:
                text = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError:
                raise BadInput(f"{where}: not UTF-8 text; save the file as UTF-8") from None
            if not text.strip():
                continue
            data = parse(text, where, "json")
            if not isinstance(data, dict):
                raise BadInput(f"{where}: expected an object with fields, got {_kind(data)}")
            yield f"{name}[{count}]", data
            count += 1
    if not count:
        raise BadInput(f"{name}: no objects; put one JSON object on each line")


def _cells(row: dict[str | None, Any]) -> dict[str, Any]:
    """A row's non-empty cells; ``facts`` holds one fact per line of its cell."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key is None or value is None or not str(value).strip():
            continue
        field, text = strip_bidi(key).strip(), strip_bidi(value)
        out[field] = (
            [ln.strip() for ln in text.splitlines() if ln.strip()] if field == "facts" else text
        )
    return out


def _csv(path: Path, name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    count = 0
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            for number, row in enumerate(reader, 2):
                if None in row:
                    raise BadInput(
                        f"{name} row {number}: more cells than header columns; quote cells "
                        "that contain commas"
                    )
                data = _cells(row)
                if data:
                    yield f"{name}[{count}]", data
                    count += 1
    except UnicodeDecodeError:
        raise BadInput(f"{name}: not UTF-8 text; save the CSV as UTF-8") from None
    except csv.Error as exc:
        raise BadInput(f"{name}: not a readable CSV ({exc})") from None
    if not count:
        raise BadInput(f"{name}: no rows; the first row names the fields, one copy per row")


def open_items(file: str) -> Items:
    """The items of a JSON Lines or CSV file; BadInput for a file that cannot be read."""
    path = Path(file)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BadInput(f"{file}: file not found; give the path to a check file") from None
    except OSError as exc:
        raise BadInput(f"{file}: cannot read ({exc.strerror or exc})") from None
    if path.is_dir():
        raise BadInput(f"{file}: is a folder; give the path to a check file")
    if size > MAX_STREAM_BYTES:
        raise BadInput(f"{file}: larger than 1 GB; split it")
    read = _csv if path.suffix.lower() == ".csv" else _jsonl

    def items() -> Iterator[tuple[str, dict[str, Any]]]:
        try:
            yield from read(path, file)
        except OSError as exc:
            raise BadInput(f"{file}: cannot read ({exc.strerror or exc})") from None

    return items
