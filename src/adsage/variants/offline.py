"""Offline alternatives for the tested element, one idea (angle) per variant.

A variant is only worth its share of the budget if it tests a different idea, so candidates
are tagged with their angle and picked greedily: new angles first, never a near-copy of the
control or of another pick, and only plain duplicates when the brief offers nothing else.
Deterministic: the same brief and options always give the same candidates in the same order.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from adsage.checks.claims import brief_facts
from adsage.checks.copy import AdCopy, check_copy
from adsage.drafting.offline.categories import category_for
from adsage.drafting.offline.copywriter import limits_for
from adsage.drafting.offline.facts import Facts
from adsage.drafting.offline.hygiene import broken_cut, tidy, typography
from adsage.drafting.offline.phrases import fill
from adsage.drafting.offline.sameness import reordered
from adsage.models.brief import Brief
from adsage.models.plan import CopyDraft
from adsage.variants.bank import VariantBank, slots

# Buttons worth testing against each other, per objective, in order of preference.
CTA_OPTIONS: dict[str, tuple[str, ...]] = {
    "OUTCOME_SALES": ("SHOP_NOW", "BUY_NOW", "GET_OFFER", "ORDER_NOW", "LEARN_MORE", "SEE_MORE"),
    "OUTCOME_LEADS": ("SIGN_UP", "GET_QUOTE", "CONTACT_US", "APPLY_NOW", "SUBSCRIBE", "LEARN_MORE"),
    "OUTCOME_TRAFFIC": ("LEARN_MORE", "SEE_MORE", "SHOP_NOW", "GET_OFFER", "CONTACT_US"),
    "OUTCOME_AWARENESS": ("LEARN_MORE", "SEE_MORE", "WATCH_MORE", "SUBSCRIBE", "SHOP_NOW"),
    "OUTCOME_ENGAGEMENT": ("LEARN_MORE", "WATCH_MORE", "SEE_MORE", "SIGN_UP", "SUBSCRIBE"),
    "OUTCOME_APP_PROMOTION": (
        "INSTALL_MOBILE_APP",
        "USE_APP",
        "DOWNLOAD",
        "SIGN_UP",
        "GET_STARTED",
    ),
}
_ANY_CTA = ("LEARN_MORE", "SEE_MORE", "SHOP_NOW", "SIGN_UP", "CONTACT_US", "GET_STARTED")
# Fragment caps (characters) tried in turn when a template is too long for its field.
_CAPS = (0, 30, 22, 14)
IMAGE_CAP = 60
_SIMILAR = 0.8
# Lookalikes are forbidden for these special ad categories (see targeting.yaml).
RESTRICTED = frozenset({"HOUSING", "EMPLOYMENT", "CREDIT", "FINANCIAL_PRODUCTS_SERVICES"})


@dataclass(frozen=True)
class Candidate:
    value: Any
    angle: str


def too_close(a: Any, b: Any) -> bool:
    """Whether two values would test the same idea: equal, one inside the other, or a
    near-identical wording.  Audience dicts compare by their targeting, not by notes."""
    if isinstance(a, dict) or isinstance(b, dict):
        return _audience_key(a) == _audience_key(b)
    return _close_text(str(a), str(b))


@lru_cache(maxsize=8192)
def _close_text(a: str, b: str) -> bool:
    """Cached: picking compares each candidate with the control and every pick, pass after
    pass, so most pairs come back."""
    x, y = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    if not x or not y:
        return x == y
    if x == y or x in y or y in x or reordered(a, b):
        return True  # a swap of the same sentences is one message, whatever the word order
    # Word-level matching: a reworded idea keeps most words in order; cheap bounds first.
    m = difflib.SequenceMatcher(None, x.split(), y.split(), autojunk=False)
    return (
        m.real_quick_ratio() >= _SIMILAR and m.quick_ratio() >= _SIMILAR and m.ratio() >= _SIMILAR
    )


def _audience_key(a: Any) -> Any:
    if not isinstance(a, dict):
        return a
    return (a.get("kind"), tuple(a.get("interests") or ()), str(a.get("lookalike")))


def pick_distinct(
    control: Candidate,
    pool: Sequence[Candidate],
    k: int,
    *,
    strict: bool = False,
    last: Collection[str] = (),
    fresh: bool = False,
) -> list[Candidate]:
    """``k`` candidates unlike the control and each other: new angles first, then any
    distinct idea, then (only if the pool is that thin, and not ``strict``) anything not
    equal to the control.  Angles in ``last`` (a label in a template) come after the others
    at each of those steps.  ``fresh``: new angles only (the first steps), which candidates
    appended to the pool cannot change once they fill the set."""
    taken_angles = {c.angle for c in pool if too_close(c.value, control.value)} | {control.angle}
    chosen: list[Candidate] = []

    def add(test: Callable[[Candidate], bool]) -> None:
        for c in pool:
            if len(chosen) >= k:
                return
            if c not in chosen and test(c):
                chosen.append(c)
                taken_angles.add(c.angle)

    def distinct(c: Candidate) -> bool:
        return not any(too_close(c.value, o.value) for o in (control, *chosen))

    add(lambda c: c.angle not in taken_angles and c.angle not in last and distinct(c))
    add(lambda c: c.angle not in taken_angles and distinct(c))
    if fresh:
        return chosen
    add(lambda c: c.angle not in last and distinct(c))
    add(distinct)
    if not strict:
        add(lambda c: all(c.value != o.value for o in (control, *chosen)))
    return chosen


def text_candidates(element: str, bank: VariantBank, facts: Facts, brief: Brief) -> list[Candidate]:
    """Headline or description lines by angle, round-robin so every angle gets a turn
    before any angle gets its second wording; each fits the tightest placement."""
    limit = limits_for(brief.placements).of(element)
    angles: dict[str, list[str]] = getattr(bank, element)
    levels = [slots(facts, brief, cap=c) for c in _CAPS]
    fans = category_for(brief, facts.objective).passion_interests
    per_angle: list[list[Candidate]] = []
    for angle, templates in angles.items():
        if angle == "interest" and not fans:
            continue
        found: list[Candidate] = []
        for k, template in enumerate(templates):
            text = _fit(template, levels, limit, brief.language)
            if text and clean_line(element, text, brief):
                # each benefit is its own idea: a second benefit is a real alternative to the
                # first, where the brand or a bare "see more" tests nothing from the brief
                found.append(Candidate(text, f"{angle} {k + 1}" if angle == "benefit" else angle))
        if angle == "benefit":
            per_angle += [[c] for c in found]
        else:
            per_angle.append(found)
    out: list[Candidate] = []
    for i in range(max((len(f) for f in per_angle), default=0)):
        out += [f[i] for f in per_angle if i < len(f)]
    return out


def _fit(template: str, levels: list[dict[str, str]], limit: int, lang: str) -> str | None:
    whole = [v for v in levels[0].values() if v]
    for i, s in enumerate(levels):
        text = fill(template, s)
        if i and text and (text[-1].isdigit() or broken_cut(text, whole)):
            continue  # a shortened fragment cut inside a date, a price or a list
        if text and len(text) <= limit:
            return typography(tidy(text), lang).rstrip(".")
    return None  # cutting a brief phrase mid-way would say something else


def clean_line(element: str, text: str, brief: Brief) -> bool:
    """No error and no warning for this field: a variant must not lose on a technicality."""
    ad = AdCopy(**{element: text}, lang=brief.language, facts=brief_facts(brief))  # type: ignore[arg-type]
    return not any(f.field == element for f in check_copy(ad))


def primary_candidates(drafts: Sequence[CopyDraft]) -> list[Candidate]:
    """Primary texts of offline drafts: each one a different framework and persona angle."""
    return [Candidate(d.primary_text, f"{d.framework} · {d.persona}") for d in drafts]


def cta_candidates(bank: VariantBank, facts: Facts, valid: Sequence[str]) -> list[Candidate]:
    options = [*CTA_OPTIONS.get(facts.objective, _ANY_CTA), *_ANY_CTA]
    out: list[Candidate] = []
    for value in dict.fromkeys(options):
        if value not in valid or (value == "GET_OFFER" and not facts.offer):
            continue
        out.append(Candidate(value, bank.cta.get(value, value.lower().replace("_", " "))))
    return out


def image_candidates(bank: VariantBank, facts: Facts, brief: Brief) -> list[Candidate]:
    """Creative briefs: one visual concept per angle, the concepts the brief can support."""
    s = slots(facts, brief, cap=IMAGE_CAP)
    out: list[Candidate] = []
    for angle in bank.image.values():
        text = fill(angle.text, s)
        if text:
            out.append(Candidate(tidy(text), angle.label))
    return out


def audience_candidates(bank: VariantBank, facts: Facts, brief: Brief) -> list[Candidate]:
    """Targeting variations on the brief's geography and ages: the brief's own interests,
    broad, lookalikes (not for special ad categories) and warm audiences."""
    from adsage.advisor.targeting import targeting_section

    spec = targeting_section(brief)
    a = bank.audience
    source = spec.custom_audiences[0] if spec.custom_audiences else a.default_source
    countries = ", ".join(spec.countries)
    fmt = {"interests": ", ".join(facts.interests[:4]), "source": source, "countries": countries}
    restricted = brief.special_ad_category in RESTRICTED

    def make(kind: str, **extra: Any) -> Candidate:
        angle = getattr(a, kind)
        label = angle.label.format(**fmt)
        data: dict[str, Any] = {
            "kind": kind,
            "label": label,
            "countries": list(spec.countries),
            "age_min": spec.age_min,
            "age_max": spec.age_max,
            "genders": list(spec.genders),
            "interests": [],
            "custom_audiences": [],
            "lookalike": None,
            "special_ad_category": spec.special_ad_category,
            "note": angle.note.format(**fmt),
        }
        data.update(extra)
        return Candidate(data, label)

    out: list[Candidate] = []
    if facts.interests:
        out.append(make("interests", interests=list(facts.interests[:10])))
    out.append(make("broad"))
    if not restricted:
        for kind, size in (("lookalike_1", 1.0), ("lookalike_5", 5.0)):
            out.append(make(kind, lookalike={"size_percent": size, "source": source}))
    out.append(make("visitors_30", custom_audiences=[a.visitors_30.label.format(**fmt)]))
    out.append(make("engagers", custom_audiences=[a.engagers.label.format(**fmt)]))
    out.append(make("customer_list", custom_audiences=[source]))
    out.append(make("visitors_180", custom_audiences=[a.visitors_180.label.format(**fmt)]))
    return out
