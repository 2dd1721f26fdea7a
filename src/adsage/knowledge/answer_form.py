"""What form a question's answer takes ("how long" -> a duration, "what budget" -> a sizing
method or figure), so an extractive answer keeps the sentence that gives it.

Meaning and keyword overlap rank a sentence by its topic; the direct answer to "How long
should an A/B test run?" is "Duration: at least 7 days ... at most 30 days", which shares no
word with the question but its section's ("A/B tests").  A sentence that has the asked-for
form and stays on the question's topic (its own words or its section heading's) therefore
earns a bonus; the words that only ask for the form ("long", "długo") do not count as topic.

"What daily budget should a bakery start with?" is answered by how to size a budget (50
optimisation events times the expected cost, the minimum per ad set), not by what a daily
budget is; a sentence that states such a method or a per-day amount earns the bonus.  Only
the question word is the asking phrase there ("what", "ile"): "budget" stays the topic.
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
    (
        "budget",
        re.compile(
            # "what daily budget", "how much should I spend" (not "what is a daily budget")
            r"\b(?:what|which)(?=\s+(?:(?!is\b|are\b|does\b|do\b)\w+\s+){0,2}budgets?\b)"
            r"|\bhow (?:much|big|large|high)\b(?=[^?]*\b(?:budget|spend|invest))"
            r"|\bjak\w*(?=\s+(?:(?!jest\b|są\b)\w+\s+){0,2}budżet)"
            r"|\b(?:ile|jak duż\w*)(?=[^?]*\b(?:budżet|wyda|przeznacz|zainwestow))",
            re.I,
        ),
    ),
)
_MONEY = r"\d[\d\s.,]*\s*(?:USD|EUR|GBP|PLN|zł|\$|€)"
# how to size a budget, said as a rule: back from the goal, a formula over named quantities
METHOD = re.compile(
    r"\bwork(?:ing)? backwards\b|\bspread over \d+ days\b|\btimes the expected\b"
    r"|\bprzewidywan\w* koszt\w*|\bwzor\w*|\bod końca\b|×\s*[^\W\d]",
    re.I,
)
# a budget figure without a case of its own: an amount per day (the minimum per ad set)
FIGURE = re.compile(rf"{_MONEY}\s+(?:a|per)\s+day\b|{_MONEY}\s+(?:dziennie|na dzień)\b", re.I)
# a worked example: one case's arithmetic (50 x 20 = 1,000 USD) or a sentence that says it is
# one; quoted alone it answers for a shop the question is not about
EXAMPLE = re.compile(
    r"\d\s*(?:x|×|\*)\s*\d|^(?:example|for example|przykład)\b"
    r"|\b(?:e\.g\.|for example|np\.|na przykład)",
    re.I,
)
# "how many" answers are any figure, and a bonus for any number pulls in figures from other
# sections (a budget amount for a carousel's card count): it earns none.
_FORMS: dict[str, tuple[re.Pattern[str], ...]] = {
    "duration": (DURATION,),
    "budget": (METHOD, FIGURE),
}
_EXAMPLES = {"budget": EXAMPLE}
# what a form's answer is about whatever else the question names ("How much should I spend
# on a car repair shop?" asks about a budget though it never says the word)
SUBJECTS = {"budget": "budget budżet"}
# words added to the search for a form whose answer the question's own words rarely find
# (a budget question names the business; the sizing rule names costs and results)
CUES = {
    "budget": {
        "en": "how to size the budget from the goal and the expected cost per result",
        "pl": "jak ustalić budżet z celów i przewidywanego kosztu wyniku",
    },
}


@dataclass(frozen=True)
class Asked:
    """The form a question asks for and its topic words (the question's words without the
    ones that only ask for the form)."""

    form: str
    topic: frozenset[str]

    def answers(self, sentence: str, section: str = "") -> bool:
        """Whether ``sentence`` has the asked-for form and stays on the question's topic,
        in its own words or its section heading's."""
        return self.strength(sentence, section) > 0

    def strength(self, sentence: str, section: str = "") -> float:
        """How directly ``sentence`` gives the asked-for form: 1 for the form's rule (a
        duration; a budget's sizing method), less for a lesser pattern (an amount per day), 0
        when it gives none or strays from the question's topic, below 0 for a worked example
        of someone else's case where the form has them (the rule, not its example, answers)."""
        if not self.topic & (set(terms(sentence)) | set(terms(section))):
            return 0.0
        example = _EXAMPLES.get(self.form)
        if example is not None and example.search(sentence):
            return -0.5
        for rank, pattern in enumerate(_FORMS[self.form]):
            if pattern.search(sentence):
                return 1.0 / (rank + 1)
        return 0.0

    @property
    def subject(self) -> str:
        """Words naming what the form's answer is about ("" for none beyond the question's)."""
        return SUBJECTS.get(self.form, "")

    def cue(self, lang: str) -> str:
        """Words to add to the search for this form in ``lang`` ("" when none)."""
        return CUES.get(self.form, {}).get(lang, "")


def asked_form(question: str) -> Asked | None:
    """The first form the question asks for, or None for an open question ("why", "what")."""
    for form, pattern in _ASKS:
        found = pattern.search(question)
        if found:
            topic = set(terms(question)) - set(terms(found.group(0)))
            topic |= set(terms(SUBJECTS.get(form, "")))
            return Asked(form, frozenset(topic)) if topic else None
    return None
