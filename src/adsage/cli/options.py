"""Options every command that can draft with a model shares: ``--llm`` and its endpoint."""

from __future__ import annotations

from typing import Any

from adsage.errors import BadInput


def llm_settings(llm: str | None, **overrides: Any) -> Any:
    """Settings for ``--llm``; a model run without an endpoint is refused before any work."""
    from adsage.config import load_settings

    if llm not in (None, "offline", "openai"):
        raise BadInput(f"--llm must be offline or openai, not '{llm}'")
    settings = load_settings(llm=llm, **overrides)
    if settings.llm == "openai" and not (settings.openai_base_url or settings.openai_api_key):
        raise BadInput(
            "--llm openai needs an endpoint: set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL "
            "(a local server such as Ollama or vLLM)"
        )
    return settings
