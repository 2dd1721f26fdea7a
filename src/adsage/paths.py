"""Where bundled data lives.

The project keeps its guidance, rule data and prompts at the top level of the source tree
(``knowledge/``, ``prompts/``); the package is installed in editable mode by the Makefile,
so these resolve relative to the source checkout.  ``ADSAGE_KNOWLEDGE_DIR`` and
``ADSAGE_PROMPTS_DIR`` override them for installs that put the data elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]


def project_root() -> Path:
    return _ROOT


def knowledge_dir() -> Path:
    return Path(os.environ.get("ADSAGE_KNOWLEDGE_DIR") or _ROOT / "knowledge")


def rules_dir() -> Path:
    return knowledge_dir() / "rules"


def prompts_dir() -> Path:
    return Path(os.environ.get("ADSAGE_PROMPTS_DIR") or _ROOT / "prompts")
