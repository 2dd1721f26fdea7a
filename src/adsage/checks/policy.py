"""Policy checks on ad text (English and Polish), after Meta's Advertising Standards.

False alarms cost as much as misses here: a checker that flags ordinary copy gets ignored.
So every lexicon pairs a second-person cue with an attribute, words are matched whole, and
thresholds for "shouting" are deliberately loose.  Hits on heuristics we invented (caps,
punctuation) warn; hits on clear Meta rules (personal attributes, profanity, guaranteed
results, decorated letters) are errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from adsage.checks.lexicon import (
    Lexicon,
    TextIndex,
    alternation,
    compile_parts,
    compile_terms,
    literal_prefix,
    normalise,
)
from adsage.checks.policy_shape import decorated as _decorated
from adsage.checks.policy_shape import shouting as _shouting
from adsage.checks.recent import Recent
from adsage.errors import BadInput
from adsage.i18n.catalogue import has, t
from adsage.models.findings import Finding
from adsage.paths import rules_dir
from adsage.rules.ad_text import PersonalAttributes, PolicyRules, policy_rules
from adsage.rules.base import SourcedRule, finding

# Words may be separated by anything except a sentence end: a cue in one sentence must not
# pair with an attribute in the next.
_SEP = r"[^\w.!?\n]+"
_CAPS_HINT = re.compile(r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ]{2}")


@dataclass(frozen=True)
class _Engine:
    rules: PolicyRules
    personal: Lexicon
    labels: Mapping[str, str]
    misleading: Lexicon
    profanity: Lexicon
    restricted: Lexicon
    restricted_labels: Mapping[str, str]
    # Each shape check has a cheap hint (a pattern starting with a character set, which the
    # regex engine scans in C) and the full pattern, run only when the hint fires.
    punct_hint: re.Pattern[str]
    punct: re.Pattern[str]
    spaced_hint: re.Pattern[str]
    spaced: re.Pattern[str]
    money_hint: re.Pattern[str]
    money: re.Pattern[str]
    caps_allowed: frozenset[str]
    fancy: re.Pattern[str]
    decorated: frozenset[str]
    native: frozenset[str]
    foreign: re.Pattern[str]
    foreign_words: re.Pattern[str]
    plan: tuple[tuple[str, Lexicon, SourcedRule], ...]
    all_triggers: frozenset[str]


def _personal_lexicon(rule: PersonalAttributes) -> Lexicon:
    cues = alternation(rule.cues)
    pcues = alternation(rule.possessive_cues)
    wide = rf"(?:{_SEP}\w+){{0,{rule.window}}}?{_SEP}"
    near = rf"(?:{_SEP}\w+)?{_SEP}"
    parts: list[tuple[str, str, list[str]]] = []
    for name, cat in rule.categories.items():
        body = alternation(cat.terms)
        gap = _SEP if cat.tight else wide
        rx = rf"(?:{cues}){gap}(?:{body})"
        if rule.tight_cues:
            rx += rf"|(?:{alternation(rule.tight_cues)}){_SEP}(?:{body})"
        if cat.possessive and rule.possessive_cues:
            rx += rf"|(?:{pcues}){near}(?:{body})"
        parts.append((name, rx, cat.terms))
    for name, patterns in rule.standalone.items():
        parts.append((name, alternation(patterns), patterns))
    return compile_parts(parts)


def _build(rules: PolicyRules) -> _Engine:
    pa = rules.personal_attributes
    nonstd = rules.nonstandard_characters
    sep = re.escape(nonstd.separators)
    letters_between = nonstd.min_spaced_letters - 1
    fancy = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in nonstd.fancy_ranges)
    money = re.escape(nonstd.symbol_letters)
    caps = rules.excessive_caps
    native = re.escape(nonstd.native_letters + nonstd.native_letters.upper())
    labels = {name: cat.label for name, cat in pa.categories.items()}
    personal = _personal_lexicon(pa)
    misleading = compile_terms({"claim": rules.misleading_claim.terms})
    profanity = compile_terms({"word": rules.profanity.terms})
    restricted = compile_terms(
        {name: c.terms for name, c in rules.restricted_category.categories.items()}
    )
    plan: tuple[tuple[str, Lexicon, SourcedRule], ...] = (
        ("policy.personal_attributes", personal, pa),
        ("policy.misleading_claim", misleading, rules.misleading_claim),
        ("policy.profanity", profanity, rules.profanity),
        ("policy.restricted_category", restricted, rules.restricted_category),
    )
    return _Engine(
        rules=rules,
        personal=personal,
        labels=labels,
        misleading=misleading,
        profanity=profanity,
        restricted=restricted,
        restricted_labels={k: c.label for k, c in rules.restricted_category.categories.items()},
        punct_hint=re.compile(r"[!?.][!?.]"),
        punct=re.compile(alternation(rules.excessive_punctuation.patterns)),
        spaced_hint=re.compile(rf"[{sep}] ?[^\W\d_][{sep}]|  ?[^\W\d_] [^\W\d_] "),
        spaced=re.compile(
            rf"(?<![^\W\d_])(?:[^\W\d_][{sep}] ?){{{letters_between},}}[^\W\d_](?![^\W\d_])"
            rf"|(?<!\S)(?:[^\W\d_] ){{{letters_between},}}[^\W\d_](?!\S)"
        ),
        money_hint=re.compile(f"[{money}]"),
        money=re.compile(rf"[^\W\d_][{money}]{{2,}}|[^\W\d_][{money}](?=[^\W\d_])"),
        caps_allowed=frozenset(w.upper() for w in [*caps.acronyms, *caps.brands]),
        fancy=re.compile(f"[{fancy}]"),
        decorated=frozenset(nonstd.decorated_words),
        native=frozenset(native),
        foreign=re.compile(rf"[^\x00-\x7f{native}]"),
        plan=plan,
        all_triggers=frozenset().union(*(lex.triggers for _, lex, _ in plan)),
        foreign_words=re.compile(rf"[^\W\d_]*(?:(?![a-zA-Z{native}])[^\W\d_])[^\W\d_]*"),
    )


def _term_lists(rules: PolicyRules) -> Iterable[tuple[str, list[str]]]:
    pa = rules.personal_attributes
    for name, cat in pa.categories.items():
        yield f"personal_attributes.categories.{name}.terms", cat.terms
    for name, patterns in pa.standalone.items():
        yield f"personal_attributes.standalone.{name}", patterns
    yield "misleading_claim.terms", rules.misleading_claim.terms
    yield "profanity.terms", rules.profanity.terms
    for name, rc in rules.restricted_category.categories.items():
        yield f"restricted_category.categories.{name}.terms", rc.terms


@lru_cache(maxsize=1)
def _engine() -> _Engine:
    rules = policy_rules()
    source = rules_dir() / "policy.yaml"
    for path, terms in _term_lists(rules):
        for i, term in enumerate(terms):
            try:
                literal_prefix(term)
            except (ValueError, re.error) as exc:
                raise BadInput(f"rule file {source}: field '{path}[{i}]': {exc}") from None
    try:
        return _build(rules)
    except (ValueError, re.error) as exc:
        raise BadInput(f"rule file {source}: {exc}; fix the entry") from None


def check_policy(texts: Mapping[str, str | None], lang: str | None = None) -> list[Finding]:
    """Policy findings for each named text field.

    Both lexicons run whatever ``lang`` says: Polish ads routinely carry English slogans, and
    the entries of one language do not fire on ordinary text of the other.
    """
    eng = _engine()
    present = {f: t for f, t in texts.items() if t and t.strip()}
    if not present:
        return []
    # Drafting checks the same texts once per placement and per candidate: answer a repeat
    # from the last results of this engine (findings are frozen, so sharing them is safe).
    key = (tuple(present.items()), lang)
    seen = _recent.get(key, eng)
    if seen is not None:
        return seen
    return _recent.put(key, eng, _check_policy(eng, present, lang))


_recent = Recent()


def _check_policy(eng: _Engine, present: dict[str, str], lang: str | None) -> list[Finding]:
    joined = "\n".join(present.values())
    out: list[Finding] = []
    # Cheap hints run once over all fields; clean copy (the common case) stops here.
    caps = _CAPS_HINT.search(joined) is not None
    punct = eng.punct_hint.search(joined) is not None
    spaced = eng.spaced_hint.search(joined) is not None
    money = eng.money_hint.search(joined) is not None
    foreign = not joined.isascii() and eng.foreign.search(joined) is not None
    if caps or punct or spaced or money or foreign:
        hints = _Hints(caps, punct, spaced, money, foreign)
        for field, text in present.items():
            out += _shape_checks(eng, field, text, hints, lang or "en")
    index = TextIndex(normalise(joined))
    if not eng.all_triggers.isdisjoint(index.prefixes):
        out += _lexicon_checks(eng, present, index, lang or "en")
    return out


def _lexicon_checks(
    eng: _Engine, original: Mapping[str, str], index: TextIndex, lang: str = "en"
) -> list[Finding]:
    out: list[Finding] = []
    lowered: dict[str, str] | None = None
    for rule_id, lexicon, rule in eng.plan:
        # Trigger words are common enough to fire on clean copy; one search of each triggered
        # category over the joined text settles it before any per-field work.
        parts = lexicon.candidates(index)
        if not parts:
            continue
        if lowered is None:
            lowered = {f: normalise(t) for f, t in original.items()}
        for field, text in lowered.items():
            seen: set[str] = set()
            # Quote the user's own spelling when lower-casing kept the offsets aligned.
            source = original[field] if len(original[field]) == len(text) else text
            for category, start, end in lexicon.matches(text, parts):
                if category in seen:
                    continue
                seen.add(category)
                hit = source[start:end]
                out.append(_lexicon_finding(eng, rule_id, rule, field, category, hit, lang))
    return out


def _lexicon_finding(
    eng: _Engine,
    rule_id: str,
    rule: SourcedRule,
    field: str,
    category: str,
    hit: str,
    lang: str = "en",
) -> Finding:
    hit = " ".join(hit.split())
    if rule_id == "policy.personal_attributes":
        label = eng.labels.get(category, category)
        return finding(
            rule_id,
            rule.severity,
            t("policy.personal", lang, hit=hit, label=label),
            rule,
            field=field,
            suggestion=t("policy.personal_fix", lang),
        )
    if rule_id == "policy.misleading_claim":
        return finding(
            rule_id,
            rule.severity,
            t("policy.misleading", lang, hit=hit),
            rule,
            field=field,
            suggestion=t("policy.misleading_fix", lang),
        )
    if rule_id == "policy.profanity":
        return finding(
            rule_id,
            rule.severity,
            t("policy.profanity", lang, hit=hit),
            rule,
            field=field,
            suggestion=t("policy.profanity_fix", lang),
        )
    # each category says what it asks for: an age limit (alcohol) is not a permission (dating)
    key = f"policy.restricted.{category}"
    named = f"policy.restricted.label.{category}"
    label = t(named, lang) if has(named) else eng.restricted_labels.get(category, category)
    return finding(
        rule_id,
        rule.severity,
        t(key, lang, hit=hit) if has(key) else t("policy.restricted", lang, hit=hit, label=label),
        rule,
        field=field,
        suggestion=t("policy.restricted_fix", lang, label=label),
    )


@dataclass(frozen=True)
class _Hints:
    caps: bool
    punct: bool
    spaced: bool
    money: bool
    foreign: bool

    def any(self) -> bool:
        return self.caps or self.punct or self.spaced or self.money or self.foreign


def _shape_checks(
    eng: _Engine, field: str, text: str, hints: _Hints, lang: str = "en"
) -> list[Finding]:
    """Checks on how the text looks (capitals, punctuation, decorated letters)."""
    out: list[Finding] = []
    if hints.caps and _shouting(eng, text):
        rule = eng.rules.excessive_caps
        out.append(
            finding(
                "policy.excessive_caps",
                rule.severity,
                t("policy.caps", lang),
                rule,
                field=field,
                suggestion=t("policy.caps_fix", lang),
            )
        )
    punct = odd = None
    if hints.punct:
        m = eng.punct.search(text)
        punct = m.group(0) if m else None
    if hints.spaced:
        # Letters split by spaces only count in capitals ("F R E E"): Polish has many
        # one-letter words ("a", "i", "w", "z").
        odd = next(
            (
                m.group(0)
                for m in eng.spaced.finditer(text)
                if " " not in m.group(0) or m.group(0).isupper()
            ),
            None,
        )
    if odd is None and hints.money:
        m = eng.money.search(text)
        odd = m.group(0) if m else None
    if punct:
        rule2 = eng.rules.excessive_punctuation
        out.append(
            finding(
                "policy.excessive_punctuation",
                rule2.severity,
                t("policy.punct", lang, punct=punct),
                rule2,
                field=field,
                suggestion=t("policy.punct_fix", lang),
            )
        )
    if odd is None and hints.foreign:
        odd = _decorated(eng, text)
    if odd:
        rule3 = eng.rules.nonstandard_characters
        out.append(
            finding(
                "policy.nonstandard_characters",
                rule3.severity,
                t("policy.chars", lang, odd=odd),
                rule3,
                field=field,
                suggestion=t("policy.chars_fix", lang),
            )
        )
    return out


def restricted_categories(texts: Iterable[str]) -> set[str]:
    """Restricted-category names mentioned anywhere in ``texts`` (for other checkers)."""
    eng = _engine()
    text = normalise("\n".join(texts))
    return {part.category for part in eng.restricted.candidates(TextIndex(text))}
