"""``--sheet out.html``: a contact sheet of the checked files, one self-contained page.

Each file gets its thumbnail (a data URI), one copy per full-screen placement with the bands
the app covers shaded, and its findings.  Same safety as the analysis report: a
Content-Security-Policy that forbids scripts and every outside resource, and every text that
came from a file name or a finding escaped.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping, Sequence

from adsage.analysis.svg import esc
from adsage.media.checks import place
from adsage.media.run import FileResult
from adsage.rules.campaign import SafeZone, creative_rules

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;
margin:0;background:#f5f7fa}
main{max-width:1100px;margin:0 auto;padding:24px;background:#fff}
h1{font-size:24px;margin:0 0 12px}h2{font-size:16px;margin:0 0 8px;word-break:break-all}
.file{border:1px solid #e4e7eb;border-radius:8px;padding:14px;margin:0 0 16px}
.shots{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:10px}
figure{margin:0}figcaption{font-size:12px;color:#52606d;text-align:center}
.frame{position:relative;display:inline-block;line-height:0}
.frame img{max-height:320px;max-width:320px;display:block}
.band{position:absolute;left:0;right:0;background:rgba(214,69,65,.45);
border:1px dashed #b42318}
.side{position:absolute;top:0;bottom:0;background:rgba(214,69,65,.3)}
ul{margin:0;padding-left:18px}li{margin-bottom:4px}
.error{color:#b42318}.warning{color:#8d5b00}.info{color:#245a8d}
.meta{color:#52606d;font-size:12px;margin-bottom:8px}
"""

_L = {
    "title": ("Media contact sheet", "Arkusz kontrolny materiałów"),
    "none": ("No findings.", "Brak uwag."),
    "as_is": ("as is", "bez nakładki"),
    "legend": (
        "Shaded: the parts of the frame each placement covers with its own buttons and captions.",
        "Zacieniowane: części kadru, które dane miejsce zasłania własnymi przyciskami i podpisami.",
    ),
}


def _l(key: str, lang: str) -> str:
    en, pl = _L[key]
    return pl if lang == "pl" else en


def render_sheet(results: Sequence[FileResult], placements: Sequence[str], lang: str) -> str:
    zones = creative_rules().safe_zones
    blocks = [_file(r, placements, zones, lang) for r in results]
    return (
        f'<!doctype html><html lang="{esc(lang)}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(_l('title', lang))}</title><style>{_CSS}</style></head><body><main>"
        f"<h1>{esc(_l('title', lang))}</h1><p class=meta>{esc(_l('legend', lang))}</p>"
        f"{''.join(blocks)}</main></body></html>\n"
    )


def _file(
    r: FileResult, placements: Sequence[str], zones: Mapping[str, SafeZone], lang: str
) -> str:
    shots = ""
    meta = ""
    f = r.facts
    if f is not None:
        meta = f"{esc(f.format)} · {f.width}x{f.height} · {f.size_bytes / 2**20:.1f} MB"
        if f.duration_s is not None:
            meta += f" · {f.duration_s:.1f} s"
        if f.thumbnail:
            uri = "data:image/jpeg;base64," + base64.b64encode(f.thumbnail).decode("ascii")
            figs = [_figure(uri, _l("as_is", lang), "")]
            for p in placements:
                zone = zones.get(p)
                if zone is not None:
                    figs.append(_figure(uri, place(p, lang), _overlay(zone)))
            shots = f"<div class=shots>{''.join(figs)}</div>"
    items = "".join(
        f"<li class={esc(x.severity)}><b>{esc(x.severity)}</b> {esc(x.rule)}: {esc(x.message)}"
        + (f" <i>{esc(x.suggestion)}</i>" if x.suggestion else "")
        + "</li>"
        for x in r.report.findings
    )
    body = f"<ul>{items}</ul>" if items else f"<p>{esc(_l('none', lang))}</p>"
    return (
        f"<section class=file><h2>{esc(r.label)}</h2><div class=meta>{meta}</div>"
        f"{shots}{body}</section>"
    )


def _figure(uri: str, caption: str, overlay: str) -> str:
    return (
        f"<figure><div class=frame><img alt='' src='{uri}'>{overlay}</div>"
        f"<figcaption>{esc(caption)}</figcaption></figure>"
    )


def _overlay(zone: SafeZone) -> str:
    top, bottom, sides = zone.top, zone.bottom, zone.sides
    out = ""
    if top:
        out += f"<div class=band style='top:0;height:{top:.1%}'></div>"
    if bottom:
        out += f"<div class=band style='bottom:0;height:{bottom:.1%}'></div>"
    if sides:
        out += f"<div class=side style='left:0;width:{sides:.1%}'></div>"
        out += f"<div class=side style='right:0;width:{sides:.1%}'></div>"
    return out
