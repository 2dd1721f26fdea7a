"""Block Kit rendering that always fits Slack's limits.

Slack rejects a whole message when one block breaks a limit (50 blocks, 3000 characters of
section text, 150 of header text, 75 of button text), so long plans are split on line
boundaries here rather than trimmed by Slack into an error.  Every string that came from a
user or a model passes through :func:`escape` on its way in, and mrkdwn objects are
``verbatim`` so Slack does not auto-link names or mentions inside them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from adsage.slack.safety import escape
from adsage.slack.texts import t

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_FALLBACK = 3000
MAX_MESSAGES = 8

Block = dict[str, Any]


@dataclass
class Message:
    """One chat message: fallback text (notifications, screen readers) plus blocks."""

    text: str
    blocks: list[Block] = field(default_factory=list)


def mrkdwn(text: str) -> Block:
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def section(text: str) -> Block:
    return {"type": "section", "text": mrkdwn(text)}


def header(text: str) -> Block:
    """A header from raw text: escaped here, and cut before any escape it would split."""
    plain = escape(text)
    if len(plain) > MAX_HEADER:
        plain = plain[: MAX_HEADER - 1]
        amp = plain.rfind("&")
        if amp != -1 and ";" not in plain[amp:]:
            plain = plain[:amp]
        plain += "…"
    return {"type": "header", "text": {"type": "plain_text", "text": plain, "emoji": True}}


def context(text: str) -> Block:
    return {"type": "context", "elements": [mrkdwn(text[:MAX_SECTION])]}


def split_text(text: str, limit: int = MAX_SECTION) -> list[str]:
    """Pieces of at most ``limit`` characters, cut at line ends, then spaces, then anywhere.

    Cutting never lands inside an escape such as ``&amp;`` because entities contain no spaces
    or newlines and a hard cut backs off to before the last ``&`` when needed.
    """
    out: list[str] = []
    rest = text.strip("\n")
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit + 1)
        if cut <= limit // 3:
            cut = rest.rfind(" ", 0, limit + 1)
        if cut <= limit // 3:
            cut = limit
            amp = rest.rfind("&", cut - 6, cut)
            if amp != -1 and ";" not in rest[amp:cut]:
                cut = amp
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n ")
    if rest:
        out.append(rest)
    return out


def sections(text: str) -> list[Block]:
    return [section(piece) for piece in split_text(text)]


def paginate(blocks: list[Block], fallback: str, lang: str) -> list[Message]:
    """Messages of at most 50 blocks; the fallback names the part so threads stay readable."""
    chunks = [blocks[i : i + MAX_BLOCKS] for i in range(0, len(blocks), MAX_BLOCKS)] or [[]]
    chunks = chunks[:MAX_MESSAGES]
    fb = fallback[:MAX_FALLBACK]
    return [
        Message(text=fb if i == 0 else f"{fb} {t(lang, 'more')}", blocks=chunk)
        for i, chunk in enumerate(chunks)
    ]


def text_messages(text: str, lang: str, *, safe: bool = False) -> list[Message]:
    """Plain prose as sections; ``safe`` only for text this module's callers built and escaped."""
    body = text if safe else escape(text)
    return paginate(sections(body), body, lang)


# ---- copy variants -------------------------------------------------------------------------


def badge(findings: list[dict[str, Any]], lang: str) -> str:
    errors = sum(1 for f in findings if f.get("severity") == "error")
    warnings = sum(1 for f in findings if f.get("severity") == "warning")
    if errors:
        return f":no_entry: {t(lang, 'errors', n=errors)}"
    if warnings:
        return f":warning: {t(lang, 'warnings', n=warnings)}"
    return f":white_check_mark: {t(lang, 'pass')}"


def _button(label: str, action: str, value: dict[str, Any], style: str | None = None) -> Block:
    b: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": label[:75], "emoji": True},
        "action_id": action,
        "value": json.dumps(value, separators=(",", ":"))[:2000],
    }
    if style:
        b["style"] = style
    return b


def variant_blocks(
    variants: list[dict[str, Any]], *, lang: str, key: str, set_id: str, start: int = 0
) -> list[Block]:
    """Each variant: a section with its fields and badge, its findings, and the three buttons."""
    from adsage.render.labels import coded

    out: list[Block] = []
    for j, v in enumerate(variants):
        i = start + j
        findings = list((v.get("report") or {}).get("findings") or [])
        name = escape(v.get("name") or f"#{i + 1}")
        lines = [
            f"*{i + 1}. {name}* · {badge(findings, lang)}",
            f">{escape(v.get('primary_text', ''))}".replace("\n", "\n>"),
            f"*{escape(v.get('headline', ''))}* · {escape(v.get('description', ''))}",
            f"{escape(coded('cta', v.get('cta', ''), lang))} {escape(v.get('link', ''))}",
        ]
        out.extend(sections("\n".join(lines)))
        if findings:
            notes = [
                f"{f.get('severity')} `{escape(f.get('rule', ''))}`: {escape(f.get('message', ''))}"
                for f in findings[:8]
            ]
            out.append(context("\n".join(notes)))
        value = {"k": key, "s": set_id, "i": i}
        out.append(
            {
                "type": "actions",
                "block_id": f"adsage_v{i}",
                "elements": [
                    _button(t(lang, "btn_regen"), "adsage_regenerate", value),
                    _button(t(lang, "btn_shorter"), "adsage_shorter", value),
                    _button(t(lang, "btn_export"), "adsage_export", value, "primary"),
                ],
            }
        )
        out.append({"type": "divider"})
    return out


def variants_messages(
    title: str, variants: list[dict[str, Any]], *, lang: str, key: str, set_id: str
) -> list[Message]:
    blocks = [header(title), *variant_blocks(variants, lang=lang, key=key, set_id=set_id)]
    return paginate(blocks, escape(title), lang)


# ---- plans ---------------------------------------------------------------------------------


def _doc_block(block: Any) -> str:
    kind = block.kind
    if kind == "h3":
        return f"*{escape(block.text)}*"
    if kind == "quote":
        return ">" + escape(block.text).replace("\n", "\n>")
    if kind == "ul":
        return "\n".join(f"• {escape(item)}" for item in block.items)
    if kind == "table":
        rows = [[escape(c) for c in row] for row in block.rows]
        return "\n".join(
            " · ".join(c for c in row if c) if i else "*" + " · ".join(c for c in row if c) + "*"
            for i, row in enumerate(rows)
            if any(row)
        )
    return escape(block.text)


def plan_messages(
    plan: Any, variants: list[dict[str, Any]], *, lang: str, key: str, set_id: str
) -> list[Message]:
    """A plan as a header and one section group per document section; drafts get buttons."""
    from adsage.render.doc import labels, plan_document

    title, doc = plan_document(plan)
    copy_title = labels(plan.lang)["copy"]
    blocks: list[Block] = [header(title)]
    for sec in doc:
        blocks.append(section(f"*{escape(sec.title)}*"))
        if sec.title == copy_title:
            blocks.extend(variant_blocks(variants, lang=lang, key=key, set_id=set_id))
            continue
        body = "\n".join(_doc_block(b) for b in sec.blocks if b)
        if body.strip():
            blocks.extend(sections(body))
    return paginate(blocks, escape(title), lang)
