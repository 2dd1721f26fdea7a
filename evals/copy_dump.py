"""Every offline ad draft (primary text, headline, description) of the test and example briefs,
as plain text, for reading a change to the copywriter as a whole and diffing before and after.

    .venv/bin/python -m evals.copy_dump > before.txt   # on the old code
    .venv/bin/python -m evals.copy_dump > after.txt    # on the new one
    diff before.txt after.txt

Each brief's three plan drafts are printed with the objective the plan would run and the
validator's error and warning count per draft; ``--n`` drafts more (a variant set's pool is
ten). ``--fields`` lists all headlines and descriptions once more, which is where a plan's
blandness shows first.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GLOBS = ("tests/data/*_briefs/*.yaml", "examples/brief*.yaml", "evals/datasets/copy_briefs/*.yaml")


def briefs(patterns: tuple[str, ...] = GLOBS) -> list[Path]:
    return [p for g in patterns for p in sorted(ROOT.glob(g)) if p.name != "index.yaml"]


def dump(path: Path, n: int) -> list[str]:
    from adsage.advisor.plan import validate_copy
    from adsage.drafting.base import DraftContext
    from adsage.drafting.offline import OfflineEngine
    from adsage.models.brief import load_brief
    from adsage.planning.numbers import choose_objective

    brief = load_brief(path)
    objective, _ = choose_objective(brief)
    ctx = DraftContext(brief=brief, lang=brief.language, objective=objective, knowledge=[])
    engine = OfflineEngine()
    out = [f"=== {path.relative_to(ROOT)} ({objective})"]
    for i, d in enumerate(engine.copy(ctx, engine.personas(ctx), n), 1):
        rep = validate_copy(d, brief)
        errors = sum(f.severity == "error" for f in rep.findings)
        warnings = sum(f.severity == "warning" for f in rep.findings)
        out += [
            f"--- {i}. {d.framework} · {d.persona} · e{errors} w{warnings}",
            f"P: {d.primary_text}",
            f"H: {d.headline}",
            f"D: {d.description}",
        ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=3)
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.paths] or briefs()
    for path in paths:
        try:
            lines = dump(path, args.n)
        except Exception as exc:  # a brief the loader rejects is reported, not fatal
            lines = [f"=== {path.relative_to(ROOT)}: {type(exc).__name__}: {exc}"]
        print("\n".join(lines), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
