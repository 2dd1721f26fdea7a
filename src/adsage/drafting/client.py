"""The chat model client: endpoint resolution and a client built with adsage's caps.

Kept apart from the drafting engine so every surface (plans, variants, chat answers) gets the
same client, and with it the same consumption limits (:mod:`adsage.drafting.limits`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from adsage.config import Settings
from adsage.drafting.limits import TokenMeter
from adsage.errors import ConfigError

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI

DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
# Ollama, llama.cpp and vLLM ignore the key, but the client refuses to send without one.
PLACEHOLDER_KEY = "not-needed"


def resolve_endpoint(settings: Settings) -> tuple[str | None, str, str]:
    """``(base_url, api_key, model)``; a local server needs no real key, OpenAI needs one."""
    base_url = settings.openai_base_url or None
    key = settings.openai_api_key or None
    if base_url is None and key is None:
        raise ConfigError(
            "missing setting openai_api_key: set OPENAI_API_KEY "
            "(for a local server such as Ollama set OPENAI_BASE_URL instead)"
        )
    model = settings.model or (DEFAULT_OPENAI_MODEL if base_url is None else None)
    if model is None:
        raise ConfigError("missing setting model: pass --model or set ADSAGE_MODEL")
    return base_url, key or PLACEHOLDER_KEY, model


def make_chat_model(
    settings: Settings,
    *,
    timeout: float = 60.0,
    max_retries: int = 0,
    meter: TokenMeter | None = None,
    watch: Any = None,
    streaming: bool = False,
) -> ChatOpenAI:
    """A Chat Completions client for OpenAI or any compatible server.

    ``use_responses_api=False`` because local servers only speak Chat Completions.  Retries
    default to 0: :class:`StructuredCaller` retries itself, honouring Retry-After with
    delays tests can shrink.  The client enforces the consumption caps
    (:mod:`adsage.drafting.limits`): completion tokens per request, concurrent calls per
    process and, with ``meter``, a budget shared across engines.  With ``streaming`` the
    answer arrives token by token: ``timeout`` then bounds silence, not a slow answer, and
    ``watch`` sees every piece (progress, the plan's deadline).
    """
    from adsage.drafting.limits import limited_chat_class

    base_url, key, model = resolve_endpoint(settings)
    chat: ChatOpenAI = limited_chat_class()(
        model=model,
        base_url=base_url,
        api_key=key,
        timeout=timeout,
        max_retries=max_retries,
        use_responses_api=False,
        max_tokens=settings.llm_max_tokens,
        adsage_slots=settings.max_concurrent_llm,
        adsage_wait=max(5.0, 2 * settings.llm_timeout),
        adsage_meter=meter,
        adsage_watch=watch,
        **({"streaming": True, "stream_usage": True} if streaming else {}),
    )
    return chat
