"""What a bulk sheet cannot carry and the buyer sets up by hand in Ads Manager: the ROAS
floor's unconfirmed column, the product catalogue of catalogue ads, the instant form of lead
ads, and how the A/B test's ad set bids (sheet working notes and the plan's budget notes)."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "sheet.hand.roas": (
        "ROAS goal: the goal's minimum ROAS {roas} is in the {col} column as a plain ratio. "
        "That column and its format come from one public export (UNSURE): after import, check "
        "that the ad set's ROAS goal reads {roas}, or enter it by hand.",
        "Cel ROAS: minimalny ROAS z celu, {roas}, jest w kolumnie {col} jako zwykła liczba. "
        "Ta kolumna i jej format pochodzą z jednego publicznego eksportu (UNSURE): po imporcie "
        "sprawdź, czy cel ROAS zestawu wynosi {roas}, albo wpisz go ręcznie.",
    ),
    "sheet.hand.catalogue": (
        "Catalogue ads by hand: the plan runs “{ad_set}” as catalogue ads, but the sheet has "
        "no catalogue or product set column, so the import creates single-image link ads. "
        "In Ads Manager, connect the product catalogue, choose the product set and switch "
        "these ads to catalogue ads before publishing.",
        "Reklamy katalogowe ręcznie: plan prowadzi „{ad_set}” jako reklamy katalogowe, ale "
        "arkusz nie ma kolumny katalogu ani zestawu produktów, więc import utworzy zwykłe "
        "reklamy z jednym obrazem i linkiem. Przed publikacją połącz w Menedżerze reklam "
        "katalog produktów, wybierz zestaw produktów i zmień te reklamy na katalogowe.",
    ),
    "sheet.hand.lead_form": (
        "Instant form by hand: “{ad_set}” optimises for instant-form leads, but the sheet has "
        "no lead form column, so the import creates lead ads without a form. Create the "
        "instant form in Ads Manager and attach it to every ad of this ad set before "
        "publishing.",
        "Formularz błyskawiczny ręcznie: „{ad_set}” optymalizuje pod kontakty z formularza "
        "błyskawicznego, ale arkusz nie ma kolumny formularza, więc import utworzy reklamy "
        "kontaktowe bez formularza. Przed publikacją utwórz formularz w Menedżerze reklam i "
        "dołącz go do każdej reklamy tego zestawu.",
    ),
    "sheet.hand.store_link": (
        "Store link: this {platform} campaign's ads link to the {store} listing ({url}), the "
        "only link the brief gives. Replace it with the app's {own} link before publishing.",
        "Link do sklepu: reklamy tej kampanii ({platform}) prowadzą do {store} ({url}), "
        "jedynego linku z briefu. Przed publikacją zamień go na link do aplikacji w {own}.",
    ),
    "sheet.hand.pixel": (
        "Pixel and event: this ad set optimises for conversions on the website, but the sheet "
        "names no pixel (export with --pixel ID). In Ads Manager, choose the pixel and the "
        "{event} event before publishing.",
        "Piksel i zdarzenie: ten zestaw optymalizuje pod konwersje w witrynie, ale arkusz nie "
        "podaje piksela (eksportuj z --pixel ID). Przed publikacją wybierz w Menedżerze reklam "
        "piksel i zdarzenie {event}.",
    ),
    "sheet.hand.test_bidding": (
        "A/B test ad set: judged on {metric}, so it bids at lowest cost with no cost cap or "
        "ROAS floor and optimises for {goal}; the campaign's own target stays on the other "
        "ad sets.",
        "Zestaw testu A/B: oceniany według wskaźnika {metric}, więc licytuje po najniższym "
        "koszcie, bez limitu kosztu i minimalnego ROAS, i optymalizuje pod {goal}; cel "
        "kampanii zostaje w pozostałych zestawach.",
    ),
    "sheet.hand.test_bidding_kept": (
        "A/B test ad set: judged on {metric}, read from the report, while it optimises for "
        "{goal} as the other ad sets do, so both versions are compared among the people the "
        "campaign will reach; it bids at lowest cost with no cost cap or ROAS floor so the "
        "versions spend evenly (adsage guidance, not confirmed by Meta).",
        "Zestaw testu A/B: oceniany według wskaźnika {metric} odczytanego z raportu, a "
        "optymalizuje pod {goal}, tak jak pozostałe zestawy, więc obie wersje porównujesz "
        "wśród osób, do których dotrze kampania; licytuje po najniższym koszcie, bez limitu "
        "kosztu i minimalnego ROAS, żeby wersje wydawały po równo (wytyczne adsage, "
        "niepotwierdzone przez Metę).",
    ),
    "sheet.hand.metric.ctr": ("link CTR", "CTR linku"),
    "sheet.hand.metric.cvr": ("conversion rate", "współczynnik konwersji"),
    "plan.structure.advantage_plus_sales.by_hand": (
        "The bulk sheet (--csv/--xlsx) cannot attach the catalogue: it creates the ads in "
        "“{line}” as single-image link ads, so connect the product catalogue and the product "
        "set by hand in Ads Manager before publishing.",
        "Arkusz importu (--csv/--xlsx) nie dołącza katalogu: reklamy w zestawie „{line}” "
        "tworzy jako zwykłe reklamy z jednym obrazem i linkiem, więc przed publikacją połącz "
        "ręcznie w Menedżerze reklam katalog produktów i zestaw produktów.",
    ),
    "plan.structure.lead_form.by_hand": (
        "The bulk sheet (--csv/--xlsx) cannot attach an instant form: it creates the lead ads "
        "in {lines} without one, so create the form in Ads Manager and attach it by hand "
        "before publishing.",
        "Arkusz importu (--csv/--xlsx) nie dołącza formularza błyskawicznego: reklamy "
        "kontaktowe w zestawach {lines} tworzy bez formularza, więc przed publikacją utwórz "
        "formularz w Menedżerze reklam i dołącz go ręcznie.",
    ),
}

MESSAGES |= {
    "sheet.roas_floor": (
        "{where}: a ROAS goal with an empty {col}; put the goal's minimum ROAS there (e.g. "
        "3.00) or set it in Ads Manager",
        "{where}: cel ROAS z pustą kolumną {col}; wpisz tam minimalny ROAS z celu (np. 3.00) "
        "albo ustaw go w Menedżerze reklam",
    ),
    "sheet.roas_goal": (
        "{where}: a ROAS goal optimising for {goal}; Meta accepts a ROAS goal only with {wanted}",
        "{where}: cel ROAS z optymalizacją pod {goal}; Meta przyjmuje cel ROAS tylko z {wanted}",
    ),
}
