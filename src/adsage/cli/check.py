"""``adsage check ...``: run the pure validators on a file or on stdin.

Only the checkers are imported here (no vector store, no LLM client), so checks start fast
enough to run in editors and CI hooks.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from typing import TYPE_CHECKING, Annotated, Any, TextIO, TypeVar

import typer

from adsage.errors import BadInput

if TYPE_CHECKING:  # pydantic loads with the first check run, not with --help or other commands
    from pydantic import BaseModel

    from adsage.models.findings import Finding

M = TypeVar("M", bound="BaseModel")

check_app = typer.Typer(
    help="Check ad copy, creatives, targeting, budgets, A/B tests and goals against Meta's "
    "rules. Exit 0: no errors, 1: errors found, 2: bad input.",
    no_args_is_help=True,
)

FileArg = Annotated[
    str, typer.Argument(metavar="FILE", help="JSON or YAML file (one object or a list); - = stdin")
]
CopyFileArg = Annotated[
    str,
    typer.Argument(
        metavar="FILE",
        help="JSON or YAML file (one object or a list); - = stdin; or a long list as "
        ".jsonl (one object per line) or .csv (a header row of fields, one copy per row)",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
IgnoreOpt = Annotated[
    list[str] | None,
    typer.Option("--ignore", metavar="RULE", help="Skip a rule id or family (repeatable)."),
]


def read_items(file: str) -> tuple[list[tuple[str, Any]], bool]:
    """Parse FILE (or stdin) into ``(source label, object)`` pairs and whether it was a list."""
    from adsage.inputs import MAX_CHECK_BYTES, parse, read_text

    name = "stdin" if file == "-" else file
    text = read_text(file, MAX_CHECK_BYTES, "check file")
    if not text.strip():
        raise BadInput(f"{name}: empty input; pass a JSON or YAML object or list")
    data = parse(text, name)
    if isinstance(data, dict):
        return [(name, data)], False
    if isinstance(data, list) and data:
        for i, item in enumerate(data):
            if not isinstance(item, dict):
                raise BadInput(f"{name}[{i}]: expected an object with fields, got {_kind(item)}")
        return [(f"{name}[{i}]", item) for i, item in enumerate(data)], True
    raise BadInput(f"{name}: expected an object or a non-empty list of objects, got {_kind(data)}")


def _kind(value: Any) -> str:
    return "an empty list" if value == [] else type(value).__name__


def run_checks(
    file: str,
    model: type[M],
    checker: Callable[[M], list[Finding]],
    as_json: bool,
    ignore: Sequence[str] | None,
) -> None:
    """Validate every item first (bad input aborts before any output), then check them."""
    entries, is_list = read_items(file)
    check_items(lambda: iter(entries), is_list, model, checker, as_json, ignore)


def check_items(
    items: Callable[[], Iterator[tuple[str, Any]]],
    is_list: bool,
    model: type[M],
    checker: Callable[[M], list[Finding]],
    as_json: bool,
    ignore: Sequence[str] | None,
) -> None:
    """Two passes over ``items``: all validated, then each checked and printed in turn, so
    no input, report or output text is held longer than its own item."""
    from adsage.cli import output
    from adsage.models.findings import Report
    from adsage.models.validation import validate_or_bad_input

    for src, data in items():
        validate_or_bad_input(model, data, src)
    ok = True
    console = None
    with _JsonList(sys.stdout) if as_json and is_list else nullcontext() as out:
        for src, data in items():
            report = Report.from_findings(
                checker(validate_or_bad_input(model, data, src)), ignore or ()
            )
            ok = ok and report.ok
            if out is not None:
                out.add(report.model_dump(mode="json"))
            elif as_json:
                output.print_json(report.model_dump(mode="json"))
            else:
                console = console or output.console()
                output.print_table(src, report.findings, report.ok, console)
    if not ok:
        raise typer.Exit(code=1)


class _JsonList:
    """Writes ``json.dumps(items, ensure_ascii=False, indent=2)`` one item at a time."""

    def __init__(self, stream: TextIO) -> None:
        self.stream, self.first = stream, True

    def __enter__(self) -> _JsonList:
        self.stream.write("[")
        return self

    def add(self, item: Any) -> None:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        self.stream.write(("\n  " if self.first else ",\n  ") + text)
        self.first = False

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.stream.write("\n]\n" if not self.first else "]\n")


@check_app.command("copy")
def copy_cmd(file: CopyFileArg, as_json: JsonOpt = False, ignore: IgnoreOpt = None) -> None:
    """Check ad text: lengths, CTA, link and policy (EN/PL)."""
    from adsage.checks.copy import AdCopy, check_copy
    from adsage.checks.streams import is_stream, open_items

    if is_stream(file):  # one copy per line or row, read as a stream
        check_items(open_items(file), True, AdCopy, check_copy, as_json, ignore)
    else:
        run_checks(file, AdCopy, check_copy, as_json, ignore)


@check_app.command("creative")
def creative_cmd(file: FileArg, as_json: JsonOpt = False, ignore: IgnoreOpt = None) -> None:
    """Check media specs per placement and format structure."""
    from adsage.checks.creative import Creative, check_creative

    run_checks(file, Creative, check_creative, as_json, ignore)


@check_app.command("targeting")
def targeting_cmd(file: FileArg, as_json: JsonOpt = False, ignore: IgnoreOpt = None) -> None:
    """Check age, locations, special ad categories and lookalikes."""
    from adsage.checks.targeting import Targeting, check_targeting

    run_checks(file, Targeting, check_targeting, as_json, ignore)


@check_app.command("budget")
def budget_cmd(file: FileArg, as_json: JsonOpt = False, ignore: IgnoreOpt = None) -> None:
    """Check budget minimums and caps, schedule and learning-phase feasibility."""
    from adsage.checks.budget import Budget, check_budget

    run_checks(file, Budget, check_budget, as_json, ignore)


@check_app.command("abtest")
def abtest_cmd(file: FileArg, as_json: JsonOpt = False, ignore: IgnoreOpt = None) -> None:
    """Check an A/B test design: variants, single variable, budgets, duration, sample size."""
    from adsage.checks.abtest import AbTest, check_abtest

    run_checks(file, AbTest, check_abtest, as_json, ignore)


@check_app.command("plan")
def plan_cmd(file: FileArg, as_json: JsonOpt = False, ignore: IgnoreOpt = None) -> None:
    """Check a campaign plan (JSON from 'adsage plan --json'): every part, every checker."""
    from adsage.checks.plan import check_plan
    from adsage.models.plan import CampaignPlan

    run_checks(file, CampaignPlan, check_plan, as_json, ignore)


@check_app.command("goal")
def goal_cmd(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="The campaign goal, EN or PL.")],
    objective: Annotated[str | None, typer.Option(help="Campaign objective.")] = None,
    budget: Annotated[float | None, typer.Option(help="Total budget.")] = None,
    currency: Annotated[str | None, typer.Option(help="Budget currency, e.g. PLN.")] = None,
    start: Annotated[str | None, typer.Option(help="Start date YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option(help="End date YYYY-MM-DD.")] = None,
    as_json: JsonOpt = False,
    ignore: IgnoreOpt = None,
) -> None:
    """Check a campaign goal against SMART and suggest a rewrite."""
    from adsage.cli.goal_fast import GoalArgs, check

    args = GoalArgs(text, objective, budget, currency, start, end, as_json, ignore)
    code = check(args, echo=typer.echo)
    if code:
        raise typer.Exit(code=code)


def print_findings(title: str, findings: Sequence[Finding], ok: bool) -> None:
    """Findings as a table or lines (shared with the media command's module)."""
    from adsage.cli.output import print_table

    print_table(title, findings, ok)
