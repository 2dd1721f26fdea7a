"""Polish texts use Meta's Polish interface terms from knowledge/glossary.yaml, one form each.

The scan covers everything the product says in Polish: the Polish knowledge, the Polish
phrase banks, every Polish string literal in the source and every Polish template of the
message catalogue (adsage.i18n).  A hit names the file, the wording and the glossary form.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from adsage.paths import knowledge_dir, project_root
from adsage.rules.glossary import find_variants, glossary

_POLISH_LETTERS = re.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")


def _body(path: Path) -> str:
    """A knowledge document without its front matter (sources are cited in English)."""
    text = path.read_text("utf-8")
    if text.startswith("---\n"):
        return text.split("\n---\n", 1)[1]
    return text


def _yaml_strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _yaml_strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _yaml_strings(v)]
    return []


def _python_polish_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    # Docstrings and other bare string statements are never shown to a user.
    bare = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in bare
        and _POLISH_LETTERS.search(node.value)
    ]


def polish_texts() -> list[tuple[str, str]]:
    """(label, text) for every Polish text the product ships."""
    kdir = knowledge_dir()
    root = project_root()
    out = [(str(p.relative_to(root)), _body(p)) for p in sorted((kdir / "pl").glob("*.md"))]
    for p in sorted((kdir / "frameworks").glob("*pl*.yaml")):
        out += [(str(p.relative_to(root)), s) for s in _yaml_strings(yaml.safe_load(p.read_text()))]
    lexicon = yaml.safe_load((kdir / "rules" / "goal_lexicon.yaml").read_text("utf-8"))
    out += [
        ("knowledge/rules/goal_lexicon.yaml", s)
        for s in _yaml_strings(lexicon)
        if _POLISH_LETTERS.search(s)
    ]
    src = root / "src" / "adsage"
    for p in sorted(src.rglob("*.py")):
        out += [(str(p.relative_to(root)), s) for s in _python_polish_strings(p)]
    return out + catalogue_polish()


def catalogue_polish() -> list[tuple[str, str]]:
    """Every Polish template of the message catalogue, plural forms included."""
    from adsage.i18n.messages import MESSAGES, PLURALS

    out = [(f"i18n catalogue {key}", pl) for key, (_, pl) in MESSAGES.items()]
    for key, (_, forms) in PLURALS.items():
        out += [(f"i18n catalogue {key}[{cat}]", text) for cat, text in forms.items()]
    return out


def test_glossary_loads_with_the_issue_terms() -> None:
    g = glossary()
    expected = {
        "learning phase": "faza uczenia się",
        "learning limited": "ograniczona faza uczenia się",
        "Commerce Manager": "Menedżer sprzedaży",
        "instant forms": "formularze błyskawiczne",
        "bid strategy": "strategia ustalania stawek",
        "Advantage+ campaign budget": "budżet kampanii Advantage+",
        "Advantage+ audience": "grupa odbiorców Advantage+",
        "Advantage+ placements": "miejsca docelowe Advantage+",
    }
    for en, pl in expected.items():
        assert g.polish(en) == pl, en
    assert {g.polish(p) for p in ("Feed", "Stories", "Reels")} == {"Feed", "Stories", "Reels"}
    assert g.source and g.as_of and g.confidence


def test_polish_knowledge_uses_the_glossary_forms() -> None:
    """Each interface term the knowledge names appears in its glossary form."""
    corpus = "\n".join(_body(p) for p in (knowledge_dir() / "pl").glob("*.md"))
    for term in glossary().terms:
        if term.pl not in {"Feed", "Stories", "Reels"}:
            assert term.pl.lower() in corpus.lower(), term.pl


def test_polish_texts_have_no_variants_or_calques() -> None:
    texts = polish_texts()
    assert len(texts) > 100  # knowledge, phrase banks and source strings were all read
    assert len(catalogue_polish()) >= 10  # and the message catalogue
    assert len(catalogue_polish()) >= 10  # and the message catalogue
    problems = [
        f"{label}: {v.found!r} -> use {v.use!r}"
        for label, text in texts
        for v in find_variants(text)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("text", "use"),
    [
        ("Zestaw jest w fazie uczenia od wczoraj.", "faza uczenia się"),
        ("Katalog dodasz w Menedżerze handlowym.", "Menedżer sprzedaży"),
        ("Włącz Advantage+ audience w zestawie.", "grupa odbiorców Advantage+"),
        ("Zmień strategię stawek na limit kosztu.", "strategia ustalania stawek"),
        ("Reklama w relacjach na Instagramie.", "Stories"),
        ("Cel: 40 sprzedaży w miesiąc.", "N zamówień w ciągu miesiąca (tygodnia)"),
        ("Sprowadzić 500 odwiedzin na stronę", "Pozyskać {n} wizyt na stronie"),
        ("liczba pokazań reklamy", "wyświetleń, wyświetleniami"),
    ],
)
def test_variants_are_caught(text: str, use: str) -> None:
    assert {v.use for v in find_variants(text)} == {use}


@pytest.mark.parametrize(
    "text",
    [
        "Zestaw wychodzi z fazy uczenia się po 50 zdarzeniach.",
        "Strategia ustalania stawek i budżet kampanii Advantage+.",
        "Relacje z klientami budujemy w Stories i Reels.",
        "Sklep sprzedaje rolki i deskorolki.",
    ],
)
def test_glossary_forms_and_ordinary_words_pass(text: str) -> None:
    assert find_variants(text) == []
