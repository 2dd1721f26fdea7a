"""LLM10, consumption: input size caps, tokens per request, per plan and per batch, and
concurrent model calls; every cap ends in one clear line (exit 2 on the CLI), never a hang."""

from __future__ import annotations

import io
import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from sec_support import brief_data, router

from fakes.openai_server import FakeOpenAI, text_reply


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from adsage.cli import main

    with pytest.raises(SystemExit) as exc:
        main(argv)
    return int(exc.value.code or 0), capsys.readouterr().err


def test_oversized_brief_is_refused_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "big.yaml"
    data = brief_data()
    data["audience"]["description"] = "x" * 70_000
    brief.write_text(yaml.safe_dump(data), "utf-8")
    start = time.monotonic()
    code, err = _cli(["plan", str(brief)], capsys)
    assert code == 2 and "larger than 64 KB" in err and err.count("\n") == 1
    assert time.monotonic() - start < 5


@pytest.mark.parametrize("command", ["ask", "search"])
def test_over_long_question_is_refused(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _cli([command, "how " * 400], capsys)
    assert code == 2 and "limit is 1000" in err and err.count("\n") == 1


def test_oversized_chat_message_is_refused_and_not_stored(sec_searcher: Any, home: Path) -> None:
    from adsage.chat.output import Output
    from adsage.cli.chat import start_chat
    from adsage.security import MAX_CHAT_CHARS

    buffer = io.StringIO()
    chat = start_chat(None, None, None, out=Output(buffer, plain=True), searcher=sec_searcher)
    start = time.monotonic()
    assert chat.handle("brand " + "y" * MAX_CHAT_CHARS) is True
    assert time.monotonic() - start < 2
    assert "the limit is 65536" in buffer.getvalue()
    history = chat.sessions.history(chat.session)
    assert all("yyyyyyyy" not in str(h) for h in history)
    chat.handle("a" * 1500 + "?")
    assert "longer than 1000 characters" in buffer.getvalue()


def test_oversized_knowledge_file_is_skipped(tiny_knowledge: Path, tmp_path: Path) -> None:
    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths

    big = tmp_path / "docs" / "big.md"
    big.parent.mkdir()
    big.write_bytes(b"# Big\n\n" + b"word " * (1024 * 1024 + 10))
    summary = index_paths(load_settings(home=tmp_path / "h"), [big.parent])
    assert summary.skipped == [{"path": str(big), "reason": "larger than 5 MB (5.0 MB)"}]


def test_each_request_caps_completion_tokens(
    fake_model: FakeOpenAI, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adsage.config import load_settings
    from adsage.drafting.llm import make_chat_model

    monkeypatch.setenv("ADSAGE_LLM_MAX_TOKENS", "321")
    fake_model.add(text_reply("ok"))
    make_chat_model(load_settings(home=home)).invoke([("user", "hi")])
    req = fake_model.requests[-1]
    assert (req.get("max_completion_tokens") or req.get("max_tokens")) == 321


def test_plan_token_budget_falls_back_offline(
    sec_searcher: Any, fake_model: FakeOpenAI, home: Path
) -> None:
    from adsage.advisor.plan import build_plan
    from adsage.config import load_settings
    from adsage.models.brief import load_brief_data

    fake_model.handler = router()
    settings = load_settings(home=home, llm="openai", max_tokens_per_plan=100)
    plan = build_plan(load_brief_data(brief_data(), "b"), settings=settings, searcher=sec_searcher)
    assert len(fake_model.requests) == 1  # 150 tokens spent on the first answer: no more calls
    assert any("token budget of 100 per plan" in f for f in plan.provenance.fallbacks)


def test_batch_token_budget_spans_engines(
    fake_model: FakeOpenAI, home: Path, sec_searcher: Any
) -> None:
    from adsage.advisor.plan import make_engine, prepare
    from adsage.config import load_settings
    from adsage.drafting.limits import TokenMeter
    from adsage.models.brief import load_brief_data

    fake_model.handler = router()
    settings = load_settings(home=home, llm="openai")
    meter = TokenMeter(200, "batch")
    brief = load_brief_data(brief_data(), "b")
    for _ in range(2):  # two briefs of one batch: 150 tokens each, a 200-token budget
        engine = make_engine(settings, meter=meter)
        ctx, _ = prepare(brief, settings=settings, searcher=sec_searcher, engine=engine)
        engine.personas(ctx)
        engine.personas(ctx)
    assert len(fake_model.requests) == 2 and meter.used == 300 and meter.spent
    # the batch CLI shares one meter across its engines and says when it ran out
    assert make_engine(settings, meter=meter).meter is meter  # type: ignore[attr-defined]


def test_batch_cli_reports_a_spent_budget(
    fake_model: FakeOpenAI,
    sec_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "h"
    shutil.copytree(sec_home, home, ignore=shutil.ignore_patterns("*.lock"))
    monkeypatch.setenv("ADSAGE_HOME", str(home))
    fake_model.handler = router()
    briefs = []
    for i in range(3):
        path = tmp_path / f"b{i}.yaml"
        path.write_text(yaml.safe_dump(brief_data(product=f"Board {i}")), "utf-8")
        briefs.append(str(path))
    argv = ["variants", *briefs, "--vary", "headline", "--llm", "openai"]
    code, err = _cli([*argv, "--max-tokens-per-batch", "100", "--concurrency", "1"], capsys)
    assert "token budget of 100 per batch was spent" in err
    assert len(fake_model.requests) == 1


def test_concurrent_model_calls_are_capped(
    fake_model: FakeOpenAI, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adsage.config import load_settings
    from adsage.drafting.llm import make_chat_model

    lock = threading.Lock()
    state = {"now": 0, "peak": 0}

    def slow(request: dict[str, Any]) -> Any:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.3)
        with lock:
            state["now"] -= 1
        return text_reply("ok")

    fake_model.handler = slow
    monkeypatch.setenv("ADSAGE_MAX_CONCURRENT_LLM", "2")
    settings = load_settings(home=home)
    threads = [
        threading.Thread(target=lambda: make_chat_model(settings).invoke([("user", "hi")]))
        for _ in range(6)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(fake_model.requests) == 6 and state["peak"] == 2


def test_no_free_slot_is_a_clear_error_not_a_hang(home: Path) -> None:
    from adsage.drafting.limits import llm_slot
    from adsage.drafting.llm_structured import LLMError

    with llm_slot(3, 1), llm_slot(3, 1), llm_slot(3, 1):  # every slot taken
        start = time.monotonic()
        with pytest.raises(LLMError, match="ADSAGE_MAX_CONCURRENT_LLM"), llm_slot(3, 0.2):
            pass
        assert time.monotonic() - start < 2
