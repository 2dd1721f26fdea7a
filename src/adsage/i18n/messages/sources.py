"""Rule-data sources as a plan names them: the data keeps one English source string (its
key), and a Polish plan shows the Polish name instead of leaking English into the text.
Publication titles stay as published; only the words around them are translated."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "source.editorial_market": (
        "adsage editorial estimate for this market and objective (no public benchmark recorded)",
        "szacunek redakcyjny adsage dla tego rynku i celu (brak publicznego benchmarku)",
    ),
    "source.editorial": (
        "adsage editorial estimate (no public benchmark recorded)",
        "szacunek redakcyjny adsage (brak publicznego benchmarku)",
    ),
    "source.editorial_cpc": (
        "adsage editorial estimate, a little above the 2024 WordStream/LocaliQ traffic CPC",
        "szacunek redakcyjny adsage, nieco powyżej CPC kampanii ruchu według WordStream/LocaliQ 2024",
    ),
    "source.editorial_reach": (
        "adsage editorial estimate: the 2025 third-party CPM average times a typical frequency of 1.5",
        "szacunek redakcyjny adsage: średni CPM z zewnętrznych zestawień 2025 razy typowa częstotliwość 1,5",
    ),
    "source.editorial_cpc_derived": (
        "adsage editorial: derived from this entry's CPM and link CTR (CPC = CPM / (10 x CTR%))",
        "wyliczenie redakcyjne adsage z CPM i CTR linku tego wpisu (CPC = CPM / (10 x CTR%))",
    ),
    "source.ceiling": (
        "adsage editorial plausibility ceiling",
        "redakcyjna górna granica wiarygodności adsage",
    ),
    "source.floor": (
        "adsage editorial plausibility floor",
        "redakcyjna dolna granica wiarygodności adsage",
    ),
    "source.floor_cheap": (
        "adsage editorial plausibility floor (cheap markets and placements)",
        "redakcyjna dolna granica wiarygodności adsage (tanie rynki i miejsca docelowe)",
    ),
    "source.floor_reach": (
        "adsage editorial plausibility floor (reach costs more than impressions because frequency is above 1)",
        "redakcyjna dolna granica wiarygodności adsage (zasięg kosztuje więcej niż wyświetlenia, bo częstotliwość przekracza 1)",
    ),
    "source.ws_2024_leads": (
        "WordStream/LocaliQ Facebook Ads Benchmarks 2024, US lead campaigns",
        "WordStream/LocaliQ Facebook Ads Benchmarks 2024, kampanie kontaktowe w USA",
    ),
    "source.ws_2025_leads": (
        "WordStream/LocaliQ Facebook Ads Benchmarks 2025, US lead campaigns",
        "WordStream/LocaliQ Facebook Ads Benchmarks 2025, kampanie kontaktowe w USA",
    ),
    "source.ws_2024_traffic": (
        "WordStream/LocaliQ Facebook Ads Benchmarks 2024, US traffic campaigns",
        "WordStream/LocaliQ Facebook Ads Benchmarks 2024, kampanie ruchu w USA",
    ),
    "source.ws_2025_traffic": (
        "WordStream/LocaliQ Facebook Ads Benchmarks 2025, US traffic campaigns",
        "WordStream/LocaliQ Facebook Ads Benchmarks 2025, kampanie ruchu w USA",
    ),
    "source.ws_2025_high": (
        "WordStream/LocaliQ Facebook Ads Benchmarks 2025, highest industry average",
        "WordStream/LocaliQ Facebook Ads Benchmarks 2025, najwyższa średnia branżowa",
    ),
    "source.ws_2025_low": (
        "WordStream/LocaliQ Facebook Ads Benchmarks 2025, lowest industry average",
        "WordStream/LocaliQ Facebook Ads Benchmarks 2025, najniższa średnia branżowa",
    ),
    "source.cpm_2025": (
        "Third-party 2025 global Meta CPM average (about 17.75 in January, about 25 in November)",
        "zewnętrzne zestawienia 2025, globalny średni CPM w Meta (ok. 17,75 w styczniu, ok. 25 w listopadzie)",
    ),
    "source.cpm_2025_usd": (
        "Third-party 2025 global Meta CPM average (about 17.75 USD in January, about 25 in November)",
        "zewnętrzne zestawienia 2025, globalny średni CPM w Meta (ok. 17,75 USD w styczniu, ok. 25 w listopadzie)",
    ),
}
