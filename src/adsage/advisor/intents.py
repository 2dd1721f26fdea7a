"""Map free-text requests to commands, in English and Polish, without a model.

Offline, "write three headlines for SnowPeak" or "napisz trzy nagłówki dla SnowPeak" must do
what ``/copy 3`` does, while "how do I write good headlines?" is a question for the knowledge
base.  So request rules are anchored: an imperative (optionally after "please", "can you",
"proszę", "możesz") or a bare noun phrase ("personas", "plan kampanii").  Anything else returns
None and the surface treats the text as a question or as brief details.  Shared by the chat and
the Slack bot, so it returns plain data and never touches a surface.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from adsage.advisor.brief_lexicon import NUMBER_WORDS
from adsage.lang.folding import fold

__all__ = ["COPY_FIELDS", "Intent", "parse_count", "route"]


@dataclass(frozen=True)
class Intent:
    """A command name as the chat spells it (``copy``, ``check``...) and its parsed arguments."""

    command: str
    args: dict[str, Any] = field(default_factory=dict)

    def as_command(self) -> str:
        """The equivalent slash command, shown so people learn the shortcut."""
        a = self.args
        parts = [f"/{self.command}"]
        if self.command == "variants":
            parts += [a.get("field", ""), str(a.get("n") or "")]
        elif self.command == "copy" and a.get("n"):
            parts.append(str(a["n"]))
        elif self.command == "check":
            parts += [a.get("kind", ""), a.get("text") or ""]
        elif self.command in ("export", "save", "load") and a.get("path"):
            parts.append(a["path"])
        elif self.command == "set":
            parts += [a.get("field", ""), a.get("value", "")]
        elif self.command == "abplan":
            for key, opt in _AB_OPTS.items():
                if key in a:
                    parts.append(
                        f"{opt} {a[key]:g}" if isinstance(a[key], float) else f"{opt} {a[key]}"
                    )
        return " ".join(p for p in parts if p)


# Fields a request can name, folded, mapped to the chat's copy/variants field names.
COPY_FIELDS = {
    "headline": r"headlines?|titles?|naglowk\w*|naglowek|tytul\w*",
    "primary_text": r"primary texts?|body texts?|main texts?|tekst\w* glown\w*|tresc\w*",
    "description": r"descriptions?|link descriptions?|opis\w*",
    "cta": r"ctas?|calls? to action|call-to-action|przycisk\w*|wezwan\w* do dzialania",
    "image": r"images?|pictures?|visuals?|creatives?|grafik\w*|zdjec\w*|obraz\w*|kreacj\w*",
    "audience": r"audiences?|targeting|grup\w* docelow\w*|odbiorc\w*|targetowan\w*",
}
_AB_OPTS = {
    "baseline": "--baseline-ctr",
    "metric": "--metric",
    "mde": "--mde",
    "variants": "--variants",
    "alpha": "--alpha",
    "power": "--power",
    "cpm": "--cpm",
    "daily_budget": "--daily-budget",
}
_NUMBER_WORD = "|".join(sorted((fold(w) for w in NUMBER_WORDS), key=len, reverse=True))
_COUNT = rf"(?:\d{{1,2}}|a few|a couple(?: of)?|{_NUMBER_WORD})"
_POLITE = (
    r"^(?:(?:hi|hey|ok|okay|so|now|then|and|cześć|czesc|hej|dobra|teraz|to|a|i|please|pls|"
    r"can you|could you|would you|will you|can i get|i need you to|i want you to|i'd like you to|"
    r"prosze|mozesz|czy mozesz|mogl\w* bys|mogl\w*bys|czy mogl\w*bys|potrzebuje|chce|chcialbym|"
    r"chcialabym|poprosze)[\s,!]+)*"
)
_WRITE = (
    r"(?:write|draft|create|generate|give me|suggest|come up with|make|produce|show me|prepare|"
    r"propose|napisz|napisac|stworz|stworzyc|wygeneruj|wygenerowac|zaproponuj|zaproponowac|"
    r"przygotuj|przygotowac|daj|wymysl|wymyslic|zrob|zrobic|podaj|pokaz|pokazac)"
)
_ALL_COPY = "|".join(COPY_FIELDS[k] for k in ("headline", "primary_text", "description", "cta"))
_COPY_NOUN = (
    rf"(?:{_ALL_COPY}|ads?|ad cop(?:y|ies)|cop(?:y|ies)|texts?|posts?|reklam\w*|tekst\w*|copy)"
)
_NEED = r"^(?:(?:i|we)\s+)?(?:need|want|would like|'d like)\s+|^(?:potrzebuje\w*|chce\w*)\s+"
_LATER_COUNT = "|".join(w for w in _NUMBER_WORD.split("|") if w not in ("a", "an", "single"))


def parse_count(word: str) -> int | None:
    """A count written as digits or a word in either language ("three", "trzy", "pięć")."""
    w = fold(word.strip().lower())
    if w.isdigit():
        return int(w)
    if w.startswith(("a few", "few")):
        return 3
    if w.startswith(("a couple", "couple")):
        return 2
    table = {fold(k): v for k, v in NUMBER_WORDS.items()}
    return table.get(w)


def _field(f: str) -> str | None:
    for name, pattern in COPY_FIELDS.items():
        if re.search(rf"(?<!\w)(?:{pattern})(?!\w)", f):
            return name
    return None


def _count_before(f: str, noun_at: int) -> int | None:
    m = re.search(rf"(?<!\w)({_COUNT})\s+(?:\w+\s+){{0,3}}$", f[:noun_at])
    if m:
        return parse_count(m.group(1))
    m = re.search(rf"(?<!\w)(\d{{1,2}}|{_LATER_COUNT})(?!\w)", f[noun_at:])
    return parse_count(m.group(1)) if m else None


def _number(f: str, pattern: str, *, percent: bool = False) -> float | None:
    m = re.search(rf"(?:{pattern})\D{{0,12}}?(\d+(?:[.,]\d+)?)\s*(%)?", f)
    if not m:
        return None
    value = float(m.group(1).replace(",", "."))
    return value / 100 if (m.group(2) or (percent and value >= 1)) else value


def _abplan(f: str) -> dict[str, Any]:
    args: dict[str, Any] = {}
    cvr = re.search(r"(?<!\w)(?:cvr|conversion rate|konwersj\w*|wspolczynnik\w* konwersji)", f)
    if cvr:
        args["metric"] = "cvr"
    base = _number(
        f, r"baseline(?: ctr| cvr)?|ctr|cvr|conversion rate|konwersj\w*|bazow\w*", percent=True
    )
    if base is not None:
        args["baseline"] = base
    mde = _number(
        f, r"mde|lift|uplift|improvement|effect|wzros\w*|popraw\w*|efekt\w*", percent=True
    )
    if mde is not None:
        args["mde"] = mde
    variants = re.search(rf"(?<!\w)({_COUNT})\s+(?:variants?|versions?|wariant\w*|wersj\w*)", f)
    if variants and parse_count(variants.group(1)):
        args["variants"] = parse_count(variants.group(1))
    cpm = _number(f, r"cpm")
    if cpm is not None:
        args["cpm"] = cpm
    daily = _number(f, r"daily budget|budzet\w* dzienn\w*|dzienn\w* budzet\w*")
    if daily is None:
        m = re.search(r"(\d+(?:[.,]\d+)?)\s*\S{0,4}\s*(?:a day|per day|daily|dziennie|na dzien)", f)
        daily = float(m.group(1).replace(",", ".")) if m else None
    if daily is not None:
        args["daily_budget"] = daily
    return args


_PATH = r"(?P<path>[\w./~\\-]+\.(?:csv|ya?ml|json))"
_SIMPLE: list[tuple[str, str]] = [
    ("help", r"help|pomoc|\?|what can you do\??|co potrafisz\??|co umiesz\??|commands|komendy"),
    (
        "brief",
        r"(?:show |pokaz )?(?:me )?(?:my |the |moj |nasz )?brief|what do you know so far\??"
        r"|co (?:juz )?wiesz\??|podsumuj brief",
    ),
    (
        "sources",
        r"sources|zrodla|where is (?:that|this) from\??|skad to wiesz\??|show sources"
        r"|pokaz zrodla|cite sources",
    ),
    (
        "reset",
        r"reset|start over|start again|new brief|zacznij od nowa|od nowa|nowy brief"
        r"|wyczysc brief",
    ),
    ("exit", r"exit|quit|bye|goodbye|koniec|wyjdz|do widzenia|papa"),
]


def route(text: str) -> Intent | None:
    """The command a free-text message asks for, or None for questions and brief details."""
    raw = text.strip()
    f = fold(raw.lower()).rstrip(" .!")
    if not f or f.startswith("/"):
        return None
    for command, pattern in _SIMPLE:
        if re.fullmatch(rf"(?:{pattern})", f):
            return Intent(command)
    body = re.sub(_POLITE, "", f)
    cut = len(f) - len(body)  # where the request starts in the original text
    # check: "check this goal: ...", "sprawdź cel: ...", "is this goal SMART: ..."
    m = re.match(
        r"(?:check|validate|verify|evaluate|assess|review|rate|sprawdz|zweryfikuj|ocen|is)\s+"
        r"(?:this |my |the |our |that |ten |moj |nasz |moja |nasza |to |tego |mojego |naszego )?"
        r"(?P<kind>goal|cel\w*|copy|ad copy|ad|text|headline|tekst\w*|reklam\w*|tresc\w*)"
        r"(?: smart)?\s*[:\-?]?\s*",
        body,
    )
    if m:
        kind = "goal" if m["kind"].startswith(("goal", "cel")) else "copy"
        rest = raw[cut + m.end() :].strip().strip("\"'„”")
        return Intent("check", {"kind": kind, "text": rest or None})
    m = re.match(
        r"(?:set|change|update|zmien|ustaw)\s+(?:the |my )?(?P<f>[a-z_]+)\s+(?:to|na|=|:)\s+", body
    )
    if m:
        return Intent("set", {"field": m["f"], "value": raw[cut + m.end() :].strip()})
    m = re.match(
        rf"(?:export|eksportuj|wyeksportuj|save|zapisz|load|wczytaj|open|otworz)\b.*?{_PATH}", body
    )
    if m:
        verb = body.split()[0]
        command = (
            ("export" if m["path"].endswith(".csv") else "save")
            if verb.startswith(("export", "eksport", "wyeksport", "save", "zapisz"))
            else "load"
        )
        return Intent(command, {"path": raw[cut + m.start("path") : cut + m.end("path")]})
    ab = re.search(r"(?<!\w)(?:a\s?/\s?b|ab|split)(?:[\s-]?test\w*)|test\w* a\s?/\s?b", body)
    variants = re.search(r"(?<!\w)(?:variants?|versions?|wariant\w*|wersj\w*)(?!\w)", body)
    request = re.match(
        rf"{_WRITE}\b|{_NEED}|(?:plan|zaplanuj|run|uruchom|size|policz|oblicz)\b", body
    )
    if (ab or variants) and (request or ab):
        fld = _field(body)
        if fld and not re.search(r"(?<!\w)(?:mde|ctr|cpm|baseline)(?!\w)", body):
            noun = re.search(rf"(?<!\w)(?:{COPY_FIELDS[fld]})(?!\w)", body)
            at = min(
                noun.start() if noun else len(body), variants.start() if variants else len(body)
            )
            return Intent("variants", {"field": fld, "n": _count_before(body, at)})
        if ab:
            return Intent("abplan", _abplan(body))
    # copy: "write three headlines for ...", "napisz trzy nagłówki dla ..."
    if re.match(rf"{_WRITE}\b|{_NEED}", body) or re.match(rf"{_COUNT}\s+{_COPY_NOUN}", body):
        noun = re.search(rf"(?<!\w){_COPY_NOUN}(?!\w)", body)
        plan = re.search(r"(?<!\w)(?:plan\w*|strategi\w*)(?!\w)", body)
        if noun and not (plan and plan.start() < noun.start()):
            fld = _field(body[noun.start() :])
            subject = re.search(r"(?<!\w)(?:for|dla|about|o)\s+(.+)$", raw[cut + noun.end() :])
            args: dict[str, Any] = {"n": _count_before(body, noun.start()), "field": fld}
            if subject:
                args["subject"] = subject.group(1).strip(" .!?")
            return Intent("copy", args)
    plan_rx = r"(?:campaign |media |marketing )?plan(?: kampanii| reklamowy| dzialan)?"
    if re.fullmatch(plan_rx + r"(?: please| prosze)?", body) or (
        re.match(rf"{_WRITE}\b|{_NEED}|build|zbuduj|rozpisz|opracuj", body)
        and re.search(r"(?<!\w)plan(?:u|em)?(?!\w)", body)
    ):
        return Intent("plan")
    persona = r"(?:buyer |audience |customer )?personas?|person[aey]|person\w* zakupow\w*|persony"
    if re.fullmatch(
        rf"(?:{_WRITE}\s+)?(?:me |the |my |some )?(?:{persona})(?: (?:for|dla) .+)?", body
    ) or (
        re.match(rf"{_WRITE}\b|{_NEED}|who (?:is|are) my|kim s", body) and re.search(persona, body)
    ):
        return Intent("persona")
    if re.search(
        r"(?:which|what|recommend|suggest|best|jakie|ktore|polec|zaproponuj|najlepsze)\s+"
        r"(?:\w+\s+){0,2}(?:formats|formaty|formatow)|^(?:ad )?formats$|^formaty(?: reklam)?$"
        rf"|^{_WRITE}\s+(?:\w+\s+){{0,2}}(?:formats?|formaty|format)(?!\w)",
        body,
    ):
        return Intent("formats")
    return None
