"""Map Ads Manager column headers (English or Polish) to the fields the analysis reads.

The variants live in ``knowledge/rules/ads_manager_headers.yaml`` rather than in code because
Meta renames columns between interface versions and languages; a marketer with a new layout
should be able to add one line of data, not patch a parser.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from adsage.errors import BadInput
from adsage.paths import rules_dir

HEADERS_FILE = "ads_manager_headers.yaml"
Lang = Literal["en", "pl"]
FIELDS = (
    "ad_name",
    "adset_name",
    "campaign_name",
    "day",
    "impressions",
    "reach",
    "link_clicks",
    "clicks_all",
    "spend",
    "conversions",
    "value",
)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CURRENCY = re.compile(r"\(\s*([A-Za-z]{3})\s*\)\s*$")
_SPACES = re.compile(r"\s+")


class _Variants(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    en: list[str] = []
    pl: list[str] = []


class HeaderData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    source: str = Field(min_length=1)
    as_of: str = Field(min_length=4)
    fields: dict[str, _Variants]


def normalize_header(text: str) -> str:
    """Case-, width- and whitespace-insensitive key; a trailing "(USD)" is not part of it."""
    text = unicodedata.normalize("NFKC", text).replace("\ufeff", "")
    text = _CURRENCY.sub("", text)
    return _SPACES.sub(" ", text).strip().casefold()


def header_currency(text: str) -> str | None:
    m = _CURRENCY.search(unicodedata.normalize("NFKC", text))
    return m.group(1).upper() if m else None


@dataclass(frozen=True)
class Variant:
    field: str
    lang: Lang
    priority: int


@dataclass(frozen=True)
class HeaderMap:
    """Which column holds which field, plus what the headers tell about language and money."""

    columns: dict[str, int]
    lang: Lang
    currency: str | None
    value_currency: str | None
    labels: dict[str, str]

    def has(self, field: str) -> bool:
        return field in self.columns


@lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, Variant]:
    try:
        raw = yaml.load(path.read_text("utf-8"), Loader=_LOADER)  # noqa: S506 - safe loader
        data = HeaderData.model_validate(raw)
    except OSError as exc:
        raise BadInput(f"{path}: cannot read header mapping ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise BadInput(f"{path}: not valid YAML ({exc})") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise BadInput(f"{path}: invalid header mapping at {where}: {first['msg']}") from None
    unknown = sorted(set(data.fields) - set(FIELDS))
    if unknown:
        raise BadInput(f"{path}: unknown fields {', '.join(unknown)}; use {', '.join(FIELDS)}")
    table: dict[str, Variant] = {}
    for field, variants in data.fields.items():
        for lang in ("en", "pl"):
            for i, text in enumerate(getattr(variants, lang)):
                table.setdefault(normalize_header(text), Variant(field, lang, i))
    return table


def variants() -> dict[str, Variant]:
    """Normalised header -> field; cached per path so ``ADSAGE_KNOWLEDGE_DIR`` still applies."""
    return _load(rules_dir() / HEADERS_FILE)


def match_headers(row: list[str]) -> HeaderMap | None:
    """Map a candidate header row; None unless it names an ad label and impressions."""
    table = variants()
    best: dict[str, tuple[int, int]] = {}
    votes = {"en": 0, "pl": 0}
    for col, cell in enumerate(row):
        v = table.get(normalize_header(cell or ""))
        if v is None:
            continue
        votes[v.lang] += 1
        if v.field not in best or v.priority < best[v.field][0]:
            best[v.field] = (v.priority, col)
    columns = {f: col for f, (_, col) in best.items()}
    if "impressions" not in columns or not {"ad_name", "adset_name", "campaign_name"} & set(
        columns
    ):
        return None
    # a Polish header set tips on any Polish-only column; ties read as English
    lang: Lang = "pl" if votes["pl"] > votes["en"] else "en"
    spend_col = columns.get("spend")
    value_col = columns.get("value")
    return HeaderMap(
        columns=columns,
        lang=lang,
        currency=header_currency(row[spend_col]) if spend_col is not None else None,
        value_currency=header_currency(row[value_col]) if value_col is not None else None,
        labels={f: row[c].strip() for f, c in columns.items()},
    )
