"""Shortening brief facts to fit a field without losing what they say.

A fact may lose a trailing clause ("..., plus free shipping") or, for an English product
name, leading modifiers, but never a list's last item, a code, the only price, a perk's
condition, a participle's object ("Recipes made") or a word that says what kind of thing is
sold ("Used cars").  Lengths are counted the way the copy validator counts them, so "fits"
here means "fits" there.
"""

from __future__ import annotations

import re

from adsage.checks.claims import LIST_JOIN, broken_cut, in_list, needs_complement
from adsage.checks.lexicon import char_count

_EDGE_PUNCT = " .,;:!?–—-"
_TRAILING = re.compile(r"[\s,;:–—-]+$")

# Words a trimmed phrase must not end on ("30% off all boards until").
_DANGLING = frozenset(
    " ".join(
        [
            "a an and or the of to for with by from until in on at as plus but our your my",
            "their its this that these those every each any some all very more most into onto",
            "than per via single i oraz lub albo czy do na w we z ze za od dla po przez przy o",
            "u bez pod nad przed nasz nasza nasze naszej naszego naszych twój twoja twoje",
            "każdy każda każde każdego każdej wszystkich całego całej bardzo który która które",
            "którzy jak niż like than",
        ]
    ).split()
)
# Where a long fragment can end without losing its sense: before a comma clause, a dash
# aside, a bracket or an "and/plus" add-on.
_CLAUSE = re.compile(r",\s|;\s|\s[–—-]\s|\s\(|\s(?:plus|and|with|oraz|plus|i|z)\s")
# Cuts that would break a list ("X and Y", "X, Y i Z") or drop a code or a price.
_CODE = re.compile(
    r"\b(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{4,}\b"
    r"|\b(?i:code|kod|kodu|kodem|coupon|kupon|kuponem|voucher)\s*:?\s*([A-Z][A-Z0-9_-]{2,})\b"
)
# A word just after "code"/"kod" is the code itself, and checkouts may compare it exactly.
_CODE_WORD = re.compile(
    r"\b(?:code|kod|kodu|kodem|coupon|kupon|kuponem|voucher|promo)\s*:?\s*$", re.IGNORECASE
)
_AMOUNT = re.compile(
    r"\d[\d \u00a0.,]*\s?(?:zł|pln|eur|gbp|usd|chf|€|£|\$)|[€£$]\s?\d", re.IGNORECASE
)
_PERK = re.compile(
    r"\b(?:free|gratis|darmow|bezpłat|rabat|taniej|discount|off\b)\w*|\d+\s?%", re.IGNORECASE
)
# A complement that holds what a fact claims: "no selling | of your data", "z certyfikatem
# czystości | od metali ciężkich".  Cut off, the fact says another thing.
_CLAIM_COMPLEMENT = re.compile(r"\s*(?:of|od)\s", re.IGNORECASE)
# After a name of two words at most, a complement is the claim itself ("Olej rybny | z
# certyfikatem", "Apel trafi | do wszystkich radnych"); only a place may go ("Pakowanie
# prezentowe | w drewnianą skrzynkę"), as an add-on may after a longer fact ("Dostawa o
# wybranej godzinie | z bilecikiem").
_OBJECT = re.compile(
    r"\s*(?:with|without|to|into|for|by|from|about|z|ze|do|dla|przez|za|po|przy|pod|nad|u|o|bez)\s",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\s(?:with|when|for|if|z|ze|przy|dla|do)\s", re.IGNORECASE)


def drops_claim(kept: str, rest: str) -> bool:
    """Whether cutting a fact to ``kept`` drops the complement that says what it claims: an
    "of/od/bez" object, or any but a place after two words at most ("Olej rybny" of "Olej
    rybny z certyfikatem czystości" names the product and claims nothing)."""
    if _CLAIM_COMPLEMENT.match(rest):
        return True
    return bool(_OBJECT.match(rest)) and len(kept.split()) <= 2


def loses_claim(kept: str, rest: str, fact: bool) -> bool:
    """:func:`drops_claim` for a fact; for a name, only when what is left is the shop and not
    its goods ("Sklep internetowy" of "Sklep internetowy z polskimi winami")."""
    shop = bool(_CONTAINERS.intersection(kept.casefold().split()))
    return (fact or shop) and drops_claim(kept, rest)


def length(text: str) -> int:
    """Characters as the copy validator counts them."""
    return char_count(text)


def trim_words(text: str, limit: int) -> str:
    """Cut at a word boundary to at most ``limit`` characters, never ending on a dangling
    preposition or conjunction; an over-long single word is cut hard."""
    text = text.strip()
    if length(text) <= limit:
        return text
    words = text.split(" ")
    out: list[str] = []
    for word in words:
        candidate = " ".join([*out, word])
        if length(candidate) > limit:
            break
        out.append(word)
    while out and out[-1].lower().strip(_EDGE_PUNCT) in _DANGLING:
        out.pop()
    if not out:
        return _hard_cut(words[0], limit)
    return _TRAILING.sub("", " ".join(out)).rstrip(_EDGE_PUNCT)


def shorten(text: str, limit: int, fact: bool = True) -> str:
    """Fit a fragment by dropping trailing clauses first ("30% off all boards, plus free
    shipping" -> "30% off all boards"), and only then by cutting words."""
    text = text.strip()
    if length(text) <= limit:
        return text
    cuts = [c for c in safe_cuts(text, fact) if c >= 12]
    fitting = [c for c in cuts if length(text[:c]) <= limit]
    if fitting:
        return trim_words(text[: fitting[-1]], limit)
    out = trim_words(text, limit)
    while " " in out and broken_cut(out, [text]):
        out = trim_words(out, length(out) - len(out.split()[-1]) - 1)  # drop the last word
    return out


def safe_cuts(text: str, fact: bool = True) -> list[int]:
    """Clause ends where ``text`` can stop and still mean what it said: never inside a
    list ("Xero, Sage and NetSuite", "SQL and Power BI"), never after a hyphen-joined number
    ("2- i 3-pokojowe"), and never dropping a code or the only price ("...for 59 GBP"); for a
    ``fact`` (not a product's name, whose head noun names it), never dropping the complement
    that holds its claim (see :func:`drops_claim`)."""
    out = []
    for m in _CLAUSE.finditer(text):
        cut, rest = m.start(), text[m.start() :]
        kept = text[:cut].rstrip(_EDGE_PUNCT)
        if len(kept.split()) < 2 or LIST_JOIN.match(rest) or (rest[:1] == "," and in_list(rest)):
            continue
        if text[:cut].rstrip().endswith("-") and kept[-1:].isdigit():
            continue
        if needs_complement(kept, rest) or loses_claim(kept, rest, fact):
            continue  # "Recipes made" says nothing without "with human-grade meat"
        if any((m.group(1) or m.group(0)) not in kept for m in _CODE.finditer(text)):
            continue
        if _AMOUNT.search(rest) and not _AMOUNT.search(kept):
            continue
        if _PERK.search(kept) and _CONDITION.match(rest):
            continue  # "free tiramisu" without "with every dinner booking" promises more
        if _PERK.search(rest) and not _PERK.search(kept):
            continue  # "Opening week" without "- free tiramisu" says nothing
        out.append(cut)
    return out


def clause_cut(text: str, limit: int, fact: bool = True) -> str:
    """``text`` up to the last clause end that fits ("30% off all boards, plus free
    shipping" -> "30% off all boards"), or ``""`` when no clause fits: the caller then
    leaves the phrase out instead of showing half of it."""
    text = text.strip()
    if length(text) <= limit:
        return text
    cuts = [c for c in safe_cuts(text, fact) if c >= 8]
    fitting = [c for c in cuts if length(text[:c].rstrip(_EDGE_PUNCT)) <= limit]
    if not fitting:
        return ""
    cut = text[: fitting[-1]].rstrip(_EDGE_PUNCT)
    return "" if cut.split()[-1].casefold() in _DANGLING else cut


def shorten_name(text: str, limit: int, lang: str) -> str:
    """Fit a product name and keep its head noun: English puts it last ("all-mountain freeride
    snowboards" -> "freeride snowboards"), Polish first ("deski snowboardowe freeride").

    A quoted title is the name ('Free webinar "Stay interviews"' -> "Stay interviews"), and
    a word that changes what is sold ("used", "refurbished", "vegan") is never dropped from
    the front: the name is cut at its first comma instead, or at a word boundary."""
    text = text.strip()
    if length(text) <= limit:
        return text
    quoted = _QUOTED.search(text)
    if quoted and length(quoted.group(1)) >= 8:
        text = _capitalise(quoted.group(1).strip())
        if length(text) <= limit:
            return text
    cuts = [c for c in safe_cuts(text, fact=False) if c >= 8]
    head = text[: cuts[0]] if cuts else text
    if lang == "pl":
        # The Polish head noun comes first and its modifiers follow in agreement, so only a
        # whole clause may go ("Praca dla kierowców kat. C+E, ..."), never a dependent word;
        # else a whole phrase before a preposition ("Praca dla pielęgniarek | w szpitalu").
        whole = clause_cut(text, limit, fact=False)
        return _balanced(whole or _before_preposition(text, limit, lang, fact=False))
    phrase = _before_preposition(text, limit, lang, fact=False)
    if length(head) <= limit and not (phrase and _one_word_object(head, lang)):
        return _balanced(trim_words(head, limit))
    if phrase:
        # "Physiotherapy clinic | for back, neck and sports injuries": an English head noun
        # ends its phrase before the preposition, and a cut inside the object ("for back")
        # would lose the object's own head ("injuries")
        return _balanced(phrase)
    first = head.split(", ")[0].strip()
    if ", " in head and len(first.split()) >= 2:
        # "Warehouse operative jobs, day and night shifts": the name is before the comma;
        # dropping front words would leave the attributes ("day and night shifts") as the name
        head = first
        if length(head) <= limit:
            return _balanced(head)
    words = head.split()
    at = [i for i, w in enumerate(words) if i and w.casefold() in _PREPOSITIONS["en"]]
    if at:
        # dropping front words would leave a place or an object ("in Leeds and Bradford"):
        # the front words are dropped from the phrase before the preposition instead
        words = words[: at[0]]
        head = " ".join(words)
    while len(words) > 1 and length(" ".join(words)) > limit:
        if words[0].casefold().strip(_EDGE_PUNCT) in _KIND_WORDS:
            first = head.split(", ")[0].strip()
            kept = first if length(first) <= limit and len(first.split()) >= 2 else head
            return _balanced(trim_words(kept, limit))
        words.pop(0)
    return _balanced(trim_words(" ".join(words), limit))


_PREPOSITIONS = {
    "en": frozenset(["for", "with", "in", "near", "at", "from", "of", "by", "on"]),
    "pl": frozenset(
        [
            "w",
            "we",
            "na",
            "z",
            "ze",
            "przy",
            "pod",
            "od",
            "do",
            "dla",
            "u",
            "nad",
            "obok",
            "koło",
            "bez",
            "przez",
            "za",
        ]
    ),
}
# What a shop is called before what it sells: the goods say more ("Online shop | for city and
# trekking e-bikes" -> "City and trekking e-bikes").
_CONTAINERS = frozenset(["shop", "store", "webshop", "retailer", "sklep"])


_SHOP = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:shop|store|webshop|e-shop|retailer)\s+(?:for|of|selling)\s+(?P<goods>.+)$",
    re.IGNORECASE,
)


def goods(product: str, lang: str) -> str:
    """What an English shop line sells ("Online shop for city and trekking e-bikes" -> "City
    and trekking e-bikes"): the shop is the channel, the goods are what an ad is about, and
    "Online shop by Voltride" names nothing anyone buys.  A Polish line keeps its words: its
    goods stand in the instrumental ("z meblami") and cannot head a sentence."""
    found = _SHOP.match(product.strip()) if lang != "pl" else None
    sold = found.group("goods").strip() if found else ""
    return _capitalise(sold) if len(sold.split()) >= 2 else product


# What a deal is given on ("przy rezerwacji do 31 marca", "when you book by"): without it the
# fact promises more than the brief does.
_TERMS = re.compile(r"\s(?:przy|gdy|jeśli|po|od|when|if|after|from)\s", re.IGNORECASE)


def phrase_cut(text: str, limit: int, lang: str) -> str:
    """A brief fact cut where a phrase ends, before a preposition, keeping its head noun
    ("Codzienne zdjęcia dla rodziców | w zamkniętej grupie"); never a perk without its
    condition ("Free delivery | on orders over £50") or without the only amount; ``""``
    when no such cut fits."""
    text = text.strip()
    if length(text) <= limit:
        return text
    from adsage.checks.launch import health_claim

    if health_claim(text):  # a shortened health claim is another claim nobody authorised
        return ""
    kept = _before_preposition(text, limit, lang, goods=False)
    rest = text[len(kept) :]
    if not kept or (_PERK.search(kept) and _CONDITION.match(rest)) or _TERMS.match(rest):
        return ""
    if (_AMOUNT.search(rest) and not _AMOUNT.search(kept)) or re.search(r"\d", rest):
        return ""  # the only amount, a date or a number the fact is given with stays
    return kept


def _before_preposition(
    text: str, limit: int, lang: str, goods: bool = True, fact: bool = True
) -> str:
    """The longest start of ``text`` that ends just before a preposition and fits (two words
    at least, never a participle without its object); a shop's goods when the start is only
    "Online shop"; ``""`` when none fits."""
    words = text.split()
    preps = _PREPOSITIONS.get(lang, frozenset())
    cuts = [i for i in range(2, len(words)) if words[i].casefold() in preps]
    for i in reversed(cuts):
        kept = " ".join(words[:i]).rstrip(_EDGE_PUNCT)
        rest = " " + " ".join(words[i:])
        if length(kept) > limit or needs_complement(kept, rest):
            continue
        if kept.split()[-1].casefold() in _DANGLING:
            continue
        if sum(len(re.sub(r"[\W\d_]", "", w)) >= 3 for w in kept.split()) < 2:
            continue  # "30 dni" of "30 dni na zwrot pieniędzy" names nothing
        if goods and kept.split()[-1].casefold() in _CONTAINERS and len(cuts) == 1:
            sold = " ".join(words[i + 1 :])
            if len(sold.split()) >= 2 and length(sold) <= limit:
                return _capitalise(sold)
        if loses_claim(kept, rest, fact):
            continue
        return kept
    return ""


def _one_word_object(head: str, lang: str) -> bool:
    """Whether ``head`` ends on a one-word object of a preposition ("... for back" of "for
    back, neck and sports injuries"), the first item of a list the cut broke."""
    words = head.split()
    preps = _PREPOSITIONS.get(lang, frozenset())
    return len(words) >= 3 and words[-2].casefold() in preps


def short_product(text: str, limit: int | None, lang: str, places: tuple[str, ...]) -> str:
    """The product fitted to ``limit`` (``None``: whole), keeping a place the product names
    when the cut would drop it: "Warehouse operative jobs, Northampton" tells a candidate
    what and where, and the place is the brief's own word, never one it does not give."""
    if limit is None:
        return text
    short = shorten_name(text, limit, lang)
    low = short.casefold()
    for place in places:
        if short and place.casefold() in text.casefold() and place.casefold() not in low:
            placed = f"{short}, {place}"
            return placed if length(placed) <= limit else short
    return short


_QUOTED = re.compile(
    r"[\"\u201c\u201e\u00ab]([^\"\u201c\u201d\u201e\u00ab\u00bb]+)[\"\u201d\u00bb]"
)
_QUOTE_CHARS = '"\u201c\u201d\u201e\u00ab\u00bb'
# Words at the front of a name that say what kind of thing is sold; dropping one changes the
# offer ("Used cars" -> "Cars").
_KIND_WORDS = frozenset(
    " ".join(
        [
            "used second-hand secondhand pre-owned refurbished reconditioned ex-demo vintage",
            "new certified vegan vegetarian organic gluten-free sugar-free alcohol-free",
            "non-alcoholic kids kids' children's women's men's private free online live",
        ]
    ).split()
)


def _balanced(text: str) -> str:
    """Without a quotation mark left open or closed alone by a cut."""
    opened = sum(text.count(q) for q in "\u201c\u201e\u00ab")
    closed = sum(text.count(q) for q in "\u201d\u00bb")
    if text.count('"') % 2 == 0 and opened == closed:
        return text
    return " ".join(text.translate({ord(q): None for q in _QUOTE_CHARS}).split())


def _hard_cut(word: str, limit: int) -> str:
    out = ""
    for ch in word:
        if length(out + ch) > limit:
            break
        out += ch
    return out.rstrip(_EDGE_PUNCT)


_MIXED_CASE = re.compile(r"[^\W\d_]*[a-ząćęłńóśźż][^\W\d_]*[A-ZĄĆĘŁŃÓŚŹŻ]")


def _capitalise(text: str) -> str:
    """Upper-case the first letter for the start of a line, except in a word spelt with a
    lower-case first letter and capitals after it ("iOS", "iPhone", "eBay", "mBank"): its
    owner's spelling is the name, and "IOS" reads as a typo."""
    if not text or _MIXED_CASE.match(text):
        return text
    return text[:1].upper() + text[1:]
