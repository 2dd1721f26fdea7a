"""Text hygiene for brief fragments and drafted fields.

Brief fields are data typed by a person (or pasted from anywhere), and the drafted text goes
to Meta and to Slack. So fragments lose chat-mention control forms, instruction-like
sentences, shouting and decorative punctuation *before* they meet a template, and templates
never have to think about them.  Length helpers count characters the way the copy validator
does, so "fits" here means "fits" there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# The cutting helpers live in ``cuts``; they are re-exported here, beside the other text
# hygiene the drafting modules import.
from adsage.checks.claims import broken_cut as broken_cut
from adsage.drafting.offline.cuts import _CODE_WORD, _EDGE_PUNCT, _capitalise
from adsage.drafting.offline.cuts import clause_cut as clause_cut
from adsage.drafting.offline.cuts import length as length
from adsage.drafting.offline.cuts import safe_cuts as safe_cuts
from adsage.drafting.offline.cuts import shorten as shorten
from adsage.drafting.offline.cuts import shorten_name as shorten_name
from adsage.drafting.offline.cuts import trim_words as trim_words
from adsage.rules.ad_text import policy_rules

# Broadcast mentions ping everybody and mean nothing in an ad, so they go entirely.
_BROADCAST = re.compile(
    r"<!(?:everyone|channel|here|group)(?:\|[^>]*)?>|(?<![\w.+-])[@＠](?:everyone|channel|here|all)\b",
    re.IGNORECASE,
)
# Other Slack control forms: <!subteam^S123|@team>, <!date^...|label>, <@U123>, <@U123|ann>,
# <#C123|general>; the readable label (if any) survives, the control form does not.
_SLACK_SPECIAL = re.compile(r"<!(\w+)(?:\^[^>|]*)?(?:\|([^>]*))?>")
_SLACK_USER = re.compile(r"<[@#][A-Z0-9]+(?:\|([^>]*))?>", re.IGNORECASE)
# Facebook tag markup: @[12345:Name] or @[12345:1:Name].
_FB_TAG = re.compile(r"@\[\d+(?::\d+)?:([^\]]*)\]")
# "@everyone", "@here", "@anyone": an @ that starts a word (e-mail addresses keep theirs).
_AT_WORD = re.compile(r"(?<![\w.+-])[@＠](?=\w)")
# Links: the landing page is attached to the ad separately, so a URL in a brief field is
# either noise or somebody else's site; either way it never reaches drafted copy.
_SLACK_LINK = re.compile(r"<(?:https?|mailto):[^|>\s]*(?:\|([^>]*))?>", re.IGNORECASE)
_LINKISH = re.compile(
    r"\b(?:https?://|www\.|(?:javascript|vbscript|data):)[^\s<>\"')\]|]+", re.IGNORECASE
)
_CONTROL = re.compile(
    r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)
_SPACES = re.compile(r"\s+")
_REPEATED = re.compile(r"([!?.,;:])\1+")
_MIXED_MARKS = re.compile(r"[!?]{2,}")
# Letters spelled out with separators ("F R E E", "f.r.e.e"), which Meta treats as a trick.
_SPACED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_][ .*_~+/-]){3,}[^\W\d_](?![^\W\d_])")
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:(?:all|any|the|your|my|of|previous|prior|"
    r"above|earlier|preceding|system)\s+)*(?:instructions?|prompts?|directions)\b"
    r"|\bsystem prompt\b"
    r"|\b(?:zignoruj|ignoruj|pomiń|zapomnij)\s+(?:(?:o|wszystkie|wszystkich|wcześniejsze|"
    r"poprzednie|powyższe|wcześniejszych|poprzednich)\s+)*(?:instrukcj\w*|polece\w*)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WORD = re.compile(r"[^\W\d_]+")
# An all-capitals word after the first ("VAT", "CELTA", "USB-C") is an acronym, which does
# not make the phrase a name the way a second capitalised word does.
_ACRONYM = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2,}(?:-[A-Z0-9]+)?")

# English adjectives of nationality stay capitalised mid-sentence ("Italian flour").
_PROPER_ADJECTIVES = frozenset(
    " ".join(
        [
            "american british english french german italian japanese polish spanish swiss",
            "nordic scandinavian european alpine belgian dutch greek irish scottish austrian czech",
            "monday tuesday wednesday thursday friday saturday sunday",
        ]
    ).split()
)


def sanitize_fragment(text: str, *, drop_instructions: bool = True) -> str:
    """Make one piece of brief text safe to place in an ad or a chat message.

    Mention-like tokens (``@everyone``, ``<!channel>``, ``<@U123>``) lose their control form,
    so a draft posted to Slack cannot ping a channel; links go (the ad carries its landing
    page separately, so a link in the text can only point somewhere else); sentences that
    read like instructions to a model are dropped, because the brief is data and amplifying
    them helps nobody.
    Returns ``""`` when nothing usable is left.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub("", text)
    text = _BROADCAST.sub("", text)
    text = _SLACK_SPECIAL.sub(lambda m: (m.group(2) or m.group(1)).lstrip("@"), text)
    text = _SLACK_USER.sub(lambda m: (m.group(1) or "").lstrip("@"), text)
    text = _FB_TAG.sub(lambda m: m.group(1), text)
    text = _SLACK_LINK.sub(lambda m: m.group(1) or "", text)
    text = _LINKISH.sub("", text)
    text = _AT_WORD.sub("", text)
    text = text.replace("<", "").replace(">", "")
    if drop_instructions and _INSTRUCTION.search(text):
        kept = [s for s in _SENTENCE.findall(text) if not _INSTRUCTION.search(s)]
        text = " ".join(s.strip() for s in kept)
    return _SPACES.sub(" ", text).strip()


def clean_fragment(text: str, *, keep_caps: bool = False) -> str:
    """A sanitised fragment in ad style: no shouting, single punctuation, no end mark.

    Templates add their own punctuation, so a fragment never ends with one; "!" inside a
    fragment becomes a full stop because the one "!" a field may carry belongs to the tone.
    """
    text = sanitize_fragment(text)
    text = _SPACED.sub(_join_spaced, text)
    text = _MIXED_MARKS.sub(lambda m: "?" if "?" in m.group(0) else "!", text)
    text = _REPEATED.sub(r"\1", text)
    text = text.replace("!", ".")
    if not keep_caps:
        # An acronym among ordinary words ("a CDL-A licence") is not shouting.
        words = _WORD.findall(text)
        loud = sum(len(w) for w in words if _shouted(w))
        calm = _calm_word if loud * 2 > sum(len(w) for w in words) else _calm_long_word
        text = _WORD.sub(calm, text)
    text = _SPACES.sub(" ", text).strip().strip(_EDGE_PUNCT)
    return text


def calm_caps(text: str) -> str:
    """Title-case shouted words of a name ("SUPER BOARD PRO" -> "Super Board Pro")."""
    words = [w for w in _WORD.findall(text) if _shouted(w)]
    if len(words) <= 1:
        return text  # one capitalised word is a logo-style name, not shouting
    return _WORD.sub(
        lambda m: m.group(0).capitalize() if _shouted(m.group(0)) else m.group(0), text
    )


def _join_spaced(m: re.Match[str]) -> str:
    # Lower-case letters split by spaces are ordinary Polish ("a i w z"); only capitals
    # ("F R E E") or symbol separators ("f.r.e.e") are the trick.
    found = m.group(0)
    if " " in found and not found.isupper() and not re.search(r"[.*_~+/-]", found):
        return found
    return re.sub(r"[ .*_~+/-]", "", found)


def _calm_word(m: re.Match[str]) -> str:
    word = m.group(0)
    return word.lower() if _shouted(word) and not _in_code(m) else word


def _calm_long_word(m: re.Match[str]) -> str:
    word = m.group(0)
    loud = len(word) > 3 and _shouted(word) and not _in_code(m) and not _acronym_like(m)
    return word.lower() if loud else word


# Vowels of both languages: a capitalised word without one ("HCPC", "KRS") is read letter by
# letter, an abbreviation, never a shouted ordinary word.
_VOWELS = frozenset("AEIOUYĄĘÓ")
_NAME_WORD = re.compile(r"\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]")


def _acronym_like(m: re.Match[str]) -> bool:
    """A lone capitalised word among ordinary ones that reads as an abbreviation, which
    keeps its letters as the brief writes them: one without a vowel ("HCPC"), one joined
    by a hyphen ("HCPC-registered", "USB-C"), or one inside a name, before a capitalised
    word ("egzamin w WORD Łódź").  "FREE test ride" and "AMAZING results" stay shouting."""
    text, a, b, word = m.string, m.start(), m.end(), m.group(0)
    if not _VOWELS.intersection(word):
        return True
    if a > 0 and not text[b:].strip(" .,;:)") and sum(map(_shouted, _WORD.findall(text))) == 1:
        return True  # the one capitalised word closing a phrase names a body: "ratownika WOPR"
    if text[b : b + 1] == "-" or text[max(0, a - 1) : a] == "-":
        return True
    return a > 0 and bool(_NAME_WORD.match(text, b))


def _in_code(m: re.Match[str]) -> bool:
    """Letters joined to digits ("WINTER20") or named by a code word ("code HALFBOWL") are a
    code, which only works as written."""
    text, a, b = m.string, m.start(), m.end()
    if (a > 0 and text[a - 1].isdigit()) or (b < len(text) and text[b].isdigit()):
        return True
    return bool(_CODE_WORD.search(text[max(0, a - 16) : a]))


def _shouted(word: str) -> bool:
    return len(word) >= 3 and word.isupper() and word.upper() not in _allowed_caps()


@lru_cache(maxsize=1)
def _allowed_caps() -> frozenset[str]:
    caps = policy_rules().excessive_caps
    return frozenset(w.upper() for w in [*caps.acronyms, *caps.brands])


def capitalise(text: str) -> str:
    """The line's first letter upper-cased, a name like "iOS" or "eBay" kept as spelt."""
    return _capitalise(text)


_AND = frozenset({"and", "&", "or", "i", "oraz", "lub"})


@lru_cache(maxsize=4096)
def decapitalise(text: str) -> str:
    """Lower-case a leading ordinary word for mid-sentence use ("Free waxing" -> "free
    waxing"), but leave names, acronyms and nationalities ("SnowPeak", "USB", "Italian",
    "Tatry Explorer", "Bosch and Shimano motors").  Cached: a brief's few fragments are
    decapitalised for every line that names them."""
    m = _WORD.match(text)
    if not m:
        return text
    word = m.group(0)
    if word == "A":
        return "a" + text[1:]  # the English article, never a name
    if len(word) < 2 or not (word[0].isupper() and word[1:].islower()):
        return text
    if word.lower() in _PROPER_ADJECTIVES:
        return text
    rest = text[len(word) :].split()
    if rest and rest[0][:1].isupper() and not _ACRONYM.fullmatch(rest[0].rstrip(".,;:")):
        return text  # "Tatry Explorer", "Peak Pro": a name; "Faktura VAT" is a phrase
    if len(rest) > 1 and rest[0].casefold() in _AND and rest[1][:1].isupper():
        return text  # "Bosch and Shimano motors": names joined by "and"
    return word.lower() + text[len(word) :]


_AFTER_BRAND = re.compile(r"\s*[-–—:|]\s+(?=\S)")


def without_brand(product: str, brand: str) -> str:
    """The product line without a leading "Brand - " ("Lingomo - language-learning app ..."
    -> "Language-learning app ..."): the drafts add the brand themselves ("... by Lingomo"),
    and a shortened product cut after the dash would start with it ("- language-learning
    app").  A product that only begins with the brand's word ("Lingomo Plus") is a name and
    stays whole."""
    if not brand or product[: len(brand)].casefold() != brand.casefold():
        return product
    # a plain prefix test first: a pattern built from each brief's brand would be compiled
    # anew for every brief of a batch
    m = _AFTER_BRAND.match(product, len(brand))
    rest = product[m.end() :].strip() if m else ""
    return capitalise(rest) if len(rest.split()) >= 2 else product


@lru_cache(maxsize=4096)
def tidy(text: str) -> str:
    """Normalise spacing and punctuation of a drafted field and keep at most one "!".
    Cached: a draft's fitting and the variant lines tidy the same texts again."""
    text = _SPACES.sub(" ", text).strip()
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    text = re.sub(r"([.!?])[.,;:]+", r"\1", text)
    text = re.sub(r":[.]", ".", text)
    text = _REPEATED.sub(r"\1", text)
    first = text.find("!")
    if first != -1:
        text = text[: first + 1] + text[first + 1 :].replace("!", ".")
        text = _REPEATED.sub(r"\1", text)
    return text


def end_sentence(text: str) -> str:
    """Close a trimmed text with a full stop unless it already ends a sentence."""
    text = text.rstrip(" ,;:–—-")
    return text if not text or text[-1] in ".!?…" else text + "."


_CURRENCY_AFTER = re.compile(r"(\d)[ \u00a0]?(zł|PLN|EUR|GBP|USD|CHF)(?!\w)")
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]+)"')
_CURLY_QUOTES = re.compile(r"\u201c([^\u201d\n]+)\u201d")


@lru_cache(maxsize=4096)
def typography(text: str, lang: str) -> str:
    """House typography: a no-break space between an amount and its currency ("99 zł" never
    breaks across lines), and Polish quotation marks („…”) in Polish text.  Cached, as
    :func:`tidy` is."""
    text = _CURRENCY_AFTER.sub("\\1\u00a0\\2", text)
    if lang == "pl":
        text = _STRAIGHT_QUOTES.sub("\u201e\\1\u201d", text)
        text = _CURLY_QUOTES.sub("\u201e\\1\u201d", text)
    return text


_CODE_AMOUNT = re.compile(
    r"(?<![\w£€$])(?:(?P<n1>\d+(?:[.,]\d+)?)\s?(?P<c1>GBP|EUR|USD|PLN)"
    r"|(?P<c2>GBP|EUR|USD|PLN)\s?(?P<n2>\d+(?:[.,]\d+)?))(?!\w)"
)
# how an ad writes an amount a brief gives with its ISO code: buyers read "£60", "60 zł"
_AD_MONEY = {
    "en": {"GBP": "£{n}", "EUR": "€{n}", "USD": "${n}"},
    "pl": {"PLN": "{n} zł"},
}


def local_money(text: str, lang: str, countries: Sequence[str] = ()) -> str:
    """ "orders over 60 GBP" -> "orders over £60" in English copy, "60 PLN" -> "60 zł" in
    Polish: the same amount, written as a buyer reads it (ISO codes stay in plan tables).

    US dollars are "US$60" where an ad also reaches a country whose own currency is written
    "$" (Canada, Australia): a bare "$60" would state a different price there."""
    forms = dict(_AD_MONEY.get(lang, {}))
    if "USD" in forms and countries:
        from adsage.checks.brief_money import dollar_clash

        if dollar_clash(countries, "USD"):
            forms["USD"] = "US${n}"

    def one(m: re.Match[str]) -> str:
        code, n = (m["c1"], m["n1"]) if m["c1"] else (m["c2"], m["n2"])
        form = forms.get(code)
        return form.format(n=n) if form else m.group(0)

    return _CODE_AMOUNT.sub(one, text) if forms else text


_CURRENCY = re.compile(
    r"(?<!\w)(?:US|CA|AU|A|NZ)\$|[£€$]|(?<!\w)(?:GBP|EUR|USD|PLN|zł)(?!\w)", re.IGNORECASE
)


def no_currency(text: str) -> str:
    """``text`` without currency signs and codes, to match "$249" in an ad with "249 USD"
    in the brief (:func:`local_money` writes the one from the other)."""
    return _CURRENCY.sub(" ", text)
