"""The libyaml reading path of ``adsage.inputs`` gives exactly what the Python loader gives:
the same data for every text it takes, the same one-line error for every text it refuses."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from adsage import inputs
from adsage.errors import AdsageError

ROOT = Path(__file__).resolve().parents[2]
# Texts where the two parsers are known to part ways, and the limits the reader enforces.
ODD = [
    "brand:\ta\n",
    "brand: a\t\nproduct: b\n",
    "a: !\n",
    "a: |#c\n  text\n",
    ">#c\n",
    "offer: 20% off\nbudget: {amount: 60, ty%pe: daily}\n",
    "- !!str 1\n- !x y\n",
    "# c\n\ufeff",
    "a: 1\n\ufeff b: 2\n",
    "budget: {amount: 1?2}\n",
    "budget: {amount: 60, ty%pe: daily}\n",
    "goal: Sell more!\noffer: 20% off\nurl: https://x.example/p?a=1\n",
    "brand: a\nbrand: b\n",
    "{a: 1, a: 2}\n",
    "a: " + "[" * 60 + "]" * 60 + "\n",
    "a: &x [1, 2]\nb: *x\n",
    "a: &a [*a]\n",
    "a: .nan\nb: " + "9" * 150 + "\n",
    "a: 1\n---\nb: 2\n",
    "base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n",
    "brand: a\x85product: b\n",
    "brand: a\u2028b\n",
    'brand: "\\ud800"\n',
    'brand: "x\u202ey"\n',
    "date: 2026-02-30\n",
    "? [a, b]\n: 1\n",
    "a:\n  b: 1\n c: 2\n",
    "",
    "# only a comment\n",
    "%YAML 1.2\n---\na: 1\n",
]
MUTATIONS = list(":- \t\n'\"[]{}#&*!|>%@`?,\\\r") + [
    "\ufeff",
    "\x85",
    " !",
    "!!",
    "&a",
    "*a",
    "\n- ",
]


def _read(text: str) -> Any:
    try:
        return ("ok", repr(inputs.parse(text, "brief.yaml", "yaml")))
    except AdsageError as exc:
        return ("error", str(exc))


def _both(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    fast = _read(text)
    with monkeypatch.context() as m:
        m.setattr(inputs, "_FAST", None)
        reference = _read(text)
    return fast, reference


def _corpus() -> list[str]:
    files = [*ROOT.glob("examples/*.yaml"), *ROOT.glob("evals/datasets/**/*.yaml")]
    return [p.read_text("utf-8") for p in sorted(files)]


def test_libyaml_path_is_used_for_a_plain_brief() -> None:
    if inputs._FAST is None:
        pytest.skip("this PyYAML wheel has no libyaml")
    text = (ROOT / "examples" / "brief.yaml").read_text("utf-8")
    assert inputs._fast_safe(text)


@pytest.mark.parametrize("text", ODD)
def test_odd_texts_read_the_same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast, reference = _both(text, monkeypatch)
    assert fast == reference


def test_repository_yaml_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = _corpus()
    assert len(corpus) > 20
    for text in corpus:
        fast, reference = _both(text, monkeypatch)
        assert fast == reference


TOKENS = [
    "a",
    "1",
    ": ",
    "-",
    "- ",
    "\n",
    "\n  ",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "?",
    "? ",
    " #c",
    "&a ",
]
TOKENS += [
    "*a",
    "!",
    "!!str ",
    "|",
    ">",
    "|-",
    "'",
    '"',
    "\\x41",
    "%",
    "---\n",
    "...\n",
    "\t",
    "\r",
]
TOKENS += ["\x85", "\u2028", "\ufeff", "ą", "@", "<<", "~", "0x1F", ".inf", "2026-01-01", "\x07"]


def test_token_soup_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short texts of YAML's own punctuation, where the two parsers' edges meet."""
    rnd = random.Random(17)
    for _ in range(1500):
        text = "".join(rnd.choice(TOKENS) for _ in range(rnd.randint(1, 14)))
        fast, reference = _both(text, monkeypatch)
        assert fast == reference, text


def test_mutated_briefs_read_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Briefs with a few characters inserted, dropped or replaced: valid or not, both paths
    must agree (a seeded run of a much longer search done when the path was added)."""
    rnd = random.Random(17)
    seeds = _corpus() + ODD
    for _ in range(400):
        text = rnd.choice(seeds)
        for _ in range(rnd.randint(1, 3)):
            pos, op, ch = rnd.randint(0, len(text)), rnd.random(), rnd.choice(MUTATIONS)
            if op < 0.45:
                text = text[:pos] + ch + text[pos:]
            elif op < 0.65:
                text = text[:pos] + text[pos + rnd.randint(1, 3) :]
            else:
                text = text[:pos] + ch + text[pos + 1 :]
        fast, reference = _both(text, monkeypatch)
        assert fast == reference, text
