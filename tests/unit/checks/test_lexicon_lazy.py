"""Lexicon patterns compile on first use and match exactly as compiled up front."""

from __future__ import annotations

import re

import pytest

from adsage.checks import lexicon, policy
from adsage.checks.lexicon import TextIndex, literal_prefix, normalise

TEXTS = [
    "Buy our shoes today and walk in comfort.",
    "Are you depressed? Our app helps.",
    "Lose 10 kg in 3 days, guaranteed!",
    "Jesteś po rozwodzie? Poznaj nowych ludzi.",
    "Cheap loans for everyone, no credit check.",
]


def test_clean_copy_compiles_no_category_pattern() -> None:
    policy._engine.cache_clear()
    lexicon._compiled.cache_clear()
    policy.check_policy({"primary_text": TEXTS[0]})
    assert lexicon._compiled.cache_info().currsize == 0


def test_lazy_parts_match_like_eagerly_compiled_ones() -> None:
    eng = policy._engine()
    for _, lex, _ in eng.plan:
        for text in TEXTS:
            index = TextIndex(normalise(text))
            lazy = [(p.category, m.span()) for p in lex.parts for m in p.regex.finditer(index.text)]
            eager = [
                (p.category, m.span())
                for p in lex.parts
                for m in re.compile(p.pattern).finditer(index.text)
            ]
            assert lazy == eager
    hits = policy.check_policy({"primary_text": TEXTS[1]})
    assert any(f.rule == "policy.personal_attributes" for f in hits)


def test_plain_entries_skip_the_compile_but_bad_ones_still_fail() -> None:
    assert literal_prefix("na wózku") == "wózku"
    assert literal_prefix("can't stop") == "can"
    for bad in ("depress(ed", "abc[", "ab)c"):
        with pytest.raises((ValueError, re.error)):
            literal_prefix(bad)
