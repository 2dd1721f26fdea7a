"""Turn pydantic validation errors into one actionable line.

Every surface (CLI, chat, Slack) reports bad input the same way: the source, the field path
and what to do, on one line, so the user can fix the file without reading a traceback.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from adsage.errors import BadInput

M = TypeVar("M", bound=BaseModel)


def _loc(parts: tuple[int | str, ...]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def format_validation_error(exc: ValidationError, source: str) -> str:
    """Describe the first problem (and how many more there are) in one line."""
    errors = exc.errors(include_url=False)
    if not errors:
        return f"{source}: invalid input"
    first: dict[str, Any] = dict(errors[0])
    # Union and function validators add labels such as "function-after[...]" or "list[str]"
    # to the path; they mean nothing to the user.
    loc = tuple(
        p for p in first.get("loc", ()) if not (isinstance(p, str) and ("[" in p or "-" in p))
    )
    field = _loc(loc)
    kind = first.get("type", "")
    if kind == "extra_forbidden":
        what = f"unknown field '{field}'; remove it or check the spelling"
    elif kind == "missing":
        what = f"missing required field '{field}'; add it"
    else:
        msg = str(first.get("msg", "invalid value")).removeprefix("Value error, ")
        what = f"field '{field}': {msg}"
    more = len(errors) - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{source}: {what}{tail}"


def validate_or_bad_input(model: type[M], data: Any, source: str) -> M:
    """Validate ``data`` as ``model``; a failure becomes :class:`BadInput` (exit 2)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise BadInput(format_validation_error(exc, source)) from None
