"""Read and validate rule files.

Rule files are edited by hand, so a mistake must point at the file and the field; it is
reported as :class:`BadInput` (exit 2) rather than surfacing as a traceback deep in a checker.
Parsed files are cached because checkers run in hot loops (evals, drafting retries).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

from pydantic import BaseModel

from adsage.errors import BadInput
from adsage.models.validation import validate_or_bad_input
from adsage.paths import rules_dir

M = TypeVar("M", bound=BaseModel)


def _parse(path: Path, text: str) -> Any:
    """The file's data, parsed by libyaml's loader when the wheel has it (the same safe
    subset, several times faster) and kept between runs (see
    :func:`adsage.startup_cache.yaml_data`): a cold plan reads every rule file, phrase bank
    and category file (0.1 s of parsing for the categories alone), whose text rarely
    changes."""
    from adsage.startup_cache import yaml_data

    return yaml_data(path, text)


def _is_yaml_error(exc: Exception) -> bool:
    import yaml  # only on a failure: a parse imported it already

    return isinstance(exc, yaml.YAMLError)


@lru_cache(maxsize=32)
def _read(name: str) -> Any:
    path = rules_dir() / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BadInput(
            f"rule file {path} is missing; restore it or set ADSAGE_KNOWLEDGE_DIR"
        ) from None
    except OSError as exc:
        raise BadInput(f"rule file {path} cannot be read: {exc.strerror}") from None
    try:
        return _parse(path, text)
    except Exception as exc:
        if not _is_yaml_error(exc):
            raise
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise BadInput(f"rule file {path} is not valid YAML{where}; fix the syntax") from None


def load_rules(name: str, model: type[M]) -> M:
    """Parse ``knowledge/rules/<name>`` as ``model``; errors name the file and the field.

    Cached per (file, model): the returned models are frozen, so sharing them is safe.
    """
    return cast(M, _load(name, model))


@lru_cache(maxsize=32)
def _load(name: str, model: type[BaseModel]) -> BaseModel:
    data = _read(name)
    if not isinstance(data, dict):
        raise BadInput(f"rule file {rules_dir() / name} must contain a mapping at the top level")
    return validate_or_bad_input(model, data, f"rule file {rules_dir() / name}")


def read_yaml_mapping(path: Path, label: str) -> dict[str, Any]:
    """Read a hand-edited YAML data file that must hold a mapping; errors name the file."""
    try:
        data = _parse(path, path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadInput(f"{label} {path} is missing; restore it from the repository") from None
    except Exception as exc:
        if not _is_yaml_error(exc):
            raise
        raise BadInput(f"{label} {path} is not valid YAML; fix the syntax") from None
    if not isinstance(data, dict):
        raise BadInput(f"{label} {path} must contain a mapping at the top level")
    return data


def clear_caches() -> None:
    """Forget parsed files (tests that point ADSAGE_KNOWLEDGE_DIR elsewhere need this)."""
    _read.cache_clear()
    _load.cache_clear()
