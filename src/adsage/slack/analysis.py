"""Ads Manager exports shared in a thread, analysed as ``adsage analyze`` analyses them.

When a message shares files and no model takes the turn (none is configured, or the message
is only the files or a plain question), each export is fetched through
:func:`adsage.slack.files.download` (Slack's file host only, size-capped, redirects refused),
judged by :func:`adsage.analysis.core.analyze_file` exactly as the CLI judges it, and only
translated here into Slack text: the verdict, one line per ad, the notes and warnings, and the
recommendations with numbered sources (kept with the thread, so ``sources`` shows them again).
A file that is not an export, or cannot be fetched, gets one line saying why.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adsage.analysis.texts import fmt_metric, num, pct
from adsage.errors import AdsageError, BadInput
from adsage.slack.files import KINDS, safe_name, shared
from adsage.slack.render import sources_text
from adsage.slack.safety import escape
from adsage.slack.texts import t

if TYPE_CHECKING:
    from adsage.slack.work import Advisor, Progress

DIAGNOSTICS = ("roas", "ctr", "cvr")  # shown beside the metric the ads are judged on
# what the campaign buys, said in the message ("objective: leads", "cel kampanii: sprzedaż")
_OBJECTIVE = re.compile(
    r"\b(?:objective|cel kampanii)\s*[:=]\s*(promocja aplikacji|[\w-]+)", re.IGNORECASE
)


def analyse_shared(
    adv: Advisor,
    files: list[dict[str, Any]],
    key: str,
    words: str,
    lang: str,
    progress: Progress,
    client: Any,
) -> tuple[str, str]:
    """Every file of the message analysed or refused in one line: (text, language).

    ``lang`` is the language the user wrote in; a message without words lets the export's
    headers decide, as in the CLI.  ``objective: leads`` among the words says what the
    campaign buys, as ``--objective`` does."""
    from adsage.analysis.primary import normalize_objective

    asked = _OBJECTIVE.search(words)
    try:
        objective = normalize_objective(asked.group(1) if asked else None, "objective")
    except BadInput as exc:
        return t(lang, "error", msg=escape(str(exc))), lang
    reply_lang = lang
    lang_or_none = lang if words.strip() else None
    parts = [
        t(reply_lang, "not_export", name=f"`{escape(safe_name(str(f.get('name') or '')))}`")
        for f in files
        if Path(safe_name(str(f.get("name") or ""))).suffix.lower() not in KINDS
    ]
    exports = shared(files)
    if not exports:
        return "\n".join(parts), reply_lang
    progress(reply_lang)
    cited: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="adsage-slack-files-") as tmp:
        for name, file_id in exports.items():
            try:
                data = _analyse(adv, client, file_id, Path(tmp), lang_or_none, objective)
            except BadInput as exc:
                parts.append(_refused(reply_lang, name, str(exc)))
                continue
            reply_lang = lang_or_none or str(data["lang"])
            parts.append(analysis_text(name, data, cited))
            adv.threads.remember(key, "bot", f"analysis: {name}")
    if cited:
        parts.append(sources_text(cited, reply_lang))
        adv.threads.update(key, sources=cited)
    return "\n\n".join(parts), reply_lang


def _analyse(
    adv: Advisor, client: Any, file_id: str, folder: Path, lang: str | None, objective: str | None
) -> Any:
    from adsage.analysis.core import analyze_file
    from adsage.slack.files import download

    if client is None:
        raise BadInput("this thread's files cannot be fetched here")
    path = download(client, file_id, folder)
    try:
        searcher = adv.searcher()
    except AdsageError:  # the analysis stands without citations, as in the CLI
        searcher = None
    try:
        return analyze_file(path, objective=objective, lang=lang, searcher=searcher).to_json()
    except BadInput as exc:  # the reader names the file by its temporary path
        raise BadInput(str(exc).replace(str(path), path.name)) from None


def _refused(lang: str, name: str, reason: str) -> str:
    """One line: the file and the first line of why (without the name said twice)."""
    why = (reason.splitlines() or ["error"])[0]
    for prefix in (f"file {escape(name)}: ", f"{name}: "):
        why = why.removeprefix(prefix)
    return t(lang, "file_refused", name=f"`{escape(name)}`", why=escape(why))


def analysis_text(name: str, data: dict[str, Any], cited: list[dict[str, Any]]) -> str:
    """The CLI's analysis as Slack mrkdwn; citations are numbered into ``cited``."""
    lang, cur = str(data["lang"]), data["currency"]
    lines = [f"*{t(lang, 'analysis_title', name=f'`{escape(name)}`')}*", escape(data["verdict"])]
    lines += [_ad_line(ad, data) for ad in data["ads"]]
    meta = [t(lang, "analysis_currency", currency=escape(cur))] if cur else []
    if data["reporting"]:
        period = f"{data['reporting']['starts']} – {data['reporting']['ends']}"
        meta.append(t(lang, "analysis_reporting", period=escape(period)))
    if data["attribution"]:
        meta.append(t(lang, "analysis_attribution", what=escape("; ".join(data["attribution"]))))
    if meta:
        lines.append(" · ".join(meta))
    lines += [f"_{_note(note, data)}_" for note in data["notes"]]
    goal = data["goal"]
    if goal:
        lines.append(escape(str(goal.get("summary") or goal.get("reason") or "")))
    if data["recommendations"]:
        lines.append(f"*{t(lang, 'analysis_recommendations')}*")
        for rec in data["recommendations"]:
            marks = "".join(f"[{_number(c, cited)}]" for c in rec["citations"])
            lines.append(f"• {escape(rec['text'])}" + (f" {marks}" if marks else ""))
    lines += [f":warning: {escape(w['message'])}" for w in data["warnings"]]
    for s in data["skipped_rows"]:
        lines.append(t(lang, "analysis_skipped", row=s["row"], reason=escape(str(s["reason"]))))
    return "\n".join(line for line in lines if line)


def _note(note: dict[str, str], data: dict[str, Any]) -> str:
    """A note of the analysis; the one asking for ``--objective`` says how to say it here."""
    if note.get("code") == "metric_guessed":
        return t(data["lang"], "analysis_guessed", metric=escape(data["metric_name"]))
    return escape(note["message"])


def _ad_line(ad: dict[str, Any], data: dict[str, Any]) -> str:
    """One ad: the metric it is judged on first, then the diagnostics the export has."""
    lang, metric = data["lang"], data["metric"]
    shown = [metric] + [
        m for m in DIAGNOSTICS if m != metric and any(a[m] is not None for a in data["ads"])
    ]
    figures = [f"{m.upper()} {fmt_metric(m, ad[m], lang, data['currency'])}" for m in shown]
    if ad["conversions"] is not None:
        figures.append(t(lang, "analysis_conversions", n=num(ad["conversions"], lang, 0)))
    figures.append(f"P(best) {pct(ad['prob_best'], lang, 1)}")
    return f"• *{escape(ad['name'])}*: " + " · ".join(figures)


def _number(citation: dict[str, Any], cited: list[dict[str, Any]]) -> int:
    """The citation's number in this reply, the same for every recommendation it backs."""
    for c in cited:
        if c["id"] == citation["id"]:
            return int(c["n"])
    cited.append({"n": len(cited) + 1, **citation})
    return len(cited)
