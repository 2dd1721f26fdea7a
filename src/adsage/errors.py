"""Typed errors shared by every surface.

Surfaces turn these into one line and an exit code; the core never prints or exits.
"""

from __future__ import annotations


class AdsageError(Exception):
    """Base error. ``exit_code`` tells a CLI how to finish."""

    exit_code = 1


class BadInput(AdsageError):
    """Input the user can fix (wrong field, unreadable file, bad option): exit 2.

    The message should name the field or file and say what to do.
    """

    exit_code = 2


class ConfigError(BadInput):
    """A missing or invalid setting; names both the option and the environment variable."""


class StoreError(AdsageError):
    """The knowledge store is missing, corrupt, locked or unreachable; the message names the fix."""

    exit_code = 2
