"""The Slack bot: the advisor in team channels, threads and DMs.

A thin adapter: :mod:`adsage.slack.work` turns a request into core calls and
:mod:`adsage.slack.app` turns the results into Block Kit in the same thread.  Importing this
package loads nothing from Slack; :func:`build_app` does, when called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from slack_bolt import App


def build_app(settings: Any, **kwargs: Any) -> App:
    from adsage.slack.app import build_app as _build

    return _build(settings, **kwargs)


__all__ = ["build_app"]
