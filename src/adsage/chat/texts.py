"""What the chat says: the ``chat.*`` messages of the one catalogue (:mod:`adsage.i18n`)."""

from __future__ import annotations

from typing import Any

from adsage.i18n import t as _t


def t(lang: str, key: str, **kw: Any) -> str:
    return _t(f"chat.{key}", lang, **kw)
