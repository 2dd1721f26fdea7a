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
    """Whether the plan's result is a signature: the goal counts signatures, the brief's
    category asks for one (``lead_form: signature``), or, where the neutral category leaves
    it open, the brief's words show the petition intent (offer_intents.yaml)."""
    from adsage.drafting.offline.categories import category_for
    from adsage.drafting.offline.intents import load_intents, says_intent

    cat = category_for(brief, objective)
    if metric == "signatures" or cat.lead_form == "signature":
        return True
    signing = [i for i in load_intents() if i.lead_form == "signature"]
    return cat.id == "general" and any(says_intent(brief, i) for i in signing)


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
