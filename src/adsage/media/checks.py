"""Pure checks of media facts per placement: facts in, findings out.

Ratios, minimum sizes, video lengths and safe zones come from creative.yaml (the same specs
``adsage check creative`` uses); file formats, sizes, codecs and the text advice from
media.yaml.  Every message is in the EN/PL catalogue.  The text-like detail estimate is a
heuristic, so whatever rests on it (safe zones, text share) only warns.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from adsage.i18n import number, percent, plural, t
from adsage.media.density import band_shares, share
from adsage.media.facts import MediaFacts
from adsage.media.rules import MediaRules, media_rules
from adsage.models.findings import Finding, Severity
from adsage.rules.base import SourcedRule, finding
from adsage.rules.campaign import CreativeRules, ImageSpec, SafeZone, VideoSpec, creative_rules

MB = 2**20
# Ratios are named a:b only when b is a side people use (1:1, 3:2, 4:5, 16:9, 9:16, ...).
_NAMED_SIDES = frozenset({1, 2, 3, 4, 5, 9, 16})


def ratio_label(value: float, lang: str = "en") -> str:
    """0.5625 -> "9:16", 1.91 -> "1.91:1": the way marketers name ratios."""
    frac = Fraction(value).limit_denominator(16)
    if frac.denominator in _NAMED_SIDES and abs(float(frac) - value) <= value * 0.005:
        return f"{frac.numerator}:{frac.denominator}"
    return f"{number(value, lang, 2)}:1"


def _need(spec: ImageSpec | VideoSpec, lang: str) -> str:
    low, high = ratio_label(spec.ratio_min, lang), ratio_label(spec.ratio_max, lang)
    return low if low == high else f"{low} - {high}"


def place(placement: str, lang: str) -> str:
    key = f"media.place.{placement}"
    return t(key, lang) if _has(key) else placement.replace("_", " ")


def _has(key: str) -> bool:
    from adsage.i18n import has

    return has(key)


def check_media(facts: MediaFacts, placements: Sequence[str], lang: str = "en") -> list[Finding]:
    """Every finding for one file on every placement it will run in."""
    rules, creative = media_rules(), creative_rules()
    out = _file(facts, rules, lang)
    for placement in placements:
        out += _placement(facts, placement, creative, lang)
        zone = creative.safe_zones.get(placement)
        if zone is not None:
            out += _safe_zone(facts, zone, placement, rules, lang)
    out += _text_share(facts, rules, lang)
    return out


def _kind(facts: MediaFacts, lang: str) -> str:
    return t(f"media.kind.{facts.kind}", lang)


def _say(
    rule: str,
    fact: SourcedRule,
    key: str,
    field: str,
    lang: str,
    *,
    fix: str | None = None,
    severity: Severity | None = None,
    **kw: object,
) -> Finding:
    """A finding worded by catalogue ``key``; the suggestion is ``fix`` (default key.fix)."""
    return finding(
        rule,
        severity or fact.severity,
        t(key, lang, **kw),
        fact,
        field=field,
        suggestion=t(fix or f"{key}.fix", lang),
    )


def _file(facts: MediaFacts, rules: MediaRules, lang: str) -> list[Finding]:
    out: list[Finding] = []
    size_rule = rules.image_file if facts.kind == "image" else rules.video_file
    if facts.size_bytes > size_rule.max_bytes:
        size = number(facts.size_bytes / MB, lang, 1)
        limit = number(size_rule.max_bytes / MB, lang, 0)
        kind = _kind(facts, lang)
        rule = f"media.{facts.kind}.file_size"
        out.append(
            _say(rule, size_rule, "media.file.too_big", facts.label, lang, kind=kind, size=size,
                 limit=limit)
        )  # fmt: skip
    if facts.kind == "image":
        out += _image_file(facts, rules, lang)
    else:
        out += _video_file(facts, rules, lang)
    return out


def _image_file(facts: MediaFacts, rules: MediaRules, lang: str) -> list[Finding]:
    out: list[Finding] = []
    fmt, colour, field = rules.image_file, rules.image_colour, facts.label
    if facts.animated:
        gif = rules.animated_gif
        out.append(_say("media.image.animated", gif, "media.image.animated", field, lang))
    elif facts.format not in fmt.formats:
        # other formats are converted on upload: worth knowing, never a rejection
        out.append(
            _say("media.image.format", fmt, "media.image.format", field, lang,
                 severity="warning", fmt=facts.format)
        )  # fmt: skip
    if facts.mode and facts.mode not in colour.modes:
        out.append(
            _say("media.image.colour_mode", colour, "media.image.colour", field, lang,
                 mode=facts.mode)
        )  # fmt: skip
    if facts.exif_rotated:
        out.append(
            Finding(
                rule="media.image.exif_rotation",
                severity="info",
                message=t("media.image.exif", lang, width=facts.width, height=facts.height),
                field=field,
                suggestion=t("media.image.exif.fix", lang),
            )
        )
    return out


def _video_file(facts: MediaFacts, rules: MediaRules, lang: str) -> list[Finding]:
    out: list[Finding] = []
    field, vf, codecs, enc = facts.label, rules.video_file, rules.video_codecs, rules.video_encode
    if facts.format not in vf.containers:
        out.append(
            _say("media.video.container", vf, "media.video.container", field, lang,
                 container=facts.format)
        )  # fmt: skip
    codec_fix = "media.video.codec.fix"
    if facts.video_codec not in codecs.video:
        out.append(
            _say("media.video.codec", codecs, "media.video.codec", field, lang,
                 codec=facts.video_codec)
        )  # fmt: skip
    if facts.audio_codec and facts.audio_codec not in codecs.audio:
        out.append(
            _say("media.video.audio_codec", codecs, "media.video.audio_codec", field, lang,
                 fix=codec_fix, codec=facts.audio_codec)
        )  # fmt: skip
    if facts.audio_codec is None:
        audio = rules.video_audio
        out.append(_say("media.video.no_audio", audio, "media.video.no_audio", field, lang))
    if facts.fps and not enc.min_fps <= facts.fps <= enc.max_fps:
        lo, hi = number(enc.min_fps, lang), number(enc.max_fps, lang)
        fps = number(facts.fps, lang, 2)
        out.append(
            _say("media.video.frame_rate", enc, "media.video.fps", field, lang, fps=fps, min=lo,
                 max=hi)
        )  # fmt: skip
    need = enc.min_kbps_per_megapixel * facts.width * facts.height / 1e6
    if facts.bitrate and facts.bitrate / 1000 < need:
        kbps, floor = number(facts.bitrate / 1000, lang, 0), number(need, lang, 0)
        w, h = facts.width, facts.height
        out.append(
            _say("media.video.bitrate", enc, "media.video.bitrate", field, lang, kbps=kbps,
                 need=floor, width=w, height=h)
        )  # fmt: skip
    return out


def _placement(
    facts: MediaFacts, placement: str, creative: CreativeRules, lang: str
) -> list[Finding]:
    where = place(placement, lang)
    out: list[Finding] = []
    spec: ImageSpec | VideoSpec | None
    if facts.kind == "video" or facts.animated:
        spec = creative.videos.get(placement)
        if spec is not None and facts.kind == "video":
            out += _duration(facts, spec, where, lang)
    else:
        spec = creative.images.get(placement)
    if spec is None:
        return out
    dims = {"kind": _kind(facts, lang), "width": facts.width, "height": facts.height}
    if not spec.ratio_ok(facts.width, facts.height):
        key = "media.ratio.padded" if spec.off_ratio == "padded" else "media.ratio"
        severity = spec.ratio_severity if isinstance(spec, VideoSpec) else spec.severity
        out.append(
            finding(
                f"media.{facts.kind}.aspect_ratio",
                severity,
                t(
                    key,
                    lang,
                    **dims,
                    ratio=ratio_label(facts.ratio, lang),
                    where=where,
                    need=_need(spec, lang),
                    tolerance=percent(spec.tolerance, lang),
                ),
                spec,
                field=facts.label,
                suggestion=t("media.ratio.fix", lang, need=_need(spec, lang), where=where),
            )
        )
    if isinstance(spec, ImageSpec):
        out += _resolution(facts, spec, where, dims, lang)
    return out


def _resolution(
    facts: MediaFacts, spec: ImageSpec, where: str, dims: dict[str, object], lang: str
) -> list[Finding]:
    if (spec.min_width and facts.width < spec.min_width) or (
        spec.min_height and facts.height < spec.min_height
    ):
        return [
            finding(
                "media.image.resolution",
                spec.severity,
                t(
                    "media.size.small",
                    lang,
                    **dims,
                    min_width=spec.min_width,
                    min_height=spec.min_height,
                    where=where,
                ),
                spec,
                field=facts.label,
                suggestion=t("media.size.small.fix", lang),
            )
        ]
    if spec.recommended_width and facts.width < spec.recommended_width:
        rec = {"rec_width": spec.recommended_width, "rec_height": spec.recommended_height}
        return [
            finding(
                "media.image.resolution",
                "warning",
                t("media.size.recommended", lang, **dims, **rec, where=where),
                spec,
                field=facts.label,
                suggestion=t("media.size.recommended.fix", lang, **rec),
            )
        ]
    return []


def _duration(facts: MediaFacts, spec: VideoSpec, where: str, lang: str) -> list[Finding]:
    d = facts.duration_s
    if d is None or spec.min_duration_s <= d <= spec.max_duration_s:
        return []
    lim = {"min": number(spec.min_duration_s, lang), "max": number(spec.max_duration_s, lang)}
    fix = "media.video.long.fix" if d > spec.max_duration_s else "media.video.short.fix"
    return [
        finding(
            "media.video.duration",
            spec.severity,
            t("media.video.long", lang, duration=number(d, lang, 1), where=where, **lim),
            spec,
            field=facts.label,
            suggestion=t(fix, lang, where=where, **lim),
        )
    ]


def _safe_zone(
    facts: MediaFacts, zone: SafeZone, placement: str, rules: MediaRules, lang: str
) -> list[Finding]:
    """The band of the worst sampled frame, for each covered band that holds text-like detail."""
    det = rules.detection
    worst: dict[str, tuple[float, float | None]] = {}
    for frame in facts.frames:
        for band, value in band_shares(frame.mask, zone.top, zone.bottom, zone.sides).items():
            if value > worst.get(band, (-1.0, None))[0]:
                worst[band] = (value, frame.time_s)
    where = place(placement, lang)
    sizes = {"top": zone.top, "bottom": zone.bottom, "sides": zone.sides}
    out: list[Finding] = []
    for band, (value, at) in worst.items():
        if value < det.band_min_share:
            continue
        when = (
            t("media.safe_zone.at", lang, time=number(at, lang, 1))
            if facts.kind == "video" and at is not None
            else ""
        )
        out.append(
            finding(
                f"media.safe_zone.{band}",
                zone.severity,
                t(
                    "media.safe_zone",
                    lang,
                    share=percent(value, lang, 0),
                    band=t(f"media.band.{band}", lang, share=percent(sizes[band], lang, 0)),
                    at=when,
                    where=where,
                ),
                zone,
                det,
                field=facts.label,
                suggestion=t("media.safe_zone.fix", lang, where=where),
            )
        )
    return out


def _text_share(facts: MediaFacts, rules: MediaRules, lang: str) -> list[Finding]:
    if not facts.frames:
        return []
    rule = rules.text_share
    frame = max(facts.frames, key=lambda f: share(f.mask))
    value = share(frame.mask)
    if value <= rule.max_share:
        return []
    when = (
        t("media.safe_zone.at", lang, time=number(frame.time_s, lang, 1))
        if facts.kind == "video" and frame.time_s is not None
        else ""
    )
    return [
        finding(
            "media.text_share",
            rule.severity,
            t(
                "media.text_share",
                lang,
                share=percent(value, lang, 0),
                at=when,
                limit=percent(rule.max_share, lang, 0),
            ),
            rule,
            rules.detection,
            field=facts.label,
            suggestion=t("media.text_share.fix", lang),
        )
    ]


def check_carousel(cards: Sequence[MediaFacts], lang: str = "en") -> list[Finding]:
    """2-10 cards, all at one ratio (the first card sets it)."""
    fmt = creative_rules().formats.carousel
    same = media_rules().carousel_ratio
    out: list[Finding] = []
    lim = {"min": fmt.min_cards, "max": fmt.max_cards}
    if not fmt.min_cards <= len(cards) <= fmt.max_cards:
        out.append(
            finding(
                "media.carousel.cards",
                fmt.severity,
                t(
                    "media.carousel.cards",
                    lang,
                    given=plural("media.carousel.given", len(cards), lang),
                    **lim,
                ),
                fmt,
                field="files",
                suggestion=t("media.carousel.cards.fix", lang, **lim),
            )
        )
    if not cards:
        return out
    first = cards[0].ratio
    for i, card in enumerate(cards[1:], start=2):
        if abs(card.ratio - first) > first * same.tolerance:
            out.append(
                finding(
                    "media.carousel.ratio",
                    same.severity,
                    t(
                        "media.carousel.ratio",
                        lang,
                        card=i,
                        ratio=ratio_label(card.ratio, lang),
                        first=ratio_label(first, lang),
                    ),
                    same,
                    field=card.label,
                    suggestion=t("media.carousel.ratio.fix", lang),
                )
            )
    return out
