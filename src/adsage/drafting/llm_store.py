"""What adsage learnt about an endpoint and model: the structured-output method that works,
the context window and the server's tokenize route, in memory and in
``ADSAGE_HOME/llm_strategies.json``.

The in-process dicts spare the probe within a run; the JSON file spares it across runs.  A
broken or unwritable file only costs a probe, so its errors are swallowed.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, ClassVar

METHODS = ("json_schema", "function_calling", "json_mode")


class StrategyStore:
    """Per ``endpoint|model``: ``method`` (structured output), ``context`` (window) and
    ``tokenizer`` (the route that counts tokens, or ``"none"``)."""

    _memory: ClassVar[dict[str, str]] = {}
    _windows: ClassVar[dict[str, int]] = {}
    _tokenizers: ClassVar[dict[str, str]] = {}
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, path: Path | None) -> None:
        self.path = path

    @staticmethod
    def key(base_url: str | None, model: str) -> str:
        return f"{(base_url or 'https://api.openai.com/v1').rstrip('/')}|{model}"

    def get(self, key: str) -> str | None:
        with self._lock:
            if key in self._memory:
                return self._memory[key]
        method = self._read().get(key, {}).get("method")
        if method in METHODS:
            with self._lock:
                self._memory[key] = method
            return str(method)
        return None

    def put(self, key: str, method: str) -> None:
        with self._lock:
            self._memory[key] = method
        self._write(key, method=method)

    def window(self, key: str) -> int | None:
        with self._lock:
            if key in self._windows:
                return self._windows[key]
        value = self._read().get(key, {}).get("context")
        if isinstance(value, int) and value > 0:
            with self._lock:
                self._windows[key] = value
            return value
        return None

    def put_window(self, key: str, tokens: int) -> None:
        with self._lock:
            self._windows[key] = tokens
        self._write(key, context=tokens)

    def tokenizer(self, key: str) -> str | None:
        with self._lock:
            if key in self._tokenizers:
                return self._tokenizers[key]
        value = self._read().get(key, {}).get("tokenizer")
        if isinstance(value, str) and value:
            with self._lock:
                self._tokenizers[key] = value
            return value
        return None

    def put_tokenizer(self, key: str, route: str) -> None:
        with self._lock:
            self._tokenizers[key] = route
        self._write(key, tokenizer=route)

    def _write(self, key: str, **values: Any) -> None:
        if self.path is None:
            return
        data = self._read()
        entry = dict(data.get(key) or {})
        entry.update(values, updated=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        data[key] = entry
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".strategies-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=2, sort_keys=True)
            os.replace(tmp, self.path)

    def _read(self) -> dict[str, dict[str, Any]]:
        if self.path is None:
            return {}
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, dict)}

    @classmethod
    def forget_all(cls) -> None:
        """Drop the in-process memory (tests)."""
        with cls._lock:
            cls._memory.clear()
            cls._windows.clear()
            cls._tokenizers.clear()
