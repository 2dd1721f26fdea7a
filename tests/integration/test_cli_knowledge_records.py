"""``adsage knowledge list|show|remove``: what is indexed, and removing a document for good."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.test_cli_knowledge import run

from adsage.config import load_settings
from adsage.knowledge.store import Store
from adsage.knowledge.vectors import SentenceVectors

GUIDE = "Reels guide\n\n1. Hooks\nOpen every reel with the product in the first second.\n"
OTHER = "Stories guide\n\n1. Stickers\nA poll sticker invites a tap from people who watch.\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "reels.txt").write_text(GUIDE, "utf-8")
    (folder / "stories.txt").write_text(OTHER, "utf-8")
    return folder


def test_list_and_show_describe_each_document(capsys, tiny_knowledge, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = _folder(tmp_path)
    assert run(capsys, "index", str(folder), "--json")[0] == 0
    code, out, _ = run(capsys, "knowledge", "list", "--json")
    assert code == 0
    docs = json.loads(out)["documents"]
    reels = str((folder / "reels.txt").resolve())
    assert docs[0]["origin"] == "mine"  # the user's own documents come first
    mine = {d["source"]: d for d in docs if d["origin"] == "mine"}
    assert set(mine) == {reels, str((folder / "stories.txt").resolve())}
    assert mine[reels]["lang"] == "en" and mine[reels]["chunks"] == 1
    assert mine[reels]["indexed"][:4].isdigit()  # an ISO date
    assert {d["source"] for d in docs if d["origin"] == "bundled"} == {
        "knowledge/en/budget.md",
        "knowledge/en/formats.md",
    }
    code, out, _ = run(capsys, "knowledge", "list", "--mine")
    assert code == 0 and "knowledge/en" not in out and "[yours] en, 1 chunk," in out
    code, out, _ = run(capsys, "knowledge", "show", str(folder / "reels.txt"), "--json")
    assert code == 0 and json.loads(out)["sections"] == ["1. Hooks"]


def test_remove_deletes_chunks_and_cached_vectors_and_stays_removed(  # type: ignore[no-untyped-def]
    capsys, tiny_knowledge, tmp_path, home
) -> None:
    folder = _folder(tmp_path)
    assert run(capsys, "index", str(folder))[0] == 0
    settings = load_settings(home=home)
    reels = str((folder / "reels.txt").resolve())
    ids = [c for c, m in Store(settings).all_metadata().items() if m["source"] == reels]
    assert ids and set(SentenceVectors(settings.sentences_path).get(ids)) == set(ids)

    # a search first, so the document table and BM25 statistics are cached beside the index
    code, out, _ = run(capsys, "search", "reel hook product first second", "--json")
    assert code == 0 and any(r["source"] == reels for r in json.loads(out)["results"])

    code, out, _ = run(capsys, "knowledge", "remove", reels)
    assert code == 0 and "removed" in out
    sources = {m["source"] for m in Store(settings).all_metadata().values()}
    assert reels not in sources and str((folder / "stories.txt").resolve()) in sources
    assert SentenceVectors(settings.sentences_path).get(ids) == {}
    code, out, _ = run(capsys, "search", "reel hook product first second", "--json")
    assert all(r["source"] != reels for r in json.loads(out)["results"])

    # "adsage index" rescans the remembered folder without bringing the file back ...
    assert run(capsys, "index")[0] == 0
    assert reels not in {m["source"] for m in Store(settings).all_metadata().values()}
    # ... until the user names it again
    assert run(capsys, "index", str(folder / "reels.txt"))[0] == 0
    assert reels in {m["source"] for m in Store(settings).all_metadata().values()}
    assert run(capsys, "index")[0] == 0
    assert reels in {m["source"] for m in Store(settings).all_metadata().values()}


def test_remove_refuses_bundled_guidance_and_unknown_documents(capsys, tiny_knowledge) -> None:  # type: ignore[no-untyped-def]
    assert run(capsys, "index")[0] == 0
    code, _, err = run(capsys, "knowledge", "remove", "knowledge/en/budget.md")
    assert code == 2 and "shipped with adsage" in err and "--bundled off" in err
    code, _, err = run(capsys, "knowledge", "remove", "budget-en")
    assert code == 2
    code, _, err = run(capsys, "knowledge", "show", "no-such-doc")
    assert code == 2 and "adsage knowledge list" in err
