"""Secrets out of everything adsage writes, and the input caps every surface shares.

Keys reach adsage in two ways: through the environment (``OPENAI_API_KEY``, Slack tokens) and
through text people paste (a brief that quotes a key, an error body that echoes one).  Either
can end up in an error line, a Slack post, a chat transcript in ``state.sqlite`` or a
``--verbose`` prompt trace, so each of those boundaries calls :func:`redact` on what it
writes.  Matching both the configured values *and* key-shaped strings is deliberate: a
configured value catches a key of any shape; the patterns catch keys adsage was never told
about (a colleague's key in a pasted brief).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Sequence

REDACTED = "[redacted]"

# Input caps: a surface rejects longer input with one line instead of feeding it to the model.
MAX_QUESTION_CHARS = 1000  # ask, search, a chat question
MAX_CHAT_CHARS = 64 * 1024  # one chat message (a pasted YAML brief fits, as in a brief file)

# Shapes of credentials adsage meets: OpenAI (sk-, sk-proj-, sk-test-), Slack bot/user/app
# tokens, bearer headers, GitHub and AWS access keys.
_PATTERNS = re.compile(
    r"\bsk-[A-Za-z0-9_\-]{8,}"
    r"|\bx(?:ox[abprse]|app)-[A-Za-z0-9\-]{6,}"
    r"|\bBearer\s+[A-Za-z0-9._\-~+/]{12,}=*"
    r"|\bgh[pousr]_[A-Za-z0-9]{20,}"
    r"|\bAKIA[0-9A-Z]{16}\b"
)
# Environment variables whose values are credentials wherever they appear.
_SECRET_ENV = re.compile(r"(?:KEY|TOKEN|SECRET|PASSWORD)$")
_MIN_SECRET = 8  # shorter values would redact ordinary words


def configured_secrets() -> list[str]:
    """Credential values from the environment, longest first (so a key that contains
    another is replaced whole).  Read on every call: tests and the Slack bot set them late."""
    values = {
        v.strip()
        for k, v in os.environ.items()
        if _SECRET_ENV.search(k.upper()) and len(v.strip()) >= _MIN_SECRET
    }
    return sorted(values, key=len, reverse=True)


def redact(text: str, extra: Iterable[str] = (), *, secrets: Sequence[str] | None = None) -> str:
    """``text`` with configured secrets, ``extra`` values and key-shaped strings replaced;
    ``secrets``: :func:`configured_secrets` already read by the caller."""
    if not text:
        return text
    out = str(text)
    known = configured_secrets() if secrets is None else secrets
    for secret in [*sorted((e for e in extra if e), key=len, reverse=True), *known]:
        if len(secret) >= _MIN_SECRET:
            out = out.replace(secret, REDACTED)
    return _PATTERNS.sub(REDACTED, out)


def redact_data(value: object, secrets: Sequence[str] | None = None) -> object:
    """:func:`redact` applied to every string inside nested lists and dicts (the environment
    is read once per call, not once per string: a brief has hundreds of them)."""
    if secrets is None:
        secrets = configured_secrets()
    if isinstance(value, str):
        return redact(value, secrets=secrets)
    if isinstance(value, list):
        return [redact_data(v, secrets) for v in value]
    if isinstance(value, dict):
        return {k: redact_data(v, secrets) for k, v in value.items()}
    return value


# Bidirectional embeddings, overrides and isolates (U+202E and friends): echoed to a terminal
# they reorder everything printed after them, so "txt.exe" can show as "exe.txt".
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|" + BIDI_CONTROLS.pattern)


def strip_controls(value: object) -> object:
    """C0/C1 control characters (not tab or newlines) and bidirectional controls removed from
    every nested string."""
    if isinstance(value, str):
        return _CONTROLS.sub("", value)
    if isinstance(value, list):
        return [strip_controls(v) for v in value]
    if isinstance(value, dict):
        return {k: strip_controls(v) for k, v in value.items()}
    return value


class RedactingFilter(logging.Filter):
    """Redacts the formatted message and any traceback of every record it sees; attach it to
    a handler so third-party libraries' log lines are covered too."""

    def __init__(self, extra: Iterable[str] = ()) -> None:
        super().__init__()
        self.extra = list(extra)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage(), self.extra)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(
                logging.Formatter().formatException(record.exc_info), self.extra
            )
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text, self.extra)
        return True
