"""``adsage check media`` throughput and peak memory over 200 images and 20 short videos.

The files are made here, with the tests' own generators (Pillow and PyAV), in a temporary
folder.  Each batch is checked in a fresh child process that reports its own peak resident
memory (VmHWM, Linux); the floor next to it is the same child after importing Pillow, PyAV
and the checks but before reading any file, so the difference is what the files cost.  The
metadata floor is a bare ``Image.open().size`` over the same images: what reading headers
alone costs here.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

N_IMAGES = 200
N_VIDEOS = 20

_CHILD = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path

    def peak_kb():
        # VmHWM, not ru_maxrss: the latter keeps the parent's peak across fork and exec
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM"))

    from adsage.media.run import check_files
    from PIL import Image
    import av  # noqa: F401
    floor = peak_kb()
    files = [Path(p) for p in json.loads(sys.argv[1])]
    mode = sys.argv[2]
    start = time.perf_counter()
    if mode == "headers":
        for p in files:
            with Image.open(p) as im:
                im.size
    else:
        results = check_files(files, ["feed", "stories", "reels"])
        assert len(results) == len(files)
    elapsed = time.perf_counter() - start
    peak = peak_kb()
    print(json.dumps({"seconds": elapsed, "floor_kb": floor, "peak_kb": peak}))
    """
)


def _make_images(folder: Path) -> list[Path]:
    from tests.media.media_support import image

    shapes = [((1080, 1080), "jpg"), ((1080, 1920), "jpg"), ((1080, 1350), "png"),
              ((4000, 3000), "jpg")]  # fmt: skip
    out = []
    for i in range(N_IMAGES):
        size, ext = shapes[i % len(shapes)]
        out.append(image(folder / f"img{i:03d}.{ext}", size, text_at=0.8 if i % 2 else None))
    return out


def _make_videos(folder: Path) -> list[Path]:
    from tests.media.media_support import video

    return [video(folder / f"clip{i:02d}.mp4", (540, 960), seconds=3) for i in range(N_VIDEOS)]


def _child(files: list[Path], mode: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps([str(f) for f in files]), mode],
        capture_output=True,
        text=True,
        check=True,
    )
    data: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return data


def _figures(files: list[Path], mode: str, repeats: int) -> dict[str, Any]:
    runs = sorted((_child(files, mode) for _ in range(repeats)), key=lambda r: r["seconds"])
    mid = runs[len(runs) // 2]
    return {
        "files": len(files),
        "files_per_sec": round(len(files) / mid["seconds"], 1),
        "peak_rss_mb": round(max(r["peak_kb"] for r in runs) / 1024, 1),
        "floor_rss_mb": round(min(r["floor_kb"] for r in runs) / 1024, 1),
        "files_cost_mb": round(max(r["peak_kb"] - r["floor_kb"] for r in runs) / 1024, 1),
    }


def run(repeats: int = 3) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="adsage-media-bench-") as tmp:
        folder = Path(tmp)
        images, videos = _make_images(folder), _make_videos(folder)
        largest = max(f.stat().st_size for f in images)
        return {
            "name": "media",
            "images": _figures(images, "check", repeats),
            "videos": _figures(videos, "check", repeats),
            "image_headers_floor": _figures(images, "headers", repeats),
            "largest_image_mb": round(largest / 2**20, 2),
            "repeats": repeats,
        }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
