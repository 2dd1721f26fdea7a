"""One way to read what a user hands adsage: bounded, safe, and every problem one line.

Briefs, ``check`` inputs, batch files, stdin and pasted Slack blocks all come through here, so
a hostile input meets the same limits everywhere:

- at most ``cap + 1`` bytes are ever read, so ``/dev/zero`` or an endless pipe costs the cap,
  not the machine's memory;
- YAML is composed before it is built: aliases may add at most :data:`ALIAS_BUDGET` values
  (a 352-byte "billion laughs" would otherwise expand to a billion strings), nesting may go
  :data:`MAX_DEPTH` levels deep (deeper input would end in a ``RecursionError`` somewhere), an
  alias may not contain itself and a mapping may not repeat a key (the second value would
  silently win);
- NaN, infinity and numbers of thousands of digits are reported with the field they sit in,
  since the checks behind would only say "must be <= 1000000000" or "not valid YAML";
- dates stay text, so an impossible one (2026-02-30) is reported by the model with its field;
- bidirectional-override characters (U+202E and friends) are removed from every string, since
  they would reorder whatever a terminal prints after echoing them.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path
from typing import Any, Literal

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, SequenceNode
from yaml.resolver import Resolver

from adsage.errors import BadInput
from adsage.security import BIDI_CONTROLS

MAX_DEPTH = 50
ALIAS_BUDGET = 10_000
MAX_DIGITS = 100
MAX_CHECK_BYTES = 1024 * 1024

Format = Literal["auto", "json", "yaml"]

_MERGE_TAG = "tag:yaml.org,2002:merge"


def strip_bidi(text: str) -> str:
    """``text`` without bidirectional embedding, override and isolate characters."""
    return BIDI_CONTROLS.sub("", text)


def _size(cap: int) -> str:
    return f"{cap // 1024**2} MB" if cap % 1024**2 == 0 else f"{cap // 1024} KB"


def read_bytes(source: str | Path, cap: int, what: str) -> bytes:
    """The bytes of a file, or of stdin for ``-``, reading no more than ``cap + 1`` of them."""
    name = "stdin" if str(source) == "-" else str(source)
    try:
        if str(source) == "-":
            buffer = getattr(sys.stdin, "buffer", None)
            raw = (
                buffer.read(cap + 1)
                if buffer is not None
                else sys.stdin.read(cap + 1).encode("utf-8")
            )
        else:
            with open(source, "rb") as fh:
                raw = fh.read(cap + 1)
    except FileNotFoundError:
        raise BadInput(f"{name}: file not found; give the path to a {what}") from None
    except IsADirectoryError:
        raise BadInput(f"{name}: is a folder; give the path to a {what} file") from None
    except OSError as exc:
        raise BadInput(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(raw) > cap:
        raise BadInput(f"{name}: the {what} is larger than {_size(cap)}; shorten or split it")
    return raw


def read_text(source: str | Path, cap: int, what: str) -> str:
    """:func:`read_bytes` decoded as UTF-8 (a byte-order mark is allowed)."""
    name = "stdin" if str(source) == "-" else str(source)
    raw = read_bytes(source, cap, what)
    if b"\x00" in raw:
        raise BadInput(f"{name}: binary file, not a YAML or JSON {what}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(f"{name}: not UTF-8 text; save the {what} as UTF-8") from None


def read_data(source: str | Path, cap: int, what: str, fmt: Format = "auto") -> Any:
    """Read and parse a YAML or JSON file (or stdin for ``-``) within every limit above."""
    name = "stdin" if str(source) == "-" else str(source)
    return parse(read_text(source, cap, what), name, fmt)


def parse(text: str, name: str, fmt: Format = "auto") -> Any:
    """Parse JSON or YAML text; ``auto`` tries JSON first for text that starts like JSON."""
    try:
        if fmt == "json" or (fmt == "auto" and text.lstrip()[:1] in ("[", "{")):
            try:
                data = _load_json(text)
            except json.JSONDecodeError as exc:
                if fmt == "json":
                    raise BadInput(
                        f"{name}: not valid YAML/JSON (line {exc.lineno}); check the syntax"
                    ) from None
                data = _load_yaml(text)  # YAML flow style also starts with { or [
        else:
            data = _load_yaml(text)
    except _Refused as exc:
        where = f"line {exc.line + 1}: " if exc.line is not None else ""
        raise BadInput(f"{name}: {where}{exc.reason}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise BadInput(f"{name}: not valid YAML/JSON{where}; check the syntax") from None
    return _settle(data, name)


def require_parent(path: Path, option: str = "") -> None:
    """An output file goes into a folder that exists: a typo in a path must not create a
    tree of folders somewhere unexpected."""
    parent = Path(path).expanduser().parent
    if not parent.is_dir():
        label = f"{option} {path}" if option else str(path)
        raise BadInput(
            f"{label}: the folder {parent} does not exist; create it first or pick another path"
        )


class _Refused(Exception):
    def __init__(self, reason: str, mark: Any = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line: int | None = getattr(mark, "line", None)


class _Bad:
    """A value that parsed but is no usable number; reported with its field by _settle."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


def _too_deep() -> str:
    return f"nested deeper than {MAX_DEPTH} levels; flatten the structure"


def _int_or_bad(text: str) -> int | _Bad:
    digits = sum(ch.isdigit() for ch in text)
    if digits > MAX_DIGITS:
        return _Bad(f"a number with {digits} digits is too long; give a plain number")
    return int(text)


def _float_or_bad(text: str, value: float) -> float | _Bad:
    if math.isnan(value):
        return _Bad(f"'{text}' is not a number; give a plain number such as 1500")
    if math.isinf(value):
        return _Bad(f"'{text[:20]}' is too large a number; give a plain number such as 1500")
    return value


def _json_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Refused(f"duplicate key '{key[:60]}'; keep one of them")
        out[key] = value
    return out


def _load_json(text: str) -> Any:
    try:
        return json.loads(
            text,
            object_pairs_hook=_json_pairs,
            parse_int=_int_or_bad,
            parse_float=lambda s: _float_or_bad(s, float(s)),
            parse_constant=lambda s: _float_or_bad(s, float(s)),
        )
    except RecursionError:
        raise _Refused(_too_deep()) from None


class _Loader(yaml.SafeLoader):
    """SafeLoader that counts depth while composing and refuses duplicate keys."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self.anchored = False

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:  # type: ignore[override]
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused(_too_deep(), self.peek_event().start_mark)
            node = super().compose_node(parent, index)
            if self._depth == 1:  # the root, before the composer forgets its anchors
                self.anchored = bool(self.anchors)
            return node  # type: ignore[no-any-return]
        finally:
            self._depth -= 1

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:  # type: ignore[override]
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == _MERGE_TAG:
                continue
            key = self.construct_object(key_node, deep=True)  # type: ignore[no-untyped-call]
            try:
                if key in seen:
                    raise _Refused(
                        f"duplicate key '{str(key)[:60]}'; keep one of them", key_node.start_mark
                    )
                seen.add(key)
            except TypeError:
                pass  # unhashable: the base constructor reports it
        return super().construct_mapping(node, deep)  # type: ignore[no-any-return]

    def construct_yaml_int(self, node: Node) -> Any:  # type: ignore[override]
        text = str(self.construct_scalar(node))  # type: ignore[arg-type]
        if sum(ch.isdigit() for ch in text) > MAX_DIGITS:
            return _int_or_bad(text)
        return super().construct_yaml_int(node)  # type: ignore[arg-type]

    def construct_yaml_float(self, node: Node) -> Any:  # type: ignore[override]
        text = str(self.construct_scalar(node))  # type: ignore[arg-type]
        return _float_or_bad(text, super().construct_yaml_float(node))  # type: ignore[arg-type]


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
_Loader.add_constructor("tag:yaml.org,2002:float", _Loader.construct_yaml_float)


_FAST: type[_Loader] | None = None
try:  # libyaml is in most wheels; without it the Python loader does everything
    from yaml._yaml import CParser

    class _FastLoader(CParser, _Loader):  # type: ignore[misc]
        """:class:`_Loader` reading its events from libyaml (the Python scanner is most of
        a brief's load time); composing (with its depth limit), the graph checks and
        construction stay the Python ones above."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)  # type: ignore[no-untyped-call]
            SafeConstructor.__init__(self)  # type: ignore[no-untyped-call]
            Resolver.__init__(self)  # type: ignore[no-untyped-call]
            self._depth = 0
            self.anchored = False

        # libyaml's own composer would recurse without a limit: compose in Python.
        check_node = Composer.check_node
        get_node = Composer.get_node
        get_single_node = Composer.get_single_node

    _FAST = _FastLoader
except ImportError:  # pragma: no cover - depends on the wheel
    pass


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _check_graph(root: Node) -> None:
    """Refuse a node graph whose aliases expand past the budget, nest too deep or loop.

    Sizes and depths are computed once per node (aliases share nodes), so even a billion
    laughs costs one pass over what the file spells out.
    """
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    open_: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        nid = id(node)
        kids = _children(node)
        if done:
            size[nid] = 1 + sum(size[id(k)] for k in kids)
            depth[nid] = 1 + max((depth[id(k)] for k in kids), default=0)
            open_.discard(nid)
            continue
        if nid in size:
            continue
        if nid in open_:
            raise _Refused(
                "an alias (*name) refers to itself; write the value out", node.start_mark
            )
        open_.add(nid)
        stack.append((node, True))
        stack.extend((k, False) for k in kids if id(k) not in size)
    if size[id(root)] - len(size) > ALIAS_BUDGET:
        raise _Refused(
            f"aliases (*name) expand to more than {ALIAS_BUDGET} extra values; "
            "write the values out instead"
        )
    if depth[id(root)] > MAX_DEPTH:
        raise _Refused(_too_deep())


# A tag ("!", "!!str", "!x") where a token starts ("Free delivery!" is no tag), or a block
# scalar header with a comment glued to it ("|#"; libyaml takes it, the Python loader not).
_DIVERGE = re.compile(r"(?:^|[\s\[\]{},])!|[|>][-+0-9]*#")


def _fast_safe(text: str) -> bool:
    """Whether libyaml reads ``text`` exactly as the Python loader does.  They differ on
    tabs, byte-order marks inside the text, tags, comments glued to a block scalar header
    and "?" inside a flow collection (the Python loader ends a plain word there); such
    texts take the Python loader alone.
    Linear in the text."""
    if "\t" in text or "\ufeff" in text or _DIVERGE.search(text):
        return False
    return not ("?" in text and ("{" in text or "[" in text))


def _load_yaml(text: str) -> Any:
    if _FAST is not None and _fast_safe(text):
        try:
            return _compose(_FAST(text))
        except Exception:  # noqa: S110 - the reference loader below decides and words it
            pass
    return _compose(_Loader(text))


def _compose(loader: _Loader) -> Any:
    try:
        node = loader.get_single_node()  # type: ignore[no-untyped-call]
        if node is None:
            return None
        # Without an anchor there is no alias: every node has one parent, so the size is
        # what the text spells out, nothing loops and compose_node already bounded the depth.
        if loader.anchored:
            _check_graph(node)
        return loader.construct_document(node)  # type: ignore[no-untyped-call]
    finally:
        loader.dispose()  # type: ignore[no-untyped-call]


def _path(parts: list[str | int]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _settle(data: Any, name: str) -> Any:
    """Walk the parsed data once: report unusable numbers by field, bound the depth and
    remove bidirectional controls from every string (keys included)."""
    if isinstance(data, _Bad):
        raise BadInput(f"{name}: {data.reason}")
    if isinstance(data, str):
        return strip_bidi(data)
    stack: list[tuple[Any, list[str | int]]] = [(data, [])]
    seen: set[int] = set()
    while stack:
        obj, where = stack.pop()
        if id(obj) in seen:
            continue  # shared through a YAML alias: already settled
        seen.add(id(obj))
        if len(where) >= MAX_DEPTH:
            raise BadInput(f"{name}: {_too_deep()}")
        if isinstance(obj, dict):
            if any(isinstance(k, str) and BIDI_CONTROLS.search(k) for k in obj):
                clean = {strip_bidi(k) if isinstance(k, str) else k: v for k, v in obj.items()}
                obj.clear()
                obj.update(clean)
            items: list[tuple[Any, Any]] = list(obj.items())
        elif isinstance(obj, list):
            items = list(enumerate(obj))
        else:
            continue
        for key, value in items:
            if isinstance(value, _Bad):
                raise BadInput(f"{name}: field '{_path([*where, key])}': {value.reason}")
            if isinstance(value, str):
                if BIDI_CONTROLS.search(value):
                    obj[key] = strip_bidi(value)
            elif isinstance(value, dict | list):
                stack.append((value, [*where, key]))
    return data
