"""Plan quality over briefs of different businesses and markets, checked deterministically.

Each brief in ``evals/datasets/plan_briefs/`` carries an ``expect`` block (market, the
client's target, constraints, structure, special category, radius). The offline plan's JSON is
read back and every point a senior strategist would check is scored: one figure everywhere,
currency on every amount, the client's target kept, deadlines inside the flight, radius and
special-category limits applied, A/B ads differing only in the tested element, and the
benchmark entry matching the market and objective. A check whose fields a plan lacks counts
as failed, so older plan shapes can be scored too.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from adsage.paths import project_root

DATASET = Path("evals") / "datasets" / "plan_briefs"
AD_FIELDS = ("primary_text", "headline", "description", "cta", "link")
RESTRICTED = {"HOUSING", "EMPLOYMENT", "CREDIT", "FINANCIAL_PRODUCTS_SERVICES"}
Plan = dict[str, Any]
Check = Callable[[Plan, dict[str, Any], dict[str, Any]], "bool | None"]


def _cost_kpis(plan: Plan) -> list[dict[str, Any]]:
    return [
        k
        for k in plan["objective"]["kpis"]
        if k["target"] is not None and any(w in k["name"].lower() for w in ("cost", "koszt"))
    ]


def figures_agree(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool:
    n, b, ab = plan["numbers"], plan["budget"], plan["ab_test"]
    return bool(
        abs(n["total"] - b["total"]) < 0.01
        and n["days"] == b["days"]
        and abs(sum(x["amount"] for x in b["split"]) - b["total"]) < 0.05
        and n["ab"]["sample_size_per_variant"] == ab["sample_size_per_variant"]
        and abs(n["ab"]["budget_needed"] - ab["budget_needed"]) < 0.01
        and ab["duration_days"] <= b["days"]
        and b["bid_strategy"] == plan["objective"]["bid_strategy"]
        and all(abs(k["target"] - _cost(n)) < 0.01 for k in _cost_kpis(plan))
    )


def _cost(n: dict[str, Any]) -> float:
    """The cost KPI: the goal's ceiling (total / target) when the goal counts results,
    else the market benchmark."""
    ceiling = n.get("cost_ceiling")
    return float(ceiling if ceiling is not None else n["cost_per_result"])


def currency_on_amounts(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool:
    b, cur = plan["budget"], plan["budget"]["currency"]
    return (
        all(x["currency"] == cur for x in b["split"])
        and plan["ab_test"]["currency"] == cur
        and all(k["unit"] == cur for k in _cost_kpis(plan))
    )


def rewrite_keeps_target(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool:
    parsed, rewrite = plan["goal"]["parsed"], plan["goal"]["rewrite"]
    keeps = parsed["target"] == exp["target"]
    if rewrite:
        digits = "".join(ch for ch in rewrite if ch.isdigit())
        keeps = keeps and str(exp["target"]) in digits
    if exp.get("constraint"):
        keeps = keeps and any(
            c["metric"] == exp["constraint"] for c in parsed.get("constraints", [])
        )
    return bool(keeps)


def deadline_in_flight(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool:
    deadline = plan["goal"]["parsed"].get("deadline")
    s = brief["schedule"]
    ok_time = plan["goal"]["criteria"]["time_bound"]["pass"] is True
    return bool(ok_time and deadline is not None and s["start"] <= deadline <= s["end"])


def special_rules(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool | None:
    if brief.get("special_ad_category", "NONE") not in RESTRICTED:
        return None
    tg, b = plan["targeting"], plan["budget"]
    return bool(
        (tg["age_min"], tg["age_max"]) == (18, 65)
        and tg["genders"] == ["all"]
        and tg["lookalikes"] is False
        and not tg["interests"]
        and all(p["kind"] != "postal" for p in tg["places"])
        and all((p["radius_km"] or 25) >= 25 for p in tg["places"])
        and not any("lookalike" in x["purpose"].lower() for x in b["split"])
    )


def radius_target(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool | None:
    if not exp.get("radius"):
        return None
    name, km = exp["radius"]
    return any(
        p["kind"] == "radius" and p["name"] == name and p["radius_km"] == km
        for p in plan["targeting"]["places"]
    )


def ab_one_variable(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool:
    ab = plan["ab_test"]
    ads = ab["ads"]
    return len(ads) >= 2 and all(
        [f for f in AD_FIELDS if ads[0][f] != a[f]] == [ab["variable"]] for a in ads[1:]
    )


def benchmark_matches(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool:
    bench = plan["numbers"]["benchmark"] or {}
    return bool(
        bench.get("market") == exp["market"] and bench.get("objective") == brief["objective"]
    )


def structure(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool | None:
    if not exp.get("structure"):
        return None
    return bool(plan["numbers"]["structure"] == exp["structure"])


def ad_sets_scale(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool | None:
    if not exp.get("ad_sets"):
        return None
    return len(plan["budget"]["split"]) == exp["ad_sets"]


def no_site_retargeting(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool | None:
    if brief["objective"] != "OUTCOME_APP_PROMOTION":
        return None
    return not any("retarget" in x["name"].lower() for x in plan["budget"]["split"])


def out_of_reach_said(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool | None:
    if not exp.get("out_of_reach"):
        return None
    ach = plan["goal"]["criteria"]["achievable"]
    return bool(ach["pass"] is False and str(exp["target"]) in ach["reason"])


def custom_audiences_kept(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool:
    kept = plan["targeting"]["custom_audiences"] == brief["audience"].get("custom_audiences", [])
    return bool(kept)


_ENGLISH_SOURCE = re.compile(r"editorial|estimate|benchmark recorded|plausibility", re.I)
_YOUNG = re.compile(r"younger audience|odbiorcy są młodzi", re.I)


def _pl_text(plan: Plan) -> str:
    crit = plan["goal"]["criteria"]
    parts = [c.get("reason", "") for c in crit.values()]
    b = plan["budget"]
    parts += [
        *b["schedule_notes"],
        b["learning_phase"],
        *(f["message"] for f in b["report"]["findings"]),
    ]
    parts += [k.get("note", "") for k in plan["objective"]["kpis"]]
    return " ".join(parts)


def polish_reads_polish(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool | None:
    """A Polish plan shows no English source text and writes money as "zł", never "PLN"."""
    if brief.get("language") != "pl":
        return None
    text = _pl_text(plan)
    return not _ENGLISH_SOURCE.search(text) and not re.search(r"\d PLN\b", text)


def learning_figure_agrees(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool | None:
    """The learning-phase warning states the plan's own results per week."""
    found = [
        f for f in plan["budget"]["report"]["findings"] if f["rule"] == "budget.learning_phase"
    ]
    week = plan["numbers"].get("results_per_week")
    if not found or week is None or week < 10:
        return None
    first = re.search(r"\d[\d\s\u00a0\u202f,]*", found[0]["message"])
    shown = int(re.sub(r"\D", "", first.group())) if first else -1
    return shown == round(week)


def persona_ages_special(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool | None:
    """Under a special category every persona shows the whole 18-65+ range."""
    if brief.get("special_ad_category", "NONE") not in RESTRICTED:
        return None
    # a hyphen or the Polish en dash ("18–65+ lat"): the same whole range
    return all(re.search("18[-–]65", p["demographics"].split("·")[0]) for p in plan["personas"])


def young_claim_true(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> bool:
    """A format reason calls the audience young only when the targeting's range is young."""
    said = any(_YOUNG.search(f["reason"]) for f in plan["formats"])
    return not said or plan["targeting"]["age_max"] < 45


CHECKS: dict[str, Check] = {
    f.__name__: f  # type: ignore[misc]
    for f in (
        figures_agree,
        currency_on_amounts,
        rewrite_keeps_target,
        deadline_in_flight,
        special_rules,
        radius_target,
        ab_one_variable,
        benchmark_matches,
        structure,
        ad_sets_scale,
        no_site_retargeting,
        out_of_reach_said,
        custom_audiences_kept,
        polish_reads_polish,
        learning_figure_agrees,
        persona_ages_special,
        young_claim_true,
    )
}


def score(plan: Plan, brief: dict[str, Any], exp: dict[str, Any]) -> dict[str, bool]:
    out: dict[str, bool] = {}
    for name, check in CHECKS.items():
        try:
            verdict = check(plan, brief, exp)
        except (KeyError, TypeError, IndexError):
            verdict = False  # the plan lacks what the check reads
        if verdict is not None:
            out[name] = bool(verdict)
    return out


def run(path: Path | None = None) -> dict[str, Any]:
    from adsage.advisor.plan import build_plan, default_searcher
    from adsage.config import load_settings
    from adsage.drafting.offline import OfflineEngine
    from adsage.models.brief import load_brief_data

    folder = path or project_root() / DATASET
    per_check: dict[str, list[bool]] = {}
    misses: list[dict[str, str]] = []
    files = sorted(folder.glob("*.yaml"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(home=Path(tmp))
        searcher = default_searcher(settings)
        for f in files:
            raw = yaml.safe_load(f.read_text("utf-8"))
            exp = raw.pop("expect")
            brief = load_brief_data(raw, str(f))
            plan = build_plan(
                brief, settings=settings, searcher=searcher, engine=OfflineEngine()
            ).to_json_dict()
            for name, ok in score(plan, raw, exp).items():
                per_check.setdefault(name, []).append(ok)
                if not ok:
                    misses.append({"id": f.stem, "check": name})
    scores = {k: round(sum(v) / len(v), 4) for k, v in sorted(per_check.items())}
    total = [x for v in per_check.values() for x in v]
    return {
        "n_briefs": len(files),
        "checks": scores,
        "overall": round(sum(total) / len(total), 4) if total else None,
        "misses": misses,
    }
