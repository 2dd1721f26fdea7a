"""One settings object for every surface.

Each setting is a keyword-only argument with an environment fallback, so tests build
``Settings(home=tmp)`` and users set ``ADSAGE_HOME``; nothing reads the environment
anywhere else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from adsage.errors import ConfigError


def _default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("adsage", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ADSAGE_", extra="ignore", frozen=True)

    home: Path = Field(default_factory=_default_home)
    # Where the ready-built encoder is kept (default: <home>/models); several homes can share one.
    model_dir: Path | None = None
    chroma_url: str | None = None
    # Shared state (sessions, Slack threads and event claims, batch checkpoints and queue,
    # publish records, Slack installations): unset keeps the SQLite file
    # <home>/state.sqlite; a postgresql://user:password@host:5432/database URL (or a
    # sqlite:////path/state.sqlite URL on one machine) lets several workers share it.
    database_url: str | None = None
    # Slack workers: seconds a worker's unfinished turn may go without a heartbeat before
    # another worker takes it over, and seconds a stopping worker waits for its turns.
    slack_lease: float = Field(default=30.0, ge=1)
    slack_grace: float = Field(default=20.0, ge=0)
    collection: str = "adsage"
    lock_timeout: float = Field(default=60.0, ge=0)
    llm: Literal["offline", "openai"] = "offline"
    model: str | None = None
    max_tokens_per_plan: int | None = Field(default=None, gt=0)
    # Seconds a model server may stay silent (before the first token or between tokens of a
    # streamed answer); a slow model that keeps producing tokens is not cut off.
    llm_timeout: float = Field(default=60.0, gt=0)
    # The model's context window in tokens (None: ask the server, or learn it from its error).
    llm_context: int | None = Field(default=None, ge=256)
    # Seconds one plan may spend asking the model; parts not drafted by then come offline.
    plan_deadline: float | None = Field(default=900.0, gt=0)
    # Consumption caps (OWASP LLM10): completion tokens per model request, tokens per batch
    # of briefs, and model calls in flight per process.
    llm_max_tokens: int = Field(default=4096, gt=0)
    max_tokens_per_batch: int | None = Field(default=None, gt=0)
    max_concurrent_llm: int = Field(default=4, ge=1, le=64)
    # A model conversation turn (chat, Slack): tool calls and tokens it may spend, and the one
    # folder the chat may read result exports from (None: the folder the chat started in).
    chat_max_tool_calls: int = Field(default=8, ge=1, le=50)
    chat_max_tokens: int = Field(default=40000, gt=0)
    # Earlier messages of the conversation shown to the model with each turn (0: none), so
    # "make it shorter" or "the second one" can be understood; each is cut to a few lines.
    chat_history: int = Field(default=6, ge=0, le=40)
    files_root: Path | None = None
    # Extra domains (comma-separated) that indexed guidance may link to besides Meta's own.
    knowledge_hosts: str = ""
    # The MCP server: the one folder its tools may read files from, and the bearer token HTTP
    # clients must send (required when it listens beyond loopback).
    mcp_root: Path | None = None
    mcp_token: str | None = None
    # Whose guidance comes first when both cover a question: the user's own indexed documents
    # ("mine"), the bundled guidance ("bundled"), or neither ("equal": one relevance ranking).
    knowledge_priority: Literal["mine", "bundled", "equal"] = "mine"
    # Off: answer only from the user's own documents.
    knowledge_bundled: bool = True
    openai_api_key: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "ADSAGE_OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "ADSAGE_OPENAI_BASE_URL")
    )
    # Marketing API (`adsage publish`, `adsage insights`): the Graph host and version (a proxy
    # or a local stand-in may replace Meta's), the token and the default ad account.
    graph_url: str = "https://graph.facebook.com"
    graph_version: str | None = None
    meta_access_token: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("META_ACCESS_TOKEN", "ADSAGE_META_ACCESS_TOKEN"),
    )
    meta_ad_account_id: str | None = Field(
        default=None,
        validation_alias=AliasChoices("META_AD_ACCOUNT_ID", "ADSAGE_META_AD_ACCOUNT_ID"),
    )

    @field_validator("graph_url")
    @classmethod
    def _check_graph_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("graph_version")
    @classmethod
    def _check_graph_version(cls, value: str | None) -> str | None:
        import re

        if value in (None, ""):
            return None
        assert value is not None
        if not re.fullmatch(r"v\d+\.\d+", value):
            raise ValueError("write the version as v<major>.<minor>, e.g. v25.0")
        return value

    @field_validator("chroma_url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        assert value is not None
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("database_url")
    @classmethod
    def _check_database_url(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        assert value is not None
        if value.startswith("sqlite:////"):  # an absolute path: workers on one machine
            return value
        if not value.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
            raise ValueError(
                "must be a postgresql://user:password@host:5432/database URL, or "
                "sqlite:////absolute/path/state.sqlite for workers on one machine "
                "(unset it to keep the SQLite file under ADSAGE_HOME)"
            )
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            port = make_url(value.replace("postgres://", "postgresql://", 1)).port
        except (ArgumentError, ValueError):
            port = -1
        if port is not None and not 0 < port < 65536:
            raise ValueError("is not a valid URL: write postgresql://user:password@host:5432/db")
        return value

    @property
    def state_url(self) -> str:
        """The state database URL, the SQLite default spelled out."""
        return self.database_url or f"sqlite:///{self.home / 'state.sqlite'}"

    @property
    def allowed_knowledge_hosts(self) -> list[str]:
        return [h.strip().lower() for h in self.knowledge_hosts.split(",") if h.strip()]

    @property
    def chroma_dir(self) -> Path:
        return self.home / "chroma"

    @property
    def sentences_path(self) -> Path:
        return self.home / "sentences.sqlite"

    @property
    def lock_path(self) -> Path:
        return self.home / "index.lock"

    def require(self, name: str, option: str) -> object:
        """Return a setting or fail naming both the CLI option and the environment variable."""
        value = getattr(self, name)
        if value in (None, ""):
            env = {
                "openai_api_key": "OPENAI_API_KEY",
                "openai_base_url": "OPENAI_BASE_URL",
            }.get(name, f"ADSAGE_{name.upper()}")
            raise ConfigError(f"missing setting {name}: pass {option} or set {env}")
        return value


def ensure_home(home: Path) -> Path:
    """Create the data folder.  A path that cannot be a folder (``ADSAGE_HOME=/proc/nope``, a
    file in the way) is a setting to fix, not a broken index to rebuild."""
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"ADSAGE_HOME {home}: cannot create the folder ({exc.strerror or exc}); "
            "set ADSAGE_HOME to a folder you can write to"
        ) from None
    return home


def load_settings(**overrides: Any) -> Settings:
    """Build settings, turning validation errors into one line naming the variable."""
    from pydantic import ValidationError

    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**clean)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else "settings"
        raise ConfigError(
            f"invalid setting {field} (ADSAGE_{field.upper()}): {err['msg']}"
        ) from None
