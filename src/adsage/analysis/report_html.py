"""The ``--html`` report: one self-contained page a marketer can open offline or mail on.

No script, no external stylesheet or font: the page carries a Content-Security-Policy that
forbids scripts outright, so even a mistake in escaping could not run code from a CSV. All
text that came from the export (ad names, skipped-row reasons) is escaped with ``esc``.
"""

from __future__ import annotations

from typing import Any

from adsage.analysis.core import Analysis
from adsage.analysis.metrics import COSTS, AdMetrics
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
        "en": "Method: costs (per purchase, lead, install, link click, 1,000 impressions or "
        "1,000 people reached) compared as results per unit of spend with an exact Poisson-rate "
        "test and Gamma-Poisson posteriors; ROAS by a bootstrap over days when rows are per day "
        "(5,000 resamples, fixed seed), otherwise a log-ROAS z-test assuming order-value CV 1; "
        "CTR and conversion rate by two-proportion z-tests. Holm correction for more than two "
        "ads; probability to be best from 20,000 posterior draws with a fixed seed. A lead "
        "smaller than 5% is never called a winner.",
        "pl": "Metoda: koszty (zakupu, kontaktu, instalacji, kliknięcia linku, 1000 wyświetleń lub "
        "dotarcia do 1000 osób) porównywane jako wyniki na jednostkę wydatków dokładnym testem "
        "częstości Poissona i rozkładami a posteriori Gamma-Poisson; ROAS bootstrapem po dniach, "
        "gdy wiersze są dzienne (5000 powtórzeń, stałe ziarno), w przeciwnym razie testem z dla "
        "log-ROAS przy CV wartości zamówienia 1; CTR i współczynnik konwersji testem z dla dwóch "
        "proporcji. Korekta Holma dla więcej niż dwóch reklam; prawdopodobieństwo bycia najlepszą "
        "z 20 000 losowań a posteriori ze stałym ziarnem. Przewaga poniżej 5% nigdy nie daje "
        "zwycięzcy.",
    },
    "primary_chart": {
        "en": "{metric} per ad with 95% interval",
        "pl": "{metric}: reklamy z 95% przedziałem",
    },
    "diagnostics": {
        "en": "Diagnostics: CTR and conversion rate",
        "pl": "Diagnostyka: CTR i współczynnik konwersji",
    },
    "second": {"en": "Second metric", "pl": "Druga metryka"},
    "reporting": {"en": "Reporting", "pl": "Okres raportowania"},
    "attribution": {"en": "Attribution setting", "pl": "Ustawienie atrybucji"},
    "notes": {"en": "Notes", "pl": "Uwagi"},
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
    m = a.metric
    items = [(a.metric_label, fmt_metric(m, tot.get(m), lang, cur))]
    items += [
        (_l("impressions", lang), num(tot["impressions"], lang, 0)),
        (_l("clicks", lang), num(tot["clicks"], lang, 0)),
        ("CTR", pct(tot["ctr"], lang)),
    ]
    if tot["spend"] is not None:
        items.append((_l("spend", lang), fmt_metric("cpa", tot["spend"], lang, cur)))
    if tot["conversions"] is not None:
        items.append((_l("conversions", lang), num(tot["conversions"], lang, 0)))
        if m != "cpa":
            items.append(("CPA", fmt_metric("cpa", tot["cpa"], lang, cur)))
    if tot["roas"] is not None and m != "roas":
        items.append(("ROAS", fmt_metric("roas", tot["roas"], lang, cur)))
    cards = "".join(f"<div class=card><b>{esc(v)}</b><span>{esc(k)}</span></div>" for k, v in items)
    return f"<div class=cards>{cards}</div>"


def _ads_table(a: Analysis) -> str:
    lang, cur = a.lang, a.currency
    money = f" ({cur})" if cur else ""  # currency once in the header keeps cells narrow
    m = a.metric
    first = a.metric_label + (money if m in COSTS else "")
    heads = [_l("ad", lang), first, _l("impressions", lang), _l("clicks", lang), "CTR"]
    heads += ["CPC" + money, "CPM" + money]
    has_conv = a.totals["conversions"] is not None
    if has_conv:
        heads += [_l("conversions", lang), "CVR", "CPA" + money, "ROAS"]
    heads.append("P(best)")
    rows = []
    for ad in a.ads:
        cells = [
            ad.name,
            fmt_metric(m, getattr(ad, m), lang, None),
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


def _cost_interval(ad: AdMetrics, metric: str) -> tuple[float, float] | None:
    """95% interval of a cost from the exact Poisson interval of what the spend bought."""
    from adsage.analysis.stats import poisson_ci

    count, spend = ad.count(metric), ad.spend or 0.0
    if count <= 0 or spend <= 0:
        return None
    scale = COSTS[metric][1]
    lo, hi = poisson_ci(count)
    return spend * scale / hi, spend * scale / lo if lo > 0 else spend * scale


def _primary_chart(a: Analysis) -> str:
    """The metric the campaign pays for, first: one bar per ad with its 95% interval."""
    m, lang, cur = a.metric, a.lang, a.currency
    if m in ("ctr", "cvr", "roas"):
        return "" if m == "roas" else _rate_chart(a, m)
    winner = (a.winner or {}).get("name")
    rows = []
    for ad in a.ads:
        value, ci = getattr(ad, m), _cost_interval(ad, m)
        if value is not None and ci is not None:
            rows.append(Interval(ad.name, value, *ci, highlight=ad.name == winner))
    if not rows:
        return ""
    title = _l("primary_chart", lang).format(metric=a.metric_label)
    title = title[:1].upper() + title[1:] + (f" ({cur})" if cur else "")
    return interval_chart(rows, lambda v: num(v, lang, 2), title)


def _rate_chart(a: Analysis, m: str) -> str:
    lang = a.lang
    winner = (a.winner or {}).get("name")
    rows = [
        Interval(
            ad.name,
            getattr(ad, m) or 0.0,
            *((ad.ctr_ci if m == "ctr" else ad.cvr_ci) or (0.0, 0.0)),
            highlight=ad.name == winner,
        )
        for ad in a.ads
    ]
    return interval_chart(rows, lambda v: pct(v, lang, 1), _l(f"{m}_chart", lang))


def _charts(a: Analysis) -> str:
    """Diagnostics after the primary metric: CTR, conversion rate, spend against results."""
    lang = a.lang
    winner = (a.winner or {}).get("name")
    out = [f"<h2>{esc(_l('diagnostics', lang))}</h2>"]
    if a.diagnostics.text:
        out.append(f"<p>{esc(a.diagnostics.text)}</p>")
    if a.metric != "ctr":
        out.append(_rate_chart(a, "ctr"))
    if a.metric != "cvr" and a.totals["conversions"] is not None and any(x.clicks for x in a.ads):
        out.append(_rate_chart(a, "cvr"))
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


def _pairs(a: Analysis, second: bool = False) -> str:
    cmp = a.second if second else a.comparison
    if cmp is None or not cmp.pairs:
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
        for p in cmp.pairs
    )
    name = metric_name(cmp.metric, lang) if second else a.metric_label
    title = f"<h2>{esc(_l('pairs', lang))} · {esc(name)}</h2>"
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
    if a.notes:
        items = "".join(f"<li>{esc(n['message'])}</li>" for n in a.notes)
        out.append(f"<h2>{esc(_l('notes', lang))}</h2><ul>{items}</ul>")
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
        f"<b>{esc(a.metric_label)}</b>" + (f" · {esc(a.currency)}" if a.currency else "")
    )
    if a.reporting:
        meta += f" · {esc(_l('reporting', lang))}: {esc(a.reporting[0])} – {esc(a.reporting[1])}"
    if a.attribution:
        meta += f" · {esc(_l('attribution', lang))}: {esc('; '.join(a.attribution))}"
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(_l('title', lang))}</title><style>{_CSS}</style></head><body><main>"
        f"<h1>{esc(_l('title', lang))}</h1><div class=meta>{meta}</div>"
        f"<div class='{verdict_cls}'>{esc(a.verdict)}</div>{_primary_chart(a)}"
        f"<h2>{esc(_l('totals', lang))}</h2>{_cards(a)}"
        f"<h2>{esc(_l('ads', lang))}</h2>{_ads_table(a)}{_pairs(a)}{_pairs(a, second=True)}"
        f"{_charts(a)}"
        f"{_goal(a.goal, lang)}{_recs(a)}{_tail(a)}</main></body></html>\n"
    )
