from pathlib import Path

from adsage.knowledge.chunking import chunk_document, html_to_text, split_front_matter

PLAIN = """Poradnik kampanii lokalnych

Krótki wstęp o tym, po co jest ten dokument.

1. Wybór pory publikacji
Najlepiej publikować rano, między 6:30 a 8:30.
- Poranek: ludzie przeglądają telefon w drodze do pracy
- Weekend: sobota przed południem

2. Promień wokół lokalu
Ustaw promień 1-2 km w mieście.
"""


def test_front_matter_is_parsed_and_removed() -> None:
    meta, body = split_front_matter("---\nid: x\nlang: pl\n---\n# T\n\nbody\n")
    assert meta == {"id": "x", "lang": "pl"}
    assert body.startswith("# T")


def test_markdown_chunks_follow_headings_and_keep_section_title() -> None:
    alpha = "Alpha campaigns start with one clear goal."
    beta = "Beta campaigns test a single variable at a time."
    text = f"---\nid: d\ntitle: Doc\nlang: en\ntopic: t\n---\n# Doc\n\nIntro.\n\n## First\n{alpha}\n\n## Second\n{beta}\n"
    doc, chunks = chunk_document(text, Path("d.md"), "d.md")
    assert doc.doc_id == "d" and doc.lang == "en" and doc.topic == "t"
    assert [c.section for c in chunks] == ["Doc", "First", "Second"]
    assert chunks[1].text == f"First\n\n{alpha}"


def test_stub_sections_merge_into_the_section_before_them() -> None:
    """A file of thousands of one-word sections gave "T › h176" chunks that won queries."""
    stubs = "".join(f"## h{n}\nword {n}\n\n" for n in range(1, 2001))
    text = f"# T\n\nWhat this file is about, in a sentence or two of real text.\n\n{stubs}"
    doc, chunks = chunk_document(text, Path("t.md"), "t.md")
    assert {c.section for c in chunks} == {"T"}
    assert len(chunks) < 40
    assert all(len(c.text) <= 1600 for c in chunks)  # packed near MAX_CHUNK_CHARS
    joined = "\n".join(c.text for c in chunks)
    assert "h176\nword 176" in joined  # the stub's words are still indexed, under its parent


def test_stub_after_a_real_section_joins_it_and_later_sections_stay() -> None:
    body = "Daily budgets may be spent unevenly across the days of a week."
    text = f"# Doc\n\n## Budget\n{body}\n\n### Note\nSee above.\n\n## Testing\n{body}\n"
    _, chunks = chunk_document(text, Path("d.md"), "d.md")
    assert [c.section for c in chunks] == ["Budget", "Testing"]
    assert chunks[0].text.endswith("Note\nSee above.")


def test_plain_text_numbered_sections_and_bullets() -> None:
    doc, chunks = chunk_document(PLAIN, Path("p.txt"), "p.txt")
    assert doc.title == "Poradnik kampanii lokalnych"
    assert doc.lang == "pl"
    sections = [c.section for c in chunks]
    assert sections == [
        "Poradnik kampanii lokalnych",
        "1. Wybór pory publikacji",
        "2. Promień wokół lokalu",
    ]
    assert "- Weekend: sobota przed południem" in chunks[1].text
    # the title line is the heading, not repeated in the body
    assert chunks[0].text.count("Poradnik kampanii lokalnych") == 1


def test_numbered_sentence_is_not_a_section_title() -> None:
    text = "Title\n\n1. Intro\nSome words.\n2. This is a full sentence that ends with a period.\nMore.\n"
    _, chunks = chunk_document(text, Path("p.txt"), "p.txt")
    assert [c.section for c in chunks] == ["1. Intro"]
    assert "2. This is a full sentence" in chunks[0].text


def test_chunk_ids_are_content_hashes() -> None:
    _, a = chunk_document(PLAIN, Path("p.txt"), "p.txt")
    _, b = chunk_document(PLAIN, Path("p.txt"), "p.txt")
    assert [c.id for c in a] == [c.id for c in b]
    _, c = chunk_document(PLAIN.replace("1-2 km", "3 km"), Path("p.txt"), "p.txt")
    assert [x.id for x in c][:2] == [x.id for x in a][:2]
    assert c[2].id != a[2].id


def test_long_section_is_split_into_several_chunks() -> None:
    paras = [f"Sentence {i} about budgets and bidding strategy. " * 20 for i in range(6)]
    text = "# Doc\n\n## Long\n" + "\n\n".join(paras)
    _, chunks = chunk_document(text, Path("d.md"), "d.md")
    assert len(chunks) >= 3
    assert all(c.section == "Long" for c in chunks)
    assert all(len(c.text) < 2600 for c in chunks)


def test_html_keeps_headings_and_drops_scripts() -> None:
    text = html_to_text(
        "<h2>Sec</h2><p>Hello &amp; bye</p><script>alert(1)</script><ul><li>a</li></ul>"
    )
    assert "## Sec" in text and "Hello & bye" in text and "alert" not in text and "- a" in text


def test_language_detection_handles_english_pronoun_and_shared_words() -> None:
    from adsage.lang.detect import detect_lang

    assert detect_lang("Which objective should I choose if I want sales?") == "en"
    assert detect_lang("What do I do next?") == "en"
    assert detect_lang("Ile kart i jak długo?") == "pl"
    assert detect_lang("Do kiedy trwa promocja?") == "pl"
