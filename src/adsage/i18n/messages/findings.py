"""Findings of the copy and policy checkers: the message and the suggested fix."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "copy.label.primary_text": ("primary text", "tekst główny"),
    "copy.label.headline": ("headline", "nagłówek"),
    "copy.label.description": ("description", "opis"),
    "copy.label.cta": ("cta", "przycisk"),
    "copy.label.link": ("link", "link"),
    "copy.empty": (
        "The {label} is empty; the ad needs it.",
        "Pole „{label}” jest puste, a reklama go wymaga.",
    ),
    "copy.empty_fix": ("Write the {label}.", "Uzupełnij pole „{label}”."),
    "copy.blank": ("The {label} is present but blank.", "Pole „{label}” jest podane, ale puste."),
    "copy.blank_fix": ("Fill it in or leave the field out.", "Wypełnij je albo usuń to pole."),
    "copy.over_max": (
        "{label} is {chars}, over the reported maximum of {ceiling}; Meta may reject it.",
        "{label}: {chars}, ponad zgłaszane maksimum {ceiling}; Meta może odrzucić reklamę.",
    ),
    "copy.over_max_fix": ("Cut it to {n} characters or fewer.", "Skróć do {n} znaków lub mniej."),
    "copy.over_recommended": (
        "{label} is {chars}, over the recommended {recommended} for {placement}; it may be truncated.",
        "{label}: {chars}, ponad zalecane {recommended} dla miejsca {placement}; tekst może zostać ucięty.",
    ),
    "copy.over_recommended_fix": (
        "Put the key message in the first {n} characters.",
        "Najważniejszy przekaz umieść w pierwszych {n} znakach.",
    ),
    "copy.cta_alias": ('"{cta}" stands for the button {norm}.', "„{cta}” oznacza przycisk {norm}."),
    "copy.cta_alias_fix": ("Write it as {norm} when sending it to the API.", "W API wpisz {norm}."),
    "copy.cta_invalid": (
        '"{cta}" is not a call-to-action button Meta accepts.',
        "„{cta}” nie jest przyciskiem wezwania do działania, który Meta akceptuje.",
    ),
    "copy.cta_guess": ("Did you mean {guess}?", "Czy chodziło o {guess}?"),
    "copy.cta_values": (
        "Use a value such as LEARN_MORE or SHOP_NOW.",
        "Użyj wartości takiej jak LEARN_MORE albo SHOP_NOW.",
    ),
    "copy.link_spaces": ('The link "{url}" contains spaces.', "Link „{url}” zawiera spacje."),
    "copy.link_spaces_fix": ("Remove the spaces or encode them.", "Usuń spacje albo je zakoduj."),
    "copy.link_invalid": (
        '"{url}" is not a valid web address.',
        "„{url}” nie jest poprawnym adresem strony.",
    ),
    "copy.link_https_fix": ("Use a full https:// address.", "Użyj pełnego adresu https://."),
    "copy.link_no_scheme": (
        'The link "{url}" has no https:// prefix.',
        "Link „{url}” nie zaczyna się od https://.",
    ),
    "copy.link_use": ("Use https://{rest}", "Użyj https://{rest}"),
    "copy.link_scheme": (
        'The link uses "{scheme}:"; ads must link to a web page.',
        "Link używa „{scheme}:”, a reklama musi prowadzić do strony internetowej.",
    ),
    "copy.link_host": (
        'The link "{url}" has no valid domain name.',
        "Link „{url}” nie ma poprawnej nazwy domeny.",
    ),
    "copy.link_host_fix": ("Use e.g. https://example.com/", "Użyj np. https://example.com/"),
    "copy.link_http": (
        "The link uses http, not https; browsers mark the page as not secure.",
        "Link używa http zamiast https; przeglądarki oznaczają stronę jako niezabezpieczoną.",
    ),
    "policy.personal": (
        '"{hit}" asserts or asks about the reader\'s {label}; Meta rejects ads that imply they know a personal attribute.',
        "„{hit}” stwierdza albo pyta o cechę odbiorcy ({label}); Meta odrzuca reklamy, które sugerują, że znają cechy osobiste odbiorcy.",
    ),
    "policy.personal_fix": (
        'Talk about the product or the offer, not the person (e.g. "Support for managing debt" instead of "Are you in debt?").',
        "Pisz o produkcie albo ofercie, nie o osobie (np. „Pomoc w spłacie zadłużenia” zamiast „Masz długi?”).",
    ),
    "policy.misleading": (
        '"{hit}" promises a guaranteed or exaggerated result, which Meta treats as deceptive.',
        "„{hit}” obiecuje gwarantowany albo przesadzony efekt, co Meta uznaje za wprowadzanie w błąd.",
    ),
    "policy.misleading_fix": (
        "State what the product does and back numbers with a source; drop guarantees of results.",
        "Napisz, co robi produkt, a liczby poprzyj źródłem; usuń gwarancje efektów.",
    ),
    "policy.profanity": (
        '"{hit}" is profanity; Meta rejects ads that contain it.',
        "„{hit}” to wulgaryzm; Meta odrzuca reklamy, które je zawierają.",
    ),
    "policy.profanity_fix": (
        "Replace the word with neutral language.",
        "Zastąp to słowo neutralnym.",
    ),
    "policy.restricted": (
        '"{hit}" suggests a restricted category ({label}); these ads need Meta\'s permission, age limits or special targeting.',
        "„{hit}” wskazuje na kategorię z ograniczeniami ({label}); takie reklamy wymagają zgody Meta, limitów wieku albo specjalnego targetowania.",
    ),
    "policy.restricted_fix": (
        "Check Meta's rules for {label} ads before publishing, or ignore this warning if the word is used in another sense.",
        "Przed publikacją sprawdź zasady Meta dla reklam z kategorii {label} albo zignoruj to ostrzeżenie, jeśli słowo ma tu inne znaczenie.",
    ),
    "policy.caps": (
        "Too much of the text is in capital letters; Meta rejects ads that shout.",
        "Za dużo tekstu jest pisane wielkimi literami; Meta odrzuca reklamy, które krzyczą.",
    ),
    "policy.caps_fix": (
        "Use sentence case; keep capitals for acronyms and brand names.",
        "Pisz zwykłymi literami; wielkie zostaw dla skrótowców i nazw marek.",
    ),
    "policy.punct": (
        'Repeated punctuation "{punct}"; Meta rejects ads with excessive punctuation.',
        "Powtórzona interpunkcja „{punct}”; Meta odrzuca reklamy z nadmiarem znaków interpunkcyjnych.",
    ),
    "policy.punct_fix": ("Use a single ! or ? at most.", "Użyj najwyżej jednego znaku ! albo ?."),
    "policy.chars": (
        '"{odd}" uses symbols, spacing or decorated letters to spell a word; Meta rejects this.',
        "„{odd}” zapisuje słowo symbolami, odstępami albo ozdobnymi literami; Meta to odrzuca.",
    ),
    "policy.chars_fix": (
        "Write the word normally; emphasis belongs in the image, not in letter tricks.",
        "Zapisz słowo normalnie; akcent daj w grafice, nie w sztuczkach z literami.",
    ),
}
