"""The chat's /help and usage errors come from the catalogue, in the conversation's language."""

from __future__ import annotations

from collections.abc import Callable

from chat_support import Driver


def test_polish_help_lists_every_command_in_polish(make_chat: Callable[..., Driver]) -> None:
    from adsage.chat.commands import COMMANDS
    from adsage.i18n import t

    out = make_chat(lang="pl").send("/help")
    assert out.startswith("Polecenia:") and "Commands:" not in out
    for name in COMMANDS:
        assert t(f"chat.help.{name}", "pl") in out, name
    assert "/variants POLE [N]" in out and "Albo po prostu pisz" in out


def test_usage_errors_follow_the_language(make_chat: Callable[..., Driver]) -> None:
    pl = make_chat(lang="pl")
    assert "N musi być liczbą od 1 do 10, a nie 'dużo'; użycie: /copy [N]" in pl.send("/copy dużo")
    assert "podaj nazwę pliku .csv; użycie: /export PLIK.csv" in pl.send("/export out.xlsx")
    en = make_chat(lang="en")
    assert "N must be a number from 1 to 10, not 'lots'; usage: /copy [N]" in en.send("/copy lots")
