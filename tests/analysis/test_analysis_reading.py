"""Reading Ads Manager exports: both languages, both delimiters, XLSX, numbers, broken rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from adsage.analysis.headers import header_currency, match_headers, normalize_header
from adsage.analysis.numbers import NumberError, infer_decimal, parse_number
from adsage.analysis.reading import read_export
from adsage.errors import BadInput

DATA = Path(__file__).resolve().parent / "data"


def by_name(path: Path) -> dict[str, object]:
    return {a.name: a for a in read_export(path).ads}


def test_english_export_per_ad() -> None:
    exp = read_export(DATA / "en_per_ad.csv")
    assert exp.lang == "en" and exp.header.currency == "USD" and not exp.per_day
    a, b = exp.ads
    assert (a.name, a.impressions, a.reach, a.clicks) == ("Video - hook A", 40000, 16000, 600)
    assert (a.spend, a.conversions, a.value) == (500.0, 30, 1800.0)
    # quoted "25,000" is a thousands separator in a dot-decimal file
    assert (b.impressions, b.reach, b.spend, b.value) == (25000, 12500, 312.5, 650.0)
    assert exp.skipped == []


def test_polish_export_per_day_is_aggregated_per_ad() -> None:
    exp = read_export(DATA / "pl_per_day.csv")
    assert exp.lang == "pl" and exp.header.currency == "PLN" and exp.decimal == ","
    assert exp.per_day
    a, b = exp.ads
    assert a.name == "Reklama A – wideo" and a.rows == 3
    assert (a.impressions, a.reach, a.clicks, a.conversions) == (30000, 18000, 500, 18)
    assert a.spend == pytest.approx(120.50 + 150.25 + 79.25)
    assert a.value == pytest.approx(2700.0)
    assert (b.impressions, b.clicks, b.conversions) == (30000, 300, 6)
    assert b.spend == pytest.approx(349.0) and b.value == pytest.approx(870.5)


def test_xlsx_export_reads_numbers_and_reports_broken_rows() -> None:
    exp = read_export(DATA / "en_per_ad.xlsx")
    names = [a.name for a in exp.ads]
    assert names == ["Video - hook A", "Carousel - hook B"]
    assert exp.ads[1].value == 650.0  # a text cell in the workbook is parsed too
    assert [(s.row, "Impressions" in s.reason) for s in exp.skipped] == [(5, True)]


def test_broken_rows_are_skipped_with_row_numbers_and_reasons() -> None:
    exp = read_export(DATA / "broken_rows.csv")
    # an ad whose cells are all empty did not deliver: it stays, with zeros and a note
    assert [a.name for a in exp.ads] == ["Good one", "No delivery", "Good two"]
    assert exp.ads[1].impressions == 0 and exp.ads[1].blanks == [
        "Impressions",
        "Link clicks",
        "Amount spent (USD)",
    ]
    reasons = {s.row: s.reason for s in exp.skipped}
    assert sorted(reasons) == [3, 4, 5, 6]
    assert "'abc' is not a number" in reasons[3]
    assert "negative" in reasons[4]
    assert "clicks exceed impressions" in reasons[5]
    assert "no ad name" in reasons[6]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "empty"),
        ("not_csv.csv", "not a CSV or XLSX"),
        ("does_not_exist.csv", "no such file"),
    ],
)
def test_unusable_files_are_bad_input(name: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        read_export(DATA / name)


def test_prose_text_and_header_only_files_are_bad_input(tmp_path: Path) -> None:
    prose = tmp_path / "notes.csv"
    prose.write_text("Dear team,\nplease find the results attached.\n", "utf-8")
    with pytest.raises(BadInput, match="no Ads Manager header"):
        read_export(prose)
    only = tmp_path / "only.csv"
    only.write_text("Ad name,Impressions\n,\nx,abc\n", "utf-8")
    with pytest.raises(BadInput, match="no usable rows.*row 3"):
        read_export(only)
    with pytest.raises(BadInput, match="not a file"):
        read_export(tmp_path)


def test_fake_xlsx_is_bad_input(tmp_path: Path) -> None:
    fake = tmp_path / "report.xlsx"
    fake.write_bytes(b"PK\x03\x04 definitely not a workbook")
    with pytest.raises(BadInput, match="XLSX"):
        read_export(fake)


def test_semicolon_file_with_preamble_cp1250_and_all_clicks(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    text = (
        "Raport reklam\n"
        "Nazwa reklamy;Wyświetlenia;Kliknięcia (wszystkie);Wydana kwota (PLN)\n"
        "Żółta;1\u00a0000;20;12,5\n"
        "Zielona;2 000;10;7\n"
    )
    path.write_bytes(text.encode("cp1250"))
    exp = read_export(path)
    assert [a.name for a in exp.ads] == ["Żółta", "Zielona"]
    assert exp.ads[0].impressions == 1000 and exp.ads[0].spend == 12.5
    assert exp.has("clicks") and not exp.header.has("link_clicks")


@pytest.mark.parametrize(
    ("cell", "decimal", "expected"),
    [
        ("1 234,56", ",", 1234.56),
        ("1,234.56", ".", 1234.56),
        ("1.234,5", ",", 1234.5),
        ("12,5 zł", ",", 12.5),
        ("$3.20", ".", 3.2),
        ("\u00a01\u202f234", ",", 1234.0),
        ("1'234.5", ".", 1234.5),
        ("PLN 99", ",", 99.0),
        ("25,000", ".", 25000.0),
        (42, ",", 42.0),
        ("", ",", None),
        ("-", ".", None),
    ],
)
def test_parse_number(cell: object, decimal: str, expected: float | None) -> None:
    assert parse_number(cell, decimal) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("cell", "decimal"), [("12,5", "."), ("abc", "."), ("1,2,3", ",")])
def test_parse_number_rejects(cell: str, decimal: str) -> None:
    with pytest.raises(NumberError):
        parse_number(cell, decimal)  # type: ignore[arg-type]


def test_decimal_mark_is_inferred_per_file() -> None:
    assert infer_decimal(["1 000", "12,50", "3,5"], ",") == ","
    assert infer_decimal(["1,000", "12.50"], ";") == "."
    assert infer_decimal(["1,000", "2,000"], ",") == "."  # ambiguous: the delimiter decides
    assert infer_decimal(["1,000", "2,000"], ";") == ","


def test_headers_are_case_space_and_currency_insensitive() -> None:
    assert normalize_header("  AMOUNT   spent (usd) ") == "amount spent"
    assert header_currency("Wydana kwota (PLN)") == "PLN"
    hm = match_headers(["Nazwa reklamy", "WYŚWIETLENIA", " zasięg ", "Wydana kwota (EUR)"])
    assert hm is not None
    assert hm.lang == "pl" and hm.currency == "EUR" and hm.columns["reach"] == 2
    assert match_headers(["Impressions", "Clicks"]) is None  # no ad label


def test_header_mapping_is_data_and_easy_to_extend(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adsage.paths import rules_dir

    src = (rules_dir() / "ads_manager_headers.yaml").read_text("utf-8")
    assert "source:" in src and "as_of:" in src
    rules = tmp_path / "knowledge" / "rules"
    rules.mkdir(parents=True)
    extended = src.replace('en: ["Impressions"]', 'en: ["Impressions", "Views shown"]')
    (rules / "ads_manager_headers.yaml").write_text(extended, "utf-8")
    monkeypatch.setenv("ADSAGE_KNOWLEDGE_DIR", str(tmp_path / "knowledge"))
    path = tmp_path / "custom.csv"
    path.write_text("Ad name,Views shown,Link clicks\nA,100,3\n", "utf-8")
    assert read_export(path).ads[0].impressions == 100
