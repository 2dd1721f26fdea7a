"""Runs after the other HTTP tests: nothing the bot sent or logged contains a credential."""

from __future__ import annotations

import json

from slack_support import BOT_TOKEN, SIGNING_SECRET, Bot


def test_tokens_never_appear_in_posts_or_logs(bot: Bot, channel: str) -> None:
    bot.mention(channel, f"check goal my token is {BOT_TOKEN} and secret {SIGNING_SECRET}")
    text = bot.fake.wait(
        lambda: "time-bound" in json.dumps(bot.thread(channel)) and json.dumps(bot.thread(channel))
    )
    assert "[redacted]" in text
    for call in bot.fake.calls:
        body = call["raw"].decode("utf-8", errors="replace") + json.dumps(call["args"])
        assert BOT_TOKEN not in body, call["method"]
        assert SIGNING_SECRET not in body, call["method"]
    log = bot.log.read_text(errors="replace")
    assert BOT_TOKEN not in log and SIGNING_SECRET not in log
    assert "xoxb-" not in log
