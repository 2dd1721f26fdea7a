"""The Slack side of a model turn: the thread's brief and files in, messages out.

The conversation core (:func:`adsage.advisor.conversation.model_turn.converse`) reads the
brief, runs the model's tool calls and checks its reply, exactly as in the chat.  Here the
thread's working brief is loaded and saved, the exports shared in the thread are offered
to the analysis tool (fetched through the bot's Web API client only when the tool asks),
and the result is rendered: the reply, what was not used, each check's verdict, the cited
sources, and the plan with its buttons when one was built.
"""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adsage.errors import BadInput
from adsage.i18n import t as i18n_t
from adsage.slack.blocks import text_messages
from adsage.slack.quick import findings_text
from adsage.slack.render import sources_text
from adsage.slack.safety import escape
from adsage.slack.texts import t

if TYPE_CHECKING:
    from adsage.advisor.conversation.model_turn import ModelTurn
    from adsage.slack.work import Advisor, Outcome, Progress


def _fetcher(client: Any, file_id: str, folder: Path) -> Path:
    from adsage.slack.files import download

    if client is None:
        raise BadInput("file: this thread's files cannot be fetched here")
    return download(client, file_id, folder)


def model_reply(
    adv: Advisor, text: str, key: str, lang: str, progress: Progress, client: Any
) -> Outcome:
    from adsage.advisor.conversation.model_turn import converse
    from adsage.slack.work import Outcome

    doc = adv.threads.load(key)
    brief = dict(doc.get("partial") or doc.get("brief") or {})
    progress(lang)
    with tempfile.TemporaryDirectory(prefix="adsage-slack-files-") as tmp:
        attachments: dict[str, Any] = {
            name: partial(_fetcher, client, file_id, Path(tmp))
            for name, file_id in (doc.get("files") or {}).items()
        }
        result = converse(
            text,
            lang=lang,
            brief=brief,
            settings=adv.settings,
            searcher=adv.searcher,
            engine=adv.engine,
            attachments=attachments,
            history=adv.threads.history(key, last=adv.settings.chat_history + 1),
        )
    adv.last_turn = result.turn
    if result.text:
        adv.threads.remember(key, "bot", result.text)
    lang = result.lang
    adv.threads.update(key, lang=lang)
    saved = save_brief(adv, key, result)
    messages = text_messages(reply_text(result), lang, safe=True)
    if result.plan is not None and saved is not None:
        messages += adv.show_plan(result.plan, saved, key)
    return Outcome(messages)


def save_brief(adv: Advisor, key: str, result: ModelTurn) -> Any | None:
    """The thread keeps the working brief: a validated Brief once complete, else the partial."""
    from adsage.advisor.brief_extract import to_brief

    if not result.brief:
        return None
    if result.missing:
        adv.threads.update(key, partial=result.brief)
        return None
    try:
        brief = to_brief(result.brief)
    except BadInput:  # complete but not yet consistent: kept, and the plan tool says why
        adv.threads.update(key, partial=result.brief)
        return None
    adv.threads.update(key, brief=brief.model_dump(mode="json"), partial=None)
    return brief


def reply_text(result: ModelTurn) -> str:
    lang = result.lang
    lines = [escape(result.text)] if result.text else []
    lines += [f"_{escape(note)}_" for note in result.notes()]
    if result.missing and result.changed:
        fields = ", ".join(f"`{escape(m)}`" for m in result.missing)
        lines.append(t(lang, "brief_missing", fields=fields))
    for check in result.checks:
        title = i18n_t(f"conversation.check.{check.name}", lang)
        verdict = t(lang, "check_ok" if check.report.ok else "check_bad")
        lines.append(f"*{escape(title)}: {verdict}*")
        if check.report.findings:
            lines.append(findings_text(check.report.findings))
    cited = result.cited()
    if cited:
        lines.append(sources_text(cited, lang))
    return "\n".join(lines)
