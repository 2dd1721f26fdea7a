"""A local Graph API stand-in: validates what the Marketing API validates, answers errors.

Campaigns, ad sets, images, creatives and ads are checked field by field the way Meta checks
them (outcome objectives only, special_ad_categories always present, PAUSED status, whole
minor-unit budgets, known targeting keys, parents that exist), so a request the stand-in
accepts has the shape the real API accepts. Faults are scripted per edge: rate limits with
usage headers, 5xx, permanent errors with a blamed field. Insights are served in pages, and
as async report runs.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from adsage.meta.rules import meta_rules

TOKEN = "EAAB-standin-secret-token-123456"


@dataclass
class Fault:
    edge: str  # "campaigns", "adsets", "adcreatives", "ads", "adimages", "search", "insights"
    code: int
    message: str
    times: int = 1
    status: int = 400
    blame: str = ""
    headers: dict[str, str] = field(default_factory=dict)


class GraphError(Exception):
    def __init__(self, message: str, code: int = 100, field: str = "", status: int = 400):
        super().__init__(message)
        self.code, self.field, self.status = code, field, status


class Standin:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.objects: dict[str, dict[str, Any]] = {}
        self.images: dict[str, str] = {}
        self.faults: list[Fault] = []
        self.insight_rows: list[dict[str, Any]] = []
        self.page_size = 2
        self.timezone_name = "Europe/Warsaw"  # the ad account's zone, as GET act_... gives it
        self.usage: dict[str, str] = {}  # headers sent with every successful answer
        self._next = 1000
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> Standin:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def of_kind(self, kind: str) -> list[dict[str, Any]]:
        return [o for o in self.objects.values() if o["kind"] == kind]

    def fail(self, edge: str, code: int, message: str, **kw: Any) -> None:
        self.faults.append(Fault(edge, code, message, **kw))

    # -- validation like the real API ---------------------------------------------------
    def _new_id(self) -> str:
        self._next += 1
        return str(120000000000 + self._next)

    def _require(self, p: dict[str, Any], *names: str) -> None:
        for n in names:
            if p.get(n) in (None, ""):
                raise GraphError(f"The parameter {n} is required", 100, n)

    def _paused(self, p: dict[str, Any]) -> None:
        if p.get("status") != "PAUSED":
            raise GraphError("status must be PAUSED for drafts", 100, "status")

    def create(self, account: str, edge: str, p: dict[str, Any]) -> dict[str, Any]:
        rules = meta_rules().objects
        if edge == "campaigns":
            self._require(p, "name", "objective")
            if p["objective"] not in rules.objectives:
                raise GraphError(f"Invalid objective {p['objective']}", 100, "objective")
            if "special_ad_categories" not in p or not isinstance(p["special_ad_categories"], list):
                raise GraphError("special_ad_categories is required", 100, "special_ad_categories")
            bad = [c for c in p["special_ad_categories"] if c not in rules.special_ad_categories]
            if bad:
                raise GraphError(
                    f"Invalid special ad category {bad[0]}", 100, "special_ad_categories"
                )
            self._paused(p)
            if p.get("buying_type", "AUCTION") != "AUCTION":
                raise GraphError("Invalid buying_type", 100, "buying_type")
        elif edge == "adsets":
            self._require(
                p, "name", "campaign_id", "billing_event", "optimization_goal", "targeting"
            )
            self._paused(p)
            if self.objects.get(str(p["campaign_id"]), {}).get("kind") != "campaign":
                raise GraphError("Invalid campaign_id", 100, "campaign_id")
            budgets = [k for k in ("daily_budget", "lifetime_budget") if k in p]
            if len(budgets) != 1:
                raise GraphError("Give daily_budget or lifetime_budget", 100, "daily_budget")
            raw = str(p[budgets[0]])
            if not raw.isdigit() or int(raw) <= 0:
                raise GraphError("Budgets are whole minor units", 100, budgets[0])
            if budgets[0] == "lifetime_budget" and not p.get("end_time"):
                raise GraphError("A lifetime budget needs end_time", 100, "end_time")
            if p.get("bid_strategy") and p["bid_strategy"] not in rules.bid_strategies:
                raise GraphError("Invalid bid_strategy", 100, "bid_strategy")
            capped = p.get("bid_strategy") in ("COST_CAP", "LOWEST_COST_WITH_BID_CAP")
            if capped and not str(p.get("bid_amount", "")).isdigit():
                raise GraphError("bid_amount is required for this bid strategy", 100, "bid_amount")
            if p["billing_event"] not in rules.billing_events:
                raise GraphError("Invalid billing_event", 100, "billing_event")
            t = p["targeting"]
            unknown = [k for k in t if k not in rules.targeting_keys]
            if unknown:
                raise GraphError(f"Unknown targeting key {unknown[0]}", 100, "targeting")
            if not t.get("geo_locations"):
                raise GraphError("geo_locations is required", 100, "targeting.geo_locations")
            if p["optimization_goal"] == "OFFSITE_CONVERSIONS":
                po = p.get("promoted_object") or {}
                if not po.get("pixel_id") or not po.get("custom_event_type"):
                    raise GraphError("promoted_object needs pixel_id", 100, "promoted_object")
        elif edge == "adimages":
            self._require(p, "bytes")
            h = hashlib.md5(p["bytes"].encode()).hexdigest()  # noqa: S324 - an id, not security
            self.images[h] = account
            return {"images": {"bytes": {"hash": h, "url": "http://x/i.jpg"}}}
        elif edge == "adcreatives":
            self._require(p, "name", "object_story_spec")
            spec = p["object_story_spec"]
            if not spec.get("page_id"):
                raise GraphError("page_id is required", 100, "object_story_spec.page_id")
            data = spec.get("link_data")
            feed = p.get("asset_feed_spec")
            if data is None and feed is None:
                raise GraphError("link_data or asset_feed_spec", 100, "object_story_spec")
            h = (data or {}).get("image_hash") or ((feed or {}).get("images") or [{}])[0].get(
                "hash"
            )
            if h and h not in self.images:
                raise GraphError("Invalid image hash", 100, "image_hash")
            if data is not None:
                self._require(data, "link", "message")
        elif edge == "ads":
            self._require(p, "name", "adset_id", "creative")
            self._paused(p)
            if self.objects.get(str(p["adset_id"]), {}).get("kind") != "adset":
                raise GraphError("Invalid adset_id", 100, "adset_id")
            cid = str(p["creative"].get("creative_id"))
            if self.objects.get(cid, {}).get("kind") != "creative":
                raise GraphError("Invalid creative_id", 100, "creative.creative_id")
        else:
            raise GraphError(f"Unknown edge {edge}", 100)
        oid = self._new_id()
        kind = {"campaigns": "campaign", "adsets": "adset", "adcreatives": "creative", "ads": "ad"}
        self.objects[oid] = {"kind": kind[edge], "account": account, **p}
        return {"id": oid}

    # -- insights -------------------------------------------------------------------------
    def insights_page(self, after: str | None) -> dict[str, Any]:
        start = int(after or 0)
        rows = self.insight_rows[start : start + self.page_size]
        out: dict[str, Any] = {"data": rows}
        nxt = start + self.page_size
        if nxt < len(self.insight_rows):
            out["paging"] = {"cursors": {"after": str(nxt)}, "next": f"{self.url}/next"}
        else:
            out["paging"] = {"cursors": {"after": str(nxt)}}
        return out

    # -- HTTP -----------------------------------------------------------------------------
    def _fault(self, edge: str) -> Fault | None:
        for f in self.faults:
            if f.edge == edge and f.times > 0:
                f.times -= 1
                return f
        return None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _params(self) -> dict[str, Any]:
                url = urlsplit(self.path)
                pairs = parse_qsl(url.query, keep_blank_values=True)
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n).decode() if n else ""
                pairs += parse_qsl(body, keep_blank_values=True)
                out: dict[str, Any] = {}
                for k, v in pairs:
                    try:
                        out[k] = json.loads(v) if v[:1] in "[{" else v
                    except ValueError:
                        out[k] = v
                standin.requests.append(
                    {
                        "method": self.command,
                        "path": url.path,
                        "params": out,
                        "raw": self.path + " " + body,
                        "headers": dict(self.headers),
                    }
                )
                return out

            def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                extra = standin.usage if status == 200 else {}
                for k, v in {**extra, **(headers or {})}.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _error(self, e: GraphError | Fault, headers: dict[str, str] | None = None) -> None:
                err: dict[str, Any] = {
                    "message": str(getattr(e, "message", e)),
                    "code": e.code,
                    "type": "OAuthException",
                    "fbtrace_id": "x",
                }
                blame = e.blame if isinstance(e, Fault) else e.field
                if blame:
                    err["error_data"] = {"blame_field_specs": [[blame]]}
                self._send(e.status, {"error": err}, headers)

            def _auth(self) -> bool:
                if self.headers.get("Authorization") != f"OAuth {TOKEN}":
                    self._error(GraphError("Invalid OAuth access token", 190, status=401))
                    return False
                return True

            def _route(self) -> None:
                p = self._params()
                if not self._auth():
                    return
                parts = urlsplit(self.path).path.strip("/").split("/")[1:]  # drop version
                edge = parts[1] if len(parts) > 1 else parts[0]
                fault = standin._fault(edge if len(parts) > 1 or edge == "search" else "node")
                if fault is not None:
                    self._error(fault, fault.headers)
                    return
                with standin._lock:
                    try:
                        self._dispatch(parts, p)
                    except GraphError as e:
                        self._error(e)

            def _dispatch(self, parts: list[str], p: dict[str, Any]) -> None:
                m = self.command
                if parts == ["search"]:
                    q = p.get("q", "")
                    data = [] if q == "Nowhere" else [{"key": str(abs(hash(q)) % 10**7), "name": q}]
                    return self._send(200, {"data": data})
                if m == "POST" and len(parts) == 2 and parts[0].startswith("act_"):
                    if parts[1] == "insights":
                        rid = standin._new_id()
                        standin.objects[rid] = {"kind": "report", "polls": 0}
                        return self._send(200, {"report_run_id": rid})
                    return self._send(200, standin.create(parts[0], parts[1], p))
                if m == "GET" and len(parts) == 1 and parts[0].startswith("act_"):
                    # like Meta: a node read without ?fields= gives only the id
                    fields = [f for f in p.get("fields", "").split(",") if f]
                    unknown = set(fields) - {"id", "timezone_name", "currency", "name"}
                    if unknown:
                        raise GraphError(f"(#100) Tried accessing nonexisting field {unknown}")
                    body = {"id": parts[0]}
                    if "timezone_name" in fields:
                        body["timezone_name"] = standin.timezone_name
                    return self._send(200, body)
                if m == "GET" and len(parts) == 2 and parts[1] == "insights":
                    return self._send(200, standin.insights_page(p.get("after")))
                if m == "GET" and len(parts) == 1 and parts[0] in standin.objects:
                    obj = standin.objects[parts[0]]
                    if obj["kind"] == "report":
                        obj["polls"] += 1
                        done = obj["polls"] >= 2
                        return self._send(
                            200,
                            {
                                "id": parts[0],
                                "async_status": "Job Completed" if done else "Job Running",
                                "async_percent_completion": 100 if done else 50,
                            },
                        )
                    return self._send(200, {"id": parts[0], **obj})
                if m == "DELETE" and len(parts) == 2 and parts[1] == "adimages":
                    standin.images.pop(p.get("hash", ""), None)
                    return self._send(200, {"success": True})
                if m == "DELETE" and len(parts) == 1:
                    if standin.objects.pop(parts[0], None) is None:
                        raise GraphError("Object does not exist", 100)
                    return self._send(200, {"success": True})
                raise GraphError(f"Unsupported request {m} {'/'.join(parts)}", 100)

            do_GET = do_POST = do_DELETE = _route

        return H
