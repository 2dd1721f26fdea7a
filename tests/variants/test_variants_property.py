"""The one-variable property over generated briefs, for every ``--vary`` option."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from variant_fakes import HOSTILE

from adsage.models.brief import Brief
from adsage.variants import ELEMENTS, generate_variants

FIELDS = ("primary_text", "headline", "description", "cta", "link", "image", "audience")
WORDS = [
    "snow",
    "board",
    "coffee",
    "kawa",
    "chleb",
    "zakwas",
    "yoga",
    "mat",
    "bike",
    "rower",
    "tea",
    "herbata",
    "shoes",
    "buty",
    "lamp",
    "garden",
    "ogród",
    "Peak",
    "Nord",
    "Zielony",
]
phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)
fragment = st.one_of(phrase, st.sampled_from(HOSTILE))


@st.composite
def briefs(draw: st.DrawFn) -> Brief:
    lo = draw(st.integers(13, 60))
    return Brief.model_validate(
        {
            "brand": draw(fragment),
            "product": draw(phrase),
            "offer": draw(st.one_of(st.just(""), fragment)),
            "landing_url": "https://shop.example/p",
            "language": draw(st.sampled_from(["en", "pl"])),
            "goal": "Sell 100 items by 2026-12-24",
            "objective": draw(
                st.sampled_from(
                    [
                        None,
                        "OUTCOME_SALES",
                        "OUTCOME_LEADS",
                        "OUTCOME_TRAFFIC",
                        "OUTCOME_AWARENESS",
                        "OUTCOME_APP_PROMOTION",
                    ]
                )
            ),
            "budget": {
                "amount": draw(st.integers(50, 50_000)),
                "currency": draw(st.sampled_from(["PLN", "USD", "EUR"])),
                "type": draw(st.sampled_from(["daily", "lifetime"])),
            },
            "schedule": {"start": "2026-12-01", "end": "2026-12-24"},
            "audience": {
                "locations": draw(
                    st.lists(
                        st.sampled_from(["PL", "US", "DE"]), min_size=1, max_size=2, unique=True
                    )
                ),
                "age": [lo, draw(st.integers(lo, 65))],
                "interests": draw(st.lists(phrase, max_size=3)),
            },
            "benefits": draw(st.lists(fragment, max_size=3)),
            "special_ad_category": draw(st.sampled_from(["NONE", "NONE", "HOUSING", "CREDIT"])),
            "placements": draw(
                st.lists(
                    st.sampled_from(["feed", "stories", "reels", "right_column"]),
                    min_size=1,
                    max_size=3,
                    unique=True,
                )
            ),
        }
    )


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(brief=briefs(), n=st.integers(2, 5))
def test_variants_differ_from_the_control_in_exactly_the_declared_element(
    brief: Brief, n: int, settings: Any
) -> None:
    for vary in ELEMENTS:
        vs = generate_variants(brief, vary, n, settings=settings)
        control = vs.variants[0]
        assert len(vs.variants) == n, (vary, [getattr(v, vary) for v in vs.variants])
        for v in vs.variants[1:]:
            for f in FIELDS:
                if f != vary:
                    assert getattr(v, f) == getattr(control, f), (vary, f)
            assert getattr(v, vary) != getattr(control, vary), vary
        rules = {f.rule for f in vs.set_report.findings if f.severity == "error"}
        assert "abtest.single_variable" not in rules and "abtest.variant_count" not in rules
