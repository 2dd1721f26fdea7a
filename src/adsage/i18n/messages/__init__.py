"""Every message table, merged into one catalogue; a key defined twice is a bug."""

from __future__ import annotations

from adsage.i18n.catalogue import Message, PluralMessage
from adsage.i18n.messages import plan, sheet, units

_GROUPS: tuple[dict[str, Message], ...] = (units.MESSAGES, sheet.MESSAGES, plan.MESSAGES)


def _merge() -> dict[str, Message]:
    out: dict[str, Message] = {}
    for group in _GROUPS:
        for key, value in group.items():
            if key in out:
                raise ValueError(f"message key {key!r} is defined twice")
            out[key] = value
    return out


MESSAGES: dict[str, Message] = _merge()
PLURALS: dict[str, PluralMessage] = dict(units.PLURALS)
