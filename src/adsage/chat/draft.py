"""Drafting commands: /plan, /copy, /persona, /formats, /variants and /export.

They all need a complete working brief; :meth:`Chat.brief` says what is missing otherwise.
The work itself is the core's (plan builder, drafting engine, variants, export); this module
only renders it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from adsage.advisor.conversation.calls import COPY_COUNT, VARIANT_COUNT
from adsage.chat.commands import command, count_arg, problem, usage_error
from adsage.chat.texts import t
from adsage.i18n import t as t_common
from adsage.render.labels import coded

if TYPE_CHECKING:
    from adsage.chat.core import Chat

VARY = ("primary_text", "headline", "description", "cta", "image", "audience")


def _badge(report: Any, lang: str) -> str:
    if report.ok and not report.findings:
        return t(lang, "badge.ok")
    return t(lang, "badge.warnings" if report.ok else "badge.errors")


@command("plan")
def _plan(chat: Chat, args: list[str], raw: str) -> None:
    from adsage.advisor.plan import build_plan
    from adsage.render.plan_md import plan_markdown

    result = build_plan(
        chat.brief(), settings=chat.settings, searcher=chat.searcher, engine=chat.engine
    )
    chat.out.markdown(plan_markdown(result))
    chat.session.sources = [
        {"n": c.n, "title": c.title, "section": c.section, "source": c.source}
        for c in result.citations
    ]


@command("copy")
def _copy(chat: Chat, args: list[str], raw: str) -> None:
    run_copy(chat, count_arg(chat, "copy", args, *COPY_COUNT), None)


def run_copy(chat: Chat, n: int, field: str | None) -> None:
    """Drafts; when only one field was asked for ("three headlines") only that is shown."""
    from adsage.advisor.conversation.drafts import copy_drafts

    if not 1 <= n <= 10:
        raise usage_error(chat, "copy", problem(chat, "count", lo=1, hi=10, value=n))
    drafts = copy_drafts(
        chat.brief(), n, field, settings=chat.settings, searcher=chat.searcher, engine=chat.engine
    )
    for i, d in enumerate(drafts, 1):
        if field in ("headline", "primary_text", "description", "cta"):
            chat.out.say(f"{i}. {getattr(d, field)}  [{_badge(d.report, chat.lang)}]")
            continue
        chat.out.say(f"{i}. [{d.framework} · {d.persona} · {_badge(d.report, chat.lang)}]")
        chat.out.say(f"   {d.primary_text}")
        chat.out.say(f"   {d.headline} | {d.description} | {coded('cta', d.cta, chat.lang)}")
    bad = [(i, d) for i, d in enumerate(drafts, 1) if d.report.findings]
    for i, d in bad:
        chat.out.report(
            t(chat.lang, "check_title.draft", i=i), d.report.findings, d.report.ok, chat.lang
        )


@command("persona")
def _persona(chat: Chat, args: list[str], raw: str) -> None:
    from adsage.advisor.conversation.calls import personas

    found = personas(
        chat.brief(), settings=chat.settings, searcher=chat.searcher, engine=chat.engine
    )
    for p in found:
        chat.out.markdown(persona_text(p, chat.lang, bold="**"))


def persona_text(p: Any, lang: str, *, bold: str) -> str:
    """One persona as a name line and a bullet per trait, labels in ``lang``."""
    label = lambda key: t_common(f"conversation.persona.{key}", lang)  # noqa: E731
    return (
        f"{bold}{p.name}{bold}: {p.demographics}\n\n"
        f"- {label('wants')}: {'; '.join(p.motivations)}\n"
        f"- {label('pains')}: {'; '.join(p.pains)}\n"
        f"- {label('objections')}: {'; '.join(p.objections)}\n"
        f"- {label('scrolls')}: {', '.join(p.where_they_scroll)}\n"
        f"- {label('angle')}: {p.message_angle}\n"
    )


@command("formats")
def _formats(chat: Chat, args: list[str], raw: str) -> None:
    from adsage.advisor.conversation.calls import formats

    found = formats(
        chat.brief(), settings=chat.settings, searcher=chat.searcher, engine=chat.engine
    )
    for f in found:
        specs = "".join(f"\n   - {s}" for s in f.specs)
        name = t_common(f"doc.format.{f.format}", chat.lang)
        chat.out.say(f"{f.rank}. {name} ({', '.join(f.placements)}): {f.reason}{specs}")


@command("variants")
def _variants(chat: Chat, args: list[str], raw: str) -> None:
    if not args or args[0] not in VARY:
        import difflib

        close = difflib.get_close_matches(args[0], VARY, n=1) if args else []
        why = (
            problem(chat, "field_close", close=close[0])
            if close
            else problem(chat, "field_one_of", fields=", ".join(VARY))
        )
        raise usage_error(chat, "variants", why)
    run_variants(chat, args[0], count_arg(chat, "variants", args[1:], *VARIANT_COUNT))


def run_variants(chat: Chat, field: str, n: int) -> None:
    from adsage.variants import generate_variants

    if not 2 <= n <= 5:
        raise usage_error(chat, "variants", problem(chat, "count", lo=2, hi=5, value=n))
    result = generate_variants(
        chat.brief(), field, n, settings=chat.settings, engine=chat.engine, searcher=chat.searcher
    )
    chat.last_variants = result
    vary = getattr(result, "vary", "")
    for v in result.variants:
        chat.out.say(f"{v.name} [{_badge(v.report, chat.lang)}]")
        varied = getattr(v, vary, None) if vary in ("image", "audience") else None
        if varied:  # the element under test is not part of the text, so show it first
            chat.out.say(f"   {vary}: {varied}")
        chat.out.say(f"   {v.primary_text}")
        chat.out.say(f"   {v.headline} | {v.description} | {coded('cta', v.cta, chat.lang)}")
    set_report = getattr(result, "set_report", None)
    if set_report is not None:
        chat.out.report(
            t(chat.lang, "check_title.variant_set"), set_report.findings, set_report.ok, chat.lang
        )
    ab = getattr(result, "ab_plan", None) or {}
    verdict = ab.get("verdict") if isinstance(ab, dict) else getattr(ab, "verdict", None)
    if verdict:
        chat.out.say(verdict)


@command("export")
def _export(chat: Chat, args: list[str], raw: str) -> None:
    from adsage.export import ads_manager_rows, write_csv

    if len(args) != 1 or not args[0].lower().endswith(".csv"):
        raise usage_error(chat, "export", problem(chat, "csv_name"))
    if chat.last_variants is None:
        run_variants(chat, "headline", 3)
    variant_set: Any = chat.last_variants
    # The working brief gives the sheet its schedule, budget type and placements, as in
    # ``adsage plan --csv``.
    rows = ads_manager_rows([variant_set], briefs=[chat.brief()])
    write_csv(rows, Path(args[0]).expanduser())
    chat.out.say(t(chat.lang, "exported", n=len(rows), path=args[0]))
