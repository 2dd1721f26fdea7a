"""The fast commands (``check`` and ``abplan``): pure validators, answered without a spinner.

They reuse the same checkers as ``adsage check`` so a verdict in Slack and in CI agree.
"""

from __future__ import annotations

import re
from typing import Any

from adsage.errors import BadInput
from adsage.models.findings import Finding
from adsage.slack.blocks import Message, text_messages
from adsage.slack.safety import escape
from adsage.slack.texts import t

# name -> (module, model, checker): imported on use, so a goal check never loads the others.
CHECKS: dict[str, tuple[str, str, str]] = {
    "copy": ("adsage.checks.copy", "AdCopy", "check_copy"),
    "targeting": ("adsage.checks.targeting", "Targeting", "check_targeting"),
    "budget": ("adsage.checks.budget", "Budget", "check_budget"),
    "abtest": ("adsage.checks.abtest", "AbTest", "check_abtest"),
    "creative": ("adsage.checks.creative", "Creative", "check_creative"),
}
_SEVERITY = {"error": ":no_entry:", "warning": ":warning:", "info": ":information_source:"}


def findings_text(findings: list[Finding]) -> str:
    lines = []
    for f in findings:
        where = f" [{escape(f.field)}]" if f.field else ""
        hint = f" → {escape(f.suggestion)}" if f.suggestion else ""
        lines.append(
            f"{_SEVERITY[f.severity]} `{escape(f.rule)}`{where}: {escape(f.message)}{hint}"
        )
    return "\n".join(lines)


def check_goal_text(goal: str, lang: str, brief: Any | None = None) -> list[Message]:
    from adsage.advisor.conversation.calls import check_goal

    report = check_goal(goal, lang, brief)
    lines = [f"*{t(lang, 'goal_ok' if report.ok else 'goal_bad')}*", f">{escape(goal)}"]
    for name, c in report.criteria.items():
        mark = {
            "pass": ":white_check_mark:",
            "at_risk": ":warning:",
            "not_checked": ":grey_question:",
        }.get(c.state or "", ":x:")
        lines.append(f"{mark} *{name.replace('_', '-')}*: {escape(c.reason)}")
    if report.findings:
        lines.append(findings_text(report.findings))
    if report.rewrite:
        lines.append(f"*{t(lang, 'rewrite')}:* {escape(report.rewrite)}")
    return text_messages("\n".join(lines), lang, safe=True)


def check_copy_text(text: str, lang: str, brief: Any | None) -> list[Message]:
    """A primary text typed inline, checked on every placement of the thread's brief."""
    from adsage.advisor.conversation.calls import check_copy

    report = check_copy(text, brief)
    verdict = t(lang, "check_ok" if report.ok else "check_bad")
    lines = [f"*{t(lang, 'copy_label')}: {verdict}*", f">{escape(text)}"]
    if report.findings:
        lines.append(findings_text(report.findings))
    return text_messages("\n".join(lines), lang, safe=True)


def check_data(name: str, data: Any, lang: str) -> list[Message]:
    import importlib

    from adsage.models.findings import Report
    from adsage.models.validation import validate_or_bad_input

    module, model_name, checker_name = CHECKS[name]
    mod = importlib.import_module(module)
    items = data if isinstance(data, list) else [data]
    if not items or not all(isinstance(x, dict) for x in items):
        raise BadInput(f"check {name}: expected a YAML mapping of fields (or a list of them)")
    lines = []
    for i, item in enumerate(items):
        if name == "copy" and lang in ("en", "pl"):
            item = {"lang": lang, **item}
        obj = validate_or_bad_input(getattr(mod, model_name), item, f"{name}[{i}]")
        report = Report.from_findings(getattr(mod, checker_name)(obj))
        head = t(lang, "check_ok" if report.ok else "check_bad")
        prefix = f"{i + 1}. " if len(items) > 1 else ""
        lines.append(f"*{prefix}{name}: {head}*")
        if report.findings:
            lines.append(findings_text(report.findings))
    return text_messages("\n".join(lines), lang, safe=True)


_KV = re.compile(r"^([a-z_]+)\s*[=:]\s*(\S+)$")
_ALIASES = {"daily_budget": "daily", "budget": "daily", "n": "variants", "ctr": "baseline"}


def _rate(value: str, name: str) -> float:
    v = value.strip().rstrip(",")
    try:
        return (
            float(v[:-1].replace(",", ".")) / 100 if v.endswith("%") else float(v.replace(",", "."))
        )
    except ValueError:
        raise BadInput(f"abplan: {name}={value!r} is not a number (use 0.012 or 1.2%)") from None


def parse_abplan(args: list[str]) -> dict[str, Any]:
    """``baseline=1.2% mde=20% variants=3`` (or two bare numbers: baseline then mde)."""
    out: dict[str, Any] = {}
    bare: list[str] = []
    for arg in args:
        m = _KV.match(arg.lower())
        if not m:
            bare.append(arg)
            continue
        key, value = _ALIASES.get(m.group(1), m.group(1)), m.group(2)
        if key in ("baseline", "mde", "cpm", "daily", "alpha", "power"):
            out[key] = (
                _rate(value, key)
                if key in ("baseline", "mde", "alpha", "power")
                else float(_rate(value, key))
            )
        elif key == "variants":
            try:
                out[key] = int(value)
            except ValueError:
                raise BadInput(f"abplan: variants={value!r} must be a whole number") from None
        elif key == "metric":
            if value not in ("ctr", "cvr"):
                raise BadInput("abplan: metric must be ctr or cvr")
            out[key] = value
        else:
            raise BadInput(f"abplan: unknown option {m.group(1)!r}")
    for key, value in zip(("baseline", "mde"), bare, strict=False):
        out.setdefault(key, _rate(value, key))
    return out


def abplan(args: list[str], lang: str) -> list[Message]:
    from adsage.planning.abplan import plan_ab_test

    opts = parse_abplan(args)
    if "baseline" not in opts or "mde" not in opts:
        return text_messages(t(lang, "abplan_usage"), lang, safe=True)
    daily = opts.pop("daily", None)
    try:
        plan = plan_ab_test(
            opts.pop("baseline"), opts.pop("mde"), daily_budget=daily, lang=lang, **opts
        )
    except ValueError as exc:
        raise BadInput(f"abplan: {exc}") from None
    from adsage.i18n import number, plural

    head = t(
        lang,
        "abplan",
        variants=plural("unit.variant", plan.variants, lang),
        n=plan.sample_size_per_variant,
        impr=plural("unit.impression", plan.impressions_needed, lang),
    )
    lines = [f"*{head}*", escape(plan.verdict)]
    if plan.budget_needed is not None:
        budget = number(plan.budget_needed, lang, decimals=2)
        days = plural("unit.day", plan.days_needed or 0, lang)
        lines.append(t(lang, "abplan_budget", budget=budget, days=days))
    lines += [f":warning: {escape(w)}" for w in plan.warnings]
    if plan.alternatives:
        lines.append(
            " · ".join(
                f"{a['variants']}→{plural('unit.day', int(a['days']), lang)}"
                for a in plan.alternatives
            )
        )
    return text_messages("\n".join(lines), lang, safe=True)
