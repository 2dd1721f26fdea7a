"""Briefs and a deterministic fake model for the variant tests (and their subprocesses).

The fake answers from the request alone (element, count, brand, control), so concurrent or
resumed runs get identical answers whatever order the requests arrive in.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

BRIEF: dict[str, Any] = {
    "brand": "SnowPeak",
    "product": "Freeride snowboards",
    "offer": "30% off all boards until 24 December",
    "landing_url": "https://snowpeak.example/sale",
    "language": "en",
    "goal": "Sell 300 snowboards by 24 December 2026",
    "objective": "OUTCOME_SALES",
    "budget": {"amount": 6000, "currency": "PLN", "type": "lifetime"},
    "schedule": {"start": "2026-12-01", "end": "2026-12-24"},
    "audience": {"locations": ["PL"], "age": [18, 35], "interests": ["snowboarding", "freeride"]},
    "benefits": ["Hand-pressed poplar core", "Free base waxing for the whole season"],
    "tone": "energetic",
    "placements": ["feed", "stories"],
}
PL_BRIEF: dict[str, Any] = {
    **BRIEF,
    "brand": "Piekarnia Zakwas",
    "product": "Chleb na zakwasie",
    "offer": "Druga drożdżówka gratis",
    "landing_url": "https://zakwas.example/zamowienia",
    "language": "pl",
    "goal": "Zdobyć 400 zamówień online do 31 grudnia 2026",
    "benefits": ["Chleb pieczony co rano", "Odbiór w 15 minut"],
    "audience": {"locations": ["PL"], "age": [25, 55], "interests": ["pieczywo", "kuchnia"]},
    "tone": "friendly",
}
HOSTILE = [
    '=HYPERLINK("http://x")',
    "+cmd|' /C calc'!A0",
    "-1+1",
    "@everyone",
    "\tleading tab",
    "\rcarriage return",
]

PHRASES = {
    "text": [
        "Ride deeper powder this winter",
        "Boards built for the backcountry",
        "Your season starts on day one",
        "Lighter boards, longer days out",
        "Float through every storm",
        "Made by riders in the mountains",
    ],
    "short": [
        "Ride deeper powder",
        "Built for backcountry",
        "Season starts here",
        "Light and lively",
        "Float every storm",
    ],
    "image": [
        "A rider carving fresh powder at sunrise, board in sharp focus.",
        "Top-down shot of the board on snow next to goggles and gloves.",
        "Phone-camera selfie on the lift holding the board.",
        "Close-up of the core and edges, studio light.",
        "Three panels: waxing, strapping in, first turn.",
    ],
}
CTAS = ["LEARN_MORE", "BUY_NOW", "ORDER_NOW", "SEE_MORE", "GET_OFFER", "SHOP_NOW"]
KINDS = ["broad", "lookalike_1", "visitors_30", "engagers", "customer_list", "interests"]


def write_brief(path: Path, **changes: Any) -> Path:
    path.write_text(yaml.safe_dump({**BRIEF, **changes}, allow_unicode=True), "utf-8")
    return path


def _data(user: str, name: str) -> Any:
    m = re.search(rf'<data name="{name}">\n(.*?)\n</data>', user, re.S)
    return json.loads(m.group(1)) if m else {}


def variant_answer(request: dict[str, Any]) -> dict[str, Any]:
    """A valid answer for the variants prompt in ``request`` (or a copy answer for others)."""
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    m = re.search(r"Write (\d+) alternative (\w+)", user)
    count, what = (int(m.group(1)), m.group(2)) if m else (2, "headlines")
    brief, control = _data(user, "brief"), _data(user, "control")
    shift = sum(map(ord, str(brief.get("brand", "")))) % 3
    if what == "targeting":
        kind = (control.get("audience") or {}).get("kind")
        kinds = [k for k in KINDS if k != kind]
        items = [
            {"kind": k, "interests": ["skiing"] if k == "interests" else [], "note": f"Try {k}."}
            for k in kinds[:count]
        ]
        return {"variants": items}
    if what == "call":
        values = [c for c in CTAS if c != control.get("cta")]
        return {"variants": [{"text": v, "angle": v.lower()} for v in values[:count]]}
    pool = PHRASES[
        "image" if what == "creative" else "short" if what in ("headlines", "link") else "text"
    ]
    pool = pool[shift:] + pool[:shift]
    return {"variants": [{"text": t, "angle": f"idea {i}"} for i, t in enumerate(pool[:count])]}
