"""Each object of a plan or A/B set as the exact Marketing API request that creates it, paused.

Requests refer to objects created earlier in the run with ``$ref:KEY`` strings; the publisher
fills in the ids as they come back, so a dry run shows the requests as they will be sent.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from adsage.errors import BadInput
from adsage.meta.rules import meta_rules, minor_units

if TYPE_CHECKING:
    from adsage.export.frame import Frame

Kind = Literal["geo", "image", "campaign", "adset", "creative", "ad"]
REF = "$ref:"
BUDGET_CELLS = ("Ad Set Lifetime Budget", "Ad Set Daily Budget")


@dataclass
class Step:
    """One request: ``edge`` is relative to the Graph root (``act_1/campaigns``, ``search``)."""

    key: str
    kind: Kind
    name: str
    method: str
    edge: str
    params: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Options:
    account: str
    page: str
    pixel: str | None = None
    images: tuple[Path, ...] = ()
    text_options: bool = False
    utm: str | None = None


@dataclass
class Request:
    """Everything one publish sends, in order, and what it leaves to the buyer."""

    plan_hash: str
    steps: list[Step]
    notes: list[str] = field(default_factory=list)
    currency: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "plan_hash": self.plan_hash,
            "currency": self.currency,
            "steps": [s.as_dict() for s in self.steps],
            "notes": self.notes,
        }


def content_hash(data: Any, opts: Options) -> str:
    """The key a run is recorded under: the same plan to the same account is the same run."""
    payload = {
        "plan": data,
        "account": opts.account,
        "page": opts.page,
        "pixel": opts.pixel,
        "images": [hashlib.sha256(p.read_bytes()).hexdigest() for p in opts.images],
        "text_options": opts.text_options,
        "utm": opts.utm,
    }
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def ref(key: str) -> str:
    return REF + key


class Builder:
    def __init__(
        self,
        opts: Options,
        frame: Frame,
        currency: str,
        places: list[Any],
        caps: dict[str, float] | None = None,
    ) -> None:
        self.opts, self.frame, self.currency = opts, frame, currency
        self.caps = caps or {}
        self.rules = meta_rules()
        self.steps: list[Step] = []
        self.notes: list[str] = []
        self.act = opts.account
        self.geo = self._geo_steps(places)
        self.images = self._image_steps()

    def add(self, key: str, kind: Kind, name: str, edge: str, params: dict[str, Any]) -> str:
        method = "GET" if kind == "geo" else "POST"
        self.steps.append(Step(key, kind, name, method, edge, params))
        return ref(key)

    def _geo_steps(self, places: list[Any]) -> list[tuple[str, str, float | None, str | None]]:
        """A targeting search per place: the API wants location keys, a plan has names."""
        out = []
        lookup = self.rules.geo.lookup
        for i, place in enumerate(places):
            kind = str(getattr(place, "kind", None) or getattr(place, "type", "city"))
            params: dict[str, Any] = {
                "type": "adgeolocation",
                "q": place.name,
                "location_types": [lookup.get(kind, "city")],
                "limit": 1,
            }
            if place.country:
                params["country_code"] = place.country.upper()
            key = self.add(f"geo:{i}", "geo", place.name, "search", params)
            limits = self.rules.geo.radius_km
            km = place.radius_km
            if km and not limits["min"] <= km <= limits["max"]:
                self.notes.append(
                    f"warning: {place.name} radius {km:g} km is outside the "
                    f"{limits['min']:g}-{limits['max']:g} km Meta usually accepts around a city"
                )
            out.append((lookup.get(kind, "city"), key, place.radius_km, place.country))
        return out

    def _image_steps(self) -> dict[str, str]:
        """One upload per distinct file; every creative that shows it reuses the hash."""
        out: dict[str, str] = {}
        for i, path in enumerate(self.opts.images):
            if path.name in out:
                continue
            size = path.stat().st_size
            params = {"bytes": f"<base64 of {path.name}: {size} bytes>", "name": path.name}
            out[path.name] = self.add(
                f"image:{i}", "image", path.name, f"{self.act}/adimages", params
            )
        return out

    def campaign(self, name: str) -> str:
        f, o = self.frame, self.rules.objects
        if f.objective not in o.objectives:
            raise BadInput(f"objective {f.objective!r}: use one of {', '.join(o.objectives)}")
        category = f.special_ad_category
        params = {
            "name": name,
            "objective": f.objective,
            "status": o.status,
            "buying_type": o.buying_type,
            "special_ad_categories": [] if category in ("", "NONE") else [category],
            # each ad set keeps its own budget: a test's arms must not borrow from each other
            "is_adset_budget_sharing_enabled": False,
        }
        return self.add("campaign", "campaign", name, f"{self.act}/campaigns", params)

    def ad_set(self, key: str, name: str, camp: str, row: dict[str, str], frame: Frame) -> str:
        f, o = frame, self.rules.objects
        params: dict[str, Any] = {
            "name": name,
            "campaign_id": camp,
            "status": o.status,
            "billing_event": f.billing_event,
            "optimization_goal": f.optimization_goal,
            "bid_strategy": f.bid_strategy,
            "targeting": self.targeting(f),
        }
        cell = next((c for c in BUDGET_CELLS if row.get(c)), None)
        if cell is None:
            raise BadInput(f"ad set {name!r}: the plan gives it no budget; regenerate the plan")
        budget = minor_units(float(row[cell]), self.currency)
        params["lifetime_budget" if "Lifetime" in cell else "daily_budget"] = budget
        if f.start is not None:
            params["start_time"] = _time(f.start, "00:00:00")
        if f.end is not None:
            params["end_time"] = _time(f.end, "23:59:00")
        params.update(self.bid(f))
        promoted = self.promoted_object(f)
        if promoted:
            params["promoted_object"] = promoted
        return self.add(key, "adset", name, f"{self.act}/adsets", params)

    def bid(self, f: Frame) -> dict[str, Any]:
        """The cap a capped bid strategy needs, from the goal's own limit (never invented)."""
        bids = self.rules.bids
        if f.bid_strategy in bids.cost_cap:
            if "cost" not in self.caps:
                raise BadInput(
                    f"bid strategy {f.bid_strategy} needs a cost cap the plan's goal does not "
                    "give; state it in the goal (e.g. 'cost per purchase below 40') and re-plan"
                )
            return {"bid_amount": minor_units(self.caps["cost"], self.currency)}
        if f.bid_strategy in bids.roas_floor:
            if "roas" not in self.caps:
                raise BadInput(
                    f"bid strategy {f.bid_strategy} needs a ROAS floor the plan's goal does not "
                    "give; state it in the goal (e.g. 'ROAS above 3') and re-plan"
                )
            floor = int(round(self.caps["roas"] * bids.roas_scale))
            return {"bid_constraints": {"roas_average_floor": floor}}
        return {}

    def promoted_object(self, f: Frame) -> dict[str, str] | None:
        goal = f.optimization_goal
        if goal in ("OFFSITE_CONVERSIONS", "VALUE") and f.objective != "OUTCOME_APP_PROMOTION":
            if not self.opts.pixel:
                raise BadInput(
                    f"--pixel: the plan optimises for {goal} ({f.objective}), which needs the "
                    "Meta pixel id; pass --pixel ID"
                )
            event = self.rules.objects.custom_event.get(f.objective, "PURCHASE")
            return {"pixel_id": self.opts.pixel, "custom_event_type": event}
        if goal in ("LEAD_GENERATION", "QUALITY_LEAD", "PAGE_LIKES"):
            return {"page_id": self.opts.page}
        if f.objective == "OUTCOME_APP_PROMOTION":
            raise BadInput(
                "objective OUTCOME_APP_PROMOTION: app campaigns need the app id and store URL, "
                "which a plan does not carry; create them in Ads Manager"
            )
        return None

    def targeting(self, f: Frame) -> dict[str, Any]:
        o, aud = self.rules.objects, f.audience
        geo: dict[str, Any] = {}
        placed = {c.upper() for _, _, _, c in self.geo if c}
        countries = [c for c in aud.countries if c.upper() not in placed]
        if countries:
            geo["countries"] = countries
        unit = self.rules.geo.distance_unit
        for kind, key, radius, _ in self.geo:
            entry: dict[str, Any] = {"key": key}
            if kind == "city" and radius:
                entry.update(radius=radius, distance_unit=unit)
            geo.setdefault({"city": "cities", "region": "regions", "zip": "zips"}[kind], []).append(
                entry
            )
        spec: dict[str, Any] = {"geo_locations": geo}
        if aud.age_min is not None:
            spec["age_min"] = aud.age_min
        if aud.age_max is not None:
            spec["age_max"] = aud.age_max
        genders = [o.genders[g] for g in aud.genders if g in o.genders]
        if genders and len(genders) < len(o.genders):
            spec["genders"] = genders
        fb = [o.placements.get(p, {}).get("facebook") for p in f.placements]
        ig = [o.placements.get(p, {}).get("instagram") for p in f.placements]
        platforms = [p for p, used in (("facebook", fb), ("instagram", ig)) if any(used)]
        if platforms:
            spec["publisher_platforms"] = platforms
            if any(fb):
                spec["facebook_positions"] = list(dict.fromkeys(p for p in fb if p))
            if any(ig):
                spec["instagram_positions"] = list(dict.fromkeys(p for p in ig if p))
        if f.advantage_audience in ("0", "1"):
            spec["targeting_automation"] = {"advantage_audience": int(f.advantage_audience)}
        return spec

    def creative(self, key: str, name: str, rows: list[dict[str, str]]) -> str:
        """One ad's creative: link_data for one text; asset_feed_spec for several options."""
        first = rows[0]
        link, cta = first.get("Link", ""), first.get("Call to Action", "") or "LEARN_MORE"
        image = self.images.get(first.get("Image File Name", ""))
        if len(rows) == 1:
            data: dict[str, Any] = {
                "link": link,
                "message": first.get("Body", ""),
                "name": first.get("Title", ""),
                "description": first.get("Link Description", ""),
                "call_to_action": {"type": cta, "value": {"link": link}},
            }
            if image:
                data["image_hash"] = image
            params: dict[str, Any] = {
                "name": name,
                "object_story_spec": {"page_id": self.opts.page, "link_data": data},
            }
        else:
            feed: dict[str, Any] = {
                "bodies": _texts(rows, "Body"),
                "titles": _texts(rows, "Title"),
                "descriptions": _texts(rows, "Link Description"),
                "link_urls": [{"website_url": link}],
                "call_to_action_types": [cta],
                "ad_formats": ["SINGLE_IMAGE"],
            }
            if image:
                feed["images"] = [{"hash": image}]
            params = {
                "name": name,
                "object_story_spec": {"page_id": self.opts.page},
                "asset_feed_spec": feed,
            }
        if first.get("URL Tags"):
            params["url_tags"] = first["URL Tags"]
        return self.add(key, "creative", name, f"{self.act}/adcreatives", params)

    def ad(self, key: str, name: str, adset: str, creative: str) -> None:
        params = {
            "name": name,
            "adset_id": adset,
            "creative": {"creative_id": creative},
            "status": self.rules.objects.status,
        }
        self.add(key, "ad", name, f"{self.act}/ads", params)


def _texts(rows: list[dict[str, str]], column: str) -> list[dict[str, str]]:
    values = list(dict.fromkeys(r.get(column, "") for r in rows if r.get(column)))
    return [{"text": v} for v in values[:5]]


def _time(day: date, clock: str) -> str:
    """Times in the ad account's time zone, as Ads Manager shows them."""
    return f"{day.isoformat()}T{clock}"
