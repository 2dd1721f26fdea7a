"""The ``adsage variants`` summary and the ``variants abplan`` sizing printout."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "variants.head": (
        "{name}: testing {vary} ({n} ads, {language})",
        "{name}: testowany element: {vary} (reklamy: {n}, {language})",
    ),
    "variants.badge.ok": ("ok", "ok"),
    "variants.badge.warnings": ("warnings", "ostrzeżenia"),
    "variants.badge.errors": ("errors", "błędy"),
    "variants.test_finding": ("test {severity}", "test, {severity}"),
    "variants.plan": ("plan", "plan"),
    "abplan.sample": ("Sample per variant", "Próba na wariant"),
    "abplan.impressions": ("Impressions needed", "Potrzebne wyświetlenia"),
    "abplan.budget": ("Budget needed", "Potrzebny budżet"),
    "abplan.days": ("Days needed", "Potrzebne dni"),
    "abplan.verdict": ("Verdict", "Werdykt"),
    "abplan.warning": ("Warning", "Uwaga"),
    "abplan.unit_ctr": ("impressions", "wyświetleń"),
    "abplan.unit_cvr": ("clicks", "kliknięć"),
    "abplan.at_cpm": ("at CPM", "przy CPM"),
    "abplan.per_day": ("a day", "dziennie"),
}
