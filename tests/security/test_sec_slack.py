"""The real Slack app over HTTP against the local Web API stand-in: injected text stays data
(escaped, never a ping or a disguised link), posts never unfurl, credentials never leave,
and over-long text gets one clear reply (LLM01, LLM02, LLM05, LLM10)."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sec_support import FAKE_OPENAI_KEY, injections

RAW_CONTROL = ("<!channel", "<!here", "<!everyone", "<!subteam", "<@u123", "<@u0admin", "<http")
CORPUS = injections()


def _channel() -> str:
    return "C" + uuid.uuid4().hex[:10].upper()


def _posts(bot: Any, channel: str) -> list[dict[str, Any]]:
    return list(bot.thread(channel))


def _answered(bot: Any, channel: str) -> Any:
    """Posts once the bot has replied with something other than its placeholder."""
    posts = _posts(bot, channel)
    done = [p for p in posts if "Working on it" not in str(p.get("text", ""))]
    return posts if done else None


def _visible(post: dict[str, Any]) -> str:
    blocks = post.get("blocks")
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    return (str(post.get("text", "")) + json.dumps(blocks or [], ensure_ascii=False)).lower()


def _assert_inert(posts: list[dict[str, Any]]) -> None:
    for post in posts:
        seen = _visible(post)
        for bad in RAW_CONTROL:
            assert bad not in seen, bad
        for bad in ("<script", "<img", "<svg", "<iframe", "<class", "&lt;class"):
            assert bad not in seen, bad
        assert "@everyone" not in seen and "@channel" not in seen and "@here" not in seen


def test_every_injection_in_slack_text_is_escaped_and_inert(sec_bot: Any) -> None:
    channels: dict[str, dict[str, Any]] = {}
    for item in CORPUS:
        channel = _channel()
        channels[channel] = item
        reply = sec_bot.mention(channel, f"check goal {item['text']}")
        assert reply.status == 200 and reply.elapsed < 3.0  # acknowledged at once
    for channel, item in channels.items():
        posts = sec_bot.fake.wait(lambda c=channel: _answered(sec_bot, c), timeout=60)
        _assert_inert(posts)
        if len(item["text"]) > 4000:
            assert any("longer than" in _visible(p) for p in posts), item["id"]


def test_slack_replies_echo_control_sequences_literally(sec_bot: Any) -> None:
    channel = _channel()
    sec_bot.mention(
        channel, "check goal Sell 300 boards <!channel> <@U123> <http://evil.example|x>"
    )
    posts = sec_bot.fake.wait(lambda: _answered(sec_bot, channel), timeout=60)
    seen = " ".join(_visible(p) for p in posts)
    assert "&lt;!channel&gt;" in seen or "&lt;@u123&gt;" in seen or "evil.example" in seen


def test_every_post_disables_unfurls(sec_bot: Any) -> None:
    channel = _channel()
    sec_bot.mention(channel, "How long should an A/B test run? https://evil.example/preview")
    sec_bot.fake.wait(lambda: _answered(sec_bot, channel), timeout=60)
    posts = sec_bot.fake.calls_to("chat.postMessage")
    assert posts
    for call in posts:
        args = call["args"]
        assert str(args.get("unfurl_links")).lower() == "false", args
        assert str(args.get("unfurl_media")).lower() == "false", args


def test_hostile_brief_plan_posts_are_inert(sec_bot: Any) -> None:
    bad = [i["text"] for i in CORPUS if i["kind"] in ("slack", "html", "mention", "template")]
    brief = {
        "brand": "SnowPeak",
        "product": "Freeride snowboards",
        "offer": bad[0][:300],
        "landing_url": "https://snowpeak.example/sale",
        "goal": "Sell 300 snowboards by 24 December 2026",
        "budget": {"amount": 6000, "currency": "PLN"},
        "schedule": {"start": "2026-12-01", "end": "2026-12-24"},
        "audience": {"locations": ["PL"], "description": " ".join(bad)[:2000]},
        "benefits": [b[:300] for b in bad[1:9]],
    }
    channel = _channel()
    sec_bot.mention(channel, "plan\n```" + json.dumps(brief) + "```")
    posts = sec_bot.fake.wait(
        lambda: (p := _answered(sec_bot, channel)) and len(p) >= 2 and p, timeout=90
    )
    _assert_inert(posts)


def test_secrets_never_reach_posts_or_logs(sec_bot: Any) -> None:
    from slack_support import BOT_TOKEN, SIGNING_SECRET

    channel = _channel()
    text = (
        f"check goal Sell 300 boards; my key is {FAKE_OPENAI_KEY}, a colleague's is "
        "sk-proj-OtherKey0123456789abcd, token xoxb-9-9-OTHERTOKEN and xapp-1-A1-OTHERAPP"
    )
    sec_bot.mention(channel, text)
    posts = sec_bot.fake.wait(lambda: _answered(sec_bot, channel), timeout=60)
    assert "[redacted]" in " ".join(_visible(p) for p in posts)
    secrets = (FAKE_OPENAI_KEY, "sk-proj-OtherKey", "OTHERTOKEN", "OTHERAPP", BOT_TOKEN)
    for call in sec_bot.fake.calls:
        body = call["raw"].decode("utf-8", errors="replace") + json.dumps(call["args"])
        for s in (*secrets, SIGNING_SECRET):
            assert s not in body.replace(BOT_TOKEN, "") or s == BOT_TOKEN, (s, call["method"])
    log = sec_bot.log.read_text(errors="replace")
    for s in (*secrets, SIGNING_SECRET):
        assert s not in log


def test_over_long_slack_text_gets_one_clear_reply(sec_bot: Any) -> None:
    channel = _channel()
    reply = sec_bot.mention(channel, "plan " + "x" * 5000)
    assert reply.status == 200 and reply.elapsed < 3.0
    posts = sec_bot.fake.wait(lambda: _answered(sec_bot, channel), timeout=30)
    assert any("longer than 4,000 characters" in _visible(p) for p in posts)
