"""The ``--html`` report: one self-contained page a marketer can open offline or mail on.

No script, no external stylesheet or font: the page carries a Content-Security-Policy that
forbids scripts outright, so even a mistake in escaping could not run code from a CSV. All
text that came from the export (ad names, skipped-row reasons) is escaped with ``esc``.
"""

from __future__ import annotations

from typing import Any

from adsage.analysis.core import Analysis
from adsage.analysis.svg import Interval, Point, esc, interval_chart, scatter_chart
from adsage.analysis.texts import Lang, fmt_metric, metric_name, num, pct, pvalue

_L: dict[str, dict[Lang, str]] = {
    "title": {"en": "Ad results analysis", "pl": "Analiza wyników reklam"},
    "file": {"en": "File", "pl": "Plik"},
    "metric": {"en": "Compared on", "pl": "Porównanie według"},
    "totals": {"en": "Campaign totals", "pl": "Suma kampanii"},
    "impressions": {"en": "Impressions", "pl": "Wyświetlenia"},
    "clicks": {"en": "Clicks", "pl": "Kliknięcia"},
    "spend": {"en": "Spend", "pl": "Wydatki"},
    "conversions": {"en": "Conversions", "pl": "Konwersje"},
    "ads": {"en": "Ads", "pl": "Reklamy"},
    "ad": {"en": "Ad", "pl": "Reklama"},
    "ctr_chart": {
        "en": "CTR per ad with 95% confidence interval",
        "pl": "CTR reklam z 95% przedziałem ufności",
    },
    "cvr_chart": {
        "en": "Conversion rate per ad with 95% confidence interval",
        "pl": "Współczynnik konwersji z 95% przedziałem ufności",
    },
    "scatter": {"en": "Spend vs results", "pl": "Wydatki a wyniki"},
    "pairs": {"en": "Pairwise tests", "pl": "Testy parami"},
    "p_raw": {"en": "p-value", "pl": "p"},
    "p_adj": {"en": "Holm-adjusted", "pl": "p po korekcie Holma"},
    "sig": {"en": "Significant", "pl": "Istotne"},
    "yes": {"en": "yes", "pl": "tak"},
    "no": {"en": "no", "pl": "nie"},
    "goal": {"en": "Goal", "pl": "Cel"},
    "recs": {"en": "Recommendations", "pl": "Rekomendacje"},
    "warnings": {"en": "Warnings", "pl": "Ostrzeżenia"},
    "skipped": {"en": "Skipped rows", "pl": "Pominięte wiersze"},
    "row": {"en": "Row", "pl": "Wiersz"},
    "reason": {"en": "Reason", "pl": "Powód"},
    "method": {
        "en": "Method: two-proportion z-tests (CTR, conversion rate), exact Poisson-rate test "
        "(CPA), log-ROAS z-test assuming order-value CV 1 (ROAS); Holm correction for more than "
        "two ads; probability to be best from 20,000 posterior draws with a fixed seed. A lead "
        "smaller than 5% is never called a winner.",
        "pl": "Metoda: test z dla dwóch proporcji (CTR, współczynnik konwersji), dokładny test "
        "częstości Poissona (CPA), test z dla log-ROAS przy założeniu CV wartości zamówienia 1 "
        "(ROAS); korekta Holma dla więcej niż dwóch reklam; prawdopodobieństwo bycia najlepszą z "
        "20 000 losowań a posteriori ze stałym ziarnem. Przewaga poniżej 5% nigdy nie daje "
        "zwycięzcy.",
    },
}

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;
margin:0;background:#f5f7fa}
main{max-width:820px;margin:0 auto;padding:28px 24px 48px;background:#fff}
h1{font-size:26px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 10px}
.meta{color:#52606d;font-size:13px}
.verdict{padding:14px 16px;border-radius:8px;margin:18px 0;font-weight:600}
.win{background:#e3f9e5;border-left:6px solid #1f9d55}
.nowin{background:#fff8e1;border-left:6px solid #f0b429}
.cards{display:flex;flex-wrap:wrap;gap:10px}
.card{flex:1 1 120px;border:1px solid #e4e7eb;border-radius:8px;padding:8px 12px}
.card b{display:block;font-size:18px}.card span{color:#52606d;font-size:12px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:5px 8px;border-bottom:1px solid #e4e7eb;text-align:right}
th:first-child,td:first-child,.pairs td:nth-child(2),.pairs th:nth-child(2){text-align:left}
th{background:#f0f4f8}
.chart{display:block;margin:8px 0 4px;max-width:100%;height:auto}
.chart .ct{font-weight:600;font-size:14px;fill:#1f2933}
.chart .lbl{font-size:12px;fill:#1f2933}.chart .val{font-size:12px;fill:#323f4b}
.chart .tick,.chart .axis{font-size:11px;fill:#616e7c}
.chart .grid{stroke:#e4e7eb;stroke-width:1}
li{margin-bottom:8px}.cite{color:#52606d;font-size:12px}
.warn li{color:#8d2b0b}.small{color:#616e7c;font-size:12px}
"""


def _l(key: str, lang: Lang) -> str:
    return _L[key][lang]


def _cards(a: Analysis) -> str:
    lang, cur, tot = a.lang, a.currency, a.totals
    items = [
        (_l("impressions", lang), num(tot["impressions"], lang, 0)),
        (_l("clicks", lang), num(tot["clicks"], lang, 0)),
        ("CTR", pct(tot["ctr"], lang)),
    ]
    if tot["spend"] is not None:
        items.append((_l("spend", lang), fmt_metric("cpa", tot["spend"], lang, cur)))
    if tot["conversions"] is not None:
        items.append((_l("conversions", lang), num(tot["conversions"], lang, 0)))
        items.append(("CPA", fmt_metric("cpa", tot["cpa"], lang, cur)))
    if tot["roas"] is not None:
        items.append(("ROAS", fmt_metric("roas", tot["roas"], lang, cur)))
    cards = "".join(f"<div class=card><b>{esc(v)}</b><span>{esc(k)}</span></div>" for k, v in items)
    return f"<div class=cards>{cards}</div>"


def _ads_table(a: Analysis) -> str:
    lang, cur = a.lang, a.currency
    money = f" ({cur})" if cur else ""  # currency once in the header keeps cells narrow
    heads = [_l("ad", lang), _l("impressions", lang), _l("clicks", lang), "CTR"]
    heads += ["CPC" + money, "CPM" + money]
    has_conv = a.totals["conversions"] is not None
    if has_conv:
        heads += [_l("conversions", lang), "CVR", "CPA" + money, "ROAS"]
    heads.append("P(best)")
    rows = []
    for ad in a.ads:
        cells = [
            ad.name,
            num(ad.impressions, lang, 0),
            num(ad.clicks, lang, 0),
            pct(ad.ctr, lang),
            fmt_metric("cpc", ad.cpc, lang, None),
            fmt_metric("cpm", ad.cpm, lang, None),
        ]
        if has_conv:
            cells += [
                num(ad.conversions or 0, lang, 0),
                pct(ad.cvr, lang),
                fmt_metric("cpa", ad.cpa, lang, None),
                fmt_metric("roas", ad.roas, lang, None),
            ]
        cells.append(pct(ad.prob_best, lang, 1))
        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th>{esc(h)}</th>" for h in heads)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _charts(a: Analysis) -> str:
    lang = a.lang
    winner = (a.winner or {}).get("name")
    out = []

    def fmt_pct(v: float) -> str:
        return pct(v, lang, 1)

    ctr_rows = [
        Interval(ad.name, ad.ctr or 0.0, *(ad.ctr_ci or (0.0, 0.0)), highlight=ad.name == winner)
        for ad in a.ads
    ]
    out.append(interval_chart(ctr_rows, fmt_pct, _l("ctr_chart", lang)))
    if a.totals["conversions"] is not None and any(ad.clicks for ad in a.ads):
        cvr_rows = [
            Interval(ad.name, ad.cvr or 0.0, *(ad.cvr_ci or (0.0, 0.0)), ad.name == winner)
            for ad in a.ads
        ]
        out.append(interval_chart(cvr_rows, fmt_pct, _l("cvr_chart", lang)))
    if a.totals["spend"] is not None:
        use_conv = a.totals["conversions"] is not None
        y_name = _l("conversions" if use_conv else "clicks", lang)
        points = [
            Point(
                ad.name,
                ad.spend or 0.0,
                float(ad.conversions or 0) if use_conv else ad.clicks,
                ad.name == winner,
            )
            for ad in a.ads
        ]
        x_name = _l("spend", lang) + (f" ({a.currency})" if a.currency else "")
        out.append(
            scatter_chart(
                points,
                lambda v: num(v, lang, 0),
                lambda v: num(v, lang, 0),
                _l("scatter", lang),
                x_name,
                y_name,
            )
        )
    return "".join(out)


def _pairs(a: Analysis) -> str:
    if not a.comparison.pairs:
        return ""
    lang = a.lang
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in ("A", "B", _l("p_raw", lang), _l("p_adj", lang), _l("sig", lang))
    )
    rows = "".join(
        f"<tr><td>{esc(p.a)}</td><td>{esc(p.b)}</td><td>{esc(pvalue(p.p_value, lang))}</td>"
        f"<td>{esc(pvalue(p.p_adjusted, lang))}</td>"
        f"<td>{esc(_l('yes' if p.significant else 'no', lang))}</td></tr>"
        for p in a.comparison.pairs
    )
    title = f"<h2>{esc(_l('pairs', lang))}</h2>"
    return f"{title}<table class=pairs><thead><tr>{head}</tr></thead>{rows}</table>"


def _recs(a: Analysis) -> str:
    items = []
    for rec in a.recommendations:
        cites = "; ".join(
            f"{c['title']} — {c['section']} ({c['source']})" for c in rec["citations"]
        )
        cite_html = f"<div class=cite>{esc(cites)}</div>" if cites else ""
        items.append(f"<li>{esc(rec['text'])}{cite_html}</li>")
    return f"<h2>{esc(_l('recs', a.lang))}</h2><ul>{''.join(items)}</ul>" if items else ""


def _goal(goal: dict[str, Any] | None, lang: Lang) -> str:
    if not goal:
        return ""
    line = goal.get("summary") or goal.get("reason") or ""
    return f"<h2>{esc(_l('goal', lang))}</h2><p><i>{esc(goal['text'])}</i></p><p>{esc(line)}</p>"


def _tail(a: Analysis) -> str:
    lang = a.lang
    out = []
    if a.warnings:
        items = "".join(f"<li>{esc(w['message'])}</li>" for w in a.warnings)
        out.append(f"<h2>{esc(_l('warnings', lang))}</h2><ul class=warn>{items}</ul>")
    if a.skipped:
        rows = "".join(f"<tr><td>{s.row}</td><td>{esc(s.reason)}</td></tr>" for s in a.skipped)
        head = f"<th>{esc(_l('row', lang))}</th><th>{esc(_l('reason', lang))}</th>"
        out.append(
            f"<h2>{esc(_l('skipped', lang))}</h2><table><thead><tr>{head}</tr></thead>"
            f"{rows}</table>"
        )
    out.append(f"<p class=small>{esc(_l('method', lang))}</p>")
    return "".join(out)


def render_html(a: Analysis) -> str:
    lang = a.lang
    verdict_cls = "verdict win" if a.winner else "verdict nowin"
    csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    meta = (
        f"{esc(_l('file', lang))}: {esc(a.file)} · {esc(_l('metric', lang))}: "
        f"{esc(metric_name(a.metric, lang))}" + (f" · {esc(a.currency)}" if a.currency else "")
    )
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(_l('title', lang))}</title><style>{_CSS}</style></head><body><main>"
        f"<h1>{esc(_l('title', lang))}</h1><div class=meta>{meta}</div>"
        f"<div class='{verdict_cls}'>{esc(a.verdict)}</div>"
        f"<h2>{esc(_l('totals', lang))}</h2>{_cards(a)}"
        f"{_charts(a)}<h2>{esc(_l('ads', lang))}</h2>{_ads_table(a)}{_pairs(a)}"
        f"{_goal(a.goal, lang)}{_recs(a)}{_tail(a)}</main></body></html>\n"
    )
