"""Kinds of business (``knowledge/categories/*.yaml``): who buys, why, and what to say.

A dentist's patients, a trucking firm's drivers and a SaaS buyer's finance team share no
objection and no opener, so personas and copy lines live per category as data that a
strategist can extend without code.  The brief is matched to one category by its special ad
category, objective, catalog and words; a brief that matches nothing gets ``general``
(shoppers by need), which only uses the brief's own words.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from adsage.drafting.offline.category_match import (
    _starts,
    brief_fields,
    score,
    vocabulary,
)
from adsage.models.brief import Brief
from adsage.models.validation import validate_or_bad_input
from adsage.paths import knowledge_dir, project_root
from adsage.rules.base import Sourced
from adsage.rules.loader import read_yaml_mapping

Angle = Literal["value", "quality", "trust", "experience"]
FrameworkName = Literal["AIDA", "PAS", "BAB", "FAB", "4U"]
VideoHook = Literal["problem", "demo", "testimonial", "ugc", "walkthrough"]
_LINE_KEYS = ("hooks", "problem", "agitate", "before", "after", "payoff", "headline", "description")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Objection(_Strict):
    """A real objection, the brief words that answer it, and what to show when none do:
    ``proof`` when it can always be shown (a clip, the fleet), ``ask`` when it needs a fact
    the brief may not give (a bonus, a returns policy), so the plan asks the client rather
    than assuming the business has it."""

    q: str
    words: list[str] = []
    proof: str = ""
    ask: str = ""
    # The objection asks where the business works ("Will you come to my area?"): the places
    # the brief gives answer it.
    place: bool = False
    # Word stems in the brief's product or offer that make the question meaningless (the
    # whole thing is free, the step is a signature or a visit): "What does it cost in
    # total?" is never put to a petition, nor "cancelling at any time" to a bar.
    moot: list[str] = []
    # Word stems that keep a brief line from answering it even when it has one of ``words``:
    # a free accessory pack "worth 149 EUR" names a currency but says nothing of the cost.
    unless: list[str] = []
    # Word stems the brief must name for the question to fit this business at all: "Does it
    # work with my watch?" only for an app that names a watch, a free version only when one
    # is said to exist.
    needs: list[str] = []
    # The kind of fact that answers it (``answers/fact_kinds.yaml``: price, schedule, staff,
    # ...): a brief fact on its topic answers it only when it is of this kind too, so a price
    # that shares "turnus" with "Do the dates work?" is not quoted as the answer.  Unset for
    # a question only the category's own words answer ("Is it real silver?").
    kind: str | None = None
    # The question is about the offer itself ("Which days does the offer apply?"): only the
    # offer's own parts answer it, never a benefit that happens to name a weekend.
    offer_only: bool = False

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, v: str | None) -> str | None:
        return None if v is None else _known_kinds([v])[0]

    @model_validator(mode="after")
    def _proof_or_ask(self) -> Objection:
        if bool(self.proof) == bool(self.ask):
            raise ValueError(f"objection {self.q!r} needs either 'proof' or 'ask'")
        return self


def _known_kinds(kinds: list[str]) -> list[str]:
    from adsage.drafting.offline.answer_kinds import kind_names

    bad = [k for k in kinds if k not in kind_names()]
    if bad:
        raise ValueError(f"'{bad[0]}' is not a kind of fact (answers/fact_kinds.yaml)")
    return kinds


class PersonaText(_Strict):
    label: str | dict[Literal["f", "m"], str]
    who: str
    job: str
    trigger: str
    pains: list[str] = Field(min_length=1)
    objections: list[Objection] = Field(min_length=1)
    angle: str

    def label_for(self, gender: Literal["f", "m"]) -> str:
        return self.label if isinstance(self.label, str) else self.label[gender]


class PersonaSpec(_Strict):
    angle: Angle
    ages: tuple[int, int]
    surfaces: list[str] = Field(min_length=1)
    # Word stems of a service this persona assumes (ordering ahead, pickup): the persona is
    # used only when the brief names one, so a bakery that only sells at the counter gets no
    # "commuter who orders ahead".  Empty: the category itself is reason enough.
    needs: list[str] = []
    # The kinds of fact the message angle's slot may quote ("Show a day at camp ({b1l})"
    # takes activities, never the staff's qualifications); empty: any fact that answers one
    # of the persona's objections.
    angle_kinds: list[str] = []
    en: PersonaText
    pl: PersonaText

    @field_validator("angle_kinds")
    @classmethod
    def _known_angle_kinds(cls, v: list[str]) -> list[str]:
        return _known_kinds(v)

    @model_validator(mode="before")
    @classmethod
    def _both_languages_words(cls, data: Any) -> Any:
        """A brief's facts are quoted in the brief's language whatever the plan's, so an
        objection that names its kind takes its topic words in both languages: the Polish
        plan of an English brief answers "Ile trwa wdrożenie?" with "Sensors installed in
        one day".  Only for objections of the same kind at the same place in both lists (the
        kind keeps a word of the other language from answering off topic)."""
        if not isinstance(data, dict):
            return data
        en, pl = (data.get(lang) for lang in ("en", "pl"))
        if not (isinstance(en, dict) and isinstance(pl, dict)):
            return data
        pairs = list(zip(en.get("objections") or [], pl.get("objections") or [], strict=False))
        for a, b in pairs:
            same_kind = (
                isinstance(a, dict) and isinstance(b, dict) and a.get("kind") == b.get("kind")
            )
            if same_kind and a.get("kind"):
                words_a, words_b = list(a.get("words") or []), list(b.get("words") or [])
                a["words"] = words_a + [w for w in words_b if w not in words_a]
                b["words"] = words_b + [w for w in words_a if w not in words_b]
        return data

    def text(self, lang: str) -> PersonaText:
        return self.pl if lang == "pl" else self.en


class AngleOverride(_Strict):
    """Category lines for one angle; a missing list falls back to the phrase bank's."""

    hooks: list[str] = []
    problem: list[str] = []
    agitate: list[str] = []
    before: list[str] = []
    after: list[str] = []
    payoff: list[str] = []
    headline: list[str] = []
    description: list[str] = []


class CopyFact(_Strict):
    """A fact that makes this category's ads convincing (pay for a job, the first visit's
    price for a clinic), with the word stems that show a brief already gives it."""

    words: list[str] = Field(min_length=1)
    en: str
    pl: str
    # The fact is a place (the area a trade covers): a brief that targets places or names a
    # city in its audience description already gives it, whatever words it uses.
    place: bool = False


class OfferRule(_Strict):
    """A button and closing lines for one kind of offer in the category: a salon's gift
    voucher is bought (SHOP_NOW) where its treatments are booked (BOOK_NOW), a gym's trial
    class is booked where a membership is signed up for.  It applies when one of ``words``
    (stems; a trailing space asks for the whole word) is in the brief's product or offer."""

    words: list[str] = Field(min_length=1)
    cta: dict[str, str] = {}
    close_en: dict[str, list[str]] = {}
    close_pl: dict[str, list[str]] = {}


class Match(_Strict):
    special_ad_categories: list[str] = []
    objectives: list[str] = []
    catalog: bool | None = None
    min_products: int | None = None
    max_products: int | None = None
    # What is sold: one of these must appear in the product, offer, audience description or
    # interests (without it, one of the keywords must).  Terms are word stems; a trailing
    # space asks for the whole word.
    require_any: list[str] = []
    keywords: list[str] = []
    # What the category does not sell: one of these in the product line rules it out
    # ("naprawa" keeps a garage out of car sales; a perk in the offer does not).
    exclude: list[str] = []


class Category(Sourced):
    id: str
    priority: int = 0
    match: Match
    frameworks: list[FrameworkName] = Field(min_length=3)
    video_hook: VideoHook
    # The category's own video opening, when the generic one for its hook would be wrong
    # ("a real person using it at home" for jewellery); may use {b1l}.
    video_open: dict[Literal["en", "pl"], str] = {}
    # The image's and the carousel's own hints where the generic ones are wrong (may use {b1l});
    # ``lead_form: signature``: one free signature, so no qualifying questions and a share prompt.
    image_hint: dict[Literal["en", "pl"], str] = {}
    carousel_hint: dict[Literal["en", "pl"], str] = {}
    # What a single image shows when the category gives no image_hint: what people get, the
    # place, a person the offer is for, the team at work, or those a cause helps; unset, it
    # follows video_hook.
    image_subject: Literal["product", "place", "person", "team", "cause"] | None = None
    lead_form: Literal["enquiry", "signature"] = "enquiry"
    personas: list[PersonaSpec] = Field(min_length=2, max_length=3)
    copy_en: dict[Angle, AngleOverride] = {}
    copy_pl: dict[Angle, AngleOverride] = {}
    # Closing lines per objective ("Book your visit." rather than "Sign up." for a clinic's
    # leads); written calm, the energetic and playful tones get their "!" in code.
    close_en: dict[str, list[str]] = {}
    close_pl: dict[str, list[str]] = {}
    # The button per objective when the category has a better one than the default
    # (APPLY_NOW for a job, BOOK_NOW for a clinic); values must be Meta's buttons.
    cta: dict[str, str] = {}
    # Offers that change the button and the close (first match wins).
    offers: list[OfferRule] = []
    # Whether the brief's interests are things people are fans of ("snowboarding"), so
    # "Made for {interest}" works; for a clinic ("health") or a job ad they are not.
    passion_interests: bool = True
    # Whether customers come from near the business (a bakery, a clinic): a brief that names
    # its city then targets that city rather than the whole country.
    serves_locally: bool = False
    # Whether customers travel to the business from elsewhere (a hotel): a city the brief
    # names is where they come from (a source market), never a delivery or service area.
    customers_travel: bool = False
    # Whether the sale closes after an enquiry or a visit (a car dealer), not in an online
    # checkout: a Sales objective becomes Leads unless the brief says one of ``sold_online``.
    sold_offline: bool = False
    sold_online: list[str] = []
    # Whether every ad must say what is on offer in the brief's own words (a job: the role
    # and the place), because the targeting cannot filter for it (EMPLOYMENT ads reach
    # everyone 18-65+) and the ad text is the only filter.
    names_role: bool = False
    # What a brief should state for strong copy; a thin brief is told which are missing,
    # because the drafts never invent them.
    copy_facts: list[CopyFact] = []

    @model_validator(mode="after")
    def _known_buttons(self) -> Category:
        from adsage.rules.ad_text import copy_rules

        used = [*self.cta.values(), *(b for o in self.offers for b in o.cta.values())]
        bad = [b for b in used if b not in copy_rules().cta.values]
        if bad:
            raise ValueError(f"'{bad[0]}' is not a call-to-action button Meta accepts")
        return self

    @field_validator("personas")
    @classmethod
    def _distinct_angles(cls, v: list[PersonaSpec]) -> list[PersonaSpec]:
        angles = [p.angle for p in v]
        if len(set(angles)) != len(angles):
            raise ValueError("each persona needs its own angle")
        return v

    def lines(self, lang: str) -> dict[Angle, AngleOverride]:
        return self.copy_pl if lang == "pl" else self.copy_en

    def offer_rule(self, sold: str) -> OfferRule | None:
        """The offer rule whose words appear in ``sold`` (the brief's product and offer)."""
        low = sold.casefold()
        return next((o for o in self.offers if any(_starts(w).search(low) for w in o.words)), None)

    def button(self, objective: str, sold: str, default: str) -> str:
        """The call-to-action button for the objective: the offer's, else the category's."""
        rule = self.offer_rule(sold)
        if rule is not None and objective in rule.cta:
            return rule.cta[objective]
        return self.cta.get(objective, default)

    def closes(self, lang: str, objective: str, tone: str, sold: str = "") -> list[str]:
        rule = self.offer_rule(sold) if sold else None
        own = rule and (rule.close_pl if lang == "pl" else rule.close_en).get(objective)
        lines = own or (self.close_pl if lang == "pl" else self.close_en).get(objective, [])
        if tone in ("energetic", "playful"):
            return [line[:-1] + "!" if line.endswith(".") else line for line in lines]
        return list(lines)


def categories_dir() -> Path:
    own = knowledge_dir() / "categories"
    return own if own.is_dir() else project_root() / "knowledge" / "categories"


@lru_cache(maxsize=2)
def _load(folder: str) -> tuple[Category, ...]:
    out = []
    for path in sorted(Path(folder).glob("*.yaml")):
        data = read_yaml_mapping(path, "category file")
        out.append(validate_or_bad_input(Category, data, f"category file {path}"))
    if not any(c.id == "general" for c in out):
        from adsage.errors import BadInput

        raise BadInput(f"{folder}: the category folder needs general.yaml (the fallback)")
    return tuple(out)


def load_categories() -> tuple[Category, ...]:
    return _load(str(categories_dir()))


# The last match: one brief asks several times in a row (personas, copy, variants).
_last: list[tuple[tuple[Category, ...], tuple[object, ...], Category]] = []


def category_for(brief: Brief, objective: str) -> Category:
    """The best-matching category; ``general`` (which assumes no business model) when
    nothing matches on what the brief sells, rather than the nearest wrong vertical."""
    fields = brief_fields(brief)
    cats = load_categories()
    # Everything the scoring and the offer intent read: the same key over the same loaded
    # categories, the same pick.
    key = (
        *(fields, objective, brief.special_ad_category, brief.catalog, brief.product_count),
        *(brief.landing_url, brief.goal, tuple(brief.benefits)),
    )
    last = _last[0] if _last else None
    if last is not None and last[0] is cats and last[1] == key:
        return last[2]
    vocab = vocabulary(cats)
    found = vocab.weights(fields)
    scores = [score(c, brief, objective, found, t) for c, t in zip(cats, vocab.tables, strict=True)]
    top = max(range(len(cats)), key=lambda i: (scores[i], -i))  # the first of the best
    best = cats[top] if scores[top] > 0 else next(c for c in cats if c.id == "general")
    from adsage.drafting.offline.intents import with_intent

    best = with_intent(best, brief)
    from adsage.drafting.offline.destination import at_destination

    best = at_destination(best, brief, objective)  # closes that match the plan's lead place
    _last[:] = [(cats, key, best)]
    return best


def line_keys() -> tuple[str, ...]:
    return _LINE_KEYS


# A brief is thin when it has no offer or fewer benefits than this: its drafts can only
# restate the product, so the plan says which facts would make them better.
THIN_BENEFITS = 2


def facts_to_add(brief: Brief, objective: str, lang: str) -> list[str]:
    """The category's key facts a thin brief does not give, in the plan's language."""
    if brief.offer.strip() and len(brief.benefits) >= THIN_BENEFITS:
        return []
    text = " ".join(
        [brief.product, brief.offer, brief.goal, brief.audience.description, *brief.benefits]
    ).casefold()
    cat = category_for(brief, objective)
    return [
        f.pl if lang == "pl" else f.en
        for f in cat.copy_facts
        if not any(w.casefold() in text for w in f.words) and not (f.place and _names_place(brief))
    ]


def _names_place(brief: Brief) -> bool:
    return bool(brief_places(brief))


def brief_places(brief: Brief) -> list[str]:
    """The places the brief gives for its area, as the targeting names them: its places, a
    radius around a place, or cities its audience description names."""
    from adsage.advisor.targeting import named_cities
    from adsage.planning.numbers import radius_places
    from adsage.rules.campaign import targeting_rules

    texts = (brief.audience.description, brief.goal)
    rule = targeting_rules().place_names
    nominative = rule.pl_genitive if rule else {}
    names = [p.name for p in brief.audience.places]
    names += [nominative.get(p, p) for p, _ in radius_places(*texts)] + named_cities(*texts)
    return list(dict.fromkeys(names))
