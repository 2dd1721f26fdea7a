"""The bot over real HTTP: signed requests in, recorded Web API calls out."""

from __future__ import annotations

import json
import time

from slack_support import Bot

QUESTION_TS = "1700000000.000001"


def everything(bot: Bot, channel: str) -> str:
    return json.dumps(bot.thread(channel), ensure_ascii=False)


def wait_text(bot: Bot, channel: str, needle: str, timeout: float = 60) -> str:
    return bot.fake.wait(
        lambda: needle in everything(bot, channel) and everything(bot, channel), timeout
    )


def test_mention_is_acked_fast_and_answered_in_its_thread(bot: Bot, channel: str) -> None:
    reply = bot.mention(channel, "How long should an A/B test run?", ts=QUESTION_TS)
    assert reply.status == 200
    assert reply.elapsed < 3.0
    text = wait_text(bot, channel, "Sources")
    posts = bot.fake.calls_to("chat.postMessage", channel)
    assert posts and all(p["args"].get("thread_ts") == QUESTION_TS for p in posts)
    assert all(p["args"].get("unfurl_links") is False for p in posts)
    assert all(p["args"].get("unfurl_media") is False for p in posts)
    assert "Working on it" in json.dumps(posts[0]["args"])  # the placeholder came first
    assert "[1]" in text


def test_forged_signature_is_rejected(bot: Bot, channel: str) -> None:
    reply = bot.mention(channel, "help", secret="not-the-secret")
    assert reply.status == 401
    time.sleep(0.5)
    assert bot.thread(channel) == []


def test_stale_timestamp_is_rejected(bot: Bot, channel: str) -> None:
    reply = bot.mention(channel, "help", stamp=int(time.time()) - 6 * 60)
    assert reply.status == 401
    time.sleep(0.5)
    assert bot.thread(channel) == []


def test_retried_event_is_answered_once(bot: Bot, channel: str) -> None:
    event = {
        "type": "app_mention",
        "user": "U999",
        "text": "<@UBOT> help",
        "ts": QUESTION_TS,
        "channel": channel,
    }
    first, event_id = bot.event(event)
    retry, _ = bot.event(
        event,
        event_id=event_id,
        headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"},
    )
    assert first.status == 200 and retry.status == 200
    wait_text(bot, channel, "adsage")
    time.sleep(1.0)
    assert len(bot.fake.calls_to("chat.postMessage", channel)) == 1


def test_direct_message_is_answered_in_its_thread(bot: Bot, channel: str) -> None:
    event = {
        "type": "message",
        "channel_type": "im",
        "user": "U999",
        "text": "help",
        "ts": "1700000000.000777",
        "channel": channel,
    }
    reply, _ = bot.event(event)
    assert reply.status == 200
    wait_text(bot, channel, "/adsage")
    post = bot.fake.calls_to("chat.postMessage", channel)[0]
    assert post["args"]["thread_ts"] == "1700000000.000777"


def test_slash_help_answers_in_the_ack(bot: Bot, channel: str) -> None:
    reply = bot.command(channel, "help")
    assert reply.status == 200 and reply.elapsed < 3.0
    assert "plan" in reply.body and "/adsage" in reply.body


def test_slash_check_goal(bot: Bot, channel: str) -> None:
    reply = bot.command(channel, "check goal get more followers")
    assert reply.status == 200 and reply.elapsed < 3.0
    text = wait_text(bot, channel, "time-bound")
    assert "Goal needs work" in text


def test_slash_plan_with_a_yaml_brief(bot: Bot, channel: str, brief_yaml: str) -> None:
    reply = bot.command(channel, f"plan ```{brief_yaml}```")
    assert reply.status == 200 and reply.elapsed < 3.0
    text = wait_text(bot, channel, "Campaign plan: SnowPeak", timeout=120)
    assert "A/B test plan" in text and "Regenerate" in text
    for msg in bot.thread(channel):
        assert len(msg.get("blocks") or []) <= 50
        for block in msg.get("blocks") or []:
            if block["type"] == "section":
                assert len(block["text"]["text"]) <= 3000


def test_slash_command_outside_the_bots_channels_answers_the_user(bot: Bot) -> None:
    channel = "CNOTIN" + str(int(time.time() * 1000))
    bot.command(channel, "abplan baseline=1.2% mde=20%")
    found = bot.fake.wait(
        lambda: [
            c for c in bot.fake.calls_to("response_url") if "A/B test" in json.dumps(c["args"])
        ]
    )
    assert found[0]["args"]["response_type"] == "ephemeral"


def test_user_mentions_never_come_back_unescaped(bot: Bot, channel: str) -> None:
    nasty = "<!channel> <!here> <@U123> <http://evil.example|click me>"
    bot.mention(channel, f"check goal {nasty} sell 300 boards by 24 December 2026")
    text = wait_text(bot, channel, "SMART")
    for raw in ("<!channel>", "<!here>", "<@U123>", "<http://evil", "@channel", "@here"):
        assert raw not in text, raw
    assert "&lt;!channel&gt;" in text and "&lt;@U123&gt;" in text


def test_rate_limited_post_is_retried(bot: Bot, channel: str) -> None:
    bot.fake.fail_next("chat.postMessage")
    bot.mention(channel, "help")
    wait_text(bot, channel, "/adsage", timeout=30)
    limited = [c for c in bot.fake.calls if c["method"] == "chat.postMessage:429"]
    assert limited, "the stand-in never answered 429"


def test_polish_mention_gets_a_polish_answer(bot: Bot, channel: str) -> None:
    bot.mention(channel, "Jak długo powinien trwać test A/B na Facebooku?")
    text = wait_text(bot, channel, "Źródła")
    assert "Pracuję nad tym" in text


def test_too_long_input_gets_a_polite_message(bot: Bot, channel: str) -> None:
    bot.mention(channel, "what about " + "budget " * 800)
    wait_text(bot, channel, "longer than 4,000 characters")


def test_errors_become_a_message_in_the_thread(bot: Bot, channel: str) -> None:
    bot.mention(channel, "plan ```brand: X\nbudjet: 5```")
    text = wait_text(bot, channel, ":warning:")
    assert "brief" in text


def test_brief_in_prose_across_a_thread(bot: Bot, channel: str) -> None:
    bot.mention(
        channel,
        "We are SnowPeak, budget 6000 PLN from 1 Dec 2026 to 24 Dec 2026 in Poland, "
        "landing https://snowpeak.example/sale",
    )
    text = wait_text(bot, channel, "I still need")
    assert "product" in text and "goal" in text
    bot.mention(
        channel,
        "The product is freeride snowboards and the goal is to sell 300 boards by 24 December 2026",
    )
    wait_text(bot, channel, "Campaign plan: SnowPeak", timeout=120)


def test_injected_mentions_in_a_brief_stay_inert_in_the_plan(
    bot: Bot, channel: str, brief_yaml: str
) -> None:
    nasty = brief_yaml.replace("brand: SnowPeak", "brand: <!here> Snow<@U123>Peak").replace(
        "tone: energetic", "tone: <http://evil.example|click> energetic"
    )
    bot.mention(channel, f"plan ```{nasty}```")
    text = wait_text(bot, channel, "Campaign plan", timeout=120)
    for raw in ("<!here>", "<@U123>", "<http://evil"):
        assert raw not in text, raw
    assert "&lt;!here&gt;" in text
