"""Whole plans through the model-backed engine, against the local fake OpenAI server."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from fakes.openai_server import FakeOpenAI, Scripted, error_reply, json_reply, tool_reply

ROOT = Path(__file__).resolve().parents[3]
ADSAGE = str(Path(sys.executable).with_name("adsage"))

PERSONAS = {
    "personas": [
        {
            "name": "Ola, weekend rider",
            "demographics": "25-34, Kraków, rides most weekends",
            "motivations": ["fresh powder days"],
            "pains": ["boards that chatter at speed"],
            "objections": ["is the discount real?"],
            "where_they_scroll": ["reels", "stories"],
            "message_angle": "Show the board in deep snow.",
        },
        {
            "name": "Marek, careful buyer",
            "demographics": "30-35, Warsaw",
            "motivations": ["value for money"],
            "pains": ["unclear returns"],
            "objections": ["what if it does not suit me?"],
            "where_they_scroll": ["feed"],
            "message_angle": "Lower the risk with the 30-day test ride.",
        },
        {
            "name": "Kasia, backcountry planner",
            "demographics": "28-35, Zakopane, compares board cores",
            "motivations": ["a core that stays lively"],
            "pains": ["soft boards in deep snow"],
            "objections": ["is poplar enough?"],
            "where_they_scroll": ["feed", "reels"],
            "message_angle": "Explain the hand-pressed poplar core.",
        },
    ]
}
GOOD_COPY = {
    "drafts": [
        {
            "primary_text": (
                "Deep snow, lively core. SnowPeak freeride boards are 30% off until 24 December.",
                "Ride more this winter: SnowPeak boards are 30% off until 24 December.",
                "Free base waxing all season comes with every SnowPeak freeride board.",
            )[i],
            "headline": "30% off freeride boards",
            "description": "Free waxing all season",
            "cta": "SHOP_NOW",
            "framework": fw,
            "persona": "Ola, weekend rider",
        }
        | ({"headline": f"{fw}: ride more this winter"} if i else {})
        for i, fw in enumerate(["AIDA", "PAS", "BAB"])
    ]
}
BAD_COPY = {
    "drafts": [
        {
            "primary_text": "ARE YOU OVERWEIGHT??? @everyone " + "Ride more. " * 20,
            "headline": "THE BEST BOARD EVER GUARANTEED RESULTS FOR EVERYONE WHO RIDES",
            "description": "Click here now!!!",
            "cta": "SEND_MESSAGE",
            "framework": "AIDA",
            "persona": "x",
        }
    ]
    * 3
}
FORMATS = {
    "formats": [
        {
            "rank": 1,
            "format": "video",
            "placements": ["reels"],
            "reason": "Motion sells speed.",
            "specs": ["9:16"],
            "sources": [],
        },
        {
            "rank": 2,
            "format": "carousel",
            "placements": ["feed"],
            "reason": "Eight boards.",
            "specs": ["2-10 cards"],
            "sources": [],
        },
    ]
}
GOAL = {"rewrite": "Sell 300 snowboards online by 24 December 2026."}


def _part(request: dict[str, Any]) -> str:
    text = json.dumps(request.get("response_format") or request.get("tools") or request)
    for name, key in (
        ("PersonaList", "personas"),
        ("CopyList", "copy"),
        ("FormatList", "formats"),
        ("GoalRewrite", "goal"),
    ):
        if name in text:
            return key
    return "unknown"


def router(copy: dict[str, Any], *, reject_json_schema: bool = False) -> Callable[..., Scripted]:
    answers = {"personas": PERSONAS, "copy": copy, "formats": FORMATS, "goal": GOAL}

    def handle(request: dict[str, Any]) -> Scripted:
        rf = request.get("response_format") or {}
        if reject_json_schema and rf.get("type") == "json_schema":
            return error_reply(500, "grammar not supported")
        payload = answers.get(_part(request), {})
        if request.get("tools"):
            name = request["tools"][0]["function"]["name"]
            return tool_reply(name, payload, tokens=(200, 80))
        return json_reply(payload, tokens=(200, 80))

    return handle


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    from adsage.drafting.llm_structured import StrategyStore

    StrategyStore.forget_all()
    fake = FakeOpenAI().start()
    yield fake
    fake.stop()
    StrategyStore.forget_all()


def _plan(
    plan_home: Path, server: FakeOpenAI, tmp_path: Path, *extra: str
) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    env = {
        "ADSAGE_HOME": str(plan_home),
        "PATH": "/usr/bin:/bin",
        "OPENAI_BASE_URL": server.url,
        "ADSAGE_MODEL": "fake-model",
        "ADSAGE_LLM_TIMEOUT": "10",
    }
    out = tmp_path / "plan.json"
    proc = subprocess.run(
        [
            ADSAGE,
            "plan",
            str(ROOT / "examples" / "brief.yaml"),
            "--llm",
            "openai",
            "--out",
            str(out),
            *extra,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    data = json.loads(out.read_text("utf-8")) if out.exists() else {}
    check = (
        subprocess.run(
            [ADSAGE, "check", "plan", str(out), "--json"], capture_output=True, text=True, env=env
        )
        if out.exists()
        else None
    )
    if check is not None:
        assert check.returncode == 0, check.stdout
    return proc.returncode, data, proc.stderr


def test_valid_structured_output_makes_a_model_plan(plan_home, server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    server.handler = router(GOOD_COPY)
    code, plan, err = _plan(plan_home, server, tmp_path)
    assert code == 0, err
    prov = plan["provenance"]
    assert prov["engine"] == "openai" and prov["model"] == "fake-model"
    assert prov["structured_output"] == "json_schema" and prov["fallbacks"] == []
    assert prov["token_usage"]["total"] == 280 * len(server.requests)
    assert [p["name"] for p in plan["personas"]] == [
        "Ola, weekend rider",
        "Marek, careful buyer",
        "Kasia, backcountry planner",
    ]
    assert plan["copy"][0]["primary_text"].startswith("Deep snow")


def test_json_schema_rejected_falls_back_to_function_calling(plan_home, server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    server.handler = router(GOOD_COPY, reject_json_schema=True)
    code, plan, err = _plan(plan_home, server, tmp_path)
    assert code == 0, err
    assert plan["provenance"]["structured_output"] == "function_calling"
    assert plan["copy"][0]["primary_text"].startswith("Deep snow")


def test_stubborn_rule_breaking_model_still_gives_a_valid_plan(plan_home, server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    server.handler = router(BAD_COPY)
    code, plan, err = _plan(plan_home, server, tmp_path)
    assert code == 0, err
    prov = plan["provenance"]
    assert prov["repairs"] or prov["fallbacks"]
    assert any(f.startswith("copy") for f in prov["fallbacks"])
    drafted = json.dumps(plan["copy"])
    for bad in ("OVERWEIGHT", "@everyone", "???", "SEND_MESSAGE", "GUARANTEED"):
        assert bad not in drafted


def test_token_cap_per_plan_is_enforced(plan_home, server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    server.handler = router(GOOD_COPY)
    code, plan, err = _plan(plan_home, server, tmp_path, "--max-tokens-per-plan", "300")
    assert code == 0, err
    assert any("token budget" in f for f in plan["provenance"]["fallbacks"])
    assert plan["provenance"]["token_usage"]["total"] <= 300 + 280


def test_unreachable_endpoint_is_one_clear_line(plan_home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        "ADSAGE_HOME": str(plan_home),
        "PATH": "/usr/bin:/bin",
        "ADSAGE_MODEL": "m",
        "OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1",
        "ADSAGE_LLM_TIMEOUT": "2",
    }
    proc = subprocess.run(
        [ADSAGE, "plan", str(ROOT / "examples" / "brief.yaml"), "--llm", "openai"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "cannot reach the model endpoint" in proc.stderr and proc.stderr.count("\n") == 1
