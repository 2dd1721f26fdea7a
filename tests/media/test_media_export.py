"""``variants --image`` and ``plan --image``: files on disk get the media checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.media.media_support import image

from adsage.cli import main

BRIEF = Path(__file__).resolve().parents[2] / "examples" / "brief.yaml"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, err = capsys.readouterr()
    code = exc.value.code
    return (code if isinstance(code, int) else 0), out, err


def test_variants_checks_image_files_on_disk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = image(tmp_path / "a.jpg", (1080, 1350))
    small = image(tmp_path / "b.jpg", (500, 500))
    argv = ["variants", str(BRIEF), "--vary", "image", "--n", "2", "--json"]
    code, out, err = _run([*argv, "--image", str(good), "--image", str(small)], capsys)
    assert code == 1
    assert f"media: {small}: error media.image.resolution" in err
    assert f"media: {good}: error" not in err
    assert out.lstrip().startswith("{")  # stdout stays JSON
    # names of images already in the Ads Manager library are not files here: no media check
    code, _, err = _run([*argv, "--image", "lib1.jpg", "--image", "lib2.jpg"], capsys)
    assert "media:" not in err


def test_plan_checks_files_for_its_format_picks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tall = image(tmp_path / "tall.jpg", (1080, 1920), text_at=0.8)
    code, _, err = _run(["plan", str(BRIEF), "--json", "--image", str(tall)], capsys)
    lines = [line for line in err.splitlines() if line.startswith("media:")]
    assert any("media.safe_zone.bottom" in line for line in lines), err
    # the plan picks feed for its image ads, and a 9:16 file does not fit feed
    assert any("error media.image.aspect_ratio" in line for line in lines), err
    assert code == 1
