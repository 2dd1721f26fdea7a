"""From a Slack request (text in a thread) to messages: the bot's only decision-making layer.

It parses what the user asked (a command word, a YAML brief in a code block, a brief in prose,
or a question) and calls the same core functions as the CLI; Slack specifics stay in
:mod:`adsage.slack.app`.  ``progress`` is called before anything slow, so the caller can post
"working on it" only when a wait is actually coming.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from adsage.advisor.conversation.calls import COPY_COUNT, VARIANT_COUNT, clamp_count
from adsage.advisor.conversation.drafts import (
    TEXT_FIELDS,
    AdRecord,
    DraftSet,
    copy_drafts,
    draft_record,
    regenerate,
    shorten,
    variant_record,
)
from adsage.advisor.conversation.model_turn import wants_model
from adsage.advisor.conversation.understanding import Turn, understand
from adsage.config import Settings
from adsage.i18n import t as i18n_t
from adsage.lang.detect import detect_lang
from adsage.security import redact
from adsage.slack import buttons
from adsage.slack.blocks import (
    Message,
    paginate,
    plan_messages,
    section,
    text_messages,
    variant_blocks,
    variants_messages,
)
from adsage.slack.files import shared
from adsage.slack.quick import CHECKS, abplan, check_copy_text, check_data, check_goal_text
from adsage.slack.render import as_command, persona_text, sources_text
from adsage.slack.safety import MAX_INPUT_CHARS, escape, too_long
from adsage.slack.texts import t
from adsage.slack.threads import Threads

COMMANDS = ("plan", "copy", "check", "variants", "abplan", "help", "persona", "formats", "sources")
_ALIASES = {
    "pomoc": "help",
    "warianty": "variants",
    "teksty": "copy",
    "sprawdź": "check",
    "persony": "persona",
    "personas": "persona",
    "formaty": "formats",
    "źródła": "sources",
    "zrodla": "sources",
}
COPY_FIELDS = (*TEXT_FIELDS, "cta")
_CODE = re.compile(r"```[ \t]*(?:ya?ml|json)?[ \t]*\n?(.*?)```", re.DOTALL | re.IGNORECASE)

Progress = Callable[[str], None]


@dataclass
class Upload:
    filename: str
    content: bytes
    comment: str


@dataclass
class Outcome:
    messages: list[Message]
    upload: Upload | None = None


def split_code(text: str) -> tuple[str | None, str]:
    """The first fenced code block (a pasted brief) and the words around it."""
    m = _CODE.search(text)
    if not m:
        return None, text.strip()
    return m.group(1).strip(), (text[: m.start()] + " " + text[m.end() :]).strip()


def parse_yaml(code: str, source: str) -> Any:
    from adsage.inputs import parse

    return parse(code, source)


class Advisor:
    """Holds what is expensive to build (the knowledge searcher) across requests."""

    def __init__(
        self, settings: Settings, threads: Threads, *, searcher: Any = None, engine: Any = None
    ) -> None:
        self.settings = settings
        self.engine = engine  # drafts a model turn's plans and copy (None: the configured one)
        self.threads = threads
        self._searcher = searcher
        self._lock = threading.Lock()
        self.last_turn: Turn | None = None

    def searcher(self) -> Any:
        with self._lock:
            if self._searcher is None:
                from adsage.advisor.plan import default_searcher

                self._searcher = default_searcher(self.settings)
            return self._searcher

    # ---- entry point ---------------------------------------------------------------------

    def handle(
        self,
        text: str,
        key: str,
        progress: Progress,
        *,
        files: list[dict[str, Any]] | None = None,
        client: Any = None,
    ) -> Outcome:
        """One message in a thread; ``files`` are the files shared with it (Slack's file
        objects) and ``client`` the Web API client that can fetch them."""
        doc = self.threads.load(key)
        lang = self.lang_of(text, doc)
        if too_long(text):
            return Outcome(text_messages(t(lang, "too_long", n=MAX_INPUT_CHARS), lang, safe=True))
        # Redacted before it is stored in the thread state or parsed into a brief.
        text = redact(text)
        self.threads.remember(key, "user", text)
        if shared(files):
            self.threads.update(key, files={**(doc.get("files") or {}), **shared(files)})
        code, rest = split_code(text)
        turn = understand(rest, lang=lang, brief=doc.get("partial") or doc.get("brief"))
        self.last_turn = turn
        routed = as_command(turn.intent) if turn.intent is not None else None
        if routed is not None:
            return self.command(routed[0], routed[1], code, key, lang, progress)
        words = rest.split()
        cmd = words[0].lower().rstrip(":,") if words else ""
        cmd = _ALIASES.get(cmd, cmd)
        if cmd in COMMANDS:
            return self.command(cmd, words[1:], code, key, lang, progress)
        if code is not None:
            return self.command("plan", [], code, key, lang, progress)
        if files and (shared(files) or not rest) and not wants_model(turn, self.settings):
            # as `adsage analyze` does; without words the export's headers pick the language
            from adsage.slack.analysis import analyse_shared

            text, lang = analyse_shared(self, files, key, rest, lang, progress, client)
            return Outcome(text_messages(text, lang, safe=True))
        if not rest:
            return Outcome(text_messages(t(lang, "empty"), lang, safe=True))
        if wants_model(turn, self.settings):
            from adsage.slack.model import model_reply

            return model_reply(self, rest, key, lang, progress, client)
        if turn.changed:
            prose = self.prose_brief(turn, key, progress)
            if prose is not None:
                return prose
        return self.question(rest, lang, key, progress)

    def lang_of(self, text: str, doc: dict[str, Any]) -> str:
        """The words around any code block decide; without evidence the thread's stays."""
        _, rest = split_code(text)
        brief = doc.get("brief") or {}
        current = str(doc.get("lang") or brief.get("language") or "en")
        return detect_lang(rest, default="pl" if current == "pl" else "en")

    def command(
        self, cmd: str, args: list[str], code: str | None, key: str, lang: str, progress: Progress
    ) -> Outcome:
        self.threads.update(key, lang=lang)
        if cmd == "help":
            return Outcome(text_messages(t(lang, "help"), lang, safe=True))
        if cmd == "abplan":
            return Outcome(abplan(args, lang))
        if cmd == "check":
            return Outcome(self.check(args, code, key, lang))
        if cmd == "sources":
            sources = self.threads.load(key).get("sources") or []
            if not sources:
                return Outcome(
                    text_messages(i18n_t("conversation.no_sources", lang), lang, safe=True)
                )
            return Outcome(text_messages(sources_text(sources, lang), lang, safe=True))
        brief = self.brief_for(code, key)
        if brief is None:
            return Outcome(text_messages(t(lang, "no_brief"), lang, safe=True))
        progress(lang)
        if cmd == "plan":
            return Outcome(self.plan(brief, key))
        if cmd in ("persona", "formats"):
            return Outcome(self.brief_advice(cmd, brief))
        n = next((int(a) for a in args if a.isdigit()), None)
        if cmd == "copy":
            field = next((a for a in args if a in COPY_FIELDS), None)
            return Outcome(self.copy(brief, key, clamp_count(n, COPY_COUNT), field))
        return Outcome(self.variants(brief, key, args, clamp_count(n, VARIANT_COUNT)))

    # ---- briefs --------------------------------------------------------------------------

    def brief_for(self, code: str | None, key: str) -> Any | None:
        """The brief in this message (saved as the thread's working brief) or the saved one."""
        from adsage.models.brief import Brief, load_brief_data

        if code is not None:
            brief = load_brief_data(parse_yaml(code, "brief"), "brief")
            self.threads.update(key, brief=brief.model_dump(mode="json"), partial=None)
            return brief
        saved = self.threads.load(key).get("brief")
        return Brief.model_validate(saved) if saved else None

    def prose_brief(self, turn: Turn, key: str, progress: Progress) -> Outcome | None:
        """A campaign described in words: keep what was said, ask for what is missing.

        What counts as brief details is the conversation core's rule (see
        :func:`adsage.advisor.conversation.understanding.understand`); a question that
        carried a detail is stored and then answered (None).
        """
        from adsage.advisor.brief_extract import to_brief

        doc = self.threads.load(key)
        lang, merged, missing = turn.lang, turn.brief, list(turn.missing)
        if turn.kind != "brief":
            self.threads.update(key, partial=merged)
            return None
        if missing:
            self.threads.update(key, partial=merged)
            fields = ", ".join(f"`{escape(str(m))}`" for m in missing)
            return Outcome(text_messages(t(lang, "brief_missing", fields=fields), lang, safe=True))
        brief = to_brief(merged)
        self.threads.update(key, brief=brief.model_dump(mode="json"), partial=None)
        if doc.get("brief"):
            saved = t(lang, "brief_saved", brand=escape(brief.brand), product=escape(brief.product))
            return Outcome(text_messages(saved, lang, safe=True))
        progress(lang)
        return Outcome(self.plan(brief, key))

    # ---- slow work -----------------------------------------------------------------------

    def plan(self, brief: Any, key: str) -> list[Message]:
        from adsage.advisor.plan import build_plan

        plan = build_plan(brief, settings=self.settings, searcher=self.searcher())
        return self.show_plan(plan, brief, key)

    def show_plan(self, plan: Any, brief: Any, key: str) -> list[Message]:
        """A built plan as messages, its copy stored as a draft set for the buttons."""
        variants = [_dump(draft_record(d, i)) for i, d in enumerate(plan.copy_drafts)]
        set_id = self.threads.add_set(key, variants, **buttons.set_meta(brief, "plan"))
        self.threads.remember(key, "bot", f"plan: {plan.brand} – {plan.product}")
        return plan_messages(plan, variants, lang=brief.language, key=key, set_id=set_id)

    def copy(self, brief: Any, key: str, n: int, field: str | None = None) -> list[Message]:
        drafts = copy_drafts(brief, n, field, settings=self.settings, searcher=self.searcher())
        variants = [_dump(draft_record(d, i)) for i, d in enumerate(drafts)]
        set_id = self.threads.add_set(key, variants, **buttons.set_meta(brief, "copy"))
        self.threads.remember(key, "bot", f"copy: {len(drafts)} drafts")
        lang = brief.language
        return variants_messages(t(lang, "copy_title"), variants, lang=lang, key=key, set_id=set_id)

    def variants(self, brief: Any, key: str, args: list[str], n: int) -> list[Message]:
        from adsage.variants import generate_variants
        from adsage.variants.models import ELEMENTS

        vary = next((a for a in args if a in ELEMENTS), "primary_text")
        vs = generate_variants(brief, vary, n, settings=self.settings, searcher=self.searcher())
        variants = [_dump(variant_record(v)) for v in vs.variants]
        meta = buttons.set_meta(brief, "variants", vary=vary, raw=vs.model_dump(mode="json"))
        set_id = self.threads.add_set(key, variants, **meta)
        self.threads.remember(key, "bot", f"variants: {vary} x{len(variants)}")
        lang = vs.lang
        msgs = variants_messages(
            f"{t(lang, 'variants_title')}: {vary}", variants, lang=lang, key=key, set_id=set_id
        )
        extra = buttons.set_summary(vs, lang)
        return msgs + (text_messages(extra, lang, safe=True) if extra else [])

    def brief_advice(self, cmd: str, brief: Any) -> list[Message]:
        """Personas or ranked formats: the same core calls the chat's /persona and /formats use."""
        from adsage.advisor.conversation.calls import formats, personas

        lang = brief.language
        kw: dict[str, Any] = {"settings": self.settings, "searcher": self.searcher()}
        title = "personas_title" if cmd == "persona" else "formats_title"
        lines = [f"*{i18n_t(f'conversation.{title}', lang)}*"]
        if cmd == "persona":
            lines += [persona_text(p, lang) for p in personas(brief, **kw)]
        else:
            for f in formats(brief, **kw):
                where = ", ".join(f.placements)
                name = i18n_t(f"doc.format.{f.format}", lang)
                lines.append(f"{f.rank}. *{escape(name)}* ({escape(where)}): {escape(f.reason)}")
                lines += [f"    • {escape(s)}" for s in f.specs]
        return text_messages("\n".join(lines), lang, safe=True)

    def question(self, text: str, lang: str, key: str, progress: Progress) -> Outcome:
        """The conversation core's answer (the model's when one is configured), with sources;
        the sources are kept with the thread for a later ``sources``."""
        from adsage.advisor.conversation.answers import answer
        from adsage.advisor.conversation.follow_up import anchor

        progress(lang)
        previous = self.threads.load(key).get("last_question")
        reply = answer(
            text, settings=self.settings, searcher=self.searcher(), lang=lang, previous=previous
        )
        self.threads.update(key, last_question=anchor(text, previous))
        lang = reply.lang if reply.lang in ("en", "pl") else lang
        if not reply.found:
            return Outcome(text_messages(t(lang, "no_answer"), lang, safe=True))
        sources = [
            {"n": c.n, "title": c.title, "section": c.section, "source": c.source}
            for c in reply.citations
        ]
        self.threads.update(key, sources=sources)
        text = f"{escape(reply.text)}\n\n{sources_text(sources, lang)}"
        return Outcome(text_messages(text, lang, safe=True))

    # ---- buttons -------------------------------------------------------------------------

    def press(self, action: str, key: str, set_id: str, i: int, progress: Progress) -> Outcome:
        """Regenerate / Make shorter / Export CSV on a stored draft set."""
        doc = self.threads.load(key)
        s = self.threads.get_set(key, set_id)
        lang = str((s or {}).get("brief", {}).get("language") or doc.get("lang") or "en")
        if s is None or not 0 <= i < len(s.get("variants") or []):
            return Outcome(text_messages(t(lang, "gone"), lang, safe=True))
        if action == "export":
            filename, data = buttons.export_csv(s)
            comment = t(lang, "exported", n=len(s["variants"]))
            return Outcome([], Upload(filename, data, comment))
        drafts = DraftSet.model_validate(s)
        if action == "shorter":
            new = shorten(drafts.variants[i], drafts.brief)
            title = t(lang, "shorter", i=i + 1)
            if new is None:
                return Outcome(text_messages(t(lang, "already_short", i=i + 1), lang, safe=True))
        else:
            progress(lang)
            new = regenerate(drafts, i, self.settings, self.searcher())
            title = t(lang, "regenerated", i=i + 1)
            if new is None:
                return Outcome(text_messages(t(lang, "no_more", i=i + 1), lang, safe=True))
        s["variants"][i] = _dump(new)
        s["regen"] = int(s.get("regen", 0)) + 1
        self.threads.put_set(key, set_id, s)
        self.threads.remember(key, "bot", f"{action}: variant {i + 1}")
        blocks = [
            section(f"*{title}*"),
            *variant_blocks([s["variants"][i]], lang=lang, key=key, set_id=set_id, start=i),
        ]
        return Outcome(paginate(blocks, title, lang))

    # ---- fast work -----------------------------------------------------------------------

    def check(self, args: list[str], code: str | None, key: str, lang: str) -> list[Message]:
        names = ", ".join(["goal", *CHECKS])
        if not args:
            return text_messages(t(lang, "check_usage", names=names), lang, safe=True)
        name = args[0].lower()
        if name in ("goal", "cel"):
            goal = " ".join(args[1:]).strip()
            doc = self.threads.load(key)
            working = doc.get("partial") or doc.get("brief") or {}
            goal = goal or str(working.get("goal") or "")
            if not goal:
                return text_messages(t(lang, "check_usage", names=names), lang, safe=True)
            return check_goal_text(goal, lang, working)
        if name not in CHECKS:
            return text_messages(
                t(lang, "unknown_check", name=escape(name), names=names), lang, safe=True
            )
        if code is None and name == "copy" and args[1:]:
            doc = self.threads.load(key)
            text = " ".join(args[1:]).strip().strip("\"'„”")
            return check_copy_text(text, lang, doc.get("partial") or doc.get("brief"))
        if code is None:
            return text_messages(t(lang, "check_usage", names=names), lang, safe=True)
        return check_data(name, parse_yaml(code, f"check {name}"), lang)


def _dump(ad: AdRecord) -> dict[str, Any]:
    return ad.model_dump(mode="json")
