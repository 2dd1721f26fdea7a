"""The JSON Schema an answer is asked in: full, compact, or bounded for a small window.

Servers that turn the schema into a grammar (llama.cpp and llama-cpp-python for tools and
``json_schema``, vLLM's guided decoding) make a weak model keep to it token by token.  A
bounded schema (:func:`bounded`) therefore does work no prompt can for a 135M-parameter
model: the exact number of items, a non-empty text of a sane length in every field, and
enums for the values the brief allows (its placements, its personas' names, snippet
numbers).  The same bounds size the room reserved for the answer (:func:`answer_tokens`).
"""

from __future__ import annotations

import copy
import json
import math
from typing import Any

from adsage.drafting.llm_window import CHARS_PER_TOKEN

# What an unbounded string or list is taken to cost when sizing an answer.
_OPEN_STRING = 120
_OPEN_ITEMS = 3


def compact_schema(spec: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema without titles and descriptions (the shape only); the top-level title
    stays, since it names the tool or schema the answer is for."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                k: strip(v)
                for k, v in value.items()
                if k not in ("title", "description") or not isinstance(v, str)
            }
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    out: dict[str, Any] = strip(spec)
    if "title" in spec:
        out["title"] = spec["title"]
    return out


def schema_text(spec: dict[str, Any]) -> str:
    return json.dumps(spec, ensure_ascii=False, separators=(",", ":"))


def inline_refs(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with every local ``$ref`` replaced by its definition and ``$defs`` dropped
    (the answer schemas are not recursive), so bounds can be set per path."""
    defs = spec.get("$defs", {})

    def resolve(value: Any) -> Any:
        if isinstance(value, dict):
            ref = value.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return resolve(copy.deepcopy(defs[ref.rsplit("/", 1)[1]]))
            return {k: resolve(v) for k, v in value.items() if k != "$defs"}
        if isinstance(value, list):
            return [resolve(v) for v in value]
        return value

    out: dict[str, Any] = resolve(spec)
    return out


def bounded(spec: dict[str, Any], bounds: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The compact schema with ``bounds`` merged in by path: ``"personas"`` is the top-level
    field, ``"personas[]"`` its items, ``"personas[].name"`` a field of each item.  A bound
    on a path the schema lacks is an error (a renamed field must not silently lose it)."""
    out = inline_refs(compact_schema(spec))
    seen: set[str] = set()

    def walk(node: Any, path: str) -> None:
        if not isinstance(node, dict):
            return
        if path in bounds:
            node.update(bounds[path])
            seen.add(path)
        for name, child in (node.get("properties") or {}).items():
            walk(child, f"{path}.{name}" if path else name)
        if isinstance(node.get("items"), dict):
            walk(node["items"], f"{path}[]")

    walk(out, "")
    missing = set(bounds) - seen
    if missing:
        raise KeyError(f"bounds for fields the schema lacks: {sorted(missing)}")
    return out


def answer_chars(node: Any) -> int:
    """The longest answer ``node`` allows, in characters of compact JSON (unbounded strings
    and lists count as typical sizes)."""
    if not isinstance(node, dict):
        return 8
    if node.get("enum"):
        return max(len(json.dumps(v, ensure_ascii=False)) for v in node["enum"])
    kind = node.get("type")
    if kind == "object":
        props = node.get("properties") or {}
        return 2 + sum(len(k) + 4 + answer_chars(v) for k, v in props.items())
    if kind == "array":
        items = node.get("maxItems", _OPEN_ITEMS)
        return 2 + items * (answer_chars(node.get("items")) + 1)
    if kind == "string":
        return int(node.get("maxLength", _OPEN_STRING)) + 2
    return 8


def answer_tokens(spec: dict[str, Any]) -> int:
    """Room to reserve for the longest answer a bounded schema allows."""
    return math.ceil(answer_chars(spec) / CHARS_PER_TOKEN)
