"""Personas and ad copy the offline engine writes for briefs of different businesses.

Every check is deterministic and counts a defect a reviewer would see: a date, number or
guarantee the brief never gave; an offer whose figure no draft mentions; one opener, persona
archetype or message angle reused by businesses that have nothing in common; English words
or a sentence cut after an adjective in Polish; a headline that is only the brand; drafts of
one plan that open the same way; ages or genders narrowed under a special ad category; and
objections about discounts or returns for a clinic, a job or a home; and a thin brief (no
offer, no benefits) whose plan does not say which facts to add.  Lower is better everywhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "datasets" / "copy_briefs"
SHARED_BY = 3  # a phrase used by this many unrelated businesses is boilerplate

# Words that are English, never Polish; names the brief gives are exempt.
ENGLISH_WORDS = frozenset(
    str.split(
        "the and for with your you our home free now shop sale new best get buy more "
        "today order click deal offer check learn sign up off just love great easy fresh "
        "quality perfect enjoy discover try trial"
    )
)
# Oblique-case adjective endings: a sentence ending on one lost its noun ("świeżo palonej.").
_PL_ADJ_END = re.compile(r"(?:ego|ych|ymi|ich|ym|im|ej)$")
_PL_ADVERBS = frozenset(
    str.split(
        "więcej mniej lepiej dalej wcześniej później szybciej taniej dłużej prościej łatwiej "
        "bliżej jej niej tej im nim tym ich nich swoim twoim naszym moim mu stycznia lutego "
        "marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
    )
)
_OFF_CATEGORY = re.compile(r"discount|returns?\b|rabat|zwrot|promocj|przecen", re.IGNORECASE)
_GENDER_WORDS = re.compile(r"\b(?:women|men|kobiety|mężczyźni)\b", re.IGNORECASE)
_ALL_GENDERS = re.compile(r"all genders|kobiety i mężczyźni", re.IGNORECASE)
_SPECIAL = frozenset({"EMPLOYMENT", "HOUSING", "CREDIT", "FINANCIAL_PRODUCTS_SERVICES"})


def load_index() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = yaml.safe_load((DATA / "index.yaml").read_text("utf-8"))["briefs"]
    return items


def _squash(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", "", text).casefold()


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.casefold())


def _sentences(text: str) -> list[str]:
    # A full stop after a short abbreviation ("kat.", "ul.", "np.") does not end a sentence.
    out: list[str] = []
    for part in re.split(r"(?<=[.!?])\s+", text):
        if out and re.search(r"\b(?:kat|ul|np|tj|ok|nr|godz)\.$", out[-1]):
            out[-1] = f"{out[-1]} {part}"
        elif part.strip():
            out.append(part.strip())
    return out


def truncated_pl(text: str, facts: list[str]) -> list[str]:
    """Sentences whose last word is an oblique-case adjective with no noun after it.

    Polish often puts the adjective after its noun ("biur rachunkowych"), so a sentence that
    ends exactly where one of the brief's phrases ends is whole; one that stops inside a
    brief phrase ("faktur kosztowych" of "faktur kosztowych dla biur") was cut short."""
    ends = {" ".join(_words(f)[-2:]) for f in facts if f}
    out = []
    for sentence in _sentences(text):
        words = _words(sentence)
        if len(words) < 2 or not sentence.rstrip().endswith((".", "!", "?")):
            continue
        last = words[-1]
        if last in _PL_ADVERBS or not _PL_ADJ_END.search(last):
            continue
        if " ".join(words[-2:]) not in ends:
            out.append(sentence)
    return out


def english_in_pl(text: str, allowed: set[str]) -> list[str]:
    return [w for w in _words(text) if w in ENGLISH_WORDS and w not in allowed]


def _archetype(name: str) -> str:
    return name.split(",", 1)[-1].strip().casefold()


def _angle_key(angle: str) -> str:
    return re.split(r"[(:;]", angle, maxsplit=1)[0].strip().casefold()


def draft_brief(path: Path) -> tuple[Any, list[Any], list[Any]]:
    from adsage.drafting.base import DraftContext
    from adsage.drafting.offline.engine import OfflineEngine
    from adsage.models.brief import load_brief

    brief = load_brief(path)
    ctx = DraftContext(brief=brief, lang=brief.language, objective=brief.objective or "")
    engine = OfflineEngine()
    personas = engine.personas(ctx)
    return brief, personas, engine.copy(ctx, personas, 3)


def run() -> dict[str, Any]:
    from adsage.checks.claims import brief_facts, check_repetition, opener, unsupported
    from adsage.drafting.offline.categories import facts_to_add
    from adsage.drafting.offline.hygiene import local_money

    counts: dict[str, int] = defaultdict(int)
    problems: list[str] = []
    openers: dict[str, set[str]] = defaultdict(set)
    archetypes: dict[str, set[str]] = defaultdict(set)
    angles: dict[str, set[str]] = defaultdict(set)
    langs: dict[str, int] = defaultdict(int)
    index = load_index()
    for item in index:
        bid, category = item["id"], item["category"]
        brief, personas, drafts = draft_brief(DATA / f"{bid}.yaml")
        langs[brief.language] += 1
        facts = brief_facts(brief)
        allowed = set(_words(" ".join(facts)))
        for d in drafts:
            fields = {"primary_text": d.primary_text, "headline": d.headline}
            fields["description"] = d.description
            for field, claim in unsupported(fields, facts):
                counts["unsupported_claims"] += 1
                problems.append(f"{bid}: unsupported {claim!r} in {field}")
            if d.headline.strip().casefold() == brief.brand.strip().casefold():
                counts["headline_is_brand"] += 1
                problems.append(f"{bid}: headline is the brand")
            openers[opener(d.primary_text, 4)].add(category)
            if brief.language == "pl":
                text = " ".join(fields.values())
                for word in english_in_pl(text, allowed):
                    counts["english_in_pl"] += 1
                    problems.append(f"{bid}: English word {word!r}")
                for sentence in truncated_pl(d.primary_text, facts):
                    counts["truncated_pl"] += 1
                    problems.append(f"{bid}: truncated {sentence!r}")
        figures = item.get("figures") or []
        blob = _squash(" ".join(f"{d.primary_text} {d.headline} {d.description}" for d in drafts))
        # the figure as the brief writes it ("290 EUR") or as an ad writes it ("€290")
        written = [w for f in figures for w in (f, local_money(f, brief.language))]
        if figures and not any(_squash(f) in blob for f in written):
            counts["offer_figure_missing"] += 1
            problems.append(f"{bid}: no draft uses the offer figure {figures[0]!r}")
        if item.get("thin") and not facts_to_add(brief, brief.objective or "", brief.language):
            counts["thin_brief_without_facts_to_add"] += 1
            problems.append(f"{bid}: thin brief, but no facts to add are named")
        repeated = check_repetition([d.primary_text for d in drafts], brief.language)
        counts["repeated_openers_in_plan"] += len(repeated)
        for p in personas:
            archetypes[_archetype(p.name)].add(category)
            angles[_angle_key(p.message_angle)].add(category)
            if brief.special_ad_category in _SPECIAL:
                # the whole fixed range (18-65+), whatever ages the brief asked for
                shown = _ALL_GENDERS.sub("", p.demographics)
                # a hyphen or the Polish en dash ("18–65+ lat"): the same whole range
                narrowed = not re.search("18[-–]65", shown) or _GENDER_WORDS.search(shown)
                if narrowed:
                    counts["special_category_narrowing"] += 1
                    problems.append(f"{bid}: persona {p.name!r} narrows age or gender")
            if category in ("local_clinic", "jobs", "real_estate"):
                for o in p.objections:
                    if _OFF_CATEGORY.search(o):
                        counts["off_category_objections"] += 1
                        problems.append(f"{bid}: off-category objection {o!r}")
            if brief.language == "pl":
                text = " ".join([p.name, p.demographics, *p.motivations, *p.objections])
                for word in english_in_pl(text, allowed):
                    counts["english_in_pl"] += 1
                    problems.append(f"{bid}: English word {word!r} in a persona")
    for label, table in (("openers", openers), ("archetypes", archetypes), ("angles", angles)):
        for key, cats in sorted(table.items()):
            if key and len(cats) >= SHARED_BY:
                counts[f"shared_{label}"] += 1
                problems.append(f"{label[:-1]} {key!r} shared by {len(cats)} categories")
    metrics = (
        "unsupported_claims",
        "offer_figure_missing",
        "shared_openers",
        "shared_archetypes",
        "shared_angles",
        "english_in_pl",
        "truncated_pl",
        "headline_is_brand",
        "repeated_openers_in_plan",
        "special_category_narrowing",
        "off_category_objections",
        "thin_brief_without_facts_to_add",
    )
    return {
        "name": "copy_persona",
        "n": len(index),
        "by_lang": dict(sorted(langs.items())),
        "categories": len({item["category"] for item in index}),
        **{m: counts[m] for m in metrics},
        "defects": sum(counts[m] for m in metrics),
        "problems": problems,
    }
