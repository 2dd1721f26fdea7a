"""Readable names of Meta API codes, shown beside the code in the plan's Markdown, HTML, chat
and Slack renderings ("Leads (OUTCOME_LEADS)", "Kontakty (OUTCOME_LEADS)").

These are adsage's own plain-language wording, not a copy of Meta's interface labels (Meta
does not publish its localised labels as a table, and changes them between versions); the code
next to each name is what a buyer searches for in Ads Manager. JSON and the bulk sheet keep
the codes alone. A code without an entry here is shown as the code. Objective names live
with the objectives (knowledge/rules/objectives.yaml labels).
"""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    # optimization goals
    "label.goal.REACH": ("reach", "zasięg"),
    "label.goal.IMPRESSIONS": ("impressions", "wyświetlenia"),
    "label.goal.AD_RECALL_LIFT": ("ad recall lift", "wzrost zapamiętania reklamy"),
    "label.goal.THRUPLAY": ("ThruPlay video plays", "odtworzenia wideo ThruPlay"),
    "label.goal.LINK_CLICKS": ("link clicks", "kliknięcia linku"),
    "label.goal.LANDING_PAGE_VIEWS": ("landing page views", "wyświetlenia strony docelowej"),
    "label.goal.POST_ENGAGEMENT": ("post engagement", "interakcje z postem"),
    "label.goal.CONVERSATIONS": ("conversations", "rozmowy"),
    "label.goal.PAGE_LIKES": ("Page likes", "polubienia strony"),
    "label.goal.EVENT_RESPONSES": ("event responses", "odpowiedzi na wydarzenie"),
    "label.goal.LEAD_GENERATION": ("instant-form leads", "kontakty z formularza błyskawicznego"),
    "label.goal.QUALITY_LEAD": ("quality leads", "wartościowe kontakty"),
    "label.goal.QUALITY_CALL": ("phone calls", "połączenia telefoniczne"),
    "label.goal.OFFSITE_CONVERSIONS": ("website conversions", "konwersje w witrynie"),
    "label.goal.APP_INSTALLS": ("app installs", "instalacje aplikacji"),
    "label.goal.VALUE": ("conversion value", "wartość konwersji"),
    # bid strategies
    "label.bid.LOWEST_COST_WITHOUT_CAP": (
        "highest volume, no cost limit",
        "najwyższy wolumen, bez limitu kosztu",
    ),
    "label.bid.COST_CAP": ("cost per result goal", "docelowy koszt wyniku"),
    "label.bid.LOWEST_COST_WITH_BID_CAP": ("bid cap", "limit stawki"),
    "label.bid.LOWEST_COST_WITH_MIN_ROAS": ("minimum ROAS", "minimalny ROAS"),
    # billing events
    "label.billing.IMPRESSIONS": ("billed per impression", "płatność za wyświetlenia"),
    "label.billing.LINK_CLICKS": ("billed per link click", "płatność za kliknięcia linku"),
    "label.billing.THRUPLAY": ("billed per ThruPlay", "płatność za odtworzenia ThruPlay"),
    "label.billing.APP_INSTALLS": ("billed per install", "płatność za instalacje"),
    # special ad categories
    "label.category.HOUSING": ("housing", "mieszkalnictwo"),
    "label.category.EMPLOYMENT": ("employment", "zatrudnienie"),
    "label.category.CREDIT": ("credit", "kredyty"),
    "label.category.FINANCIAL_PRODUCTS_SERVICES": (
        "financial products and services",
        "produkty i usługi finansowe",
    ),
    "label.category.ISSUES_ELECTIONS_POLITICS": (
        "social issues, elections or politics",
        "kwestie społeczne, wybory lub polityka",
    ),
    "label.category.ONLINE_GAMBLING_AND_GAMING": (
        "online gambling and gaming",
        "hazard i gry online",
    ),
    # call-to-action buttons
    "label.cta.APPLY_NOW": ("Apply now", "Aplikuj teraz"),
    "label.cta.BOOK_NOW": ("Book now", "Zarezerwuj"),
    "label.cta.BOOK_A_CONSULTATION": ("Book a consultation", "Umów konsultację"),
    "label.cta.BUY_NOW": ("Buy now", "Kup teraz"),
    "label.cta.BUY_TICKETS": ("Buy tickets", "Kup bilety"),
    "label.cta.CALL_NOW": ("Call now", "Zadzwoń"),
    "label.cta.CONTACT_US": ("Contact us", "Skontaktuj się"),
    "label.cta.DONATE_NOW": ("Donate now", "Przekaż darowiznę"),
    "label.cta.DOWNLOAD": ("Download", "Pobierz"),
    "label.cta.GET_OFFER": ("Get offer", "Skorzystaj z oferty"),
    "label.cta.GET_QUOTE": ("Get a quote", "Poproś o wycenę"),
    "label.cta.GET_STARTED": ("Get started", "Zacznij"),
    "label.cta.INSTALL_APP": ("Install app", "Zainstaluj aplikację"),
    "label.cta.INSTALL_MOBILE_APP": ("Install app", "Zainstaluj aplikację"),
    "label.cta.LEARN_MORE": ("Learn more", "Dowiedz się więcej"),
    "label.cta.MESSAGE_PAGE": ("Send message", "Wyślij wiadomość"),
    "label.cta.ORDER_NOW": ("Order now", "Zamów teraz"),
    "label.cta.SEE_MORE": ("See more", "Zobacz więcej"),
    "label.cta.SHOP_NOW": ("Shop now", "Kup teraz"),
    "label.cta.SIGN_UP": ("Sign up", "Zapisz się"),
    "label.cta.SUBSCRIBE": ("Subscribe", "Subskrybuj"),
    "label.cta.USE_APP": ("Use app", "Użyj aplikacji"),
    "label.cta.VISIT_WEBSITE": ("Visit website", "Odwiedź stronę"),
    "label.cta.WATCH_MORE": ("Watch more", "Obejrzyj więcej"),
    "label.cta.WHATSAPP_MESSAGE": ("Send WhatsApp message", "Wyślij wiadomość na WhatsAppie"),
    # placements (brief keys)
    "label.placement.feed": ("feeds", "aktualności (feed)"),
    "label.placement.stories": ("Stories", "relacje (Stories)"),
    "label.placement.reels": ("Reels", "rolki (Reels)"),
    "label.placement.in_stream": ("in-stream video", "wideo w trakcie odtwarzania (in-stream)"),
    "label.placement.right_column": ("right column", "prawa kolumna"),
    # confidence tags of rule data (knowledge/rules/*.yaml)
    "label.confidence.META": ("Meta's own page", "strona Mety"),
    "label.confidence.COPY": ("copy of a Meta page", "kopia strony Mety"),
    "label.confidence.3P": ("third-party source", "źródło zewnętrzne"),
    "label.confidence.UNSURE": ("unconfirmed", "niepotwierdzone"),
    # the benchmark line of the budget section
    "label.benchmark": (
        "benchmark: {market}, {objective}: {source}, {as_of}, {confidence}",
        "benchmark: {market}, {objective}: {source}, {as_of}, {confidence}",
    ),
    # a finding shown in a plan: the message first, the rule id for the buyer to look up
    "label.finding": ("{severity}: {message} ({rule})", "{severity}: {message} ({rule})"),
}
