"""Chat sessions in the shared state store: the working brief, settings and history.

The session document is rewritten and every message appended as it happens, so a crash or a
kill loses at most the message being typed.  History lives in the store's per-key log (one row
per message) rather than inside the document, so a long conversation never rewrites itself.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from adsage.errors import BadInput
from adsage.state.store import StateStore

NS = "chat"


@dataclass
class ChatSession:
    id: str
    lang: str = "en"
    brief: dict[str, Any] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)
    created: float = field(default_factory=time.time)
    # the last topic question, which a follow-up ("And for Stories?") leans on
    last_question: str = ""

    def to_doc(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "brief": self.brief,
            "sources": self.sources,
            "created": self.created,
            "last_question": self.last_question,
        }

    @classmethod
    def from_doc(cls, key: str, doc: dict[str, Any]) -> ChatSession:
        return cls(
            id=key,
            lang=str(doc.get("lang") or "en"),
            brief=dict(doc.get("brief") or {}),
            sources=list(doc.get("sources") or []),
            created=float(doc.get("created") or time.time()),
            last_question=str(doc.get("last_question") or ""),
        )


class Sessions:
    """Create, find and save chat sessions in one :class:`StateStore`."""

    def __init__(self, store: StateStore) -> None:
        self.store = store

    def new(self, lang: str = "en") -> ChatSession:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        session = ChatSession(id=f"{stamp}-{secrets.token_hex(2)}", lang=lang)
        self.save(session)
        return session

    def load(self, session_id: str | None = None) -> ChatSession:
        """A named session, or the most recently used one when ``session_id`` is None."""
        if session_id is None:
            latest = self.store.latest(NS)
            if latest is None:
                raise BadInput(
                    "--resume: no chat session to resume yet; start one with adsage chat"
                )
            return ChatSession.from_doc(*latest)
        doc = self.store.get(NS, session_id)
        if doc is None:
            known = ", ".join(self.store.keys(NS)[:5]) or "none yet"
            raise BadInput(f"--resume {session_id}: no such session (recent: {known})")
        return ChatSession.from_doc(session_id, doc)

    def save(self, session: ChatSession) -> None:
        self.store.put(NS, session.id, session.to_doc())

    def log(self, session: ChatSession, role: str, text: str) -> None:
        self.store.append(NS, session.id, {"role": role, "text": text, "at": time.time()})

    def history(self, session: ChatSession, last: int | None = None) -> list[dict[str, Any]]:
        return self.store.items(NS, session.id, last=last)
