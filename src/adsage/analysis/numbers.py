"""Numbers as Ads Manager writes them: "1 234,56", "1,234.56", "1.234,5", "12,5 zł", "$3.20".

Whether a comma is a decimal mark or a thousands separator cannot be told from "1,234" alone,
so the decimal mark is decided once per file from the unambiguous cells (and the delimiter as
a tie-breaker), then every cell is read with it. A cell whose grouping contradicts that choice
("12,5" in a dot-decimal file) is rejected rather than silently read as 125.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Literal

DecimalMark = Literal[",", "."]

_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f']+")
_NOISE = re.compile(r"^[^\d\-+.,]+|[^\d.,]+$")  # currency symbols/codes, "%" at either end
_DIGITS = re.compile(r"^[+-]?[\d.,]+$")
# "--" is how Ads Manager writes "none" in a count or value cell
_EMPTY = frozenset({"", "-", "--", "—", "–", "n/a", "na", "none", "null"})
# Fast paths for the cells almost every export is made of: ASCII digits with at most one mark.
# Each reads exactly as the general rules below would read it (tests pin the equivalence).
_PLAIN_INT = re.compile(r"[0-9]+\Z")
_PLAIN_MARK = re.compile(r"[0-9]+([.,])([0-9]+)\Z")
_PLAIN = {".": re.compile(r"[0-9]+(?:\.[0-9]+)?\Z"), ",": re.compile(r"[0-9]+(?:,[0-9]+)?\Z")}
_INF = float("inf")
_MEMO_LIMIT = 1 << 17  # distinct cells remembered: bounded memory on any file


class NumberError(ValueError):
    """A cell that is not a number; the message is the reason shown for the skipped row."""


def is_blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and cell.strip().casefold() in _EMPTY)


def _clean(text: str) -> str:
    return _NOISE.sub("", _SPACES.sub("", text.strip()))


def _evidence(text: str) -> DecimalMark | None:
    """The decimal mark this cell proves, if it proves one."""
    if _PLAIN_INT.match(text):
        return None
    plain = _PLAIN_MARK.match(text)
    if plain:  # one mark: a decimal mark unless exactly three digits follow it
        if len(plain.group(2)) == 3:
            return None
        return "," if plain.group(1) == "," else "."
    s = _clean(text)
    if not _DIGITS.match(s):
        return None
    last_c, last_d = s.rfind(","), s.rfind(".")
    if last_c >= 0 and last_d >= 0:
        return "," if last_c > last_d else "."
    for mark in (",", "."):
        if s.count(mark) > 1:  # "1.234.567": repeated marks are thousands separators
            return "." if mark == "," else ","
        pos = s.rfind(mark)
        if pos >= 0 and len(s) - pos - 1 != 3:  # "12,5" or "0,04": not a thousands group
            return mark
    return None


class _Evidence(dict[object, "DecimalMark | None"]):
    """Cell -> the mark it proves, remembered per distinct text (exports repeat their cells)."""

    def __missing__(self, cell: object) -> DecimalMark | None:
        mark = _evidence(cell) if isinstance(cell, str) else None
        if type(cell) is str and len(self) < _MEMO_LIMIT:
            self[cell] = mark
        return mark


def infer_decimal(cells: Iterable[object], delimiter: str) -> DecimalMark:
    """Majority of the cells that prove a mark; otherwise what the delimiter implies."""
    votes = Counter(map(_Evidence().__getitem__, cells))  # counted in C, memo hits too
    if votes[","] != votes["."]:
        return "," if votes[","] > votes["."] else "."
    return "," if delimiter == ";" else "."


def parse_number(cell: object, decimal: DecimalMark) -> float | None:
    """A float, None for an empty cell, or NumberError saying why the cell is unreadable."""
    if type(cell) is str and _PLAIN[decimal].match(cell):
        value = float(cell if decimal == "." else cell.replace(",", "."))
        if value != _INF:  # more digits than a float holds: the general path says so
            return value
    if is_blank(cell):
        return None
    if isinstance(cell, bool):
        raise NumberError(f"{cell!r} is not a number")
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        text = str(cell)
        s = _clean(text)
        if not _DIGITS.match(s) or not any(ch.isdigit() for ch in s):
            raise NumberError(f"{text.strip()[:40]!r} is not a number")
        thousands = "." if decimal == "," else ","
        whole, _, frac = s.partition(decimal)
        if decimal in frac:
            raise NumberError(f"{text.strip()[:40]!r} has two decimal marks")
        sign = whole[:1] if whole[:1] in "+-" else ""
        groups = whole[len(sign) :].split(thousands)
        if len(groups) > 1 and (
            not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])
        ):
            raise NumberError(f"{text.strip()[:40]!r} does not read as a number with {decimal!r}")
        try:  # "0.," passes the checks above but is no number: a skipped row, not a crash
            value = float(sign + "".join(groups) + ("." + frac if frac else ""))
        except ValueError:
            raise NumberError(f"{text.strip()[:40]!r} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise NumberError(f"{cell!r} is not a finite number")
    return value
