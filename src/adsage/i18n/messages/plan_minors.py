"""Targeting notes for a brief that reaches people under 18 with something they would sign or
pay for: who signs is a question for the client, and the parents, who usually sign and pay,
may get an ad set of their own (targeting.yaml ``minors_consent``, adsage guidance)."""

MESSAGES = {
    "plan.minors_consent": (
        "Under-18s (ages {young}) would sign or pay for the offer themselves: a contract with "
        "someone under 18 usually needs a parent's or guardian's consent (adsage guidance, "
        "UNSURE; not legal advice). Ask the client who signs for them and whether the form "
        "should ask for a parent's or guardian's contact; if a parent has to sign, say so in "
        "the ad and in the form.",
        "Osoby niepełnoletnie (wiek {young}) musiałyby same podpisać umowę albo zapłacić za "
        "ofertę, a umowa z osobą niepełnoletnią zwykle wymaga zgody rodzica lub opiekuna "
        "prawnego (wskazówka adsage, niepotwierdzone; to nie jest porada prawna). Zapytaj "
        "klienta, kto podpisuje umowę za osobę niepełnoletnią i czy formularz ma pytać "
        "o kontakt do rodzica lub opiekuna; jeśli potrzebny jest podpis rodzica, napisz o tym "
        "w reklamie i w formularzu.",
    ),
    "plan.minors_parents_set": (
        "Option: an ad set of its own for parents and guardians aged {ages}, with its own "
        "share of the budget; it reaches only adults, so interests are allowed there "
        "(adsage guidance, UNSURE). Neither the budget split nor the bulk sheet has it yet.",
        "Opcja: osobny zestaw reklam dla rodziców i opiekunów w wieku {ages} lat, z własną "
        "częścią budżetu; trafia tylko do dorosłych, więc można w nim użyć zainteresowań "
        "(wskazówka adsage, niepotwierdzone). Nie ma go jeszcze ani w podziale budżetu, "
        "ani w arkuszu importu.",
    ),
}
