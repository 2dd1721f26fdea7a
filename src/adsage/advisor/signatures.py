"""Budget notes for a plan whose ask is a signature (a petition, an open letter).

A signature is free and takes one step, so the enquiry form's advice (qualifying questions,
higher intent, conversion leads from a CRM) would cost signers; what grows a petition is
each signer passing it on. No sourced benchmark prices a signature, so the plan asks for the
campaign's own past cost instead of borrowing a sign-up or lead figure.
"""

from __future__ import annotations

from adsage.models.brief import Brief
from adsage.models.plan import PlanNumbers


def asks_for_signature(brief: Brief, objective: str, metric: str) -> bool:
    """Whether the plan's result is a signature: the goal counts signatures, or the brief's
    category (``lead_form: signature``) asks for one."""
    from adsage.drafting.offline.categories import category_for

    return metric == "signatures" or category_for(brief, objective).lead_form == "signature"


def form_note(brief: Brief, objective: str, metric: str, structure: str) -> str | None:
    """The signing form's set-up in place of the enquiry form's, or None for other plans."""
    from adsage.planning.texts import tr

    if structure != "lead_form" or not asks_for_signature(brief, objective, metric):
        return None
    return tr(brief.language, "structure.lead_form_signature", url=brief.landing_url)


def signature_notes(brief: Brief, objective: str, metric: str, nums: PlanNumbers) -> list[str]:
    """The share prompt after signing, and the missing forecast when no benchmark prices a
    signature (never a borrowed figure)."""
    from adsage.planning.texts import money, tr

    if not asks_for_signature(brief, objective, metric):
        return []
    lang = brief.language
    out = [tr(lang, "signature_share")]
    if metric == "signatures" and nums.cost_per_result is None:
        out.append(tr(lang, "signature_forecast", total=money(nums.total, nums.currency, lang)))
    return out
