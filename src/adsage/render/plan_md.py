"""Markdown and self-contained HTML renderings of a plan (same document tree)."""

from __future__ import annotations

import html
import re

from adsage.models.plan import CampaignPlan
from adsage.render.doc import Block, plan_document

# Brief and model text may carry raw HTML or script links; Markdown viewers render both.
# A tag-like "<" becomes an entity (still shown as "<") and script URLs lose their scheme.
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_SCRIPT_LINK = re.compile(r"\]\(\s*(?:javascript|vbscript|data)\s*:", re.IGNORECASE)


def _md_safe(text: str) -> str:
    return _SCRIPT_LINK.sub("](#", _TAG_START.sub("&lt;", text))


def _md_cell(text: str) -> str:
    return _md_safe(text).replace("|", "\\|").replace("\n", " ")


def _md_block(b: Block) -> str:
    if b.kind == "p":
        return _md_safe(b.text)
    if b.kind == "h3":
        return f"### {_md_safe(b.text)}"
    if b.kind == "quote":
        return "> " + _md_safe(b.text).replace("\n", "\n> ")
    if b.kind == "ul":
        return "\n".join(f"- {_md_safe(i)}" for i in b.items)
    head, *rows = b.rows
    lines = ["| " + " | ".join(_md_cell(c) for c in head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def plan_markdown(plan: CampaignPlan) -> str:
    title, sections = plan_document(plan)
    parts = [f"# {_md_safe(title)}"]
    for s in sections:
        parts.append(f"## {_md_safe(s.title)}")
        parts.extend(_md_block(b) for b in s.blocks)
    return "\n\n".join(parts) + "\n"


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.5;color:#1d1d1f}table{border-collapse:collapse;margin:.5rem 0}"
    "td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}"
    "blockquote{border-left:4px solid #4a7;margin:0;padding:.2rem 1rem;background:#f4faf6}"
    "h2{border-bottom:1px solid #ddd;padding-bottom:.2rem}"
)


def _html_block(b: Block) -> str:
    e = html.escape
    if b.kind == "p":
        return f"<p>{e(b.text)}</p>"
    if b.kind == "h3":
        return f"<h3>{e(b.text)}</h3>"
    if b.kind == "quote":
        return f"<blockquote>{e(b.text)}</blockquote>"
    if b.kind == "ul":
        return "<ul>" + "".join(f"<li>{e(i)}</li>" for i in b.items) + "</ul>"
    head, *rows = b.rows
    out = "<table><tr>" + "".join(f"<th>{e(c)}</th>" for c in head) + "</tr>"
    out += "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return out + "</table>"


# Defence in depth behind the escaping: the page may not run or fetch anything.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"


def plan_html(plan: CampaignPlan) -> str:
    """Every text is escaped: brief and model text can never become markup or script, and
    the Content-Security-Policy forbids scripts even if an escape were ever missed."""
    title, sections = plan_document(plan)
    body = [f"<h1>{html.escape(title)}</h1>"]
    for s in sections:
        body.append(f"<h2>{html.escape(s.title)}</h2>")
        body.extend(_html_block(b) for b in s.blocks)
    return (
        f'<!doctype html><html lang="{plan.lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        + "\n".join(body)
        + "</body></html>\n"
    )
