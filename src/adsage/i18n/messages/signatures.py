"""Petition and open-letter plans: the signing form, the share prompt after signing, and the
forecast a plan cannot make without a sourced cost per signature. Every figure is passed in."""

from __future__ import annotations

from adsage.i18n.catalogue import Message, PluralMessage

PLURALS: dict[str, PluralMessage] = {
    "unit.signature": (
        {"one": "{n} signature", "other": "{n} signatures"},
        {"one": "{n} podpis", "few": "{n} podpisy", "many": "{n} podpisów", "other": "{n} podpisu"},
    ),
}

MESSAGES: dict[str, Message] = {
    "plan.structure.lead_form_signature": (
        "A signature needs no qualifying: use an instant form of the More volume type with no "
        "custom questions and only the fields the petition needs (name and email; a postcode "
        "only if the petition's target asks for one), pre-filled from the person's profile. "
        "If the signature only counts when made on the campaign's own signing page ({url}), "
        "as on an official petitions site, send the ads there instead (adsage guidance, "
        "UNSURE). Every extra question loses signers.",
        "Podpis nie wymaga kwalifikowania: użyj formularza błyskawicznego typu „większa liczba "
        "zgłoszeń” bez pytań dodatkowych i tylko z polami, których potrzebuje petycja (imię i "
        "e-mail; kod pocztowy tylko wtedy, gdy wymaga go adresat petycji), wstępnie "
        "wypełnionymi danymi z profilu. Jeśli podpis liczy się tylko na własnej stronie "
        "kampanii ({url}), jak w oficjalnym serwisie petycji, kieruj reklamy tam (wskazówka "
        "adsage, niepotwierdzone). Każde dodatkowe pytanie to mniej podpisów.",
    ),
    "plan.signature_share": (
        "Ask every signer to share: the screen after signing (the form's closing screen or the "
        "page's thank-you page) asks them to pass the petition on, with a link ready to send "
        "in a message or a post. A petition grows through its signers' own shares, beyond "
        "what the paid reach buys; give shared links their own tag so the ads' cost per "
        "signature is read without them (adsage guidance, UNSURE).",
        "Poproś każdą podpisującą osobę o udostępnienie: ekran po podpisie (ekran końcowy "
        "formularza albo strona z podziękowaniem) zachęca do przekazania petycji dalej i daje "
        "gotowy link do wysłania w wiadomości lub we wpisie. Petycja rośnie dzięki "
        "udostępnieniom samych podpisujących, poza zasięgiem, za który się płaci; oznacz "
        "udostępniane linki osobnym tagiem, żeby koszt podpisu z reklam liczyć bez nich "
        "(wskazówka adsage, niepotwierdzone).",
    ),
    "plan.signature_forecast": (
        "No sourced benchmark gives the cost of a petition signature, so this plan does not "
        "forecast signatures from one (a sign-up or lead cost does not fit a free, one-step "
        "signature). Ask the client: what did a signature cost in their past campaigns? "
        "{total} divided by that cost is the number of signatures to expect from the ads.",
        "Żaden źródłowy benchmark nie podaje kosztu podpisu pod petycją, więc plan nie "
        "prognozuje z niego liczby podpisów (koszt rejestracji czy leada nie pasuje do "
        "bezpłatnego podpisu w jednym kroku). Zapytaj klienta: ile kosztował podpis w jego "
        "poprzednich kampaniach? {total} podzielone przez ten koszt to liczba podpisów, "
        "jakiej można się spodziewać z reklam.",
    ),
}
