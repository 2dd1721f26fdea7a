"""What the bot says by itself: the ``slack.*`` messages of the one catalogue.

Numbers are formatted for the thread's language before they are put in a message, so a Polish
thread reads "50 434", never "50,434".
"""

from __future__ import annotations

from typing import Any

from adsage.i18n import number
from adsage.i18n import t as _t


def t(lang: str, key: str, **kw: Any) -> str:
    shown = {
        k: number(v, lang) if isinstance(v, int | float) and not isinstance(v, bool) else v
        for k, v in kw.items()
    }
    return _t(f"slack.{key}", lang, **shown)
