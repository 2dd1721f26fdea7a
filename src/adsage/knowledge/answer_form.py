"""What form a question's answer takes ("how long" -> a duration),
so an extractive answer keeps the sentence that gives it.

Meaning and keyword overlap rank a sentence by its topic; the direct answer to "How long
should an A/B test run?" is "Duration: at least 7 days ... at most 30 days", which shares no
word with the question but its section's ("A/B tests").  A sentence that has the asked-for
form and stays on the question's topic (its own words or its section heading's) therefore
earns a bonus; the words that only ask for the form ("long", "długo") do not count as topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from adsage.knowledge.terms import terms

_UNITS = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|months?|years?|s|min|h"
    r"|sekund\w*|minut\w*|godzin\w*|dni|dzień|dnia|tydzień|tygodni\w*|miesiąc\w*|miesięcy|lat)"
)
_NUMBER = r"\d[\d\s.,]*"
# "7 days", "1-120 s", "2 to 4 weeks", "od 7 do 30 dni", "15-second"
DURATION = re.compile(rf"{_NUMBER}(?:\s*(?:-|–|to|do|and|i)\s*{_NUMBER})?\s*-?{_UNITS}\b", re.I)

# question phrasings per form, English and Polish
_ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "duration",
        re.compile(
            r"\bhow long\b|\bhow many (?:days|weeks|hours|minutes|seconds|months)\b"
            r"|\bjak długo\b|\bile (?:dni|tygodni|godzin|minut|sekund|miesięcy|czasu)\b"
            r"|\bduration\b|\bczas trwania\b",
            re.I,
        ),
    ),
)
# Only durations for now: "how many" answers are any figure, and a bonus for any number
# pulls in figures from other sections (a budget amount for a carousel's card count).
_FORMS = {"duration": DURATION}


@dataclass(frozen=True)
class Asked:
    """The form a question asks for and its topic words (the question's words without the
    ones that only ask for the form)."""

    form: str
    topic: frozenset[str]

    def answers(self, sentence: str, section: str = "") -> bool:
        """Whether ``sentence`` has the asked-for form and stays on the question's topic,
        in its own words or its section heading's."""
        if not _FORMS[self.form].search(sentence):
            return False
        return bool(self.topic & (set(terms(sentence)) | set(terms(section))))


def asked_form(question: str) -> Asked | None:
    """The first form the question asks for, or None for an open question ("why", "what")."""
    for form, pattern in _ASKS:
        found = pattern.search(question)
        if found:
            topic = set(terms(question)) - set(terms(found.group(0)))
            return Asked(form, frozenset(topic)) if topic else None
    return None
