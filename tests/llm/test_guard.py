"""The policy loop with plain callables: no server, no model."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from adsage.drafting.guard import (
    DraftingError,
    OutputUnusable,
    Reask,
    SkipToFallback,
    draft_with_guard,
    output_findings,
)
from adsage.models.findings import Finding
from adsage.models.plan import Provenance


class Item(BaseModel):
    text: str


def bad_if_caps(item: Item) -> list[Finding]:
    if item.text.isupper():
        return [
            Finding(rule="policy.excessive_caps", severity="warning", message="caps", field="text")
        ]
    return []


class Script:
    """A model stand-in: answers in order, records what each call was given."""

    def __init__(self, *answers: object) -> None:
        self.answers = list(answers)
        self.seen: list[Reask[Item] | None] = []

    def __call__(self, reask: Reask[Item] | None) -> list[Item]:
        self.seen.append(reask)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return [Item(text=t) for t in answer]  # type: ignore[attr-defined]


def lower(item: Item, found: list[Finding]) -> tuple[Item, list[str]]:
    return Item(text=item.text.lower()), ["text: lower-cased"]


def offline() -> list[Item]:
    return [Item(text="offline a"), Item(text="offline b"), Item(text="offline c")]


def test_duplicates_found_by_the_set_check_are_reasked() -> None:
    def same_text(items: list[Item]) -> list[tuple[int, Finding]]:
        seen = [i.text for i in items]
        return [
            (n, Finding(rule="llm.duplicate", severity="error", message="repeat", field="text"))
            for n, t in enumerate(seen)
            if t in seen[:n]
        ]

    prov = Provenance(engine="openai")
    call = Script(["a", "a"], ["a", "b"])
    out = draft_with_guard(
        "p", call, bad_if_caps, None, offline, provenance=prov, expected=2, validate_set=same_text
    )
    assert [i.text for i in out] == ["a", "b"]
    assert call.seen[1] is not None and call.seen[1].issues[0].path == "p[1].text"
    # A stubborn duplicate ends offline, never in the output twice.
    prov = Provenance(engine="openai")
    call = Script(["a", "a"], ["a", "a"], ["a", "a"])
    out = draft_with_guard(
        "p", call, bad_if_caps, None, offline, provenance=prov, expected=2, validate_set=same_text
    )
    assert [i.text for i in out] == ["a", "offline b"]
    assert prov.fallbacks == ["p[1]: offline (llm.duplicate)"]


def test_clean_first_time() -> None:
    prov = Provenance(engine="openai")
    out = draft_with_guard("p", Script(["a", "b"]), bad_if_caps, lower, offline, provenance=prov)
    assert [i.text for i in out] == ["a", "b"] and prov.attempts == 1


def test_reask_carries_findings_then_repair() -> None:
    prov = Provenance(engine="openai")
    call = Script(["ok", "LOUD"], ["changed", "STILL"], ["x", "LOUDER"])
    out = draft_with_guard("p", call, bad_if_caps, lower, offline, provenance=prov)
    assert [i.text for i in out] == ["ok", "louder"]
    assert prov.attempts == 3
    assert prov.repairs == ["p[1].text: lower-cased"]
    second = call.seen[1]
    assert second is not None and second.issues[0].path == "p[1].text"
    assert [i.text for i in second.previous] == ["ok", "LOUD"]
    assert second.findings_data()[0]["rule"] == "policy.excessive_caps"


def test_max_reasks_bounds_calls() -> None:
    prov = Provenance(engine="openai")
    call = Script(["LOUD"])
    draft_with_guard("p", call, bad_if_caps, None, offline, provenance=prov, max_reasks=0)
    assert prov.attempts == 1
    assert prov.fallbacks == ["p[0]: offline (policy.excessive_caps)"]


def test_unusable_output_reasks_then_falls_back_whole_part() -> None:
    prov = Provenance(engine="openai")
    call = Script(OutputUnusable("bad json"), OutputUnusable("bad json"), OutputUnusable("x"))
    out = draft_with_guard("p", call, bad_if_caps, lower, offline, provenance=prov, expected=2)
    assert [i.text for i in out] == ["offline a", "offline b"]
    assert prov.fallbacks == ["p: offline (no usable output after 3 attempts)"]
    assert call.seen[1] is not None and call.seen[1].error == "bad json"


def test_missing_items_filled_and_extra_dropped() -> None:
    prov = Provenance(engine="openai")
    call = Script(["a"], ["a", "b"], ["a"])
    out = draft_with_guard("p", call, bad_if_caps, None, offline, provenance=prov, expected=3)
    # Too few items is a finding the model is asked to fix; what stays missing is offline.
    assert [i.text for i in out] == ["a", "b", "offline c"]
    assert call.seen[1] is not None and call.seen[1].issues[0].finding.rule == "llm.too_few"
    assert prov.fallbacks == ["p[2]: offline (missing from the model's answer)"]
    assert prov.attempts == 3
    prov2 = Provenance(engine="openai")
    out = draft_with_guard(
        "p", Script(["a", "b", "c"]), bad_if_caps, None, offline, provenance=prov2, expected=1
    )
    assert [i.text for i in out] == ["a"]


def test_skip_to_fallback() -> None:
    prov = Provenance(engine="openai")
    call = Script(SkipToFallback("budget spent"))
    out = draft_with_guard("p", call, bad_if_caps, None, offline, provenance=prov, expected=1)
    assert [i.text for i in out] == ["offline a"]
    assert prov.fallbacks == ["p: offline (budget spent)"] and prov.attempts == 0


def test_drafting_error_without_fallback() -> None:
    prov = Provenance(engine="openai")
    prov.token_usage.total = 12
    with pytest.raises(DraftingError) as err:
        draft_with_guard(
            "p", Script(["LOUD"]), bad_if_caps, None, None, provenance=prov, max_reasks=0
        )
    e = err.value
    assert e.part == "p" and e.attempts == 1 and e.usage.total == 12
    assert e.last_output == [{"text": "LOUD"}]
    assert "no offline fallback is available" in str(e)


def test_original_inputs_not_mutated() -> None:
    prov = Provenance(engine="openai")
    call = Script(["LOUD"], ["fine"])
    draft_with_guard("p", call, bad_if_caps, None, offline, provenance=prov)
    first = call.seen[1]
    assert first is not None and [i.text for i in first.previous] == ["LOUD"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("hi SECRET-CANARY", "guard.canary"),
        ("ping @everyone now", "guard.mention"),
        ("ping <!channel>", "guard.mention"),
        ("see https://evil.example/x", "guard.foreign_link"),
        ("see www.evil.example", "guard.foreign_link"),
    ],
)
def test_output_findings(text: str, rule: str) -> None:
    found = output_findings(Item(text=text), canary="SECRET-CANARY", allowed_hosts=["shop.example"])
    assert [f.rule for f in found] == [rule]
    assert found[0].severity == "error" and found[0].field == "text"


def test_landing_domain_links_and_plain_at_are_fine() -> None:
    item = Item(text="Visit https://www.shop.example/kit or https://blog.shop.example, mail@shop")
    assert output_findings(item, canary="C", allowed_hosts=["shop.example"]) == []
