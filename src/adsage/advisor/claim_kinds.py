"""Which guidance each kind of plan claim rests on, and which catalogue message is which kind.

Data for :mod:`adsage.advisor.claims`: a kind names the knowledge section (topic, a keyword
query per language, and words its heading contains); a ``plan.*`` message maps to the kind
of guidance the sentence it writes rests on.  Messages that state the brief's facts or the
plan's own figures (flight dates, the test's spend, benchmark figures) are not listed: they
are not given a citation.
"""

from __future__ import annotations

# kind -> (topic, query per language, words one of which the chunk's heading contains)
KINDS: dict[str, tuple[str, dict[str, str], tuple[str, ...]]] = {
    "smart": ("goals", {"en": "SMART goals specific measurable", "pl": "cele SMART"}, ("smart",)),
    "objective": (
        "goals",
        {
            "en": "mapping business goals to Meta objectives",
            "pl": "mapowanie celów biznesowych na cele kampanii Meta",
        },
        ("mapping", "mapowanie"),
    ),
    "kpis": (
        "goals",
        {"en": "defining KPIs before launch", "pl": "KPI ustalane na początku kampanii"},
        ("kpis before", "kpi ustalane"),
    ),
    "bid": (
        "goals",
        {"en": "choosing a bid strategy for the goal", "pl": "strategie stawek a cel kampanii"},
        ("bid", "stawek"),
    ),
    "billing": (
        "budget",
        {"en": "billing CPC versus CPM", "pl": "rozliczanie CPC a CPM"},
        ("billing", "rozliczanie"),
    ),
    "pace": (
        "budget",
        {"en": "daily budget versus lifetime budget", "pl": "budżet dzienny a budżet całkowity"},
        ("versus lifetime", "a budżet całkowity"),
    ),
    "daypart": (
        "budget",
        {"en": "dayparting ads by hour and day", "pl": "harmonogram godzinowy dayparting"},
        ("dayparting",),
    ),
    "season": (
        "budget",
        {
            "en": "scheduling around audience activity and the calendar",
            "pl": "harmonogram aktywność odbiorców sezonowość",
        },
        ("calendar", "sezonowo"),
    ),
    # seasons the Polish benchmarks page records (gift categories, the school year)
    "season_pl": (
        "benchmarks",
        {"en": "seasonality in Poland", "pl": "sezonowość w Polsce"},
        ("seasonality", "sezonowo"),
    ),
    "learning": (
        "budget",
        {"en": "the learning phase and significant edits", "pl": "faza uczenia i istotne edycje"},
        ("significant edits", "istotne edycje"),
    ),
    "learning_size": (
        "budget",
        {
            "en": "sizing the budget for the learning phase",
            "pl": "jak dobrać budżet do fazy uczenia się",
        },
        ("sizing", "dobrać"),
    ),
    "shift": (
        "budget",
        {"en": "testing first, then shifting money", "pl": "najpierw test, potem przesuwanie"},
        ("shifting", "przesuwa"),
    ),
    "retargeting": (
        "audience",
        {
            "en": "custom audiences and retargeting",
            "pl": "niestandardowe grupy odbiorców i retargeting",
        },
        ("retargeting",),
    ),
    "measurement": (
        "measurement",
        {
            "en": "a measurement checklist before launch pixel Conversions API",
            "pl": "lista kontrolna pomiaru przed startem piksel API konwersji",
        },
        ("checklist", "lista kontrolna"),
    ),
    "lookalike": (
        "audience",
        {"en": "lookalike audiences source", "pl": "grupy podobnych odbiorców lookalike"},
        ("lookalike",),
    ),
    "languages": (
        "audience",
        {
            "en": "campaigns across several countries and languages",
            "pl": "kampanie w kilku krajach i językach",
        },
        ("languages", "językach"),
    ),
    "special": (
        "audience",
        {
            "en": "special ad categories targeting restrictions",
            "pl": "specjalne kategorie reklam a targetowanie",
        },
        ("special", "specjalne"),
    ),
    "limits": (
        "audience",
        {"en": "targeting limits in the Meta system", "pl": "limity techniczne targetowania"},
        ("limits", "limity"),
    ),
    "adv_audience": (
        "automation",
        {"en": "Advantage+ audience is the default", "pl": "grupa odbiorców Advantage+ domyślna"},
        ("audience is the default", "jest domyślna"),
    ),
    "adv_sales": (
        "automation",
        {"en": "Advantage+ sales campaigns", "pl": "kampanie sprzedażowe Advantage+"},
        ("sales campaigns", "sprzedażowe"),
    ),
    "app": (
        "automation",
        {"en": "Advantage+ app campaigns set-up", "pl": "kampanie Advantage+ dla aplikacji"},
        ("app", "aplikacj"),
    ),
    "lead_form": (
        "leads",
        {"en": "form types more volume or higher intent", "pl": "typ formularza intencja"},
        ("form types", "typ formularza"),
    ),
    "lead_page": (
        "leads",
        {"en": "instant forms or a landing page", "pl": "formularz błyskawiczny czy strona"},
        ("landing page", "strona docelowa"),
    ),
    "lead_quality": (
        "leads",
        {"en": "optimise for conversion leads", "pl": "optymalizacja pod leady konwersji"},
        ("conversion leads", "leady konwersji"),
    ),
    "signature_form": (
        "leads",
        {
            "en": "petitions and signatures shortest form share prompt",
            "pl": "petycje i podpisy najkrótszy formularz udostępnienie",
        },
        ("petitions", "petycje"),
    ),
    "minors": (
        "compliance",
        {"en": "teenagers and sensitive data", "pl": "nastolatki i dane wrażliwe"},
        ("teenagers", "nastolatki"),
    ),
    "sample": (
        "testing",
        {"en": "sample size: how big a test must be", "pl": "wielkość próby: ile danych"},
        ("sample", "prób"),
    ),
    "one_variable": (
        "testing",
        {"en": "one variable per test", "pl": "jedna zmienna na test"},
        ("one variable", "jedna zmienna"),
    ),
    "experiments": (
        "testing",
        {"en": "A/B tests in Meta Experiments", "pl": "testy A/B w Meta Experiments"},
        ("experiments",),
    ),
    "format.goal": (
        "formats",
        {
            "en": "choosing a format from the campaign goal",
            "pl": "wybór formatu zaczyna się od celu kampanii",
        },
        ("campaign goal", "celu kampanii"),
    ),
    "format.image": (
        "formats",
        {"en": "single image ads", "pl": "reklamy z pojedynczym obrazem"},
        ("image ads", "pojedynczym obrazem"),
    ),
    "format.video": (
        "formats",
        {"en": "video ads hook captions", "pl": "reklamy wideo"},
        ("video ads", "reklamy wideo"),
    ),
    "format.carousel": (
        "formats",
        {"en": "carousel ads cards", "pl": "reklamy karuzelowe"},
        ("carousel", "karuzelowe"),
    ),
    "format.collection": (
        "formats",
        {"en": "collection ads", "pl": "reklamy kolekcji Instant Experience"},
        ("collection", "kolekcji"),
    ),
    "format.dynamic": (
        "formats",
        {"en": "dynamic and Advantage+ catalog ads", "pl": "reklamy dynamiczne katalogowe"},
        ("dynamic", "dynamiczne"),
    ),
    "spec.image": (
        "formats",
        {"en": "image specifications per placement", "pl": "specyfikacje obrazów"},
        ("image specifications", "specyfikacje obrazów"),
    ),
    "spec.video": (
        "formats",
        {"en": "video specifications per placement", "pl": "specyfikacje wideo"},
        ("video specifications", "specyfikacje wideo"),
    ),
}

# the catalogue message a sentence was written from -> the kind of guidance it rests on
MESSAGES: dict[str, str | tuple[str, ...]] = {
    "structure.manual": "adv_audience",
    "structure.advantage_plus_sales": "adv_sales",
    "structure.manual_legal_age": "adv_audience",
    "structure.advantage_plus_sales_legal_age": "adv_sales",
    "structure.advantage_plus_app": "app",
    "structure.advantage_plus_app_platforms": "app",
    "structure.lead_form": ("lead_form", "lead_quality"),
    "structure.website_booking": "lead_page",
    "minors_removed": "minors",
    "minors_only": "minors",
    "app_setup": "app",
    "app_targeting": "app",
    "app_age": "app",
    "languages": "languages",
    "split_no_audience": "retargeting",
    "retargeting_why": "retargeting",
    "retargeting_why_form": "retargeting",
    "retargeting_why_named": "retargeting",
    "split_under_floor": "learning_size",
    "split_test_inside": "learning_size",
    "only_ad_set": "learning_size",
    "only_ad_set_below": "learning_size",
    "season_peak": "season",
    "season_low": "season",
    "season_peak_no_test": "season",
    "season_low_no_test": "season",
    "season_span": "season",
    "season.valentines_pl": "season_pl",
    "season.school_pl": "season_pl",
    "daypart": "daypart",
    "pace": "pace",
    "pixel_needed": "measurement",
    **{
        k: "learning"
        for k in (
            "learn",
            "learn_one",
            "learn_k",
            "learn_unknown",
            "learn_ok",
            "learn_low",
            "learn_low_split",
            "learn_low_sets",
        )
    },
    "ab_after": "shift",
    "ab_after_campaign": "shift",
    "ab_after_store": "shift",
    **{
        k: "experiments"
        for k in (
            "ab_ctr_instead",
            "ab_test_limit",
            "ab_test_window",
            "ab_min_days",
            "ab_in_ad_set",
            "ab_none_single",
        )
    },
    "ab_cannot_finish": "sample",
    "ab_beyond_budget": "sample",
    "no_lookalike": "lookalike",
    "special": "special",
    "special_radius": "special",
    "special_postal": "special",
    "special_interests": "special",
    "age_clamped": "limits",
    "structure.lead_form_signature": "signature_form",
    "signature_share": "signature_form",
    "signature_forecast": "signature_form",
    # "kpi_watch" (no target: watch it in Ads Manager) says what the brief leaves open, so
    # it carries no citation
}

# A language whose own chunk of a kind lacks a claim's figure cites the chunk that holds it:
# the Polish calendar section says only that costs rise in November and December, while the
# Polish seasonality section names January as the cheapest month (the English calendar
# section holds both)
MESSAGES_BY_LANG: dict[str, dict[str, str | tuple[str, ...]]] = {
    "pl": {
        "season_low": "season_pl",
        "season_low_no_test": "season_pl",
        "season_span": "season_pl",
    },
}
