"""Block Kit limits and escaping, without a server."""

from __future__ import annotations

import json

from adsage.slack.blocks import MAX_BLOCKS, MAX_SECTION, paginate, section, split_text
from adsage.slack.safety import escape, from_slack, scrub, strip_mention
from adsage.slack.work import split_code


def test_escape_neutralises_mentions_and_links() -> None:
    out = escape("<!channel> <!here> <@U1> <http://evil|click> a & b @everyone")
    assert "<" not in out and ">" not in out
    assert "&lt;!channel&gt;" in out and "a &amp; b" in out
    assert "@everyone" not in out


def test_from_slack_unwraps_links_but_keeps_mentions_literal() -> None:
    text = "url: <https://x.example/sale|x.example/sale> hi <@U1> &amp; &lt;b&gt;"
    assert from_slack(text) == "url: https://x.example/sale hi <@U1> & <b>"
    assert strip_mention("<@UBOT> <@UBOT> plan", "UBOT") == "plan"


def test_split_text_respects_the_limit_and_keeps_entities_whole() -> None:
    text = ("word &amp; " * 900) + "\n" + ("x" * 7000)
    parts = split_text(text)
    assert all(len(p) <= MAX_SECTION for p in parts)
    assert all(not p.endswith(("&", "&am", "&amp")) for p in parts)
    assert "".join(parts).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace(
        "\n", ""
    )


def test_paginate_keeps_messages_under_fifty_blocks() -> None:
    msgs = paginate([section(str(i)) for i in range(120)], "title", "en")
    assert [len(m.blocks) for m in msgs] == [MAX_BLOCKS, MAX_BLOCKS, 20]
    assert "(continued)" in msgs[1].text


def test_variant_blocks_fit_and_escape() -> None:
    from adsage.slack.blocks import variant_blocks

    v = {
        "name": "<!here>",
        "primary_text": "x" * 5000,
        "headline": "h",
        "description": "d",
        "cta": "SHOP_NOW",
        "link": "https://a.example",
        "report": {"ok": False, "findings": [{"severity": "error", "rule": "r", "message": "m"}]},
    }
    blocks = variant_blocks([v], lang="pl", key="k", set_id="s")
    dumped = json.dumps(blocks, ensure_ascii=False)
    assert "<!here>" not in dumped and "błędy: 1" in dumped
    assert all(len(b["text"]["text"]) <= MAX_SECTION for b in blocks if b["type"] == "section")


def test_scrub_removes_secrets_and_token_shapes() -> None:
    assert scrub("a xoxb-123-456-abcdef b s3cr3t", ["s3cr3t"]) == "a [redacted] b [redacted]"


def test_split_code_finds_a_yaml_block() -> None:
    code, rest = split_code("plan ```yaml\nbrand: X\n``` please")
    assert code == "brand: X" and rest.split() == ["plan", "please"]
