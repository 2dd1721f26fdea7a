"""Read a media file's facts from disk: headers first, pixels only on a small copy.

Images: Pillow opens lazily (the header only); the size, mode, EXIF orientation and frame
count come from it.  Pixels are decoded once, at reduced scale where the format allows
(JPEG draft mode), to build the thumbnail and the density map.  Files past adsage's limits
(pixel count, bytes) are refused before any decoding, which is the decompression-bomb guard.
Video: PyAV reads the container header and decodes only a few sampled frames.

Anything that is not a readable image or video raises :class:`BadInput` with one line that
names the file (exit 2).
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any

import numpy as np

from adsage.errors import BadInput
from adsage.media.density import text_mask
from adsage.media.facts import Frame, MediaFacts
from adsage.media.rules import MediaRules

_IMAGE_MAGIC = (
    b"\xff\xd8\xff",  # JPEG
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"BM",
    b"II*\x00",
    b"MM\x00*",
)
_THUMB = 480  # longest side of the contact-sheet thumbnail
_EXIF_ORIENTATION = 0x0112


def sniff(head: bytes) -> str | None:
    """ "image", "video" or None from the first bytes of a file."""
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip"):
        return "video"
    if head.startswith(b"\x1a\x45\xdf\xa3") or (head[:4] == b"RIFF" and head[8:11] == b"AVI"):
        return "video"
    return None


def read_media(path: Path, rules: MediaRules, *, thumbnail: bool = False) -> MediaFacts:
    label = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        raise BadInput(f"{label}: no such file; check the path") from None
    except IsADirectoryError:
        raise BadInput(f"{label}: is a directory; pass image or video files") from None
    except OSError as exc:
        raise BadInput(f"{label}: cannot be read ({exc.strerror})") from None
    if size == 0:
        raise BadInput(f"{label}: the file is empty; export the image or video again")
    kind = sniff(head)
    if kind == "image":
        return _read_image(path, label, size, rules, thumbnail)
    if kind == "video":
        return _read_video(path, label, size, rules, thumbnail)
    raise BadInput(
        f"{label}: not an image or video this check can read (JPEG, PNG, GIF, MP4 or MOV); "
        "export it in one of those formats"
    )


def _read_image(
    path: Path, label: str, size: int, rules: MediaRules, thumbnail: bool
) -> MediaFacts:
    from PIL import Image, UnidentifiedImageError

    limits = rules.limits
    if size > limits.max_image_read_bytes:
        raise BadInput(
            f"{label}: {size / 2**20:.0f} MB is far too large for an ad image (Meta takes up to "
            f"{rules.image_file.max_bytes / 2**20:.0f} MB); export a smaller file"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(path)
            with im:
                return _image_facts(im, label, size, rules, thumbnail)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadInput(_bomb(label, limits.max_image_pixels)) from None
    except UnidentifiedImageError:
        raise BadInput(f"{label}: not a readable image; export it again as JPEG or PNG") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise BadInput(
            f"{label}: the image is damaged or truncated ({_short(exc)}); export it again"
        ) from None


def _bomb(label: str, limit: int) -> str:
    return (
        f"{label}: claims more than {limit / 1e6:.0f} megapixels, far beyond any ad image; "
        "refused without decoding (resize it first)"
    )


def _image_facts(im: Any, label: str, size: int, rules: MediaRules, thumbnail: bool) -> MediaFacts:
    from PIL import Image

    width, height = im.size
    if width * height > rules.limits.max_image_pixels:
        raise BadInput(_bomb(label, rules.limits.max_image_pixels))
    orientation = im.getexif().get(_EXIF_ORIENTATION, 1)
    rotated = orientation in (5, 6, 7, 8)
    animated = bool(getattr(im, "is_animated", False))
    fmt, mode = str(im.format), str(im.mode)
    im.draft("RGB", (_THUMB, _THUMB))  # JPEG: decode at 1/2 .. 1/8 scale
    im.thumbnail((_THUMB, _THUMB), Image.Resampling.BILINEAR, reducing_gap=2.0)
    small = im.convert("RGB")
    transpose = {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }.get(orientation)
    if transpose is not None:
        small = small.transpose(transpose)
    if rotated:
        width, height = height, width
    return MediaFacts(
        label=label,
        kind="image",
        size_bytes=size,
        format=fmt,
        width=width,
        height=height,
        mode=mode,
        animated=animated,
        exif_rotated=rotated,
        frames=(Frame(_mask(small, rules)),),
        thumbnail=_jpeg(small) if thumbnail else None,
    )


def _mask(rgb: Any, rules: MediaRules) -> Any:
    from PIL import Image

    det = rules.detection
    w, h = rgb.size
    aw = min(det.analysis_width, w)
    gray = rgb.convert("L").resize((aw, max(1, round(h * aw / w))), Image.Resampling.BILINEAR)
    return text_mask(np.asarray(gray, dtype=np.uint8), det)


def _jpeg(rgb: Any) -> bytes:
    buf = io.BytesIO()
    rgb.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def _short(exc: BaseException) -> str:
    """The reason without the path and errno that FFmpeg errors repeat."""
    reason = getattr(exc, "strerror", None) or str(exc).strip() or type(exc).__name__
    return str(reason).splitlines()[0][:120]


def _read_video(
    path: Path, label: str, size: int, rules: MediaRules, thumbnail: bool
) -> MediaFacts:
    import av

    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.FFmpegError, ValueError, OSError) as exc:
        raise BadInput(
            f"{label}: not a readable video ({_short(exc)}); export it again as MP4"
        ) from None
    with container:
        if not container.streams.video:
            raise BadInput(f"{label}: has no video track; export it again as MP4")
        stream = container.streams.video[0]
        ctx = stream.codec_context
        duration = _duration(container, stream)
        rate = stream.average_rate or stream.guessed_rate
        audio = container.streams.audio
        facts: dict[str, Any] = {
            "label": label,
            "kind": "video",
            "size_bytes": size,
            "format": container.format.name,
            "width": int(ctx.width),
            "height": int(ctx.height),
            "duration_s": duration,
            "fps": float(rate) if rate else None,
            "bitrate": int(container.bit_rate) if container.bit_rate else None,
            "video_codec": ctx.name,
            "audio_codec": audio[0].codec_context.name if audio else None,
        }
        if not facts["width"] or not facts["height"]:
            raise BadInput(f"{label}: the video has no frame size; export it again as MP4")
        frames, thumb = _sample(container, stream, duration, rules, label)
    if frames[0].rotation in (90, -90, 270, -270):
        facts["width"], facts["height"] = facts["height"], facts["width"]
    return MediaFacts(
        **facts, frames=tuple(frames), thumbnail=_jpeg(thumb) if thumbnail and thumb else None
    )


def _duration(container: Any, stream: Any) -> float | None:
    import av

    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return float(container.duration / av.time_base)
    return None


def _sample(
    container: Any, stream: Any, duration: float | None, rules: MediaRules, label: str
) -> tuple[list[Frame], Any]:
    """Decode one frame near each of a few evenly spread times (10% .. 90% of the video)."""
    import av

    n = rules.limits.sample_frames
    times = [duration * (i + 1) / (n + 1) for i in range(n)] if duration else [0.0]
    frames: list[Frame] = []
    thumb = None
    try:
        for at in times:
            container.seek(int(at * av.time_base), backward=True)
            for frame in container.decode(stream):
                if frame.time is not None and frame.time + 1e-3 < at and duration:
                    continue
                image = frame.to_image()
                image.thumbnail((_THUMB, _THUMB))
                if frame.rotation:  # phone video: stored sideways, shown upright
                    image = image.rotate(frame.rotation, expand=True)
                thumb = thumb or image
                frames.append(Frame(_mask(image, rules), frame.time, frame.rotation))
                break
            else:
                raise BadInput(
                    f"{label}: the video is truncated or damaged (no picture at {at:.1f} s of "
                    f"{duration or 0:.1f} s); export it again"
                )
    except (av.FFmpegError, ValueError, OSError) as exc:
        raise BadInput(f"{label}: the video is damaged ({_short(exc)}); export it again") from None
    return frames, thumb
