"""A metric asked for in words is searched by its acronym too: benchmarks give "CPL 27,66 USD",
questions say "koszt pozyskania kontaktu" or "cost per lead"."""

from __future__ import annotations

from adsage.knowledge.answer_topic import metric_acronyms


def test_metric_words_give_their_acronym_in_both_languages() -> None:
    assert metric_acronyms("Jaki średni koszt pozyskania kontaktu podają raporty?") == ["CPL"]
    assert metric_acronyms("What is a typical cost per lead on Facebook?") == ["CPL"]
    assert metric_acronyms("What's a good return on ad spend for a shop?") == ["ROAS"]
    assert metric_acronyms("Ile kosztuje tysiąc wyświetleń w Polsce?") == ["CPM"]


def test_no_acronym_when_the_question_has_it_or_names_no_metric() -> None:
    assert metric_acronyms("Jaki CPL jest dobry dla dentysty?") == []
    assert metric_acronyms("How long should an A/B test run?") == []
    # a metric without an acronym adds nothing ("leads" is a word, not an abbreviation)
    assert metric_acronyms("How do I get more leads?") == []
