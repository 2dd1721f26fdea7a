"""Mechanical repairs for model output that a re-ask did not fix.

Each repair is a pure function ``value -> (new_value, description)`` where the description is
``None`` when nothing changed.  They only fix what can be fixed without understanding the
text (length, shape, a misspelt button); anything that needs rewording (a personal-attribute
question, a guaranteed result) is left to the offline fallback, because a mechanical edit of
meaning would produce copy nobody wrote.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from adsage.checks.lexicon import char_count
from adsage.models.findings import Finding
from adsage.models.plan import CopyDraft

Fix = tuple[str, str | None]

# Broadcast mentions in chat tools: harmless in an ad, disruptive when the plan is posted to
# Slack or Teams, and a sign the text was steered by injected instructions.
MENTION = re.compile(
    r"<[!@][^>\s]{0,80}>|(?<![\w.])@(?:everyone|here|channel|all)\b", re.IGNORECASE
)
# A link ends before trailing sentence punctuation ("see https://x.example, then").
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]*[^\s<>\"')\].,;:!?]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_PUNCT_RUN = re.compile(r"[!?]{2,}")
_DOTS = re.compile(r"\.{4,}")
_SENTENCE_END = re.compile(r"[.!?]\s*$")
_TRAILING = ",;:-\u2013\u2014 \t\n"
_SPACES = re.compile(r"[ \t]{2,}")
_CTA_SEP = re.compile(r"[\s\-]+")


def trim_to_length(text: str, limit: int) -> Fix:
    """Cut at the last word boundary that fits ``limit`` characters as the validator counts
    them (an emoji is one character), dropping dangling commas and dashes."""
    if char_count(text) <= limit:
        return text, None
    cut = ""
    for m in re.finditer(r"\s+", text):
        head = text[: m.start()].rstrip(_TRAILING)
        if char_count(head) > limit:
            break
        cut = head
    if not cut:  # one long word: hard cut
        cut = text
        while cut and char_count(cut) > limit:
            cut = cut[:-1]
        cut = cut.rstrip(_TRAILING)
    return cut, f"trimmed to {limit} chars"


def collapse_punctuation(text: str) -> Fix:
    """``!!!`` -> ``!``, ``?!?`` -> ``?``, ``.....`` -> ``...``."""
    out = _PUNCT_RUN.sub(lambda m: "?" if "?" in m.group(0) else "!", text)
    out = _DOTS.sub("...", out)
    return (out, "collapsed repeated punctuation") if out != text else (text, None)


def fix_shouting(text: str, keep: Iterable[str] = ()) -> Fix:
    """Lower-case words written in capitals, except acronyms and brand names in ``keep`` and
    one-letter words; a word that starts a sentence keeps its capital initial."""
    allowed = {k.upper() for k in keep}
    changed: list[str] = []

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if len(word) <= 1 or not word.isupper() or word.upper() in allowed:
            return word
        changed.append(word)
        before = text[: m.start()]
        starts = not before.strip() or _SENTENCE_END.search(before) is not None
        return word.capitalize() if starts else word.lower()

    out = _WORD.sub(swap, text)
    if not changed:
        return text, None
    return out, f"lower-cased shouted words ({', '.join(dict.fromkeys(changed))})"


def strip_mentions(text: str) -> Fix:
    out = MENTION.sub("", text)
    if out == text:
        return text, None
    return _tidy(out), "removed mentions"


def strip_links(text: str, allowed_hosts: Iterable[str] = ()) -> Fix:
    """Remove links whose host is not one of ``allowed_hosts`` (or their subdomains)."""
    hosts = [h.lower().removeprefix("www.") for h in allowed_hosts if h]

    def drop(m: re.Match[str]) -> str:
        return m.group(0) if host_allowed(m.group(0), hosts) else ""

    out = URL.sub(drop, text)
    return (_tidy(out), "removed foreign links") if out != text else (text, None)


def host_allowed(url: str, hosts: Sequence[str]) -> bool:
    raw = url if "://" in url else f"https://{url}"
    try:
        host = (urlsplit(raw).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return False
    return any(host == h or host.endswith("." + h) for h in hosts)


def closest_cta(value: str, values: Sequence[str], aliases: dict[str, str] | None = None) -> Fix:
    """The valid button nearest to ``value``: its normalised spelling, a known alias, the
    closest by spelling, else LEARN_MORE (the neutral button for any objective)."""
    if value in values:
        return value, None
    norm = _CTA_SEP.sub("_", value.strip()).upper()
    guess = norm if norm in values else (aliases or {}).get(norm)
    if guess is None:
        close = difflib.get_close_matches(norm, list(values), n=1, cutoff=0.6)
        default = "LEARN_MORE" if "LEARN_MORE" in values else values[0]
        guess = close[0] if close else default
    return guess, f'replaced "{value}" with {guess}'


def _tidy(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


COPY_FIELDS = ("primary_text", "headline", "description")


def repair_copy(
    draft: CopyDraft,
    findings: Sequence[Finding],
    *,
    placement: str = "feed",
    keep_caps: Iterable[str] = (),
    allowed_hosts: Iterable[str] = (),
) -> tuple[CopyDraft, list[str]]:
    """Apply the repairs the findings call for; descriptions read ``field: what was done``.

    Shape repairs run before trimming, since removing a mention or a link shortens the text.
    """
    from adsage.rules.ad_text import copy_rules, policy_rules

    rules = copy_rules()
    caps = policy_rules().excessive_caps
    keep = [*caps.acronyms, *caps.brands, *keep_caps]
    hosts = list(allowed_hosts)
    by_field: dict[str, set[str]] = {}
    for f in findings:
        by_field.setdefault(f.field or "", set()).add(f.rule)
    values = draft.model_dump()
    notes: list[str] = []
    for field in COPY_FIELDS:
        hit = by_field.get(field, set())
        if not hit:
            continue
        limit = rules.lengths.recommended_for(field, placement)
        text: str = values[field]
        for rule, fix in (
            ("guard.mention", strip_mentions),
            ("guard.foreign_link", lambda t: strip_links(t, hosts)),
            ("policy.excessive_caps", lambda t: fix_shouting(t, keep)),
            ("policy.excessive_punctuation", collapse_punctuation),
        ):
            if rule in hit:
                text, note = fix(text)
                if note:
                    notes.append(f"{field}: {note}")
        text, note = trim_to_length(text, limit)
        if note:
            notes.append(f"{field}: {note}")
        values[field] = text
    if "copy.cta.invalid" in by_field.get("cta", set()):
        values["cta"], note = closest_cta(values["cta"], rules.cta.values, rules.cta.aliases)
        if note:
            notes.append(f"cta: {note}")
    return CopyDraft.model_validate(values), notes
