"""Media the tests make for themselves: Pillow images and short PyAV videos."""

from __future__ import annotations

import struct
import zlib
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageDraw, ImageFont

BLUE = (40, 90, 160)


def image(
    path: Path,
    size: tuple[int, int] = (1080, 1080),
    *,
    text_at: float | None = None,
    lines: int = 2,
    mode: str = "RGB",
    fmt: str | None = None,
    exif_orientation: int | None = None,
) -> Path:
    """A plain image, with ``lines`` of large white text starting at ``text_at`` (share of
    the height) when given."""
    im = Image.new("RGB", size, BLUE)
    if text_at is not None:
        draw = ImageDraw.Draw(im)
        font = ImageFont.load_default(size=max(16, size[0] // 12))
        step = size[0] // 10
        for i in range(lines):
            draw.text(
                (size[0] // 14, int(size[1] * text_at) + i * step),
                "SALE -50% TODAY",
                fill="white",
                font=font,
            )
    if mode != "RGB":
        im = im.convert(mode)
    kwargs = {}
    if exif_orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = exif_orientation
        kwargs["exif"] = exif.tobytes()
    im.save(path, fmt, **kwargs)
    return path


def text_heavy(path: Path) -> Path:
    im = Image.new("RGB", (1080, 1080), "white")
    draw = ImageDraw.Draw(im)
    font = ImageFont.load_default(size=64)
    for i in range(12):
        draw.text((40, 40 + i * 85), "Big sale on all shoes now", fill="black", font=font)
    im.save(path)
    return path


def animated_gif(path: Path) -> Path:
    frames = [Image.new("RGB", (600, 600), (i * 60, 90, 160)) for i in range(3)]
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=200, loop=0)
    return path


def bomb_png(path: Path, width: int = 60_000, height: int = 60_000) -> Path:
    """A tiny PNG whose header claims a huge picture (the classic decompression bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    row = b"\x00" + b"\x00" * width
    idat = zlib.compress(row * 4, 9)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )
    return path


def video(
    path: Path,
    size: tuple[int, int] = (216, 384),
    seconds: float = 2.0,
    *,
    fps: int = 25,
    codec: str = "libx264",
    audio: bool = True,
    text_at: float | None = None,
    sideways: bool = False,
    noise: bool = False,
    faststart: bool = False,
) -> Path:
    """A short MP4 (H.264 + AAC by default); white text from ``text_at`` when given;
    ``sideways`` stores the upright picture turned clockwise with a 90 degree display
    rotation, as phones do; ``noise`` makes every frame random, so the
    file is large enough to cut in half."""
    width, height = size
    frame_rgb = np.zeros((height, width, 3), dtype=np.uint8)
    frame_rgb[:] = BLUE
    if text_at is not None:
        pic = Image.fromarray(frame_rgb)
        draw = ImageDraw.Draw(pic)
        font = ImageFont.load_default(size=max(12, width // 10))
        for i in range(2):
            draw.text(
                (width // 14, int(height * text_at) + i * width // 8),
                "SALE -50%",
                fill="white",
                font=font,
            )
        frame_rgb = np.asarray(pic)
    rng = np.random.default_rng(7)
    options = {"movflags": "faststart"} if faststart else None
    with av.open(str(path), "w", options=options) as out:
        vs = out.add_stream(codec, rate=fps)
        vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
        if sideways:
            frame_rgb = np.ascontiguousarray(np.rot90(frame_rgb, k=-1))
            vs.width, vs.height = height, width
            vs.set_display_rotation(90)
        aud = out.add_stream("aac", rate=44100) if audio else None
        for i in range(max(1, round(seconds * fps))):
            pixels = rng.integers(0, 255, frame_rgb.shape, dtype=np.uint8) if noise else frame_rgb
            frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            frame.pts = i
            frame.time_base = Fraction(1, fps)
            for packet in vs.encode(frame):
                out.mux(packet)
        for packet in vs.encode():
            out.mux(packet)
        if aud is not None:
            silence = np.zeros((2, 1024), dtype=np.float32)
            for k in range(int(seconds * 44100 / 1024)):
                af = av.AudioFrame.from_ndarray(silence, format="fltp", layout="stereo")
                af.sample_rate, af.pts = 44100, k * 1024
                for packet in aud.encode(af):
                    out.mux(packet)
            for packet in aud.encode():
                out.mux(packet)
    return path
