"""Work a command start repeats every time, kept under ``ADSAGE_HOME/startup``.

:func:`rule_yaml` keeps the parsed data of rule files (see there).

:func:`checked_rules` keeps that a rule file passed validation, so pydantic loads only when
the file or the code reading it changes.

:class:`Programs` keeps compiled regular expressions.  ``re.compile`` parses a pattern and
turns it into a program for the ``_sre`` engine; for the goal checker's large patterns that
is most of a ``check goal`` run (about 50 ms), while the programs never change.  They are
kept as plain data (``marshal`` of ints, bytes, strings, tuples and dicts) keyed by the
Python build and the engine's ``MAGIC`` and code size; a CRC-32 of the record catches a
damaged file (hashlib's first use alone costs more than the whole read).  A program is
handed to ``_sre.compile`` with exactly the arguments ``re.compile`` would pass, so the
pattern object is equal to ``re.compile``'s.  A missing, corrupt, foreign or unwritable
record only means patterns are compiled as usual.
"""

from __future__ import annotations

import datetime
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

_FORMAT = 1
_MAX_KEPT = 2000  # programs kept in one record; beyond it only those of the latest run


def startup_dir() -> Path | None:
    """``ADSAGE_HOME/startup`` (the default home when unset); None for an empty setting."""
    home = os.environ.get("ADSAGE_HOME")
    if home is None:
        from platformdirs import user_data_dir

        home = user_data_dir("adsage", appauthor=False)
    return Path(home) / "startup" if home else None


def _code_type() -> str:
    """The array type of the engine's code words (unsigned, ``_sre.CODESIZE`` bytes)."""
    import _sre

    return next(t for t in "IL" + "Q" if array(t).itemsize == _sre.CODESIZE)


def _engine_key() -> str:
    import _sre

    return f"{_FORMAT}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}"


def program(pattern: str, flags: int = 0) -> tuple[Any, ...]:
    """The arguments after ``pattern`` that ``re.compile(pattern, flags)`` gives
    ``_sre.compile`` (the same steps as ``re._compiler.compile`` on Python 3.11-3.13)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = array(_code_type(), _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def from_program(pattern: str, args: tuple[Any, ...]) -> re.Pattern[str]:
    import _sre

    final, code, groups, groupindex, indexgroup = args
    ops = array(_code_type(), code).tolist()
    return _sre.compile(pattern, final, ops, groups, dict(groupindex), tuple(indexgroup))  # type: ignore[no-any-return]


class Programs:
    """Compiled patterns of one part of the code, read from and written to one record."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._table: dict[tuple[str, int], tuple[Any, ...]] | None = None
        self._used: set[tuple[str, int]] = set()
        self._added = False

    def _path(self) -> Path | None:
        folder = startup_dir()
        if folder is None:
            return None
        return folder / f"regex-{self.name}-{zlib.crc32(_engine_key().encode()):08x}.bin"

    def _load(self) -> dict[tuple[str, int], tuple[Any, ...]]:
        if self._table is not None:
            return self._table
        table: dict[tuple[str, int], tuple[Any, ...]] = {}
        try:
            path = self._path()
            blob = path.read_bytes() if path else b""
            check, body = blob[:4], blob[4:]
            if body and zlib.crc32(body).to_bytes(4, "big") == check:
                key, loaded = marshal.loads(body)
                if key == _engine_key() and isinstance(loaded, dict):
                    table = loaded
        except (OSError, ValueError, EOFError, TypeError):
            table = {}
        self._table = table
        return table

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the record when it holds the program."""
        table = self._load()
        key = (pattern, int(flags))
        self._used.add(key)
        args = table.get(key)
        if args is not None:
            try:
                return from_program(pattern, args)
            except (TypeError, ValueError, RuntimeError):
                del table[key]  # a damaged entry: compiled again below
        if flags & re.DEBUG:
            return re.compile(pattern, flags)
        try:
            args = program(pattern, int(flags))
            compiled = from_program(pattern, args)
        except Exception:  # noqa: BLE001 - invalid pattern or other internals: re says why
            return re.compile(pattern, flags)
        table[key] = args
        self._added = True
        return compiled

    def save(self, *, at_import: bool = False) -> None:
        """Write the record if this run compiled anything new; failures are ignored.
        ``at_import``: called while a module loads, which must not create folders (a
        command that stops on bad input leaves no home behind), so only an existing home
        gets the record."""
        if not self._added or self._table is None:
            return
        folder = startup_dir()
        if at_import and folder is not None and not folder.parent.is_dir():
            return  # kept in memory; a run in an existing home writes it
        self._added = False
        table = self._table
        if len(table) > _MAX_KEPT:
            table = {k: v for k, v in table.items() if k in self._used}
        path = self._path()
        if path is not None:
            _write(path, marshal.dumps((_engine_key(), table)))


_BY_NAME: dict[str, Programs] = {}


def programs(name: str) -> Programs:
    """The one :class:`Programs` of ``name`` in this process."""
    if name not in _BY_NAME:
        _BY_NAME[name] = Programs(name)
    return _BY_NAME[name]


# ---------- rule files: their parsed YAML, kept by content ----------


_Path = tuple[Any, ...]  # keys and list indices from the top of a file's data to a value


def _plain(value: Any, at: _Path = (), dates: list[tuple[_Path, int]] | None = None) -> bool:
    """Only what marshal writes and reads back unchanged, plus dates (YAML's ``2026-11-30``,
    in every ``as_of``): their places are listed in ``dates`` as day ordinals, and put back
    on reading.  Anything else (a time of day, a set) keeps the file out of the records."""
    if isinstance(value, dict):
        return all(
            (k is None or type(k) in (str, int, float, bool)) and _plain(v, (*at, k), dates)
            for k, v in value.items()
        )
    if isinstance(value, list):
        return all(_plain(v, (*at, i), dates) for i, v in enumerate(value))
    if type(value) is datetime.date and dates is not None:
        dates.append((at, value.toordinal()))
        return True
    return value is None or type(value) in (str, int, float, bool)


def _dated(data: Any, dates: list[tuple[_Path, int]], put: bool | None) -> Any:
    """``data`` with each of ``dates`` set in its place (``put``) or cleared (None, for
    marshal, which has no dates), in place; returns the data (a date for a bare date)."""
    for at, ordinal in dates:
        day = datetime.date.fromordinal(ordinal) if put else None
        if not at:
            return day
        holder = data
        for step in at[:-1]:
            holder = holder[step]
        holder[at[-1]] = day
    return data


def rule_yaml(path: Path) -> Any:
    """The data of a YAML rule file, read with libyaml's safe loader when available.

    Parsing is most of the cost, and the parse of the same text is always the same data, so
    it is kept under ``ADSAGE_HOME/startup`` keyed by the file's path, length and CRC-32 (a
    file whose data holds other types than marshal's and dates, a time of day for instance,
    is parsed every time).  A file that cannot be read or parsed raises
    :class:`~adsage.errors.BadInput` naming it.
    """
    return _rule_yaml(path)[0]


def checked_rules(path: Path, schema: str, check: Callable[[Any], object]) -> Any:
    """The data of a YAML rule file that ``check`` accepted (it raises when it does not).

    ``check`` validates with pydantic, whose import alone costs more than a ``check goal``
    run, while the same text always gets the same verdict: so an acceptance is kept beside
    the parsed data, keyed by the file's content and by ``schema`` (a fingerprint of the
    code that reads the data, see :func:`source_stamp`), and ``check`` runs again only when
    either changed.  Without a home every call checks.
    """
    data, stamp = _rule_yaml(path)
    folder = startup_dir()
    record = folder / f"ok-{path.stem}-{zlib.crc32(stamp[0].encode()):08x}.bin" if folder else None
    key = (_FORMAT, *stamp, schema)
    try:
        blob = record.read_bytes() if record else b""
        body = blob[4:]
        if body and zlib.crc32(body).to_bytes(4, "big") == blob[:4] and marshal.loads(body) == key:
            return data
    except (OSError, ValueError, EOFError, TypeError):
        pass
    check(data)
    if record is not None:
        _write(record, marshal.dumps(key))
    return data


def source_stamp(*files: str) -> str:
    """A fingerprint of source files (CRC-32 of each): a schema key for :func:`checked_rules`
    that changes whenever the code defining the data's shape does."""
    parts = []
    for name in files:
        try:
            parts.append(f"{zlib.crc32(Path(name).read_bytes()):08x}")
        except OSError:
            parts.append(f"{os.getpid()}-{id(parts)}")  # unreadable: never matches a record
    return "|".join(parts)


def _rule_yaml(path: Path) -> tuple[Any, tuple[str, int, int]]:
    from adsage.errors import BadInput

    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise BadInput(f"{path}: cannot read rule file ({exc.strerror or exc})") from exc
    try:
        return _parsed(path, text)
    except Exception as exc:
        import yaml

        if isinstance(exc, yaml.YAMLError):
            raise BadInput(f"{path}: not valid YAML ({exc})") from exc
        raise


def yaml_data(path: Path, text: str) -> Any:
    """``text`` (read from ``path``) parsed by libyaml's safe loader when available, else
    PyYAML's: the same data as ``yaml.load`` gives, kept under ``ADSAGE_HOME/startup`` as
    :func:`rule_yaml` keeps it.  Invalid YAML raises ``yaml.YAMLError``, as the parse does,
    so each caller words its own error (and PyYAML is imported only to parse)."""
    return _parsed(path, text)[0]


def _parsed(path: Path, text: str) -> tuple[Any, tuple[str, int, int]]:
    raw = text.encode("utf-8")
    stamp = (str(path), len(raw), zlib.crc32(raw))
    folder = startup_dir()
    record = (
        folder / f"yaml-{path.stem}-{zlib.crc32(stamp[0].encode()):08x}.bin" if folder else None
    )
    key = (_FORMAT, "dates", *stamp)
    try:
        blob = record.read_bytes() if record else b""
        if blob[4:] and zlib.crc32(blob[4:]).to_bytes(4, "big") == blob[:4]:
            got, data, kept = marshal.loads(blob[4:])
            if got == key:
                return _dated(data, kept, True), stamp
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
        pass
    import yaml

    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - safe loader
    dates: list[tuple[_Path, int]] = []
    if record is not None and _plain(data, (), dates):
        _write(record, marshal.dumps((key, _dated(data, dates, None), dates)))
        _dated(data, dates, True)
    return data, stamp


def _write(path: Path, body: bytes) -> None:
    """Replace ``path`` with ``body`` behind its CRC-32; a home that refuses is left alone."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(zlib.crc32(body).to_bytes(4, "big") + body)
        os.replace(tmp, path)
    except (OSError, ValueError):
        return
