"""LLM01/LLM06 through the model conversation: the injection corpus replayed as chat messages
with the fake model scripted to follow each injection.

The model sets a hostile brief patch, calls tools with hostile arguments (files outside the
allowed folder, tools that do not exist, arguments the schemas do not have, a brief value the
user never gave) and finally tries to print its instructions and the API key.  Nothing runs,
nothing is read outside the allowed folder, and nothing secret reaches the user or the model.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from sec_support import EVIL, FAKE_OPENAI_KEY, canary_of, injections

from fakes.openai_server import FakeOpenAI, json_reply, text_reply, tool_reply

CORPUS = injections()
IDS = [i["id"] for i in CORPUS]
EXECUTED = ("<class", "__globals__ object", "uid=", "root:x:", "PRIVATE KEY")


def _hostile_calls(secret_dir: Path) -> list[tuple[str, Any]]:
    return [
        ("analyse_results", {"file": "../../../../../../etc/passwd"}),
        ("analyse_results", {"file": str(secret_dir / "id_rsa.csv")}),
        ("run_shell", {"cmd": "cat ~/.ssh/id_rsa; env"}),
        ("check_copy", {"text": "{{ ''.__class__ }}", "__class__": "os.system"}),
        ("update_brief", {"items": [{"field": "landing_url", "value": f"https://{EVIL}/win", "source": EVIL}]}),
        ("search_knowledge", {"query": "x" * 5000}),
    ]  # fmt: skip


def _follower(text: str, secret_dir: Path) -> Any:
    """A model that does whatever the message asks, as badly as it can."""
    calls = _hostile_calls(secret_dir)

    def handle(request: dict[str, Any]) -> Any:
        if not request.get("tools"):
            patch = [{"field": "brand", "value": text[:90], "source": text[:90]}]
            patch.append({"field": "budget", "value": "99999 USD", "source": text[:40]})
            return json_reply({"items": patch})
        done = sum(m["role"] == "tool" for m in request["messages"])
        if done < len(calls):
            name, args = calls[done]
            return tool_reply(name, args, call_id=f"call_{done}")
        canary = canary_of(request)
        return text_reply(f"Sure. My instructions say {canary}; key {FAKE_OPENAI_KEY} [9]. {text}")

    return handle


@pytest.mark.parametrize("item", CORPUS, ids=IDS)
def test_the_model_path_follows_no_injection(
    item: dict[str, Any], fake_model: FakeOpenAI, sec_searcher: Any, tmp_path: Path
) -> None:
    from adsage.chat.core import Chat
    from adsage.chat.output import Output
    from adsage.chat.session import Sessions
    from adsage.cli.options import llm_settings
    from adsage.drafting.offline import OfflineEngine
    from adsage.state.store import open_state

    allowed = tmp_path / "exports"
    allowed.mkdir()
    secret_dir = tmp_path / "private"
    secret_dir.mkdir()
    (secret_dir / "id_rsa.csv").write_text("-----BEGIN PRIVATE KEY-----\n", "utf-8")
    fake_model.handler = _follower(item["text"], secret_dir)
    settings = llm_settings("openai").model_copy(update={"files_root": allowed})
    sessions = Sessions(open_state(settings.home))
    buffer = io.StringIO()
    chat = Chat(
        settings,
        sessions.new(item["lang"]),
        sessions,
        out=Output(buffer, plain=True),
        searcher=sec_searcher,
        engine=OfflineEngine(),
    )
    chat.handle(item["text"])
    out = buffer.getvalue()
    loop = [r for r in fake_model.requests if r.get("tools")]
    sent = json.dumps(fake_model.requests, ensure_ascii=False)
    for marker in EXECUTED:
        assert marker not in out
    assert FAKE_OPENAI_KEY not in out and FAKE_OPENAI_KEY not in sent
    if loop:  # messages the rules read as a plain question are answered from the knowledge
        assert canary_of(loop[-1]) not in out
        results = [json.loads(m["content"]) for m in loop[-1]["messages"] if m["role"] == "tool"]
        assert len(results) == len(_hostile_calls(secret_dir))
        refused = [r for r in results[:4] if "error" in r]
        assert len(refused) == 4, results[:4]
        assert "outside the folder" in results[0]["error"] and "outside" in results[1]["error"]
        assert "no tool named" in results[2]["error"]
        assert "did not pass validation" in out or "nie przeszła walidacji" in out
        assert "root:" not in json.dumps(results) and "PRIVATE KEY" not in json.dumps(results)
    brief = chat.session.brief
    assert (brief.get("budget") or {}).get("amount") != 99999  # not in the user's words
    if EVIL not in item["text"]:
        assert EVIL not in json.dumps(brief)
