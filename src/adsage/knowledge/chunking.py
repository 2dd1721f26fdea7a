"""Turn a guidance document into retrievable chunks that follow its structure.

Chunks are cut at markdown headings, at numbered section titles in plain text (``1. Title``)
and between paragraphs when a section is long, so every chunk is a self-contained piece of
advice that keeps its section title as context.  Chunk ids hash the content, which is what
makes re-indexing idempotent.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from adsage.errors import BadInput
from adsage.knowledge.hits import BUNDLED_PREFIX as BUNDLED_PREFIX  # guidance shipped with adsage
from adsage.knowledge.poison import SCAN_VERSION, flags_for
from adsage.lang.detect import detect_lang

MAX_CHUNK_CHARS = 1200
MIN_CHUNK_CHARS = 200
# A section with fewer words of text than this is a stub, merged into the one before it.
MIN_SECTION_WORDS = 4

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_NUMBERED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)[.)]\s+(\S.{0,110})$")


@dataclass(frozen=True)
class DocMeta:
    doc_id: str
    title: str
    lang: str
    topic: str
    source: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Chunk:
    id: str
    doc_id: str
    title: str
    section: str
    lang: str
    topic: str
    source: str
    ordinal: int
    text: str
    flags: tuple[str, ...] = field(default=())
    indexed: str = ""  # when this version of the file entered the index (UTC, ISO 8601)

    def metadata(self, file_hash: str) -> dict[str, str | int | bool]:
        meta: dict[str, str | int | bool] = {"indexed": self.indexed} if self.indexed else {}
        return meta | {
            "doc_id": self.doc_id,
            "title": self.title,
            "section": self.section,
            "lang": self.lang,
            "topic": self.topic,
            "source": self.source,
            "ordinal": self.ordinal,
            "file_hash": file_hash,
            "flags": ",".join(self.flags),
            "scan": SCAN_VERSION,
        }


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end < 0:
        return {}, text
    from adsage.inputs import parse

    try:  # the same bounded loader as briefs: a document's front matter is user input too
        meta = parse(text[3:end], "front matter", "yaml") or {}
    except BadInput:
        return {}, text
    if not isinstance(meta, dict):
        return {}, text
    return meta, text[end + 4 :].lstrip("\n")


def html_to_text(html: str) -> str:
    """Keep headings as markdown headings so the markdown chunker can follow them."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


class _TextExtractor(HTMLParser):
    _BLOCK = frozenset(
        ["p", "div", "br", "tr", "section", "article", "ul", "ol", "table", "blockquote", "pre"]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "noscript", "template"):
            self._skip += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self.out.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in self._BLOCK:
            self.out.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "noscript", "template"):
            self._skip = max(0, self._skip - 1)
        elif re.fullmatch(r"h[1-6]", tag) or tag in self._BLOCK:
            self.out.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data if data.strip() else " ")


Section = tuple[str, str, bool]  # (heading, text, is_opening)


def _sections_markdown(body: str) -> list[Section]:
    """Text before the first ``##`` is the document's overview (its opening section)."""
    sections: list[Section] = []
    current, opening = "", True
    lines: list[str] = []
    for line in body.splitlines():
        m = _HEADING.match(line)
        if m:
            sections.append((current, "\n".join(lines), opening))
            current, lines = m.group(2).strip(), []
            opening = opening and len(m.group(1)) == 1
        else:
            lines.append(line)
    sections.append((current, "\n".join(lines), opening))
    return sections


def _is_numbered_title(line: str) -> bool:
    m = _NUMBERED.match(line)
    if not m:
        return False
    title = m.group(2).strip()
    return len(title.split()) <= 12 and not title.endswith((".", ",", ";", ":"))


def _sections_plain(body: str) -> list[Section]:
    sections: list[Section] = []
    current = ""
    lines: list[str] = []
    for line in body.splitlines():
        if _is_numbered_title(line):
            sections.append((current, "\n".join(lines), not sections))
            current, lines = line.strip(), []
        else:
            lines.append(line)
    sections.append((current, "\n".join(lines), not sections))
    return sections


def _merge_tiny(sections: list[Section]) -> list[Section]:
    """Fold a section with only a few words of text into the section before it (its parent,
    or the sibling it follows), its heading kept as a line of that text.

    A stub on its own makes a chunk that is almost all heading: short enough to top keyword
    scores and vague enough to sit near every query vector, so it wins queries it cannot
    answer.  A heading with no text at all (a parent of subsections) is left as it is.
    """
    out: list[Section] = []
    for heading, text, opening in sections:
        body = text.strip()
        if out and heading and 0 < len(body.split()) < MIN_SECTION_WORDS:
            parent, ptext, popening = out[-1]
            out[-1] = (parent, f"{ptext.rstrip()}\n\n{heading}\n{body}", popening)
        else:
            out.append((heading, text, opening))
    return out


def _paragraph_groups(text: str) -> list[str]:
    """Pack paragraphs into pieces near MAX_CHUNK_CHARS; a bullet list stays with its lead-in."""
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    groups: list[str] = []
    buf: list[str] = []
    size = 0
    for p in paras:
        if buf and size + len(p) > MAX_CHUNK_CHARS and size >= MIN_CHUNK_CHARS:
            groups.append("\n\n".join(buf))
            buf, size = [], 0
        if len(p) > MAX_CHUNK_CHARS * 2:
            groups.extend(_split_long(p))
            continue
        buf.append(p)
        size += len(p)
    if buf:
        groups.append("\n\n".join(buf))
    return groups


def _split_long(text: str) -> list[str]:
    out, buf = [], ""
    for line in re.split(r"(?<=[.!?])\s+|\n", text):
        if buf and len(buf) + len(line) > MAX_CHUNK_CHARS:
            out.append(buf.strip())
            buf = ""
        buf += line + " "
    if buf.strip():
        out.append(buf.strip())
    return out


def _hash(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:24]


def document_meta(meta: dict[str, object], body: str, path: Path, source: str) -> DocMeta:
    first_heading = next(
        (m.group(2) for line in body.splitlines() if (m := _HEADING.match(line))), None
    )
    first_line = next((ln.strip() for ln in body.splitlines() if ln.strip()), path.stem)
    title = str(meta.get("title") or first_heading or first_line[:120])
    raw_sources = meta.get("sources") or [source]
    sources = tuple(str(s) for s in raw_sources) if isinstance(raw_sources, list) else (source,)
    return DocMeta(
        doc_id=str(meta.get("id") or f"{_slug(path.stem)}-{_hash(source)[:6]}"),
        title=title,
        lang=str(meta.get("lang") or detect_lang(body[:4000])),
        topic=str(meta.get("topic") or "user"),
        source=source,
        sources=sources,
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "doc"


def chunk_document(
    text: str, path: Path, source: str, allowed_hosts: Iterable[str] = ()
) -> tuple[DocMeta, list[Chunk]]:
    """Chunk one decoded document; the kind is chosen by file suffix.

    Each chunk is scanned for planted instructions (:mod:`adsage.knowledge.poison`) here,
    where its exact text is known, so the flag travels with it into the index.
    """
    hosts = tuple(allowed_hosts)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        text = html_to_text(text)
    meta, body = split_front_matter(text)
    doc = document_meta(meta, body, path, source)
    if suffix in (".md", ".markdown", ".html", ".htm"):
        raw = _sections_markdown(body)
    else:
        raw = _sections_plain(body)
    chunks: list[Chunk] = []
    for section, content, opening in _merge_tiny(raw):
        if not section:
            content = _drop_title_line(content, doc.title)
        if section == doc.title and not content.strip():
            continue
        heading = section or doc.title
        for piece in _paragraph_groups(content):
            indexed = f"{heading}\n\n{piece}" if heading else piece
            chunks.append(
                Chunk(
                    id=_hash(doc.doc_id, heading, piece),
                    doc_id=doc.doc_id,
                    title=doc.title,
                    section=heading,
                    lang=doc.lang,
                    topic=doc.topic,
                    source=source,
                    ordinal=len(chunks),
                    text=indexed,
                    flags=(("intro",) if opening else ()) + flags_for(indexed, hosts),
                )
            )
    return doc, _dedupe(chunks)


def _drop_title_line(content: str, title: str) -> str:
    """Plain text starts with its title line; it is already the chunk's heading."""
    stripped = content.lstrip()
    first, _, rest = stripped.partition("\n")
    return rest if first.strip() == title.strip() else content


def _dedupe(chunks: list[Chunk]) -> list[Chunk]:
    seen: set[str] = set()
    out = []
    for c in chunks:
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
    return out
