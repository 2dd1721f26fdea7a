"""LLM05, output handling: spreadsheet cells can never be formulas, and no script from a brief
or an Ads Manager export reaches an HTML page (plan or analysis report)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sec_support import brief_data

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Text that leans toward formula starts, plus anything else Unicode can produce.
ERRORS = ("#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?")  # typed as errors unless strings
TEXT = st.one_of(
    st.text(max_size=60),
    st.sampled_from(ERRORS),
    st.builds(lambda t, s: t + s, st.sampled_from(TRIGGERS), st.text(max_size=40)),
)


def _rows(values: list[str]) -> list[dict[str, str]]:
    from adsage.export.rows import columns

    names = columns()
    return [{name: values[(i + j) % len(values)] for j, name in enumerate(names)} for i in range(2)]


def _check_cell(original: str, cell: str) -> None:
    assert not cell.startswith(TRIGGERS), repr(cell)
    if original.startswith(TRIGGERS):
        assert cell.startswith("'"), repr(cell)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.lists(TEXT, min_size=1, max_size=6))
def test_csv_cells_read_back_never_start_a_formula(values: list[str], tmp_path: Path) -> None:
    from adsage.export import write_csv

    path = tmp_path / "ads.csv"
    rows = _rows(values)
    write_csv(rows, path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        read = list(csv.reader(fh))
    header, body = read[0], read[1:]
    assert len(body) == len(rows)
    for row, back in zip(rows, body, strict=True):
        for name, cell in zip(header, back, strict=True):
            _check_cell(row[name], cell)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.lists(TEXT, min_size=1, max_size=6))
@example(values=list(ERRORS))
@example(values=["\x1f=1+2", "\x00@SUM(A1)", "\x08-3"])  # a control character hid the trigger
def test_xlsx_cells_read_back_are_strings_never_formulas(values: list[str], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from adsage.export import write_xlsx

    path = tmp_path / "ads.xlsx"
    rows = _rows(values)
    write_xlsx(rows, path)
    ws = load_workbook(path).active
    header = [c.value for c in next(ws.iter_rows(max_row=1))]
    for row, cells in zip(rows, ws.iter_rows(min_row=2), strict=True):
        for name, cell in zip(header, cells, strict=True):
            assert cell.data_type == "s" or cell.value is None, (cell.data_type, cell.value)
            text = "" if cell.value is None else str(cell.value)
            assert not text.startswith(TRIGGERS), repr(text)
            if row[name].startswith(TRIGGERS) and text:
                assert text.startswith("'")


def test_variants_from_a_formula_brief_export_inert_cells(home: Path, tmp_path: Path) -> None:
    from adsage.config import load_settings
    from adsage.export import ads_manager_rows, write_csv
    from adsage.models.brief import load_brief_data
    from adsage.variants import generate_variants

    brief = load_brief_data(
        brief_data(
            offer='=HYPERLINK("https://evil.example","Win")',
            benefits=["+1 free wax", "@SUM(A1:A2)", "-10% today"],
        ),
        "brief",
    )
    vs = generate_variants(brief, "headline", 3, settings=load_settings(home=home))
    path = tmp_path / "v.csv"
    write_csv(ads_manager_rows([vs], campaign="=cmd|' /C calc'!A0"), path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.reader(fh):
            for cell in row:
                assert not cell.startswith(TRIGGERS), cell


def _hostile_plan(sec_searcher: Any, home: Path) -> Any:
    from adsage.advisor.plan import build_plan
    from adsage.config import load_settings
    from adsage.models.brief import load_brief_data

    script = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    brief = load_brief_data(
        brief_data(
            brand="Snow<b>Peak</b>",
            product="Boards <script>alert('p')</script>",
            offer=script,
            goal=f"Sell 300 snowboards by 24 December 2026 {script}",
            benefits=[script, "<svg onload=alert(3)>"],
            audience={"locations": ["PL"], "interests": [script], "description": script},
        ),
        "brief",
    )
    return build_plan(brief, settings=load_settings(home=home), searcher=sec_searcher)


def test_plan_html_escapes_every_brief_text(sec_searcher: Any, home: Path) -> None:
    from adsage.render.plan_md import plan_html

    page = plan_html(_hostile_plan(sec_searcher, home)).lower()
    for tag in ("<script", "<img", "<svg", "<b>"):
        assert tag not in page, tag
    assert "&lt;script&gt;" in page  # shown as text, not dropped silently
    assert "content-security-policy" in page and "default-src 'none'" in page


def test_analysis_report_escapes_csv_text_and_forbids_scripts(tmp_path: Path) -> None:
    from adsage.analysis.core import analyze_file
    from adsage.analysis.report_html import render_html

    path = tmp_path / "xss.csv"
    path.write_text(
        "Ad name,Impressions,Link clicks,Amount spent (USD)\n"
        "<script>alert(1)</script>,10000,300,100\n"
        '"<img src=x onerror=alert(2)>",10000,100,100\n'
        '"</style><svg onload=alert(3)>",10000,120,100\n',
        "utf-8",
    )
    page = render_html(analyze_file(path))
    low = page.lower()
    assert "<script" not in low and "<img" not in low and "</style><svg" not in low
    assert "&lt;script&gt;" in low
    assert "content-security-policy" in low and "default-src 'none'" in low


def _chromium() -> str | None:
    for candidate in ("chromium", "chromium-browser"):
        found = shutil.which(candidate)
        if found:
            return found
    return None


@pytest.mark.browser
def test_hostile_plan_page_has_no_script_in_chromium(
    sec_searcher: Any, home: Path, tmp_path: Path
) -> None:
    from adsage.render.plan_md import plan_html

    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed")
    page = tmp_path / "plan.html"
    page.write_text(plan_html(_hostile_plan(sec_searcher, home)), "utf-8")
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
    cmd += [f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()]
    env = {**os.environ, "HOME": str(tmp_path)}
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=60, env=env).stdout
    assert "<body" in dom.lower()
    low = dom.lower()
    assert "<script" not in low and "<img" not in low and "<svg" not in low
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in low  # the text is there, inert
