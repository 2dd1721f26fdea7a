"""A step after the lead named by a verb or noun of the step next to its count ("zatrudnić
25 pielęgniarek", "hire up to 12 electricians", "25 new hires"): the counted noun is a role,
which no result word names, so the count is found by its place beside the step's word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from adsage.checks.goal.lexicon import AfterLeadStep, Lexicon

# a count right after the word ("hire up to 12 ", "zatrudnić co najmniej 25 ") or right before
# it ("25 new hires", "25 zatrudnień"); thousands may be grouped ("1 000", "1,000")
_NUM = r"(\d+(?:[ ,.\u00a0]\d{3})*)"
_NUMBER_AFTER = re.compile(
    r"\s+(?:(?:up\s+to|at\s+least|a\s+total\s+of|co\s+najmniej|minimum)\s+)?" + _NUM + r"(?!\d)\s*"
)
_NUMBER_BEFORE = re.compile(_NUM + r"\s+(?:(?:new|more|nowych|kolejnych)\s+)?$")


def verb_count(
    lex: Lexicon, folded: str, step: AfterLeadStep, lang: str
) -> tuple[int, int, int, int] | None:
    """(number start, number end, word start, word end) of the step's count in ``folded``;
    None when no number stands beside the word, or when the count is of a lead word
    ("recruit 200 candidates" counts candidates, which are leads)."""
    from adsage.checks.goal.lexicon import term_regex

    leads = [m for m in lex.mentions(folded) if m.metric == "leads" and not m.weak]
    for term in step.pl if lang == "pl" else step.en:
        for m in re.finditer(term_regex(term), folded):
            right = _NUMBER_AFTER.match(folded, m.end())
            if right is not None and not any(x.start == right.end() for x in leads):
                return right.start(1), right.end(1), m.start(), m.end()
            left = _NUMBER_BEFORE.search(folded[: m.start()])
            if left is not None:
                return left.start(1), left.end(1), m.start(), m.end()
    return None
