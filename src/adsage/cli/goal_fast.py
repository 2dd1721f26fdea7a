"""``adsage check goal``: the command's work, and a reader of its command line without typer.

Loading typer and building the command tree costs more than checking a goal, so
:func:`run` reads the usual ``check goal`` command lines itself and answers through
:func:`check`, the same function the typer command calls: output, errors and exit codes
cannot differ.  It accepts only what it understands exactly as typer does (long options,
``--name value`` or ``--name=value``, each at most once, plain decimal budgets, one TEXT
that does not start with ``-``); any other command line, ``--help`` included, is left to
typer.  :func:`check` prints from the goal checker's plain result
(:func:`adsage.checks.goal.evaluate.evaluate_goal`), whose JSON is the pydantic report's key
for key, so the command starts without pydantic either.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import NamedTuple

from adsage.errors import AdsageError, BadInput

_VALUED = ("--objective", "--budget", "--currency", "--start", "--end", "--ignore")
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


class GoalArgs(NamedTuple):
    text: str
    objective: str | None = None
    budget: float | None = None
    currency: str | None = None
    start: str | None = None
    end: str | None = None
    as_json: bool = False
    ignore: Sequence[str] | None = None


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{option} {value!r} is not a date; use YYYY-MM-DD") from None


def _echo(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def check(args: GoalArgs, echo: Callable[[str], None] = _echo) -> int:
    """Check the goal, print the report; the exit code (0 ok, 1 errors found).

    ``echo`` prints the suggested rewrite: the typer command passes ``typer.echo``; the
    fast path only runs where that prints the same as a plain write (see :func:`run`)."""
    from adsage.checks.goal.evaluate import evaluate_goal
    from adsage.cli.output import print_json, print_table
    from adsage.models.severity import kept
    from adsage.security import BIDI_CONTROLS  # adsage.inputs.strip_bidi, without its YAML

    text = BIDI_CONTROLS.sub("", args.text)  # the goal is echoed in findings and the rewrite
    if not text.strip():
        raise BadInput("TEXT is empty; pass the goal in quotes")
    result = evaluate_goal(
        text,
        objective=args.objective,
        budget=args.budget,
        currency=args.currency,
        start=_date(args.start, "--start"),
        end=_date(args.end, "--end"),
    )
    ignore = list(args.ignore or ())
    if args.as_json:
        payload = result.to_json(ignore)
        print_json(payload)
        return 0 if payload["ok"] else 1
    findings, ok = kept(result.findings, ignore)
    print_table("goal", findings, ok)
    if result.rewrite:
        echo(f"Suggested rewrite: {result.rewrite}")
    return 0 if ok else 1


def read_args(argv: Sequence[str]) -> GoalArgs | None:
    """``check goal`` arguments as typer would read them, or None for anything else."""
    if len(argv) < 3 or argv[0] != "check" or argv[1] != "goal":
        return None
    if any("\x1b" in a for a in argv):  # typer strips escapes from text sent to a pipe
        return None
    values: dict[str, str] = {}
    ignore: list[str] = []
    texts: list[str] = []
    as_json = False
    rest = list(argv[2:])
    while rest:
        word = rest.pop(0)
        if not word.startswith("-"):
            texts.append(word)
            continue
        name, eq, value = word.partition("=")
        if name == "--json" and not eq:
            as_json = True  # a flag: repeating it changes nothing
            continue
        if name not in _VALUED:
            return None
        if not eq:
            if not rest:
                return None
            value = rest.pop(0)
        if value.startswith("-"):
            return None
        if name == "--ignore":
            ignore.append(value)
        elif name in values:
            return None
        else:
            values[name] = value
    if len(texts) != 1:
        return None
    budget = values.get("--budget")
    if budget is not None and not _PLAIN_NUMBER.fullmatch(budget):
        return None
    return GoalArgs(
        text=texts[0],
        objective=values.get("--objective"),
        budget=None if budget is None else float(budget),
        currency=values.get("--currency"),
        start=values.get("--start"),
        end=values.get("--end"),
        as_json=as_json,
        ignore=ignore or None,
    )


def _plain_stdout() -> bool:
    """True where ``typer.echo`` writes text as it is: a UTF-8 stdout (click re-wraps an
    ASCII one) and, as :func:`read_args` ensures, no escape sequences to strip."""
    encoding = getattr(sys.stdout, "encoding", None) or ""
    return encoding.lower().replace("-", "").replace("_", "") == "utf8"


def run(argv: Sequence[str]) -> None:
    """Answer a ``check goal`` command line and exit; return for anything else."""
    args = read_args(argv)
    if args is None or not _plain_stdout():
        return
    from adsage.cli import _fail

    try:
        code = check(args)
    except AdsageError as exc:
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    sys.exit(code)
