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
TEXT_FIELDS = (
    "ad_name",
    "adset_name",
    "campaign_name",
    "day",
    "reporting_starts",
    "reporting_ends",
    "attribution",
    "result_indicator",
    "result_type",
)
COUNT_FIELDS = (
    "impressions",
    "reach",
    "link_clicks",
    "clicks_all",
    "results",
    "purchases",
    "leads",
    "installs",
    "landing_page_views",
    "conversions",
)
MONEY_FIELDS = ("spend", "value")
FIELDS = TEXT_FIELDS + COUNT_FIELDS + MONEY_FIELDS
METRIC_IDS = ("cpa", "cpc", "cpm", "cpr")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CURRENCY = re.compile(r"\(\s*([A-Za-z]{3})\s*\)\s*$")
_SPACES = re.compile(r"\s+")


Confidence = Literal["META", "3P", "COPY", "UNSURE"]


class _Variants(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    en: list[str] = []
    pl: list[str] = []
    confidence: Confidence = "UNSURE"


class ResultKind(BaseModel):
    """One thing a campaign can buy, the column that counts it and the metric it is judged on."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    count: str
    metric: Literal["cpa", "cpc", "cpm", "cpr"]
    also: Literal["roas"] | None = None
    objective: str
    indicators: list[str] = []
    types: _Variants = _Variants()
    confidence: Confidence = "UNSURE"


class _Objectives(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    source: str = Field(min_length=1)
    as_of: str = Field(min_length=4)
    confidence: Confidence
    kinds: dict[str, str]
    aliases: dict[str, str] = {}


class _Totals(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    source: str = Field(min_length=1)
    as_of: str = Field(min_length=4)
    confidence: Confidence
    labels: _Variants


class HeaderData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    source: str = Field(min_length=1)
    as_of: str = Field(min_length=4)
    confidence: Confidence = "UNSURE"
    fields: dict[str, _Variants]
    result_kinds: dict[str, ResultKind] = {}
    objectives: _Objectives | None = None
    totals_row: _Totals | None = None


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
def _load_data(path: Path) -> HeaderData:
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
    unknown += sorted(k.count for k in data.result_kinds.values() if k.count not in FIELDS)
    if data.objectives:
        unknown += sorted(set(data.objectives.kinds.values()) - set(data.result_kinds))
    if unknown:
        raise BadInput(f"{path}: unknown fields {', '.join(unknown)}; use {', '.join(FIELDS)}")
    return data


@lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, Variant]:
    data = _load_data(path)
    table: dict[str, Variant] = {}
    for field, variants in data.fields.items():
        for lang in ("en", "pl"):
            for i, text in enumerate(getattr(variants, lang)):
                table.setdefault(normalize_header(text), Variant(field, lang, i))
    return table


def variants() -> dict[str, Variant]:
    """Normalised header -> field; cached per path so ``ADSAGE_KNOWLEDGE_DIR`` still applies."""
    return _load(rules_dir() / HEADERS_FILE)


def header_data() -> HeaderData:
    """The whole mapping: fields, result kinds, objectives and totals-row labels."""
    return _load_data(rules_dir() / HEADERS_FILE)


@lru_cache(maxsize=4)
def _kind_tables(path: Path) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(indicator prefix, kind) pairs and normalised Result type label -> kind, per file."""
    data = _load_data(path)
    indicators: list[tuple[str, str]] = []
    types: dict[str, str] = {}
    for name, kind in data.result_kinds.items():
        indicators += [(ind.casefold(), name) for ind in kind.indicators]
        for label in kind.types.en + kind.types.pl:
            types.setdefault(normalize_header(label), name)
    return indicators, types


class RowLabels:
    """Reads a row's result and totals labels; one per file read, memoised per distinct text
    because an export repeats the same few labels on every row."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or rules_dir() / HEADERS_FILE
        self._indicators, self._types = _kind_tables(path)
        totals = _load_data(path).totals_row
        labels = (totals.labels.en + totals.labels.pl) if totals else []
        self._totals = [normalize_header(label) for label in labels]
        self._kinds: dict[str, str | None] = {}
        self._is_totals: dict[str, bool] = {}

    def kind(self, text: str) -> str | None:
        """The result kind an Ads Manager "Result indicator" or "Result type" cell names."""
        if text not in self._kinds:
            self._kinds[text] = self._kind(normalize_header(text))
        return self._kinds[text]

    def _kind(self, key: str) -> str | None:
        if not key:
            return None
        for ind, name in self._indicators:
            if key == ind or key.startswith(ind + "."):
                return name
        return self._types.get(key)

    def is_totals(self, text: str) -> bool:
        """Whether a label reads as the summary line ("Results from 3 ads", "Suma")."""
        if text not in self._is_totals:
            key = normalize_header(text)
            found = False
            for lab in self._totals:
                rest = key[len(lab) + 1 :] if key.startswith(lab + " ") else ""
                # "Results from 3 ads" is a summary line; "Total protection" is an ad
                found = found or bool(key) and (key == lab or rest[:1].isdigit())
            self._is_totals[text] = found
        return self._is_totals[text]


def kind_of_indicator(text: str) -> str | None:
    """The result kind a "Result indicator" / "Result type" cell names (current rules)."""
    return RowLabels().kind(text)


def is_totals_label(text: str) -> bool:
    """Whether a label reads as Ads Manager's summary line ("Results from 3 ads", "Suma")."""
    return RowLabels().is_totals(text)


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
