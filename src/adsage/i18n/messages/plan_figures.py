"""Plan wording that names what limits the A/B test's days (the flight, the offer, the test's
own longest length, or the money reserved for it) and the goal's implicit deadline. Every
figure is passed in, never written here."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plan.ab_short_budget": (
        "The test needs {needed}: {days} days at {daily} a day, but the {reserved} reserved "
        "for it lasts only {available} days at the {floor} a day minimum per ad set (adsage "
        "guidance, UNSURE), although the campaign runs {flight} days.",
        "Test potrzebuje {needed}: {days} dni po {daily} dziennie, ale {reserved} "
        "zarezerwowanych na test wystarcza tylko na {available} dni przy minimum {floor} "
        "dziennie na zestaw reklam (wytyczne adsage, niepotwierdzone), choć kampania trwa "
        "{flight} dni.",
    ),
    "plan.ab_limit.flight": ("the campaign's {n} days", "{n} dni kampanii"),
    "plan.ab_limit.offer": ("the {n} days the offer runs", "{n} dni, przez które trwa oferta"),
    "plan.ab_limit.max": (
        "the {n} days an A/B test can run at most (the campaign runs {flight} days)",
        "{n} dni, które test A/B może najwyżej trwać (kampania trwa {flight} dni)",
    ),
    "plan.ab_limit.budget": (
        "the {n} days the test's budget lasts at the minimum per ad set",
        "{n} dni, na które wystarczy budżet testu przy minimalnej kwocie na zestaw reklam",
    ),
    "goal.time.schedule": (
        "No deadline in the goal; the schedule's end, {end}, is taken as the deadline: "
        "{days} days counting from {anchor}.",
        "Cel nie podaje terminu; za termin przyjęto koniec harmonogramu, {end}: {days} dni, "
        "licząc od {anchor}.",
    ),
}
