"""What the click is for, read from the brief's offer and landing page: book, get a quote,
sign a petition (``knowledge/categories/intents/offer_intents.yaml``).

The objective alone picks the wrong button for many businesses: a Sales campaign for home
cleaning is booked, not shopped for; a Leads campaign for an insurance calculator is a
quote, not an application; a petition is signed.  A category that knows its business sets
its own buttons; these intents fill in, per objective, where it does not (the neutral
``general`` category above all), so the button and the closing line follow what happens
after the click.  Applying for something is never inferred here: that button belongs to the
job and credit categories' own data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from adsage.models.brief import Brief
from adsage.models.validation import validate_or_bad_input
from adsage.rules.base import Sourced
from adsage.rules.loader import read_yaml_mapping

if TYPE_CHECKING:
    from adsage.drafting.offline.categories import Category


class Intent(BaseModel):
    """One kind of action after the click, the brief words that show it (stems; a trailing
    space asks for the whole word), and the button and closes per objective it sets."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    words: list[str] = Field(min_length=1)
    # Whole segments of the landing page's path ("/book", "/kalkulator"): a page named for
    # the action says what the click does, where the bare word in a sentence might not
    # ("a photo book").
    paths: list[str] = []
    cta: dict[str, str] = Field(min_length=1)
    # ``signature``: the click signs something free (a petition), so a lead form gets no
    # qualifying questions (:mod:`adsage.advisor.signatures`)
    lead_form: Literal["enquiry", "signature"] = "enquiry"
    close_en: dict[str, list[str]] = {}
    close_pl: dict[str, list[str]] = {}

    @model_validator(mode="after")
    def _closes_for_each_button(self) -> Intent:
        for lang, closes in (("en", self.close_en), ("pl", self.close_pl)):
            missing = [o for o in self.cta if not closes.get(o)]
            if missing:
                raise ValueError(f"intent {self.id!r} has no {lang} close for {missing[0]}")
        return self


class IntentFile(Sourced):
    intents: list[Intent] = Field(min_length=1)

    @model_validator(mode="after")
    def _known_buttons(self) -> IntentFile:
        from adsage.rules.ad_text import copy_rules

        values = set(copy_rules().cta.values)
        for intent in self.intents:
            for button in intent.cta.values():
                if button not in values:
                    raise ValueError(f"'{button}' is not a call-to-action button Meta accepts")
                if button == "APPLY_NOW":
                    raise ValueError("APPLY_NOW belongs to the job and credit categories only")
        return self


def intents_path() -> Path:
    """Next to the categories in use; a category folder of one's own without intents
    uses the bundled ones."""
    from adsage.drafting.offline.categories import categories_dir
    from adsage.paths import project_root

    own = categories_dir() / "intents" / "offer_intents.yaml"
    return own if own.is_file() else project_root() / "knowledge" / _BUNDLED


_BUNDLED = "categories/intents/offer_intents.yaml"


@lru_cache(maxsize=2)
def _load(path: str) -> tuple[Intent, ...]:
    data = read_yaml_mapping(Path(path), "offer intents file")
    return tuple(validate_or_bad_input(IntentFile, data, f"offer intents file {path}").intents)


def load_intents() -> tuple[Intent, ...]:
    return _load(str(intents_path()))


def intent_text(brief: Brief) -> str:
    """Where a brief says what the click does: the offer, the product, the goal ("cost per
    booking") and the benefits ("Book online in 60 seconds"); casefolded.  The brand and
    audience are left out: a salon called "Booked" or an audience "who book holidays" say
    nothing about the ad."""
    return " \n ".join([brief.offer, brief.product, brief.goal, *brief.benefits]).casefold()


def path_segments(url: str) -> frozenset[str]:
    """The landing page path's words: "https://x.example/book-now?a=1" -> {book, now}."""
    path = url.split("://", 1)[-1].partition("/")[2].partition("?")[0].partition("#")[0]
    return frozenset(w for w in re.split(r"[/._-]+", path.casefold()) if w)


@lru_cache(maxsize=1024)
def _word(term: str) -> re.Pattern[str]:
    end = r"(?![^\W_])" if term.endswith(" ") else ""
    return re.compile(rf"(?<![^\W_]){re.escape(term.strip().casefold())}{end}")


def intent_for(brief: Brief) -> Intent | None:
    """The first intent (file order is precedence: a petition's sign-up before a booking)
    whose words the brief uses where it says what the click does, or whose page name the
    landing URL has."""
    text, segments = intent_text(brief), path_segments(brief.landing_url)
    intents = load_intents()
    for intent, (paths, words) in zip(intents, _readers(intents), strict=True):
        if segments & paths:
            return intent
        if words.search(text):
            return intent
    return None


# Per loaded intents (by identity, kept alive beside them): each one's page names folded,
# and one pattern that finds any of its words, so every brief of a batch reads its text
# once per intent rather than once per word.
_read: list[tuple[tuple[Intent, ...], tuple[tuple[frozenset[str], re.Pattern[str]], ...]]] = []


def _readers(
    intents: tuple[Intent, ...],
) -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    if not _read or _read[0][0] is not intents:
        readers = tuple(
            (
                frozenset(p.casefold() for p in i.paths),
                re.compile("|".join(_word(w).pattern for w in i.words)),
            )
            for i in intents
        )
        _read[:] = [(intents, readers)]
    return _read[0][1]


def says_intent(brief: Brief, intent: Intent) -> bool:
    """Whether the brief's own words (not its page name: "/sign-up" is also a newsletter's)
    show ``intent``."""
    text = intent_text(brief)
    return any(_word(w).search(text) for w in intent.words)


def with_intent(cat: Category, brief: Brief) -> Category:
    """The category with the brief's offer intent (book, quote, sign) filling in the
    button and closes for each objective the category has no button of its own for: a
    cleaning service sold under Sales is booked, an insurance calculator is a quote."""
    intent = intent_for(brief)
    if intent is None:
        return cat
    free = [o for o in intent.cta if o not in cat.cta]
    if not free:
        return cat
    return cat.model_copy(
        update={
            "cta": {**cat.cta, **{o: intent.cta[o] for o in free}},
            "close_en": {**cat.close_en, **{o: intent.close_en[o] for o in free}},
            "close_pl": {**cat.close_pl, **{o: intent.close_pl[o] for o in free}},
        }
    )
