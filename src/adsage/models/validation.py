"""Turn pydantic validation errors into one actionable line.

Every surface (CLI, chat, Slack) reports bad input the same way: the source, the field path
and what to do, on one line, so the user can fix the file without reading a traceback.
"""

from __future__ import annotations

import difflib
import inspect
from typing import Any, TypeVar, get_args

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


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if inspect.isclass(annotation) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _valid_fields(model: type[BaseModel] | None, loc: tuple[int | str, ...]) -> list[str]:
    """The field names accepted where an unknown field was found (nested models followed)."""
    for part in loc[:-1]:
        if model is None:
            return []
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part)
        model = _model_in(info.annotation) if info is not None else None
    if model is None:
        return []
    return [info.alias or name for name, info in model.model_fields.items()]


def _unknown(field: str, valid: list[str]) -> str:
    what = f"unknown field '{field}'"
    if not valid:
        return f"{what}; remove it or check the spelling"
    close = difflib.get_close_matches(field.rsplit(".", 1)[-1], valid, n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    return f"{what}; {hint}valid fields: {', '.join(valid)}"


def format_validation_error(
    exc: ValidationError, source: str, model: type[BaseModel] | None = None
) -> str:
    """Describe the first problem (and how many more there are) in one line."""
    # A misspelt field ("budjet") explains the "missing" one it was meant to be: report it first.
    errors = sorted(exc.errors(include_url=False), key=lambda e: e.get("type") != "extra_forbidden")
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
        what = _unknown(field, _valid_fields(model, loc))
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
        raise BadInput(format_validation_error(exc, source, model)) from None
