"""MCP resources (the bundled guidance and the rule data) and prompts.

Resources are listed one by one, so an assistant can show them, and also published as the
``adsage://knowledge/{lang}/{topic}`` template.  A topic is looked up among the files that
exist, never joined into a path, so a URI cannot name a file outside ``knowledge/``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Literal

from mcp.server.mcpserver.exceptions import ResourceNotFoundError

from adsage.errors import BadInput
from adsage.models.brief import Placement
from adsage.paths import knowledge_dir, rules_dir

KNOWLEDGE_URI = "adsage://knowledge/{lang}/{topic}"
RULES_URI = "adsage://rules/{name}"
LANGS = ("en", "pl")


def knowledge_docs() -> dict[tuple[str, str], Path]:
    """(lang, topic) -> file for every bundled guidance document."""
    docs: dict[tuple[str, str], Path] = {}
    for lang in LANGS:
        folder = knowledge_dir() / lang
        if folder.is_dir():
            for path in sorted(folder.glob("*.md")):
                docs[(lang, path.stem)] = path
    return docs


def rule_files() -> dict[str, Path]:
    """name -> YAML file for every rule data file (each fact with its source and date)."""
    folder = rules_dir()
    return {p.stem: p for p in sorted(folder.glob("*.yaml"))} if folder.is_dir() else {}


def read_knowledge(lang: str, topic: str) -> str:
    path = knowledge_docs().get((lang, topic))
    if path is None:
        topics = sorted({t for (lg, t) in knowledge_docs() if lg == lang})
        if lang not in LANGS:
            raise ResourceNotFoundError(f"lang {lang!r}: use en or pl")
        raise ResourceNotFoundError(
            f"topic {topic!r}: no such document; topics: {', '.join(topics)}"
        )
    return path.read_text("utf-8")


def read_rules(name: str) -> str:
    path = rule_files().get(name)
    if path is None:
        names = ", ".join(rule_files())
        raise ResourceNotFoundError(f"rules {name!r}: no such rule file; files: {names}")
    return path.read_text("utf-8")


def doc_title(path: Path) -> str:
    """The document's title from its front matter, or its file name."""
    from adsage.knowledge.chunking import split_front_matter

    try:
        meta, _ = split_front_matter(path.read_text("utf-8"))
    except (OSError, BadInput):
        return path.stem
    return str(meta.get("title") or path.stem)


def register(server: Any) -> None:
    """Add the resources, the resource templates and the prompts to ``server``."""
    from mcp.server.mcpserver.resources import FunctionResource

    for (lang, topic), path in knowledge_docs().items():
        server.add_resource(
            FunctionResource(
                uri=KNOWLEDGE_URI.format(lang=lang, topic=topic),
                name=f"knowledge-{lang}-{topic}",
                title=doc_title(path),
                description=f"adsage guidance ({lang}): {topic}",
                mime_type="text/markdown",
                fn=functools.partial(read_knowledge, lang, topic),
            )
        )
    for name in rule_files():
        server.add_resource(
            FunctionResource(
                uri=RULES_URI.format(name=name),
                name=f"rules-{name}",
                title=f"Rule data: {name}",
                description="Rule values with source, as_of and confidence for each fact.",
                mime_type="application/yaml",
                fn=functools.partial(read_rules, name),
            )
        )
    server.resource(
        KNOWLEDGE_URI,
        name="knowledge",
        description="A guidance document by language (en, pl) and topic (file name).",
        mime_type="text/markdown",
    )(read_knowledge)
    server.resource(
        RULES_URI,
        name="rules",
        description="A rule data file (YAML, every value with its source and date).",
        mime_type="application/yaml",
    )(read_rules)
    server.prompt(
        name="plan_campaign_from_brief",
        title="Plan a campaign from a brief",
        description="Turn a free-text brief into adsage's brief fields and a checked plan.",
    )(plan_prompt)
    server.prompt(
        name="review_ad_copy",
        title="Review my ad copy",
        description="Check ad text against Meta's rules and suggest fixes.",
    )(review_prompt)


def plan_prompt(brief: str, lang: Literal["en", "pl"] = "en") -> str:
    """Plan a campaign from the brief given in your own words."""
    from adsage.prompts import render

    return render("mcp_plan", brief=brief, lang=lang)


def review_prompt(
    copy: str, placement: Placement = "feed", lang: Literal["en", "pl"] = "en"
) -> str:
    """Review ad copy (primary text, headline, description, call to action) and fix it."""
    from adsage.prompts import render

    return render("mcp_review_copy", copy=copy, placement=placement, lang=lang)
