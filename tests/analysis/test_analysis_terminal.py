"""The analyze ads table on an 80-column terminal: every number whole, long names wrap."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from adsage.analysis.core import analyze_file
from adsage.analysis.terminal import ads_table

NAMES = [
    "Spring clearance carousel, women 25-44, lookalike 1% of purchasers, version A",
    "Spring clearance carousel, women 25-44, lookalike 1% of purchasers, version B",
    "Short",
]
EN_HEAD = (
    "Ad name,Result type,Results,Result indicator,Amount spent (PLN),Impressions,Link clicks,"
    "Purchases,Purchases conversion value\n"
)
PL_HEAD = (
    "Nazwa reklamy;Typ wyniku;Wyniki;Wskaźnik wyników;Wydana kwota (PLN);Wyświetlenia;"
    "Kliknięcia linku;Zakupy;Wartość konwersji zakupów\n"
)
IND = "actions:offsite_conversion.fb_pixel_purchase"
ROWS = [
    (12345678, 234567, 4567, 1234567.89, 98765432.10),
    (11222333, 198765, 3987, 1198765.43, 87654321.00),
    (10000000, 100000, 1000, 1000000.00, 9000000.00),
]


def _export(tmp_path: Path, lang: str) -> Path:
    if lang == "en":
        lines = [
            f'"{n}",Website purchases,{c},{IND},{s:.2f},{i},{k},{c},{v:.2f}'
            for n, (i, k, c, s, v) in zip(NAMES, ROWS, strict=True)
        ]
        body = EN_HEAD + "\n".join(lines) + "\n"
    else:

        def pl(x: float, d: int = 2) -> str:
            return f"{x:,.{d}f}".replace(",", " ").replace(".", ",")

        lines = [
            f"{n.replace('Spring clearance', 'Wyprzedaż wiosenna')};Zakupy w witrynie;{c};{IND};"
            f"{pl(s)};{pl(i, 0)};{pl(k, 0)};{c};{pl(v)}"
            for n, (i, k, c, s, v) in zip(NAMES, ROWS, strict=True)
        ]
        body = PL_HEAD + "\n".join(lines) + "\n"
    path = tmp_path / f"big_{lang}.csv"
    path.write_text(body, "utf-8")
    return path


def _render(data: dict, width: int) -> str:  # type: ignore[type-arg]
    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(ads_table(data, width))
    return console.file.getvalue()  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_an_80_column_table_never_cuts_a_number(tmp_path: Path, lang: str) -> None:
    data = analyze_file(_export(tmp_path, lang)).to_json()
    out = _render(data, 80)
    assert "…" not in out
    assert all(len(line) <= 80 for line in out.splitlines())
    lines = out.splitlines()
    table = ads_table(data, 80)
    numbers = [list(col.cells) for col in table.columns[1:]]
    assert numbers and all(numbers)
    for col in numbers:
        for cell in col:
            assert any(str(cell) in line for line in lines), (str(cell), out)
    # the big figures themselves, as the reader knows them
    big = "12,345,678" if lang == "en" else "12\u00a0345\u00a0678"
    assert big in out
    # names are wrapped, not lost: every word of a long name is there
    flat = " ".join(out.split())
    for word in ("lookalike", "purchasers,", "version"):
        assert word in flat


def test_a_wide_terminal_keeps_every_diagnostic_column(tmp_path: Path) -> None:
    data = analyze_file(_export(tmp_path, "en")).to_json()
    wide = _render(data, 200)
    narrow = _render(data, 80)
    heads = [c for c in ("ROAS", "CTR", "CVR") if c != data["metric"].upper()]
    assert all(h in wide for h in heads)
    assert data["metric"].upper() in narrow  # the metric the ads are judged on always stays
