"""Beyond the targeting limits for under-18s: a brief that sells them a contract (a course in
instalments, a subscription) leaves open who signs it, and the parents who usually sign and
pay are adults the plan could reach with an ad set of their own.

Kept beside :mod:`adsage.advisor.targeting` so the targeting section stays about what Meta
allows; these notes are adsage guidance for the client (targeting.yaml ``minors_consent``),
worded as questions and options, never as a country's law.
"""

from __future__ import annotations

from adsage.checks.targeting import age_range
from adsage.models.brief import Brief


def sells_contract(brief: Brief) -> bool:
    """Whether the brief's offer or product is something signed or paid for (a price, a
    contract, instalments, a subscription), by the rule data's word stems."""
    from adsage.drafting.offline.objections import answering
    from adsage.rules.campaign import targeting_rules

    rule = targeting_rules().minors_consent
    if rule is None:
        return False
    return bool(answering([brief.offer, brief.product], rule.contract_words))


def consent_notes(brief: Brief, lo: int, adult: int, *, parents_named: bool) -> list[str]:
    """The consent question when the under-18s would sign or pay, and the parents' ad set as
    an option whenever the brief names parents or a parent may have to sign."""
    from adsage.planning.texts import tr
    from adsage.rules.campaign import targeting_rules

    rule = targeting_rules().minors_consent
    if rule is None:
        return []
    lang = brief.language
    contract = sells_contract(brief)
    out = []
    if contract:
        out.append(tr(lang, "minors_consent", young=age_range(lo, adult - 1)))
    if contract or parents_named:
        out.append(tr(lang, "minors_parents_set", ages=age_range(*rule.parent_ages)))
    return out
