"""Every test brief's plan read twice: the JSON a Slack or MCP client gets and the Markdown a
reader gets must state the same A/B test (run or not, its days, daily amount and money), the
same ad sets and the same days to the goal's deadline.

The Markdown is read with the catalogue's own templates turned into patterns, so a figure is
taken from the sentence that states it and compared with the JSON field that holds it; a
template whose figures disagree with the JSON fails here, whichever side computed its own.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from adsage.advisor.plan import build_plan
from adsage.checks.goal.wording import fmt_date
from adsage.i18n.catalogue import t, template
from adsage.models.brief import load_brief
from adsage.planning.texts import cents, count, money
from adsage.render.plan_md import plan_markdown

DATA = Path(__file__).resolve().parents[2] / "data"
BRIEFS = sorted(p for d in DATA.glob("*_briefs") for p in d.glob("*.yaml"))
_FIELD = re.compile(r"\{(\w+)(?::[^}]*)?\}")


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@cache
def _pattern(key: str, lang: str) -> re.Pattern[str]:
    """The catalogue template ``key`` as a pattern: each placeholder a named group, a
    placeholder used twice the same text both times."""
    text, out, seen, at = _plain(template(key, lang)), [], set[str](), 0
    for m in _FIELD.finditer(text):
        out.append(re.escape(text[at : m.start()]))
        name = m.group(1)
        out.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        at = m.end()
    out.append(re.escape(text[at:]))
    first = text[:1]
    if first.isalpha() and not text.startswith("{"):  # a SMART cell lower-cases it after ": "
        out[0] = f"[{first.upper()}{first.lower()}]" + out[0][1:]
    return re.compile("".join(out))


def _section(md: str, heading: str) -> str:
    parts = md.split(f"\n## {heading}\n")
    assert len(parts) == 2, f"no section {heading!r}"
    return parts[1].split("\n## ")[0]


def _ab_disagreements(data: dict[str, Any], md: str, lang: str) -> list[str]:
    ab, shown, nums = data["numbers"]["ab"], data["ab_test"], data["numbers"]
    cur = nums["currency"]
    section = _section(md, t("doc.ab", lang))
    out: list[str] = []

    def same(what: str, said: str | None, value: str) -> None:
        if said != _plain(value):
            out.append(f"{what}: Markdown {said!r}, JSON {value!r}")

    for key in ("planned", "budget_needed", "days_needed", "duration_days"):
        if shown[key] != ab[key]:
            out.append(f"ab_test.{key} {shown[key]!r} != numbers.ab.{key} {ab[key]!r}")
    sizing = t(f"doc.ab.sample_{ab['metric']}", lang)
    if not ab["planned"]:
        if ab["fits"] or sizing in section:
            out.append("a test the plan does not run reads as sized or fitting")
        why = {"budget": "ab_none", "no_sample": "ab_none_sample", "one_ad_set": "ab_none_single"}
        m = _pattern(f"plan.{why[ab['no_test']]}", lang).search(section)
        if m is None:
            out.append(f"no_test {ab['no_test']!r}, but the Markdown gives another reason")
        else:
            said = m.groupdict()
            if "needed" in said:
                same("test needs", said["needed"], money(ab["budget_needed"], cur, lang))
            if "window" in said:
                same("test days", said["window"], str(ab["duration_days"]))
                same("test a day", said["test_daily"], money(ab["daily_budget"], cur, lang))
        m = _pattern("plan.ab_none_possible", lang).search(section)
        if m is None:
            return [*out, "no sentence on what would make a test possible"]
        same("proposed a day", m["test_daily"], money(ab["daily_budget"], cur, lang))
        same("proposed days", m["window"], str(ab["duration_days"]))
        same("proposed money", m["needed"], money(ab["budget_needed"], cur, lang))
        same("campaign a day", m["campaign_daily"], money(nums["daily"], cur, lang))
        return out
    line = re.search(
        rf"{re.escape(t('doc.ab.budget', lang))}: (?P<budget>[^;]+); "
        rf"{re.escape(t('doc.ab.duration', lang))}: " + _pattern("doc.days_short", lang).pattern,
        section,
    )
    if line is None:
        return [*out, "a planned test without its sizing line"]
    same("duration", line["n"], str(ab["duration_days"]))
    budget = ab["test_spend"] if ab["fits"] and ab["test_spend"] else ab["budget_needed"]
    same("test budget", line["budget"], money(budget, cur, lang))
    for key in ("ab_spend", "ab_spend_surplus"):
        if m := _pattern(f"plan.{key}", lang).search(section):
            same("fits", "fits", "fits" if ab["fits"] else "does not fit")
            same("test spends", m["spend"], money(ab["test_spend"], cur, lang))
            same("test a day", m["daily"], cents(ab["daily_budget"], cur, lang))
    if m := _pattern("plan.ab_inside", lang).search(section):
        same("fits", "fits", "fits" if ab["fits"] else "does not fit")
        same("test needs", m["needed"], money(ab["budget_needed"], cur, lang))
    for key in ("ab_short", "ab_short_budget"):
        if m := _pattern(f"plan.{key}", lang).search(section):
            same("fits", "does not fit", "fits" if ab["fits"] else "does not fit")
            same("test needs", m["needed"], money(ab["budget_needed"], cur, lang))
            same("days available", m["available"], str(ab["available_days"]))
            same("days needed", m["days"], count(ab["days_needed"], lang))
    if m := _pattern("plan.ab_after", lang).search(section):
        same("result read on day", m["days"], str(ab["duration_days"]))
    return out


def _structure_disagreements(data: dict[str, Any], md: str, lang: str) -> list[str]:
    nums, split = data["numbers"], data["budget"]["split"]
    section = _section(md, t("doc.budget", lang))
    lines = section.strip().splitlines()
    first = next(i for i, r in enumerate(lines) if r.startswith("|"))
    table = lines[
        first : next(
            (i for i in range(first, len(lines)) if not lines[i].startswith("|")), len(lines)
        )
    ]
    rows = table[2:]  # under the header and its rule
    out = []
    if not nums["ad_sets"] == len(split) == len(rows):
        out.append(f"ad_sets {nums['ad_sets']}, split lines {len(split)}, table rows {len(rows)}")
    run = _pattern("plan.run", lang).search(section)
    if run is None or run["days"] != str(nums["days"]):
        out.append(f"flight days: Markdown {run and run['days']!r}, JSON {nums['days']}")
    return out


def _days_disagreements(data: dict[str, Any], md: str, lang: str) -> list[str]:
    """The goal's days: the SMART verdict's count is ``goal.parsed.period_days``."""
    from datetime import date

    parsed = data["goal"]["parsed"]
    kind, days = parsed.get("period_kind"), parsed.get("period_days")
    if kind not in ("deadline", "window") or parsed.get("deadline") is None:
        return []
    deadline = fmt_date(date.fromisoformat(parsed["deadline"]), lang)
    key = "goal.time.deadline" if kind == "deadline" else "goal.time.window"
    said = [m for m in _pattern(key, lang).finditer(md) if m["deadline"] == deadline]
    if not said:
        return []  # a deadline the schedule has passed is worded otherwise, with no count
    return [f"goal days: Markdown {m['days']}, JSON {days}" for m in said if m["days"] != str(days)]


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_json_states_the_figures_the_markdown_states(
    plan_settings: Any, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADSAGE_TODAY", "2026-11-30")
    plan = build_plan(load_brief(path), settings=plan_settings)
    md, data, lang = _plain(plan_markdown(plan)), plan.to_json_dict(), plan.lang
    wrong = [
        *_ab_disagreements(data, md, lang),
        *_structure_disagreements(data, md, lang),
        *_days_disagreements(data, md, lang),
    ]
    assert not wrong, wrong


def test_the_reader_finds_disagreements(
    plan_settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The comparison above can fail: figures the Markdown does not state are caught."""
    monkeypatch.setenv("ADSAGE_TODAY", "2026-11-30")
    plan = build_plan(
        load_brief(DATA / "review6_briefs" / "08_pielegniarki_pl.yaml"), settings=plan_settings
    )
    md, data = _plain(plan_markdown(plan)), plan.to_json_dict()
    ab = data["numbers"]["ab"]
    assert not ab["planned"] and ab["no_test"] == "one_ad_set"
    wrong = {
        **data,
        "numbers": {**data["numbers"], "ad_sets": 2, "ab": {**ab, "duration_days": 14}},
    }
    found = _ab_disagreements(wrong, md, "pl") + _structure_disagreements(wrong, md, "pl")
    assert any("proposed days" in f for f in found) and any("ad_sets 2" in f for f in found)
    parsed = {**data["goal"]["parsed"], "period_days": 0}
    assert _days_disagreements({**data, "goal": {**data["goal"], "parsed": parsed}}, md, "pl")
