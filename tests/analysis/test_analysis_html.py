"""The HTML report: self-contained, escaped, with charts, and rendered by a real browser."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from adsage.analysis.core import analyze_file
from adsage.analysis.report_html import render_html
from adsage.analysis.svg import nice_ticks

DATA = Path(__file__).resolve().parent / "data"


def report(name: str, **kw: str) -> str:
    return render_html(analyze_file(DATA / name, **kw))  # type: ignore[arg-type]


def test_report_is_self_contained_with_charts() -> None:
    html = report("clear_winner.csv", goal="CTR above 1.5%")
    assert html.startswith("<!doctype html>")
    # cost per purchase first, then the diagnostics: CTR, conversion rate, spend vs results
    assert html.count("<svg") == 4
    assert html.index("Cost per purchase per ad") < html.index("CTR per ad")
    assert "95%" in html and "Bold hook" in html
    # nothing is fetched: no scripts, no external stylesheets, images or fonts
    assert "<script" not in html and "<link" not in html
    assert not re.search(r"""(?:src|href)\s*=|url\(|@import""", html)
    assert re.findall(r"https?://[^\"' ]+", html) == ["http://www.w3.org/2000/svg"] * 4
    assert "Goal" in html and "Recommendations" in html


def test_report_without_conversions_or_spend_has_fewer_charts(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("Ad name,Impressions,Link clicks\nA,1000,10\nB,1000,30\n", "utf-8")
    html = render_html(analyze_file(path))
    assert html.count("<svg") == 1


def test_every_csv_text_is_escaped() -> None:
    html = report("xss.csv")
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "onerror=alert(2)&gt;" in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_polish_report_uses_polish_labels() -> None:
    html = report("pl_per_day.csv")
    assert '<html lang="pl">' in html and "Analiza wyników reklam" in html
    assert "przedziałem ufności" in html and "1,67%" in html


def test_nice_ticks() -> None:
    assert nice_ticks(0.0187) == pytest.approx([0, 0.005, 0.01, 0.015, 0.02])
    assert nice_ticks(350) == [0, 100, 200, 300, 400]
    assert nice_ticks(0) == [0.0, 1.0]


def _chromium() -> str | None:
    for candidate in ("chromium", "chromium-browser", "/usr/bin/chromium"):
        found = shutil.which(candidate)
        if found:
            return found
    return None


def _png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the decompressed scanlines of a PNG, without an imaging library."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.mark.browser
def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed (Debian: apt-get install -y chromium)")
    page = tmp_path / "report.html"
    page.write_text(report("pl_per_day.csv", goal="200 zakupów"), "utf-8")
    shot = tmp_path / "shot.png"
    cmd = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--screenshot={shot}",
        "--window-size=1200,1600",
        page.as_uri(),
    ]
    env = {**os.environ, "HOME": str(tmp_path)}
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env, check=False)
    assert shot.exists(), f"no screenshot; chromium said: {proc.stderr[-2000:]}"
    data = shot.read_bytes()
    assert len(data) > 20_000  # a blank 1200x1600 page compresses to a few kilobytes
    width, height, pixels = _png_pixels(data)
    assert (width, height) == (1200, 1600)
    # text, bars and charts in several colours, not one flat background
    assert len(set(pixels[:: max(1, len(pixels) // 50_000)])) > 30
