"""Where bundled data lives.

The project keeps its guidance, rule data and prompts at the top level of the source tree
(``knowledge/``, ``prompts/``); the package is installed in editable mode by the Makefile,
so these resolve relative to the source checkout.  ``ADSAGE_KNOWLEDGE_DIR`` and
``ADSAGE_PROMPTS_DIR`` override them for installs that put the data elsewhere.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]


def project_root() -> Path:
    return _ROOT


def knowledge_dir() -> Path:
    return _knowledge(os.environ.get("ADSAGE_KNOWLEDGE_DIR"))


def rules_dir() -> Path:
    return _rules(os.environ.get("ADSAGE_KNOWLEDGE_DIR"))


# Per setting: every rule and phrase look-up asks for these, and building a Path each time
# cost more than the look-up (a Path is immutable, so sharing one is safe).
@lru_cache(maxsize=8)
def _knowledge(setting: str | None) -> Path:
    return Path(setting or _ROOT / "knowledge")


@lru_cache(maxsize=8)
def _rules(setting: str | None) -> Path:
    return _knowledge(setting) / "rules"


def prompts_dir() -> Path:
    return Path(os.environ.get("ADSAGE_PROMPTS_DIR") or _ROOT / "prompts")
