"""Prompt templates: one sandboxed Jinja environment over ``prompts/``.

Briefs and retrieved documents are written by people we do not control, so they never become
template source or free-standing prompt text: templates pass them through the ``data`` filter,
which serialises the value as JSON inside a ``<data name="...">`` block that the value itself
cannot close.  The system prompt tells the model that block contents are data, never
instructions.  The environment is sandboxed as a second line of defence in case a template
author ever renders user text as a template.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adsage.errors import ConfigError
from adsage.paths import prompts_dir

if TYPE_CHECKING:
    from jinja2 import Environment

_BLOCK_NAME = re.compile(r"[a-z][a-z0-9_]{0,40}")
# Any "<data" or "</data" (any case, optional spaces) that could open or close a block.
_TAG = re.compile(r"<(?=\s*/?\s*data)", re.IGNORECASE)


def data_block(value: Any, name: str = "data") -> str:
    """Serialise ``value`` as JSON inside a delimited block the value cannot escape.

    ``<`` only ever occurs inside JSON string literals, where ``\\u003c`` is an equivalent
    escape, so the neutralised text is still valid JSON that decodes to the original value.
    """
    if not _BLOCK_NAME.fullmatch(name):
        raise ValueError(f"data block name {name!r} must be a short lower-case identifier")
    text = json.dumps(_plain(value), ensure_ascii=False, separators=(", ", ": "), default=str)
    text = _TAG.sub(r"\\u003c", text)
    return f'<data name="{name}">\n{text}\n</data>'


def _plain(value: Any) -> Any:
    """Pydantic models and dataclasses as plain JSON-ready structures."""
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json")
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is not None:
        return {k: _plain(getattr(value, k)) for k in fields}
    return value


@lru_cache(maxsize=4)
def _environment(root: Path) -> Environment:
    from jinja2 import FileSystemLoader, StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = ImmutableSandboxedEnvironment(
        loader=FileSystemLoader(str(root)),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
        keep_trailing_newline=False,
    )
    env.filters["data"] = data_block
    return env


def environment() -> Environment:
    """The shared environment for the current prompts folder (cached per folder)."""
    return _environment(prompts_dir().resolve())


def render(name: str, **data: Any) -> str:
    """Render ``prompts/<name>`` (``.j2`` is added when missing) with ``data``.

    A missing template or variable is a setup error, not a drafting error, so it surfaces as
    :class:`ConfigError` naming the template.
    """
    from jinja2 import TemplateNotFound, UndefinedError

    file = name if name.endswith(".j2") else f"{name}.j2"
    try:
        template = environment().get_template(file)
        return template.render(**data).strip() + "\n"
    except TemplateNotFound:
        raise ConfigError(
            f"prompt template {file} not found in {prompts_dir()}; check ADSAGE_PROMPTS_DIR"
        ) from None
    except UndefinedError as exc:
        raise ConfigError(f"prompt template {file}: {exc.message}") from None
