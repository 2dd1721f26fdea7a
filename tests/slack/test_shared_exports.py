"""An Ads Manager export shared in a thread is analysed when no model is configured: the bot
process fetches it from the Slack stand-in (files.info, then the download with the bot token)
and posts the same analysis ``adsage analyze`` gives; a file that is not an export gets one line
saying so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from slack_support import BOT_TOKEN, Bot, mention_event

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "analysis" / "data"


def posted(bot: Bot, channel: str, needle: str) -> str:
    def text() -> str:
        return "\n".join(
            str(b.get("text", {}).get("text", ""))
            for m in bot.thread(channel)
            for b in m.get("blocks") or []
        )

    found: str = bot.fake.wait(lambda: needle in text() and text(), timeout=120)
    return found


def cli_verdict(name: str, objective: str | None = None) -> str:
    from adsage.analysis.core import analyze_file
    from adsage.slack.safety import escape

    return escape(analyze_file(DATA / name, objective=objective).verdict)


def share(bot: Bot, channel: str, text: str, files: list[dict[str, Any]], **extra: Any) -> None:
    event = {**mention_event(channel, text, "1700000000.000100"), "files": files, **extra}
    reply, _ = bot.event(event)
    assert reply.status == 200


def test_an_export_shared_with_a_mention_is_analysed_like_the_cli(bot: Bot, channel: str) -> None:
    file_id = bot.fake.add_file("results.csv", (DATA / "clear_winner.csv").read_bytes())
    share(bot, channel, "here are last week's results", [{"id": file_id, "name": "results.csv"}])
    text = posted(bot, channel, "Analysis of")
    assert "Analysis of `results.csv`" in text
    assert cli_verdict("clear_winner.csv") in text  # the CLI's verdict, word for word
    assert "• *Bold hook*: CPA 6.25 USD" in text and "P(best) 100.0%" in text
    assert "*Recommendations*" in text and "*Sources*" in text and "[1]" in text
    # the export names no objective: the note says how to give one here, not a CLI option
    assert "--objective" not in text and "`objective: sales`" in text
    info = [c for c in bot.fake.calls_to("files.info") if c["args"].get("file") == file_id]
    assert info and info[-1]["auth"] == f"Bearer {BOT_TOKEN}"
    got = [c for c in bot.fake.calls_to("download") if f"T1-{file_id}/" in c["args"]["path"]]
    assert got and got[-1]["auth"] == f"Bearer {BOT_TOKEN}"


def test_the_objective_said_in_the_message_decides_the_metric(bot: Bot, channel: str) -> None:
    file_id = bot.fake.add_file("traffic.csv", (DATA / "clear_winner.csv").read_bytes())
    share(bot, channel, "objective: traffic", [{"id": file_id, "name": "traffic.csv"}])
    text = posted(bot, channel, "Analysis of")
    assert cli_verdict("clear_winner.csv", "OUTCOME_TRAFFIC") in text
    assert cli_verdict("clear_winner.csv") not in text
    assert "• *Bold hook*: CPC " in text and "`objective: sales`" not in text


def test_an_objective_that_is_not_one_gets_one_line(bot: Bot, channel: str) -> None:
    file_id = bot.fake.add_file("x.csv", (DATA / "clear_winner.csv").read_bytes())
    share(bot, channel, "objective: purchases", [{"id": file_id, "name": "x.csv"}])
    text = posted(bot, channel, "objective")
    assert text.startswith(":warning: objective 'purchases': use one of") and "\n" not in text
    assert not [c for c in bot.fake.calls_to("files.info") if c["args"].get("file") == file_id]


def test_a_file_shared_in_a_direct_message_speaks_the_exports_language(
    bot: Bot, channel: str
) -> None:
    file_id = bot.fake.add_file("wyniki.csv", (DATA / "pl_per_day.csv").read_bytes())
    event = {
        "type": "message",
        "subtype": "file_share",
        "channel_type": "im",
        "user": "U999",
        "text": "",
        "ts": "1700000000.000200",
        "channel": channel,
        "files": [{"id": file_id, "name": "wyniki.csv"}],
    }
    reply, _ = bot.event(event)
    assert reply.status == 200
    text = posted(bot, channel, "Analiza")
    assert "Analiza `wyniki.csv`" in text and cli_verdict("pl_per_day.csv") in text
    assert "*Rekomendacje*" in text


def test_files_that_are_not_exports_get_one_line_each(bot: Bot, channel: str) -> None:
    notes = bot.fake.add_file("notes.csv", b"just some text\nwith no header\n")
    elsewhere = bot.fake.add_file(
        "stolen.csv", (DATA / "clear_winner.csv").read_bytes(), url="https://evil.example/x.csv"
    )
    files = [
        {"id": "F0PDF", "name": "brief.pdf"},
        {"id": notes, "name": "notes.csv"},
        {"id": elsewhere, "name": "stolen.csv"},
    ]
    share(bot, channel, "", files)
    text = posted(bot, channel, "stolen.csv")
    lines = text.splitlines()
    pdf = [line for line in lines if "brief.pdf" in line]
    assert pdf == [
        "`brief.pdf` is not an Ads Manager export: share the .csv or .xlsx file "
        "exported from Ads Manager and I will analyse it."
    ]
    (bad,) = [line for line in lines if "notes.csv" in line]
    assert bad.startswith(":warning: `notes.csv` cannot be analysed: no Ads Manager header")
    assert "/tmp" not in bad and "adsage-slack-files" not in bad
    (far,) = [line for line in lines if "stolen.csv" in line]
    assert "file host" in far
    assert "Analysis of" not in text
    assert not [c for c in bot.fake.calls_to("files.info") if c["args"].get("file") == "F0PDF"]
