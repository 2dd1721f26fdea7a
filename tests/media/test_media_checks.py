"""Every media rule on files the tests make: images (Pillow) and short videos (PyAV)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from tests.media.media_support import animated_gif, bomb_png, image, text_heavy, video

from adsage.errors import BadInput
from adsage.media.checks import check_carousel, check_media, ratio_label
from adsage.media.facts import Frame, MediaFacts
from adsage.media.probe import read_media
from adsage.media.rules import media_rules


def _read(path: Path) -> MediaFacts:
    return read_media(path, media_rules())


def _rules(findings: list, prefix: str = "") -> dict[str, str]:
    return {f.rule: f.severity for f in findings if f.rule.startswith(prefix)}


def _one(findings: list, rule: str):
    found = [f for f in findings if f.rule == rule]
    assert len(found) == 1, [f.rule for f in findings]
    return found[0]


def test_small_image_is_an_error_for_feed(tmp_path: Path) -> None:
    facts = _read(image(tmp_path / "s.jpg", (400, 400)))
    f = _one(check_media(facts, ["feed"]), "media.image.resolution")
    assert f.severity == "error" and "400x400" in f.message and "600x600" in f.message


def test_below_recommended_only_warns(tmp_path: Path) -> None:
    facts = _read(image(tmp_path / "m.jpg", (800, 800)))
    f = _one(check_media(facts, ["feed"]), "media.image.resolution")
    assert f.severity == "warning" and "1080x1080" in f.message


def test_wrong_ratio_for_the_placement(tmp_path: Path) -> None:
    tall = _read(image(tmp_path / "tall.jpg", (1080, 1920)))
    f = _one(check_media(tall, ["feed"]), "media.image.aspect_ratio")
    assert f.severity == "error" and "9:16" in f.message and "feed" in f.message
    square = _read(image(tmp_path / "sq.jpg", (1080, 1080)))
    padded = _one(check_media(square, ["stories"]), "media.image.aspect_ratio")
    assert padded.severity == "warning" and "padding" in padded.message
    assert "media.image.aspect_ratio" not in _rules(check_media(tall, ["reels", "stories"]))


def test_within_meta_tolerance_passes(tmp_path: Path) -> None:
    # 1080x1380 is 0.783, 2.2% under 4:5 (3% allowed); 1080x1910 is 0.6% off 9:16 (1% allowed)
    near_feed = _read(image(tmp_path / "f.jpg", (1080, 1380)))
    assert "media.image.aspect_ratio" not in _rules(check_media(near_feed, ["feed"]))
    near_reels = _read(image(tmp_path / "r.jpg", (1080, 1910)))
    assert "media.image.aspect_ratio" not in _rules(check_media(near_reels, ["reels"]))
    # just past the tolerance
    off = _read(image(tmp_path / "o.jpg", (1080, 1400)))  # 0.771, 3.6% under 4:5
    assert "media.image.aspect_ratio" in _rules(check_media(off, ["feed"]))


def test_text_in_the_reels_bottom_band(tmp_path: Path) -> None:
    facts = _read(image(tmp_path / "b.jpg", (1080, 1920), text_at=0.8))
    reels = _one(check_media(facts, ["reels"]), "media.safe_zone.bottom")
    assert reels.severity == "warning" and "bottom 35%" in reels.message
    assert "Reels" in reels.message and "%" in reels.message.split("about ")[1]
    stories = _one(check_media(facts, ["stories"]), "media.safe_zone.bottom")
    assert "bottom 20%" in stories.message
    assert "media.safe_zone.top" not in _rules(check_media(facts, ["reels"]))


def test_text_in_the_top_band_and_a_clean_middle(tmp_path: Path) -> None:
    top = _read(image(tmp_path / "t.jpg", (1080, 1920), text_at=0.02, lines=1))
    assert _one(check_media(top, ["reels"]), "media.safe_zone.top").severity == "warning"
    middle = _read(image(tmp_path / "m.jpg", (1080, 1920), text_at=0.45))
    assert not _rules(check_media(middle, ["reels", "stories"]), "media.safe_zone")
    plain = _read(image(tmp_path / "p.jpg", (1080, 1920)))
    assert not _rules(check_media(plain, ["reels"]), "media.safe_zone")


def test_stories_band_is_smaller_than_reels(tmp_path: Path) -> None:
    # text at 70-75% of the height: under the Reels bottom 35%, above the Stories bottom 20%
    facts = _read(image(tmp_path / "x.jpg", (1080, 1920), text_at=0.68))
    assert "media.safe_zone.bottom" in _rules(check_media(facts, ["reels"]))
    assert "media.safe_zone.bottom" not in _rules(check_media(facts, ["stories"]))


def test_text_heavy_image_warns_with_the_figure(tmp_path: Path) -> None:
    f = _one(check_media(_read(text_heavy(tmp_path / "h.png")), ["feed"]), "media.text_share")
    assert f.severity == "warning" and "20%" in f.message and "not rejection" in f.message
    share = int(f.message.split("about ")[1].split("%")[0])
    assert 20 < share <= 100
    light = _read(image(tmp_path / "l.jpg", text_at=0.4, lines=1))
    assert "media.text_share" not in _rules(check_media(light, ["feed"]))


def test_exif_rotation_is_applied_before_the_ratio(tmp_path: Path) -> None:
    facts = _read(image(tmp_path / "rot.jpg", (1920, 1080), exif_orientation=6))
    assert (facts.width, facts.height) == (1080, 1920)
    found = check_media(facts, ["reels"])
    assert _one(found, "media.image.exif_rotation").severity == "info"
    assert "media.image.aspect_ratio" not in _rules(found)


def test_colour_mode_format_and_animation(tmp_path: Path) -> None:
    cmyk = _read(image(tmp_path / "c.jpg", mode="CMYK"))
    assert _one(check_media(cmyk, ["feed"]), "media.image.colour_mode").severity == "warning"
    bmp = _read(image(tmp_path / "b.bmp"))
    assert _one(check_media(bmp, ["feed"]), "media.image.format").severity == "warning"
    gif = _read(animated_gif(tmp_path / "a.gif"))
    assert gif.animated
    assert _one(check_media(gif, ["feed"]), "media.image.animated").severity == "info"


def test_image_file_size_limit() -> None:
    facts = MediaFacts("big.jpg", "image", 31 * 2**20, "JPEG", 1080, 1080, mode="RGB")
    f = _one(check_media(facts, ["feed"]), "media.image.file_size")
    assert f.severity == "error" and "30 MB" in f.message


def test_long_video_for_stories(tmp_path: Path) -> None:
    facts = _read(video(tmp_path / "long.mp4", (108, 192), seconds=125, fps=1, audio=False))
    assert facts.duration_s == pytest.approx(125, abs=1.5)
    f = _one(check_media(facts, ["stories"]), "media.video.duration")
    # the Stories limit is unconfirmed (UNSURE): it warns, never blocks
    assert f.severity == "warning" and "120" in f.message and "Stories" in f.message
    assert "media.video.duration" not in _rules(check_media(facts, ["feed"]))


def test_good_video_has_no_codec_audio_or_duration_findings(tmp_path: Path) -> None:
    facts = _read(video(tmp_path / "ok.mp4"))
    assert facts.video_codec == "h264" and facts.audio_codec == "aac"
    assert facts.fps == pytest.approx(25)
    found = _rules(check_media(facts, ["reels"]))
    for rule in ("media.video.codec", "media.video.no_audio", "media.video.duration"):
        assert rule not in found
    assert "media.video.aspect_ratio" not in found


def test_no_audio_and_wrong_codec(tmp_path: Path) -> None:
    facts = _read(video(tmp_path / "m4.mp4", codec="mpeg4", audio=False))
    found = check_media(facts, ["reels"])
    assert "mpeg4" in _one(found, "media.video.codec").message
    assert _one(found, "media.video.no_audio").severity == "warning"


def test_video_text_in_reels_band_names_the_time(tmp_path: Path) -> None:
    facts = _read(video(tmp_path / "t.mp4", text_at=0.8, audio=False))
    assert len(facts.frames) == media_rules().limits.sample_frames
    f = _one(check_media(facts, ["reels"]), "media.safe_zone.bottom")
    assert " at " in f.message and " s," in f.message


def test_video_encode_rules_from_facts() -> None:
    base = MediaFacts(
        "v.mov",
        "video",
        10_000,
        "matroska,webm",
        1080,
        1920,
        duration_s=10.0,
        fps=120.0,
        bitrate=200_000,
        video_codec="vp9",
        audio_codec="opus",
    )
    found = _rules(check_media(base, ["reels"]))
    assert found["media.video.container"] == "error"
    for rule in ("media.video.frame_rate", "media.video.bitrate", "media.video.audio_codec"):
        assert found[rule] == "warning"
    big = replace(base, size_bytes=5 * 2**30, format="mov,mp4,m4a,3gp,3g2,mj2")
    assert _rules(check_media(big, ["reels"]))["media.video.file_size"] == "error"


def test_carousel_cards_and_ratio() -> None:
    def card(name: str, w: int, h: int) -> MediaFacts:
        return MediaFacts(
            name, "image", 1000, "JPEG", w, h, frames=(Frame(np.zeros((2, 2), bool)),)
        )

    assert _one(check_carousel([card("a", 1080, 1080)]), "media.carousel.cards").severity == "error"
    eleven = [card(f"c{i}", 1080, 1080) for i in range(11)]
    assert "11" in _one(check_carousel(eleven), "media.carousel.cards").message
    mixed = check_carousel([card("a", 1080, 1080), card("b", 1080, 1350)])
    f = _one(mixed, "media.carousel.ratio")
    assert f.severity == "warning" and f.field == "b" and "4:5" in f.message
    assert check_carousel([card("a", 1080, 1080), card("b", 1200, 1200)]) == []


def test_polish_messages(tmp_path: Path) -> None:
    facts = _read(image(tmp_path / "b.jpg", (1080, 1920), text_at=0.8))
    pl = check_media(facts, ["feed", "reels"], "pl")
    assert "Aktualności" in _one(pl, "media.image.aspect_ratio").message
    assert "dolne 35%" in _one(pl, "media.safe_zone.bottom").message


def test_ratio_names() -> None:
    assert [ratio_label(x) for x in (9 / 16, 0.8, 1.0, 1.91, 16 / 9)] == [
        "9:16",
        "4:5",
        "1:1",
        "1.91:1",
        "16:9",
    ]


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: p.write_text("just some text\n"), "not an image or video"),
        (bomb_png, "megapixels"),
        (lambda p: p.write_bytes(b""), "empty"),
    ],
)
def test_bad_files_are_one_line(tmp_path: Path, make, words: str) -> None:
    path = tmp_path / "bad.png"
    make(path)
    with pytest.raises(BadInput, match=words):
        _read(path)


def test_truncated_image(tmp_path: Path) -> None:
    good = image(tmp_path / "g.png", (1080, 1080), text_at=0.3).read_bytes()
    bad = tmp_path / "t.png"
    bad.write_bytes(good[: len(good) // 2])
    with pytest.raises(BadInput, match="damaged or truncated"):
        _read(bad)


def test_corrupt_video(tmp_path: Path) -> None:
    good = video(tmp_path / "g.mp4").read_bytes()
    bad = tmp_path / "c.mp4"
    bad.write_bytes(good[:64] + b"\x00" * 2000)
    with pytest.raises(BadInput, match="c.mp4"):
        _read(bad)


def test_truncated_video_with_the_index_up_front(tmp_path: Path) -> None:
    whole = video(tmp_path / "w.mp4", seconds=3, noise=True, faststart=True, audio=False)
    data = whole.read_bytes()
    assert data[4:8] == b"ftyp" and b"moov" in data[:4096]  # the index is before the frames
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(BadInput, match="cut.mp4: the video is (truncated or )?damaged"):
        _read(cut)


def test_sideways_phone_video_is_checked_upright(tmp_path: Path) -> None:
    # stored 384x216 with a 90 degree display rotation: players show it 216x384 (9:16),
    # with the text at the bottom, where Reels puts its captions
    path = video(tmp_path / "p.mp4", (216, 384), text_at=0.8, sideways=True, audio=False)
    facts = _read(path)
    assert (facts.width, facts.height) == (216, 384)
    found = _rules(check_media(facts, ["reels"]))
    assert "media.video.aspect_ratio" not in found
    assert "media.safe_zone.bottom" in found and "media.safe_zone.top" not in found


def test_two_gigabyte_files_are_refused_unread(tmp_path: Path) -> None:
    fake_jpeg = tmp_path / "huge.jpg"
    with fake_jpeg.open("wb") as fh:  # sparse: costs no disk
        fh.write(b"\xff\xd8\xff\xe0")
        fh.truncate(2 * 2**30)
    with pytest.raises(BadInput, match="far too large"):
        _read(fake_jpeg)
    zeros = tmp_path / "huge.mp4"
    with zeros.open("wb") as fh:
        fh.truncate(2 * 2**30)
    with pytest.raises(BadInput, match="not an image or video"):
        _read(zeros)
