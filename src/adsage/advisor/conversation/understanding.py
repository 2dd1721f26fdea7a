"""Reading one message: its language, the request it makes and what it adds to the brief.

Chat and Slack used to decide this each their own way (a language guess for more than one
word in one and three words in the other; a new brief from one fact in one and two in the
other).  Both now call :func:`understand`, so the same words give the same reading anywhere.

The rules:

* language: :func:`adsage.lang.detect_lang` on the words, keeping the conversation's language
  when the words give no evidence ("ok", "/plan", "3");
* request: :func:`adsage.advisor.intents.route` (None for questions and brief details);
* brief: a check request's text is what to check, never brief details; otherwise details are
  merged when a brief is already under way, when it gives two
  or more facts, or when it gives one fact and is not a question, so that "is 50 zł a day
  enough?" is answered, not taken as the budget.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from adsage.advisor.intents import Intent, route
from adsage.lang.detect import Lang, detect_lang
from adsage.lang.folding import fold

TurnKind = Literal["command", "brief", "question", "empty"]

_QUESTION_START = frozenset(
    """
    how what why when which where who should can could is are does do jak jaki jaka jakie
    jakich dlaczego czemu kiedy czy co ile gdzie ktory ktora ktore kto
    """.split()  # noqa: SIM905
)


def is_question(text: str) -> bool:
    """Ends with a question mark or starts with a question word (EN or PL, accents optional)."""
    words = fold(text).split()
    return text.rstrip().endswith("?") or bool(words and words[0] in _QUESTION_START)


@dataclass(frozen=True)
class Turn:
    """What one message means, before anything is run."""

    text: str
    lang: Lang
    kind: TurnKind
    intent: Intent | None
    brief: dict[str, Any]
    changed: tuple[str, ...] = ()
    missing: tuple[str, ...] = field(default=())

    @property
    def brief_complete(self) -> bool:
        return bool(self.brief) and not self.missing


def _sized(intent: Intent) -> bool:
    return intent.args.get("baseline") is not None and intent.args.get("mde") is not None


def _said(text: str, lang: Lang) -> set[str]:
    from adsage.advisor.brief_extract import extract_brief_fields

    return {k for k in extract_brief_fields(text, lang=lang) if k != "language"}


def understand(text: str, *, lang: str = "en", brief: Mapping[str, Any] | None = None) -> Turn:
    """The reading of ``text`` in a conversation whose language is ``lang`` and whose working
    brief is ``brief`` (a partial brief as a dict; never modified)."""
    from adsage.advisor.brief_extract import missing_fields
    from adsage.advisor.brief_fields import update_from_text

    current: dict[str, Any] = dict(brief or {})
    words = text.strip()
    base: Lang = "pl" if lang == "pl" else "en"
    if not words:
        return Turn(text, base, "empty", None, current, (), tuple(missing_fields(current)))
    turn_lang = detect_lang(words, default=base)
    intent = None if words.startswith("/") else route(words)
    if intent is not None and intent.command == "abplan" and not _sized(intent):
        intent = None  # an A/B request without the numbers to size it is a question
    started = any(k != "language" for k in current)
    question = is_question(words)
    merged, changed = current, list[str]()
    said = _said(words, turn_lang)
    # The text of a check request is the thing to check, not details of the campaign.
    checking = intent is not None and intent.command == "check"
    if said and not checking and (started or len(said) >= 2 or not question):
        merged, changed = update_from_text(current, words, lang=turn_lang)
    if intent is not None:
        kind: TurnKind = "command"
    elif changed and not question:
        kind = "brief"
    else:
        kind = "question"
    missing = tuple(missing_fields(merged)) if merged else ()
    return Turn(words, turn_lang, kind, intent, merged, tuple(changed), missing)
