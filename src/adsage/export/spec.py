"""The bulk sheet's rule data (``knowledge/rules/export.yaml``) and the export options.

Column names and value spellings of the Ads Manager bulk sheet change between exports and
Meta does not publish them as a spec, so they live in rule data with their source and date;
the writer and ``adsage check sheet`` both read them from here.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from adsage.errors import BadInput
from adsage.rules.loader import load_rules

Confidence = Literal["META", "COPY", "3P", "UNSURE"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Sourced(_Strict):
    source: str
    as_of: str
    confidence: Confidence


class Columns(_Sourced):
    campaign: list[str] = Field(min_length=1)
    ad_set: list[str] = Field(min_length=1)
    ad: list[str] = Field(min_length=1)


class Required(_Sourced):
    campaign: list[str]
    ad_set: list[str]
    ad: list[str]
    ad_set_one_of: dict[str, list[str]]


class Statuses(_Sourced):
    columns: list[str] = Field(min_length=1)
    value: str


class Values(_Sourced):
    buying_type: str
    objective: dict[str, str]
    bid_strategy: dict[str, str]
    special_ad_categories: dict[str, str]
    gender: dict[str, str]
    advantage_audience: dict[str, str]
    time_format: str
    start_time: str
    stop_time: str
    placements: dict[str, dict[str, str]]
    radius: str
    page: str
    pixel: str
    optimized_event: dict[str, str]


class UrlTags(_Sourced):
    default: str


class ProductCut(_Sourced):
    """How a brief's product is shortened for names (see ``names.short_product``)."""

    max_words: int = Field(ge=1)
    max_chars: int = Field(ge=1)
    clause_marks: list[str]
    trailing: list[str]


class Names(_Sourced):
    separator: str
    elements: dict[str, dict[str, str]]
    control: dict[str, str]
    test: dict[str, str]
    product: ProductCut


class Tests(_Sourced):
    severity: Literal["error", "warning"] = "error"
    primary_text: list[str]
    headline: list[str]
    description: list[str]
    cta: list[str]
    image: list[str]
    audience: list[str]

    def changes(self, element: str) -> list[str]:
        value: list[str] = getattr(self, element, [])
        return value


class Audiences(_Sourced):
    """Custom audience columns: names a retargeting ad set targets and others exclude."""

    include: str
    exclude: str
    advantage_off: str


class RoasGoal(_Sourced):
    """Where a ROAS goal ad set's floor goes, and how it is written."""

    column: str
    format: str
    optimization_goal: str

    def cell(self, roas: float) -> str:
        return self.format.format(roas=roas)


class TestAdSet(_Sourced):
    """How the A/B test's ad set bids and what it optimises for, per test metric."""

    bid_strategy: str
    keep_goal: list[str]
    ctr_goal: dict[str, str]
    cvr_goal: dict[str, str]

    def goal(self, metric: str, main_goal: str, objective: str = "") -> str:
        """The test ad set's goal: the main ad sets' own in an objective that keeps it (a
        Sales campaign's purchases), else the one the test metric's table names."""
        if objective in self.keep_goal:
            return main_goal
        table = self.ctr_goal if metric == "ctr" else self.cvr_goal
        return table.get(main_goal, main_goal)


class ExportRules(_Strict):
    version: int
    columns: Columns
    audiences: Audiences
    required: Required
    working: list[str] = Field(min_length=3)
    roas_goal: RoasGoal
    test_ad_set: TestAdSet
    statuses: Statuses
    values: Values
    url_tags: UrlTags
    names: Names
    tests: Tests

    def import_columns(self) -> list[str]:
        c = self.columns
        a = self.audiences
        return [*c.campaign, *c.ad_set, a.include, a.exclude, *c.ad]

    def label(self, element: str, lang: str) -> str:
        words = self.names.elements.get(lang) or self.names.elements["en"]
        return words.get(element, element)

    def parse_time(self, text: str) -> datetime | None:
        try:
            return datetime.strptime(text.strip(), self.values.time_format)
        except ValueError:
            return None

    def format_time(self, moment: datetime) -> str:
        return moment.strftime(self.values.time_format).lower()


def export_rules() -> ExportRules:
    return load_rules("export.yaml", ExportRules)


def columns() -> list[str]:
    """The import sheet's header: Ads Manager columns only, in sheet order."""
    return export_rules().import_columns()


_UTM = re.compile(r"^[A-Za-z0-9_.\-]+=[^&\s=]*(&[A-Za-z0-9_.\-]+=[^&\s=]*)*$")
_FILE = re.compile(r"^[^/\\\x00-\x1f]{1,255}$")


class SheetOptions(_Strict):
    """What the command line adds to a sheet: media files, UTM tags, a campaign name."""

    campaign: str | None = None
    images: tuple[str, ...] = ()
    videos: tuple[str, ...] = ()
    utm: str | None = None
    page: str | None = None
    pixel: str | None = None


def check_options(options: SheetOptions, vary: str | None = None, ads: int | None = None) -> None:
    """One line naming the option for anything the sheet could not use."""
    if options.utm is not None and not _UTM.match(options.utm.lstrip("?")):
        raise BadInput(
            f"--utm {options.utm!r}: write UTM parameters as key=value pairs joined by &, "
            "e.g. utm_source=facebook&utm_medium=paid_social"
        )
    for opt, value in (("--page", options.page), ("--pixel", options.pixel)):
        if value is not None and not re.fullmatch(r"\d{5,20}", value):
            raise BadInput(f"{opt} {value!r}: give the numeric ID from Meta Business Suite")
    if options.images and options.videos:
        raise BadInput("--image and --video: give one kind of creative per export, not both")
    opt, files = ("--image", options.images) if options.images else ("--video", options.videos)
    for name in files:
        if not _FILE.match(name):
            raise BadInput(f"{opt} {name!r}: give a file name such as board.jpg, without folders")
    if not files or ads is None:
        return
    if vary == "image" and len(files) != ads:
        raise BadInput(
            f"{opt}: an image test of {ads} ads needs {ads} files (one per ad, control first), "
            f"got {len(files)}"
        )
    if vary != "image" and len(files) != 1:
        raise BadInput(
            f"{opt}: a {vary or 'plan'} export uses one creative for every ad; give one file, "
            f"got {len(files)}"
        )


def url_tags(options: SheetOptions, landing_url: str) -> str:
    """``--utm`` first, then UTM parameters already on the brief's landing page, then the
    default with Meta's dynamic parameters."""
    if options.utm:
        return options.utm.lstrip("?")
    from urllib.parse import parse_qsl, urlsplit

    pairs = [(k, v) for k, v in parse_qsl(urlsplit(landing_url).query) if k.startswith("utm_")]
    if pairs:
        return "&".join(f"{k}={v}" for k, v in pairs)
    return export_rules().url_tags.default


def as_text(value: Any) -> str:
    return "" if value is None else str(value)
