"""`adsage publish` against the Graph API stand-in: paused drafts, dry run, resume, errors."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from graph_standin import TOKEN, Standin
from meta_helpers import copy, png, run

ACCT = "act_1234567"
BASE = ("--account", ACCT, "--page", "1234567890", "--pixel", "99999999")


def publish(capsys: Any, path: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "publish", str(path), *BASE, *extra)


def test_dry_run_sends_nothing_and_shows_every_request(
    graph: Standin, plan_file: Path, capsys: Any, tmp_path: Path
) -> None:
    out_file = tmp_path / "requests.json"
    code, out, err = publish(capsys, plan_file, "--out", str(out_file))
    assert code == 0, err
    assert graph.requests == []
    data = json.loads(out_file.read_text())
    kinds = [s["kind"] for s in data["steps"]]
    assert kinds[0] == "campaign" and kinds.count("campaign") == 1
    assert kinds.count("adset") == 3  # one per budget line of the plan
    assert kinds.count("ad") == kinds.count("creative") >= 3
    for step in data["steps"]:
        if step["kind"] in ("campaign", "adset", "ad"):
            assert step["params"]["status"] == "PAUSED"
    camp = data["steps"][0]["params"]
    assert camp["objective"] == "OUTCOME_SALES" and camp["special_ad_categories"] == []
    adsets = [s["params"] for s in data["steps"] if s["kind"] == "adset"]
    # 6000 PLN lifetime split 60/20/20, in grosze
    assert [a["lifetime_budget"] for a in adsets] == [360000, 120000, 120000]
    assert adsets[0]["promoted_object"] == {"pixel_id": "99999999", "custom_event_type": "PURCHASE"}
    assert adsets[0]["targeting"]["age_min"] == 18 and adsets[0]["targeting"]["age_max"] == 35
    assert TOKEN not in out_file.read_text() and TOKEN not in out + err
    assert "none sent" in err


def test_full_plan_creates_paused_objects(graph: Standin, plan_file: Path, capsys: Any) -> None:
    code, out, err = publish(capsys, plan_file, "--live")
    assert code == 0, err
    result = json.loads(out)
    assert len(graph.of_kind("campaign")) == 1
    assert len(graph.of_kind("adset")) == 3
    assert (
        len(graph.of_kind("ad"))
        == len(graph.of_kind("creative"))
        == len([c for c in result["created"] if c["kind"] == "ad"])
    )
    for obj in graph.objects.values():
        if obj["kind"] in ("campaign", "adset", "ad"):
            assert obj["status"] == "PAUSED"
    # the version and host come from the settings, the token only from the header
    assert all(r["path"].startswith("/v25.0/") for r in graph.requests)
    assert all(TOKEN not in r["raw"] for r in graph.requests)
    assert result["run"].startswith("pub-") and "--undo" in err


def test_geo_radius_and_image_hash_reused(graph: Standin, tmp_path: Path, capsys: Any) -> None:
    def edit(p: dict[str, Any]) -> None:
        p["targeting"]["places"] = [
            {"kind": "radius", "name": "Kraków", "country": "PL", "radius_km": 25}
        ]

    path = copy(tmp_path, "plan.json", edit)
    code, out, _ = publish(capsys, path)
    assert not any("warning" in n for n in json.loads(out)["notes"])
    image = png(tmp_path / "board.png")
    code, out, err = publish(capsys, path, "--live", "--image", str(image))
    assert code == 0, err
    uploads = [r for r in graph.requests if r["path"].endswith("/adimages")]
    assert len(uploads) == 1  # one upload, its hash on every creative
    hashes = {c["object_story_spec"]["link_data"]["image_hash"] for c in graph.of_kind("creative")}
    assert len(hashes) == 1 and hashes <= set(graph.images)
    geo = graph.of_kind("adset")[0]["targeting"]["geo_locations"]
    assert "countries" not in geo  # the city narrows PL; both would overlap
    assert geo["cities"][0]["radius"] == 25 and geo["cities"][0]["distance_unit"] == "kilometer"


def test_variants_one_campaign_one_ad_set_per_variant(
    graph: Standin, tmp_path: Path, capsys: Any
) -> None:
    from meta_helpers import DATA

    path = copy(tmp_path, "variants.json")
    code, out, err = publish(capsys, path, "--live", "--brief", str(DATA / "brief.yaml"))
    assert code == 0, err
    assert len(graph.of_kind("campaign")) == 1
    adsets = graph.of_kind("adset")
    assert len(adsets) == 3
    assert len({a["lifetime_budget"] for a in adsets}) == 1  # equal budgets
    assert len({(a["start_time"], a["end_time"]) for a in adsets}) == 1  # same schedule
    names = [a["name"] for a in adsets]
    assert "Headline A (control)" in names[0] and "Headline B" in names[1]
    assert all("Headline" in n for n in names)
    titles = [c["object_story_spec"]["link_data"]["name"] for c in graph.of_kind("creative")]
    assert len(set(titles)) == 3


def test_variants_need_the_brief(graph: Standin, tmp_path: Path, capsys: Any) -> None:
    code, _, err = publish(capsys, copy(tmp_path, "variants.json"))
    assert code == 2 and "--brief" in err and graph.requests == []


def test_text_options_use_asset_feed_only_when_asked(
    graph: Standin, plan_file: Path, capsys: Any
) -> None:
    code, out, _ = publish(capsys, plan_file)
    assert "asset_feed_spec" not in out
    code, out, err = publish(capsys, plan_file, "--text-options")
    assert code == 0, err
    steps = json.loads(out)["steps"]
    feeds = [s for s in steps if "asset_feed_spec" in s["params"]]
    assert len(feeds) == 2  # prospecting and retargeting; the A/B test keeps single ads
    assert len(feeds[0]["params"]["asset_feed_spec"]["bodies"]) >= 2


def test_crash_after_ad_set_then_rerun_creates_no_duplicates(
    graph: Standin, plan_file: Path, capsys: Any
) -> None:
    graph.fail("adcreatives", 2635, "Temporary creative failure", times=1)
    code, out, err = publish(capsys, plan_file, "--live")
    assert code == 1
    assert len(graph.of_kind("campaign")) == 1 and len(graph.of_kind("adset")) == 1
    assert "already created (paused)" in err and "--undo pub-" in err
    code, out, err = publish(capsys, plan_file, "--live")
    assert code == 0, err
    result = json.loads(out)
    assert len(graph.of_kind("campaign")) == 1 and len(graph.of_kind("adset")) == 3
    assert {r["step"] for r in result["reused"]} == {"campaign", "adset:1"}


def test_interrupted_process_resumes(
    graph: Standin, plan_file: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import adsage.meta.publish as pub

    real = pub._send

    def crash(graph_: Any, step: Any, *a: Any) -> str:
        if step.kind == "creative":
            raise KeyboardInterrupt
        return real(graph_, step, *a)

    monkeypatch.setattr(pub, "_send", crash)
    code, _, _ = publish(capsys, plan_file, "--live")
    assert code == 130
    monkeypatch.setattr(pub, "_send", real)
    code, _, err = publish(capsys, plan_file, "--live")
    assert code == 0, err
    assert len(graph.of_kind("campaign")) == 1 and len(graph.of_kind("adset")) == 3


def test_rate_limit_retries_with_usage_header(
    graph: Standin, plan_file: Path, capsys: Any, _no_wait: list[float]
) -> None:
    usage = json.dumps(
        {
            "1234567": [
                {"type": "ads_management", "call_count": 100, "estimated_time_to_regain_access": 1}
            ]
        }
    )
    graph.fail(
        "adsets",
        17,
        "User request limit reached",
        times=2,
        headers={"X-Business-Use-Case-Usage": usage},
    )
    graph.fail("ads", 2, "Service temporarily unavailable", times=1, status=503)
    code, out, err = publish(capsys, plan_file, "--live")
    assert code == 0, err
    assert len(graph.of_kind("adset")) == 3
    assert _no_wait[:2] == [60.0, 60.0]  # the usage header's minute, not the 2 s backoff
    assert len(_no_wait) == 3


def test_permanent_error_is_one_line(graph: Standin, plan_file: Path, capsys: Any) -> None:
    graph.fail("adsets", 100, "Invalid parameter", blame="targeting", times=9)
    code, out, err = publish(capsys, plan_file, "--live")
    assert code == 1
    line = err.strip()
    assert "\n" not in line
    assert "ad set 'SnowPeak" in line and "Invalid parameter" in line
    assert "code 100" in line and "field targeting" in line
    assert "campaign 12" in line and "adsage publish --undo pub-" in line


def test_undo_deletes_what_the_run_created(graph: Standin, plan_file: Path, capsys: Any) -> None:
    code, out, _ = publish(capsys, plan_file, "--live")
    run_id = json.loads(out)["run"]
    assert graph.objects
    code, out, err = run(capsys, "publish", "--undo", run_id)
    assert code == 0, err
    assert graph.objects == {}
    code, _, err = run(capsys, "publish", "--undo", run_id)
    assert code == 2 and "no objects" in err


def test_check_plan_must_pass_first(graph: Standin, tmp_path: Path, capsys: Any) -> None:
    def edit(p: dict[str, Any]) -> None:
        p["targeting"]["age_min"] = 10

    code, _, err = publish(capsys, copy(tmp_path, "plan.json", edit), "--live")
    assert code == 1 and "adsage check plan" in err and graph.requests == []


def test_live_needs_token_and_account(
    graph: Standin, plan_file: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("META_ACCESS_TOKEN")
    code, _, err = publish(capsys, plan_file, "--live")
    assert code == 2 and "META_ACCESS_TOKEN" in err
    code, _, err = run(capsys, "publish", str(plan_file), "--page", "1234567890")
    assert code == 2 and "META_AD_ACCOUNT_ID" in err


def test_token_never_in_output_errors_or_state(
    graph: Standin, plan_file: Path, capsys: Any, home: Path
) -> None:
    graph.fail("ads", 190, f"Error validating access token {TOKEN}", times=1)
    code, out, err = publish(capsys, plan_file, "--live")
    assert code == 1
    assert TOKEN not in out + err
    assert "invalid or expired" in err and "set META_ACCESS_TOKEN" in err
    raw = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert TOKEN.encode() not in raw
    con = sqlite3.connect(home / "state.sqlite")
    assert con.execute("SELECT COUNT(*) FROM published").fetchone()[0] > 0


def test_small_city_radius_is_a_warning_not_an_error(
    graph: Standin, tmp_path: Path, capsys: Any
) -> None:
    def edit(p: dict[str, Any]) -> None:
        p["targeting"]["places"] = [{"kind": "radius", "name": "Zakopane", "radius_km": 5}]

    code, out, err = publish(capsys, copy(tmp_path, "plan.json", edit))
    assert code == 0, err
    notes = json.loads(out)["notes"]
    assert any(n.startswith("warning: Zakopane radius 5 km") for n in notes)


def test_cost_cap_comes_from_the_goal_never_invented(
    graph: Standin, tmp_path: Path, capsys: Any
) -> None:
    def capped(p: dict[str, Any], constraints: list[dict[str, Any]]) -> None:
        p["objective"]["bid_strategy"] = p["budget"]["bid_strategy"] = "COST_CAP"
        p["goal"]["parsed"]["constraints"] = constraints

    cap = {"metric": "cpa", "value": 40.0, "bound": "max", "currency": "PLN"}
    path = copy(tmp_path, "plan.json", lambda p: capped(p, [cap]))
    code, out, err = publish(capsys, path, "--live")
    assert code == 0, err
    sets = graph.of_kind("adset")
    # the A/B test's ad set is judged on link CTR: lowest cost, no cap (as in the bulk sheet)
    tests = [a for a in sets if a["bid_strategy"] == "LOWEST_COST_WITHOUT_CAP"]
    assert len(tests) == 1 and "bid_amount" not in tests[0]
    assert {a["bid_amount"] for a in sets if a not in tests} == {"4000"}
    for constraints in ([], [{**cap, "currency": "EUR"}]):
        path = copy(tmp_path, "plan.json", lambda p, c=constraints: capped(p, c))
        code, _, err = publish(capsys, path)
        assert code == 2 and "needs a cost cap" in err


def test_near_the_limit_the_next_call_waits(
    graph: Standin, plan_file: Path, capsys: Any, _no_wait: list[float]
) -> None:
    graph.usage = {"X-Ad-Account-Usage": json.dumps({"acc_id_util_pct": 97})}
    code, out, err = publish(capsys, plan_file, "--live")
    assert code == 0, err
    calls = len(graph.requests)
    assert len(_no_wait) == calls and set(_no_wait) == {2.0}
    graph.usage = {"X-Ad-Account-Usage": json.dumps({"acc_id_util_pct": 40})}
    _no_wait.clear()
    code, _, err = run(capsys, "publish", "--undo", json.loads(out)["run"])
    assert code == 0, err
    assert _no_wait == []


def test_a_changed_brief_is_a_new_run(graph: Standin, tmp_path: Path, capsys: Any) -> None:
    from meta_helpers import DATA

    variants = copy(tmp_path, "variants.json")
    brief = tmp_path / "brief.yaml"
    brief.write_text((DATA / "brief.yaml").read_text("utf-8"), "utf-8")
    runs = []
    for end in ("2026-12-24", "2026-12-20"):
        text = brief.read_text("utf-8").replace("end: 2026-12-24", f"end: {end}")
        brief.write_text(text, "utf-8")
        code, out, err = publish(capsys, variants, "--brief", str(brief))
        assert code == 0, err
        runs.append(json.loads(out)["run"])
    assert runs[0] != runs[1]
