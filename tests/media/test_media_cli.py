"""``adsage check media`` end to end: exit codes, JSON, Polish, the contact sheet."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from tests.media.media_support import image, video

from adsage.cli import main


class Result:
    def __init__(self, code: int, output: str, err: str) -> None:
        self.exit_code, self.output, self.err = code, output, err


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):
    def _run(*args: str) -> Result:
        with pytest.raises(SystemExit) as exc:
            main(["check", "media", *args])
        out, err = capsys.readouterr()
        code = exc.value.code
        return Result(code if isinstance(code, int) else 0, out, err)

    return _run


def test_json_findings_and_exit_codes(run, tmp_path: Path) -> None:
    ok = image(tmp_path / "ok.jpg", (1080, 1350))
    result = run(str(ok), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data[0]["ok"] is True and data[0]["media"]["width"] == 1080
    tall = image(tmp_path / "tall.jpg", (1080, 1920))
    result = run(str(ok), str(tall), "--json")
    assert result.exit_code == 1
    rules = [f["rule"] for f in json.loads(result.output)[1]["findings"]]
    assert "media.image.aspect_ratio" in rules


def test_table_output_in_polish(run, tmp_path: Path) -> None:
    tall = image(tmp_path / "tall.jpg", (1080, 1920), text_at=0.8)
    result = run(str(tall), "--placement", "reels", "--lang", "pl")
    assert result.exit_code == 0
    assert "media.safe_zone.bottom" in result.output and "dolne 35%" in result.output


def test_carousel_format(run, tmp_path: Path) -> None:
    a = image(tmp_path / "a.jpg", (1080, 1080))
    result = run(str(a), "--format", "carousel", "--json")
    assert result.exit_code == 1
    assert json.loads(result.output)[-1]["findings"][0]["rule"] == "media.carousel.cards"


@pytest.mark.parametrize(
    "args, words",
    [
        (["--placement", "billboard"], "--placement"),
        (["--format", "slideshow"], "--format"),
        (["--format", "video"], "--format is video"),
        (["--sheet", "out.pdf"], "--sheet"),
    ],
)
def test_bad_options_exit_2(run, tmp_path: Path, args: list[str], words: str) -> None:
    a = image(tmp_path / "a.jpg")
    result = run(str(a), *args)
    assert result.exit_code == 2
    assert words in result.err and result.err.count("\n") == 1


def test_bad_file_is_one_line_exit_2(run, tmp_path: Path) -> None:
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a picture")
    proc = subprocess.run(
        [str(Path(os.sys.executable).parent / "adsage"), "check", "media", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "notes.jpg" in proc.stderr
    assert "Traceback" not in proc.stderr


def _sheet(run, tmp_path: Path, lang: str = "en") -> str:
    hostile = tmp_path / "<img src=x onerror=alert(1)>.jpg"
    image(hostile, (1080, 1920), text_at=0.8)
    clip = video(tmp_path / "clip.mp4", text_at=0.8)
    out = tmp_path / "sheet.html"
    result = run(
        str(hostile),
        str(clip),
        "--placement",
        "reels",
        "--placement",
        "stories",
        "--sheet",
        str(out),
        "--lang",
        lang,
    )
    assert result.exit_code == 0, result.output
    return out.read_text("utf-8")


def test_sheet_is_self_contained_and_escaped(run, tmp_path: Path) -> None:
    page = _sheet(run, tmp_path)
    assert "default-src 'none'; style-src 'unsafe-inline'; img-src data:" in page
    assert "<script" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;.jpg" in page
    assert page.count("src='data:image/jpeg;base64,") == 2 * 3  # as is + 2 placements, 2 files
    assert "http://" not in page and "https://" not in page
    assert "height:35.0%" in page and "height:20.0%" in page and "height:14.0%" in page
    assert "media.safe_zone.bottom" in page
    (tmp_path / "pl").mkdir()
    polish = _sheet(run, tmp_path / "pl", "pl")
    assert '<html lang="pl">' in polish and "Relacje" in polish


def _chromium() -> str | None:
    for candidate in ("chromium", "chromium-browser", "/usr/bin/chromium"):
        found = shutil.which(candidate)
        if found:
            return found
    return None


@pytest.mark.browser
def test_sheet_renders_in_headless_chromium(run, tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed (Debian: apt-get install -y chromium)")
    page = tmp_path / "sheet.html"
    page.write_text(_sheet(run, tmp_path), "utf-8")
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
        "--window-size=1100,1200",
        page.as_uri(),
    ]
    env = {**os.environ, "HOME": str(tmp_path)}
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env, check=False)
    assert shot.exists(), f"no screenshot; chromium said: {proc.stderr[-2000:]}"
    from PIL import Image

    with Image.open(shot) as im:
        assert im.size == (1100, 1200)
        rgb = im.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 20) or []
    # the thumbnails' blue and the red safe-zone overlay are both painted (data URIs loaded
    # under the CSP), not just text on white
    blue = sum(n for n, (r, g, b) in colours if b > 120 and r < 90)
    red = sum(n for n, (r, g, b) in colours if r > 120 and g < 110 and b < 130)
    assert blue > 5_000, "thumbnails did not render"
    assert red > 2_000, "safe-zone overlay did not render"
