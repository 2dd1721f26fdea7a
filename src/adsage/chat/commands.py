"""Slash commands: the registry, /help, the brief commands, checks and the A/B planner.

Each handler takes the chat, the shell-split arguments and the raw argument text.  Bad
arguments raise :class:`BadInput` with the command's usage, which the chat prints as one line.
Usage lines, help and problems are ``chat.usage.*``, ``chat.help.*`` and ``chat.problem.*``
messages, so /help and its errors read in the conversation's language.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from adsage.chat.texts import t
from adsage.errors import BadInput
from adsage.i18n import t as i18n_t

if TYPE_CHECKING:
    from adsage.advisor.intents import Intent
    from adsage.chat.core import Chat

Handler = Callable[["Chat", list[str], str], None]


@dataclass(frozen=True)
class Command:
    name: str
    run: Handler

    def usage(self, lang: str) -> str:
        return t(lang, f"usage.{self.name}")

    def help(self, lang: str) -> str:
        return t(lang, f"help.{self.name}")


COMMANDS: dict[str, Command] = {}
ORDER = [
    "help",
    "plan",
    "copy",
    "persona",
    "formats",
    "variants",
    "check",
    "abplan",
    "sources",
    "brief",
    "set",
    "load",
    "save",
    "export",
    "reset",
    "exit",
]


def command(name: str) -> Callable[[Handler], Handler]:
    def add(fn: Handler) -> Handler:
        COMMANDS[name] = Command(name, fn)
        return fn

    return add


def usage_error(chat: Chat, name: str, problem: str = "") -> BadInput:
    lead = f"{problem}; " if problem else ""
    usage = (
        t(chat.lang, "usage.abplan_full") if name == "abplan" else COMMANDS[name].usage(chat.lang)
    )
    return BadInput(t(chat.lang, "usage_error", lead=lead, usage=usage))


def problem(chat: Chat, key: str, **kw: Any) -> str:
    return t(chat.lang, f"problem.{key}", **kw)


def count_arg(chat: Chat, name: str, args: list[str], lo: int, hi: int, default: int) -> int:
    if not args:
        return default
    if not args[0].isdigit() or not lo <= int(args[0]) <= hi:
        raise usage_error(chat, name, problem(chat, "count", lo=lo, hi=hi, value=args[0]))
    return int(args[0])


@command("help")
def _help(chat: Chat, args: list[str], raw: str) -> None:
    lines = [t(chat.lang, "help.title")]
    ordered = sorted(COMMANDS.values(), key=lambda c: ORDER.index(c.name))
    lines += [f"  {c.usage(chat.lang):<36} {c.help(chat.lang)}" for c in ordered]
    lines += ["", t(chat.lang, "help.footer")]
    chat.out.say("\n".join(lines))


@command("brief")
def _brief(chat: Chat, args: list[str], raw: str) -> None:
    from adsage.advisor.brief_extract import missing_fields
    from adsage.advisor.brief_fields import flat_fields

    flat = flat_fields(chat.session.brief)
    if not flat:
        chat.out.say(t(chat.lang, "empty_brief"))
        return
    chat.out.table("Brief", list(flat.items()))
    missing = missing_fields(chat.session.brief)
    chat.out.hint(
        t(chat.lang, "missing", fields=", ".join(missing)) if missing else t(chat.lang, "complete")
    )


@command("set")
def _set(chat: Chat, args: list[str], raw: str) -> None:
    from adsage.advisor.brief_fields import FIELDS, flat_fields, set_field

    name, _, value = raw.partition(" ")
    if not name:
        raise usage_error(chat, "set", problem(chat, "fields", fields=", ".join(FIELDS)))
    chat.session.brief = set_field(chat.session.brief, name, value, lang=chat.lang)
    flat = flat_fields(chat.session.brief)
    key = next((k for k in flat if k == name.lower()), None)
    chat.out.say(t(chat.lang, "set", field=name, value=flat.get(key or "", value.strip())))


@command("load")
def _load(chat: Chat, args: list[str], raw: str) -> None:
    from adsage.models.brief import load_brief

    if len(args) != 1:
        raise usage_error(chat, "load")
    brief = load_brief(Path(args[0]).expanduser())
    chat.session.brief = brief.model_dump(mode="json", exclude_none=True)
    chat.out.say(t(chat.lang, "loaded", path=args[0]))


@command("save")
def _save(chat: Chat, args: list[str], raw: str) -> None:
    import yaml

    from adsage.atomic_files import write_text_atomic

    if len(args) != 1 or not args[0].lower().endswith((".yaml", ".yml")):
        raise usage_error(chat, "save", problem(chat, "yaml_name"))
    text = yaml.safe_dump(chat.session.brief, allow_unicode=True, sort_keys=False)
    write_text_atomic(Path(args[0]).expanduser(), text)
    chat.out.say(t(chat.lang, "saved", path=args[0]))


@command("reset")
def _reset(chat: Chat, args: list[str], raw: str) -> None:
    chat.session.brief = {}
    chat.session.sources = []
    chat.last_variants = None
    chat.out.say(t(chat.lang, "reset"))


@command("sources")
def _sources(chat: Chat, args: list[str], raw: str) -> None:
    from types import SimpleNamespace

    if not chat.session.sources:
        chat.out.say(i18n_t("conversation.no_sources", chat.lang))
        return
    chat.out.footnotes([SimpleNamespace(**s) for s in chat.session.sources])


@command("check")
def _check(chat: Chat, args: list[str], raw: str) -> None:
    kind, _, text = raw.partition(" ")
    kind = kind.lower()
    if kind not in ("goal", "copy"):
        raise usage_error(chat, "check", problem(chat, "check_kind"))
    run_check(chat, kind, text.strip().strip("\"'") or None)


def run_check(chat: Chat, kind: str, text: str | None) -> None:
    brief = chat.session.brief
    if kind == "goal":
        from adsage.advisor.conversation.calls import check_goal

        text = text or brief.get("goal")
        if not text:
            raise usage_error(chat, "check", problem(chat, "goal_text"))
        report = check_goal(text, chat.lang, brief)
        chat.out.report(
            i18n_t("conversation.check.goal", chat.lang), report.findings, report.ok, chat.lang
        )
        if report.rewrite:
            chat.out.say(t(chat.lang, "rewrite", rewrite=report.rewrite))
        return
    from adsage.advisor.conversation.calls import check_copy

    if not text:
        raise usage_error(chat, "check", problem(chat, "ad_text"))
    result = check_copy(text, brief)
    chat.out.report(
        i18n_t("conversation.check.copy", chat.lang), result.findings, result.ok, chat.lang
    )


class _ArgError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        raise _ArgError(message)


def _abplan_parser() -> _Parser:
    p = _Parser(prog="/abplan", add_help=False, allow_abbrev=False)
    p.add_argument("--baseline-ctr", "--baseline", dest="baseline", type=float)
    p.add_argument("--mde", type=float)
    p.add_argument("--metric", choices=["ctr", "cvr"], default="ctr")
    p.add_argument("--alpha", type=float, default=0.05)
    p.add_argument("--power", type=float, default=0.8)
    p.add_argument("--variants", type=int, default=2)
    p.add_argument("--cpm", type=float)
    p.add_argument("--daily-budget", dest="daily_budget", type=float)
    return p


@command("abplan")
def _abplan(chat: Chat, args: list[str], raw: str) -> None:
    try:
        opts = vars(_abplan_parser().parse_args(args))
    except _ArgError as exc:
        raise usage_error(chat, "abplan", str(exc)) from None
    run_abplan(chat, opts)


def run_abplan(chat: Chat, opts: dict[str, Any]) -> None:
    from adsage.advisor.conversation.calls import size_ab_test

    if opts.get("baseline") is None or opts.get("mde") is None:
        raise usage_error(chat, "abplan", problem(chat, "ab_required"))
    try:
        plan = size_ab_test(opts, chat.lang, chat.session.brief)
    except BadInput as exc:
        raise usage_error(chat, "abplan", str(exc).removeprefix("abplan: ")) from None
    from adsage.i18n import number, plural

    lang = chat.lang
    rows = [
        (t(lang, "ab_metric"), plan.metric),
        (t(lang, "ab_sample"), number(plan.sample_size_per_variant, lang)),
        (t(lang, "ab_impressions"), number(plan.impressions_needed, lang)),
    ]
    if plan.budget_needed is not None:
        rows.append((t(lang, "ab_budget"), number(plan.budget_needed, lang, decimals=2)))
    if plan.days_needed is not None:
        rows.append((t(lang, "ab_days"), number(plan.days_needed, lang)))
    chat.out.table(t(lang, "ab_title", variants=plural("unit.variant", plan.variants, lang)), rows)
    chat.out.say(plan.verdict)
    for w in plan.warnings:
        chat.out.say(f"! {w}", style="yellow")


@command("exit")
def _exit(chat: Chat, args: list[str], raw: str) -> None:
    chat.out.say(t(chat.lang, "bye", id=chat.session.id))
    chat.running = False


def run_intent(chat: Chat, intent: Intent) -> None:
    """Run a request routed from free text through the same handlers as its slash command."""
    a = intent.args
    if intent.command == "check":
        run_check(chat, a["kind"], a.get("text"))
    elif intent.command == "abplan":
        run_abplan(chat, a)
    elif intent.command == "copy":
        from adsage.chat.draft import run_copy

        run_copy(chat, a.get("n") or 3, a.get("field"))
    elif intent.command == "variants":
        from adsage.chat.draft import run_variants

        run_variants(chat, a["field"], a.get("n") or 3)
    elif intent.command == "set":
        _set(chat, [], f"{a['field']} {a['value']}")
    elif intent.command in ("export", "save", "load"):
        COMMANDS[intent.command].run(chat, [a["path"]], a["path"])
    else:
        COMMANDS[intent.command].run(chat, [], "")


# The drafting commands register themselves on import; keep the order of /help stable.
from adsage.chat import draft as _draft  # noqa: E402,F401
