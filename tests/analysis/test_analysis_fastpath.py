"""The plain-number fast path reads every cell exactly as the general rules do, and a big
export is read row by row."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adsage.analysis import numbers
from adsage.analysis.numbers import NumberError, parse_number
from adsage.analysis.reading import read_export
from adsage.analysis.sources import head_lines, load_rows

PLAINISH = st.text(alphabet="0123456789.,", min_size=0, max_size=12) | st.from_regex(
    r"[0-9]{1,400}([.,][0-9]{1,5})?", fullmatch=True
)


def _outcome(cell: str, decimal: numbers.DecimalMark) -> tuple[str, object]:
    try:
        return "ok", parse_number(cell, decimal)
    except NumberError as exc:
        return "error", str(exc)


@settings(max_examples=400, deadline=None)
@given(cell=PLAINISH, decimal=st.sampled_from([",", "."]))
def test_fast_path_reads_like_the_general_rules(cell: str, decimal: numbers.DecimalMark) -> None:
    # a leading space is stripped by the general rules and keeps the cell off the fast path
    assert _outcome(cell, decimal) == _outcome(" " + cell, decimal)
    assert numbers._evidence(cell) == numbers._evidence(" " + cell)


@pytest.mark.parametrize(
    ("cell", "decimal", "value"),
    [
        ("1234", ".", 1234.0),
        ("12,5", ",", 12.5),
        ("1,234", ",", 1.234),
        ("1,234", ".", 1234.0),
        ("007", ".", 7.0),
        ("0.04", ".", 0.04),
    ],
)
def test_plain_cells(cell: str, decimal: numbers.DecimalMark, value: float) -> None:
    assert parse_number(cell, decimal) == value


def test_too_many_digits_is_still_an_error() -> None:
    with pytest.raises(NumberError, match="finite"):
        parse_number("9" * 400, ".")


@given(st.text(alphabet='ab,;\r\n"\x0c\u2028 ', max_size=60))
def test_rows_stream_as_a_newline_free_text_stream_splits_them(text: str) -> None:
    import csv
    import io
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "x.csv"
        path.write_bytes(("Ad name,Impressions\n" + text).encode("utf-8"))
        rows, delim = load_rows(path)
        with rows() as reader:
            got = list(reader)
        full = "Ad name,Impressions\n" + text
        assert got == list(csv.reader(io.StringIO(full, newline=""), delimiter=delim))
        assert head_lines(path, "utf-8-sig") == full.splitlines()[:20]


def test_head_lines_of_a_long_file(tmp_path: Path) -> None:
    text = "".join(f"line {i}\r\n" for i in range(50_000))
    path = tmp_path / "long.csv"
    path.write_bytes(text.encode())
    assert head_lines(path, "utf-8-sig") == text.splitlines()[:20]


def test_head_lines_when_the_first_lines_are_long(tmp_path: Path) -> None:
    text = "".join(f"{'x' * 9000} {i}\r" for i in range(40))
    path = tmp_path / "wide.csv"
    path.write_bytes(text.encode())
    assert head_lines(path, "utf-8-sig") == text.splitlines()[:20]


def test_big_export_reads_the_same_sums(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = ["Ad name,Day,Impressions,Link clicks,Amount spent (PLN),Purchases"]
    for i in range(3000):
        rows.append(
            f"Ad {i % 3},2026-03-{1 + i % 28:02d},{1000 + i},{10 + i % 7},{i % 50},5{i % 10}"
        )
    path.write_text("\n".join(rows) + "\n", "utf-8")
    export = read_export(path)
    assert [a.name for a in export.ads] == ["Ad 0", "Ad 1", "Ad 2"]
    assert export.ads[0].impressions == float(sum(1000 + i for i in range(0, 3000, 3)))
    assert export.ads[1].spend == float(sum(i % 50 for i in range(1, 3000, 3)))
    assert export.per_day


def test_stray_mark_after_the_decimal_is_a_skipped_cell_not_a_crash() -> None:
    with pytest.raises(NumberError, match="not a number"):
        parse_number("0.,", ".")
