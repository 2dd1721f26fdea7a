"""Helpers for the Marketing API tests: fixture files, tiny images, running the CLI."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from adsage.cli import main

DATA = Path(__file__).parent / "data"


def copy(tmp_path: Path, name: str, edit: Any = None) -> Path:
    data = json.loads((DATA / name).read_text("utf-8"))
    if edit is not None:
        edit(data)
    out = tmp_path / name
    out.write_text(json.dumps(data), "utf-8")
    return out


def png(path: Path, seed: int = 0) -> Path:
    """A tiny valid PNG (different bytes per seed)."""
    raw = b"\x00" + bytes([seed % 256, 0, 0])

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    body = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    body += chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + body)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    out, err = capsys.readouterr()
    return int(exc.value.code or 0), out, err
