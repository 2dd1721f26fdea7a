"""Key terms of a question and whether a sentence stays on its topic (EN and PL)."""

from __future__ import annotations

from adsage.knowledge.answer_topic import on_topic, topic_terms, weak_terms


def test_inflected_forms_meet_on_one_stem() -> None:
    assert topic_terms("tests") == topic_terms("testing") == topic_terms("test")
    assert topic_terms("celu") == topic_terms("celów") == topic_terms("cel")
    assert topic_terms("warsztatu") == topic_terms("warsztat")
    assert topic_terms("budżetu") == topic_terms("budzet")  # diacritics folded


def test_generic_ad_words_and_asking_words_are_no_topic() -> None:
    assert topic_terms("How many ads on Facebook and Instagram?") == set()
    assert topic_terms("Jaki budżet na reklamy?") == topic_terms("budżet")


def test_a_sentence_about_something_else_that_mentions_the_main_word_is_off_topic() -> None:
    key = topic_terms("Jaki budżet na reklamy dla warsztatu samochodowego w Rzeszowie?")
    sections = ["Jak dobrać budżet", "Kampanie w kilku krajach i językach", "Minimalne budżety"]
    weak = weak_terms(key, sections)
    assert weak == topic_terms("budżet")  # most sections are about it
    languages = sections[1]
    passing = "Reklamy wielojęzyczne trzymają budżet w jednym miejscu i szybciej się uczą."
    assert not on_topic(key, passing, languages, weak)
    assert on_topic(key, passing, languages)  # without the pool's main word it would pass
    # under a heading on the topic, a sentence need not repeat the question's words
    assert on_topic(key, "Zestaw potrzebuje około 50 zdarzeń tygodniowo.", sections[0], weak)
    # a term the pool does not share is enough in the sentence's own words
    assert on_topic(key, "Dla warsztatu liczy się koszt wyniku.", languages, weak)


def test_a_question_of_generic_words_judges_nothing_off_topic() -> None:
    assert on_topic(set(), "Anything at all.", "Any section")
