"""The SMART goal checker: parse a goal (EN/PL), judge each criterion, propose a rewrite.

The modules, from the bottom up: :mod:`.lexicon` (metric words), :mod:`.numbers`,
:mod:`.calendar` and :mod:`.dates` (quantities and deadlines), :mod:`.constraints` (cost caps,
ROAS floors), :mod:`.parse` (one goal sentence -> :class:`ParsedGoal`), :mod:`.costs`
(benchmark ranges), :mod:`.assess`, :mod:`.caps` and :mod:`.items` (one judgement per
criterion), :mod:`.rewrite`, :mod:`.evaluate` (the check on plain dataclasses) and
:mod:`.checker` (:func:`check_goal`, the pydantic report).  :mod:`.wording` formats figures
so the parser reads them back.

This file only names the public entry points and loads them on first use, so importing one
submodule (``adsage.checks.goal.parse``) never loads the whole checker and no submodule ever
needs this file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adsage.checks.goal.checker import (
        Criterion,
        CriterionName,
        GoalReport,
        check_goal,
        infer_objective,
    )
    from adsage.checks.goal.parse import ParsedGoal, parse_goal

__all__ = [
    "Criterion",
    "CriterionName",
    "GoalReport",
    "ParsedGoal",
    "check_goal",
    "infer_objective",
    "parse_goal",
]

_FROM = {"ParsedGoal": "parse", "parse_goal": "parse"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module = importlib.import_module(f"{__name__}.{_FROM.get(name, 'checker')}")
    return getattr(module, name)
