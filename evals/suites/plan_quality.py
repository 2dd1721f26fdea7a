"""Plan quality over briefs of different businesses and markets, checked deterministically.

Each brief in ``evals/datasets/plan_briefs/`` carries an ``expect`` block (market, the
client's target, constraints, structure, special category, radius). The offline plan's JSON is
read back and every point a senior strategist would check is scored: one figure everywhere,
currency on every amount, the client's target kept, deadlines inside the flight, radius and
special-category limits applied, A/B ads differing only in the tested element, and the
benchmark entry matching the market and objective.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml

from adsage.paths import project_root

DATASET = Path("evals") / "datasets" / "plan_briefs"
AD_FIELDS = ("primary_text", "headline", "description", "cta", "link")
RESTRICTED = {"HOUSING", "EMPLOYMENT", "CREDIT", "FINANCIAL_PRODUCTS_SERVICES"}


def _checks(plan: dict[str, Any], brief: dict[str, Any], exp: dict[str, Any]) -> dict[str, bool]:
    n, b, ab, tg = plan["numbers"], plan["budget"], plan["ab_test"], plan["targeting"]
    cur = b["currency"]
    out: dict[str, bool] = {}
    out["figures_agree"] = (
        abs(n["total"] - b["total"]) < 0.01
        and n["days"] == b["days"]
        and abs(sum(x["amount"] for x in b["split"]) - b["total"]) < 0.05
        and n["ab"]["sample_size_per_variant"] == ab["sample_size_per_variant"]
        and abs(n["ab"]["budget_needed"] - ab["budget_needed"]) < 0.01
        and ab["duration_days"] <= b["days"]
        and all(
            abs(k["target"] - n["cost_per_result"]) < 0.01
            for k in plan["objective"]["kpis"]
            if k["unit"] == cur and "benchmark" in k["note"] and k["target"] is not None
        )
    )
    out["currency_on_amounts"] = (
        all(x["currency"] == cur for x in b["split"])
        and ab["currency"] == cur
        and n["currency"] == cur
        and all(
            k["unit"] == cur
            for k in plan["objective"]["kpis"]
            if k["target"] is not None and any(w in k["name"].lower() for w in ("cost", "koszt"))
        )
    )
    parsed = plan["goal"]["parsed"]
    rewrite = plan["goal"]["rewrite"]
    keeps = parsed["target"] == exp["target"]
    if rewrite:
        keeps = keeps and f"{exp['target']:,}".replace(",", "") in rewrite.replace(",", "").replace(
            " ", ""
        )
    if exp.get("constraint"):
        keeps = keeps and any(c["metric"] == exp["constraint"] for c in parsed["constraints"])
    out["rewrite_keeps_target"] = keeps
    deadline = parsed.get("deadline")
    out["deadline_in_flight"] = deadline is not None and (
        brief["schedule"]["start"] <= deadline <= brief["schedule"]["end"]
    )
    special = brief.get("special_ad_category", "NONE") in RESTRICTED
    if special:
        out["special_rules"] = (
            (tg["age_min"], tg["age_max"]) == (18, 65)
            and tg["genders"] == ["all"]
            and not tg["lookalikes"]
            and not tg["interests"]
            and all(p["kind"] != "postal" for p in tg["places"])
            and all((p["radius_km"] or 25) >= 24 for p in tg["places"])
            and not any("lookalike" in x["purpose"].lower() for x in b["split"])
        )
    if exp.get("radius"):
        name, km = exp["radius"]
        out["radius_target"] = any(
            p["kind"] == "radius" and p["name"] == name and p["radius_km"] == km
            for p in tg["places"]
        )
    ads = ab["ads"]
    out["ab_one_variable"] = len(ads) >= 2 and all(
        [f for f in AD_FIELDS if ads[0][f] != a[f]] == [ab["variable"]] for a in ads[1:]
    )
    bench = n.get("benchmark") or {}
    out["benchmark_matches"] = (
        bench.get("market") == exp["market"] and bench.get("objective") == brief["objective"]
    )
    if exp.get("structure"):
        out["structure"] = n["structure"] == exp["structure"]
    if exp.get("ad_sets"):
        out["ad_sets_scale"] = len(b["split"]) == exp["ad_sets"]
    if n["structure"] == "advantage_plus_app":
        out["no_site_retargeting"] = len(b["split"]) <= 2
    if exp.get("out_of_reach"):
        ach = plan["goal"]["criteria"]["achievable"]
        out["out_of_reach_said"] = not ach["pass"] and str(exp["target"]) in ach["reason"]
    out["custom_audiences_kept"] = tg["custom_audiences"] == brief["audience"].get(
        "custom_audiences", []
    )
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
            for name, ok in _checks(plan, raw, exp).items():
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
