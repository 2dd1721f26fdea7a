"""LLM02/LLM07, secrets: keys from the environment or pasted into input never appear in
errors, logs, plans, verbose prompt traces or chat sessions (state.sqlite).  Slack posts and
the bot's log are covered in test_sec_slack.py."""

from __future__ import annotations

import io
import json
import logging
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from sec_support import FAKE_APP_TOKEN, FAKE_BOT_TOKEN, FAKE_OPENAI_KEY, brief_data, router

from fakes.openai_server import FakeOpenAI, error_reply

PASTED = "sk-proj-PastedKey0123456789ABCDEFG"
ALL = (FAKE_OPENAI_KEY, FAKE_BOT_TOKEN, FAKE_APP_TOKEN, PASTED)


@pytest.fixture(autouse=True)
def _fake_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_OPENAI_KEY)
    monkeypatch.setenv("SLACK_BOT_TOKEN", FAKE_BOT_TOKEN)
    monkeypatch.setenv("SLACK_APP_TOKEN", FAKE_APP_TOKEN)


def _clean(text: str) -> None:
    for secret in ALL:
        assert secret not in text, secret
    for fragment in ("FAKEKEY0123", "FAKEBOTTOKEN", "FAKEAPPTOKEN", "PastedKey"):
        assert fragment not in text, fragment


def test_redact_covers_configured_and_key_shaped_values(monkeypatch: pytest.MonkeyPatch) -> None:
    from adsage.security import redact

    monkeypatch.setenv("CUSTOM_SERVICE_TOKEN", "plain-looking-value-42")
    text = " ".join(
        [*ALL, "plain-looking-value-42", "Bearer abcdefghijklmnop", "AKIAABCDEFGHIJKLMNOP"]
    )
    out = redact(text)
    _clean(out)
    assert "plain-looking-value-42" not in out and "abcdefghijklmnop" not in out
    assert "AKIAABCDEFGHIJKLMNOP" not in out and out.count("[redacted]") == 7
    assert redact("Sell 300 boards, skis and sk-8 decks") == "Sell 300 boards, skis and sk-8 decks"


def test_log_records_are_redacted() -> None:
    from adsage.security import RedactingFilter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    log = logging.getLogger("adsage.test.secrets")
    log.addHandler(handler)
    log.propagate = False
    try:
        log.error("calling with %s and %s", FAKE_OPENAI_KEY, PASTED)
        try:
            raise RuntimeError(f"boom {FAKE_BOT_TOKEN}")
        except RuntimeError:
            log.exception("failed")
    finally:
        log.removeHandler(handler)
    _clean(stream.getvalue())
    assert "[redacted]" in stream.getvalue()


def test_cli_error_line_never_shows_a_key(
    sec_home: Path,
    tmp_path: Path,
    fake_model: FakeOpenAI,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from adsage.cli import main

    home = tmp_path / "h"
    shutil.copytree(sec_home, home, ignore=shutil.ignore_patterns("*.lock"))
    monkeypatch.setenv("ADSAGE_HOME", str(home))
    # A server that echoes the key back in its error body, as some proxies do.
    fake_model.handler = lambda req: error_reply(403, f"key {FAKE_OPENAI_KEY} is not allowed")
    brief = tmp_path / "brief.yaml"
    brief.write_text(yaml.safe_dump(brief_data()), "utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["plan", str(brief), "--llm", "openai"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and err.startswith("error: ") and err.count("\n") == 1
    assert "[redacted]" in err
    _clean(err)


def test_plans_never_carry_a_pasted_key(sec_searcher: Any, home: Path) -> None:
    from adsage.advisor.plan import build_plan
    from adsage.config import load_settings
    from adsage.models.brief import load_brief_data
    from adsage.render.plan_md import plan_html, plan_markdown

    text = f"Use key {PASTED} or {FAKE_OPENAI_KEY}"
    brief = load_brief_data(brief_data(offer=text, benefits=[text]), "brief")
    plan = build_plan(brief, settings=load_settings(home=home), searcher=sec_searcher)
    _clean(json.dumps(plan.to_json_dict()) + plan_markdown(plan) + plan_html(plan))


def test_verbose_prompt_trace_is_redacted(fake_model: FakeOpenAI, home: Path) -> None:
    from adsage.config import load_settings
    from adsage.drafting.base import DraftContext, Snippet
    from adsage.drafting.llm import LLMEngine
    from adsage.models.brief import load_brief_data

    fake_model.handler = router()
    settings = load_settings(home=home, llm="openai")
    brief = load_brief_data(brief_data(), "brief")
    # Knowledge is not validated like a brief: a document may quote a key.
    snippet = Snippet(1, "k", "Setup", "Keys", f"Set OPENAI_API_KEY={FAKE_OPENAI_KEY} ({PASTED})")
    ctx = DraftContext(brief, "en", "OUTCOME_SALES", [snippet], verbose=True)
    LLMEngine(settings, canary="CANARY-77").personas(ctx)
    trace = json.dumps(ctx.provenance.prompts)
    assert ctx.provenance.prompts and "[redacted]" in trace and "CANARY-77" not in trace
    _clean(trace)


def test_chat_session_store_never_holds_a_key(sec_searcher: Any, home: Path) -> None:
    from adsage.chat.output import Output
    from adsage.cli.chat import start_chat

    buffer = io.StringIO()
    chat = start_chat(None, None, None, out=Output(buffer, plain=True), searcher=sec_searcher)
    chat.handle(f"The offer is 30% off; our OpenAI key is {PASTED} and {FAKE_OPENAI_KEY}")
    chat.handle(f"/set offer {FAKE_BOT_TOKEN}")
    chat.handle(f"What does {FAKE_APP_TOKEN} mean for my budget?")
    _clean(buffer.getvalue())
    stored = b"".join(p.read_bytes() for p in home.rglob("state.sqlite*"))
    assert stored, "the session store was not written"
    _clean(stored.decode("utf-8", errors="replace"))
