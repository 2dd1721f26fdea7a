"""An export shared in a Slack thread is analysed through the model turn's tool, fetched with
files.info and the bot token from the Slack stand-in, which checks requests as Slack does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_support import BOT_TOKEN

from fakes.openai_server import FakeOpenAI, json_reply, text_reply, tool_reply

ROOT = Path(__file__).resolve().parents[2]
CSV = (ROOT / "tests" / "analysis" / "data" / "clear_winner.csv").read_bytes()
KEY = "T1:CFILES:1.0"


@pytest.fixture
def fake_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    from adsage.drafting.llm_structured import StrategyStore

    StrategyStore.forget_all()
    server = FakeOpenAI().start()
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("ADSAGE_MODEL", "fake-model")
    yield server
    server.stop()
    StrategyStore.forget_all()


@pytest.fixture
def advisor(slack_home: Path, tmp_path: Path) -> Any:
    from adsage.cli.options import llm_settings
    from adsage.config import load_settings
    from adsage.knowledge.search import Searcher
    from adsage.slack.threads import Threads
    from adsage.slack.work import Advisor
    from adsage.state.store import StateStore

    searcher = Searcher(load_settings(home=slack_home))
    settings = llm_settings("openai", home=tmp_path / "model-slack")
    return Advisor(settings, Threads(StateStore(tmp_path / "s.sqlite")), searcher=searcher)


def _client(fake: FakeSlack, token: str = BOT_TOKEN) -> Any:
    from slack_sdk import WebClient

    return WebClient(token=token, base_url=f"{fake.url}/api/")


def test_a_shared_export_is_fetched_and_analysed(
    fake_slack: FakeSlack, fake_model: FakeOpenAI, advisor: Any
) -> None:
    file_id = fake_slack.add_file("results.csv", CSV)
    files = [{"id": file_id, "name": "results.csv", "filetype": "csv"}]
    fake_model.add(
        json_reply({"items": []}),
        tool_reply("analyse_results", {"file": "results.csv"}),
        text_reply("Bold hook won on purchases; the details are in the analysis."),
    )
    out = advisor.handle(
        "please analyse the results file",
        KEY,
        lambda lang: None,
        files=files,
        client=_client(fake_slack),
    )
    text = "\n".join(m.text for m in out.messages)
    assert "Bold hook won" in text
    assert advisor.threads.load(KEY)["files"] == {"results.csv": file_id}
    info = [c for c in fake_slack.calls_to("files.info") if c["args"].get("file") == file_id]
    assert info and info[-1]["auth"] == f"Bearer {BOT_TOKEN}"
    downloads = [c for c in fake_slack.calls_to("download") if file_id in c["args"]["path"]]
    assert downloads and downloads[-1]["auth"] == f"Bearer {BOT_TOKEN}"
    result = json.loads(fake_model.messages()[-1]["content"])
    assert result["file"] == "results.csv" and "error" not in result
    assert "Bold hook" in json.dumps(result)


def test_files_elsewhere_or_unknown_are_refused(
    fake_slack: FakeSlack, fake_model: FakeOpenAI, advisor: Any
) -> None:
    elsewhere = fake_slack.add_file("stolen.csv", CSV, url="https://evil.example/x.csv")
    files = [{"id": elsewhere, "name": "stolen.csv"}, {"id": "F999", "name": "gone.csv"}]
    fake_model.add(
        json_reply({"items": []}),
        tool_reply("analyse_results", {"file": "stolen.csv"}, call_id="a"),
        tool_reply("analyse_results", {"file": "gone.csv"}, call_id="b"),
        tool_reply("analyse_results", {"file": "../../etc/passwd"}, call_id="c"),
        text_reply("I could not open those files."),
    )
    advisor.handle("analyse these", KEY, lambda lang: None, files=files, client=_client(fake_slack))
    sent = [json.loads(m["content"]) for m in fake_model.messages() if m["role"] == "tool"]
    assert len(sent) == 3 and all("error" in r for r in sent), sent
    assert "file host" in sent[0]["error"]
    assert "file_not_found" in sent[1]["error"]
    assert "no file by that name" in sent[2]["error"]


def test_files_info_checks_the_request_like_slack(fake_slack: FakeSlack) -> None:
    from slack_sdk.errors import SlackApiError

    file_id = fake_slack.add_file("a.csv", CSV)
    with pytest.raises(SlackApiError, match="invalid_auth"):
        _client(fake_slack, token="xoxp-user-token").files_info(file=file_id)
    with pytest.raises(SlackApiError, match="file_not_found"):
        _client(fake_slack).files_info(file="F0")
    assert _client(fake_slack).files_info(file=file_id)["file"]["name"] == "a.csv"
