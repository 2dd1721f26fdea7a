"""Regenerate / Make shorter / Export CSV on drafts posted in a thread."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from slack_support import Bot

THREAD = "1700000000.000500"


def _drafts(bot: Bot, channel: str, brief_yaml: str, command: str) -> dict[str, Any]:
    bot.mention(channel, f"{command} ```{brief_yaml}```", ts=THREAD)

    def posted() -> dict[str, Any] | None:
        for msg in bot.thread(channel):
            if "adsage_regenerate" in json.dumps(msg.get("blocks") or []):
                return msg
        return None

    msg = bot.fake.wait(posted, timeout=120)
    return {"ts": msg.get("ts") or "1700000001.000100", "thread_ts": THREAD, **msg}


def _button(msg: dict[str, Any], action_id: str, index: int = 0) -> str:
    values = [
        el["value"]
        for block in msg["blocks"]
        if block["type"] == "actions"
        for el in block["elements"]
        if el["action_id"] == action_id
    ]
    return values[index]


@pytest.fixture(scope="module")
def copy_thread(bot: Bot, brief_yaml: str) -> tuple[str, dict[str, Any]]:
    channel = "CBUTTONS1"
    return channel, _drafts(bot, channel, brief_yaml, "copy 3")


def test_drafts_carry_badges_and_three_buttons(copy_thread: tuple[str, dict[str, Any]]) -> None:
    _, msg = copy_thread
    text = json.dumps(msg["blocks"], ensure_ascii=False)
    assert any(b in text for b in (":white_check_mark:", ":warning:", ":no_entry:"))
    actions = [b for b in msg["blocks"] if b["type"] == "actions"]
    assert len(actions) == 3
    for block in actions:
        ids = [el["action_id"] for el in block["elements"]]
        assert ids == ["adsage_regenerate", "adsage_shorter", "adsage_export"]


def test_regenerate(bot: Bot, copy_thread: tuple[str, dict[str, Any]]) -> None:
    channel, msg = copy_thread
    before = len(bot.fake.calls_to("chat.postMessage", channel))
    reply = bot.click(channel, msg, "adsage_regenerate", _button(msg, "adsage_regenerate", 1))
    assert reply.status == 200 and reply.elapsed < 3.0
    found = bot.fake.wait(
        lambda: "Regenerated variant 2" in json.dumps(bot.thread(channel), ensure_ascii=False)
    )
    assert found
    posts = bot.fake.calls_to("chat.postMessage", channel)[before:]
    assert all(p["args"]["thread_ts"] == THREAD for p in posts)


def test_make_shorter(bot: Bot, copy_thread: tuple[str, dict[str, Any]]) -> None:
    channel, msg = copy_thread
    reply = bot.click(channel, msg, "adsage_shorter", _button(msg, "adsage_shorter", 0))
    assert reply.status == 200 and reply.elapsed < 3.0

    def shorter() -> dict[str, Any] | None:
        for m in bot.thread(channel):
            if "Shorter version of variant 1" in json.dumps(m, ensure_ascii=False):
                return m
        return None

    new = bot.fake.wait(shorter)
    quote = lambda blocks: next(  # noqa: E731
        line
        for b in blocks
        if b["type"] == "section"
        for line in b["text"]["text"].split("\n")
        if line.startswith(">")
    )
    assert len(quote(new["blocks"])) < len(quote(msg["blocks"]))


def test_export_csv_uploads_to_the_thread(
    bot: Bot, copy_thread: tuple[str, dict[str, Any]]
) -> None:
    channel, msg = copy_thread
    reply = bot.click(channel, msg, "adsage_export", _button(msg, "adsage_export", 0))
    assert reply.status == 200 and reply.elapsed < 3.0
    done = bot.fake.wait(
        lambda: [
            c
            for c in bot.fake.calls_to("files.completeUploadExternal")
            if c["args"].get("channel_id") == channel
        ]
    )
    assert done[0]["args"]["thread_ts"] == THREAD
    uploads = bot.fake.calls_to("upload")
    assert uploads
    rows = list(csv.reader(io.StringIO(uploads[-1]["raw"].decode("utf-8-sig"))))
    assert len(rows) >= 4  # a header and the three ads


def test_variants_and_their_export(bot: Bot, brief_yaml: str) -> None:
    channel = "CBUTTONS2"
    msg = _drafts(bot, channel, brief_yaml, "variants headline 3")
    assert "Variants: headline" in json.dumps(msg, ensure_ascii=False)
    bot.click(channel, msg, "adsage_export", _button(msg, "adsage_export", 0))
    bot.fake.wait(
        lambda: [
            c
            for c in bot.fake.calls_to("files.completeUploadExternal")
            if c["args"].get("channel_id") == channel
        ]
    )


def test_a_button_on_forgotten_drafts_says_so(bot: Bot) -> None:
    channel = "CBUTTONS3"
    msg = {"ts": "1700000009.000100", "type": "message", "text": "old", "blocks": []}
    value = json.dumps({"k": "T1:CBUTTONS3:1700000009.000100", "s": "gone", "i": 0})
    bot.click(channel, msg, "adsage_shorter", value)
    bot.fake.wait(lambda: "no longer have those drafts" in json.dumps(bot.thread(channel)))
