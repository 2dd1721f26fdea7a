"""Every message table, merged into one catalogue; a key defined twice is a bug.

Each module in this package holds one area's table (``MESSAGES``, optionally ``PLURALS``) and
is found by name, so adding an area never edits this file.
"""

from __future__ import annotations

import importlib
import pkgutil

from adsage.i18n.catalogue import Message, PluralMessage


def _merge() -> tuple[dict[str, Message], dict[str, PluralMessage]]:
    messages: dict[str, Message] = {}
    plurals: dict[str, PluralMessage] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for table, out in (
            (getattr(module, "MESSAGES", {}), messages),
            (getattr(module, "PLURALS", {}), plurals),
        ):
            for key, value in table.items():
                if key in out:
                    raise ValueError(f"message key {key!r} is defined twice ({info.name})")
                out[key] = value
    return messages, plurals


MESSAGES, PLURALS = _merge()
