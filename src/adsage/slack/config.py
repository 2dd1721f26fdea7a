"""Slack credentials and endpoints, read from the environment in one place.

Tokens are kept as ``SecretStr`` so a stray ``repr`` or log line shows ``**********`` rather
than a credential; only the code that builds the Web API client unwraps them.
"""

from __future__ import annotations

from typing import Any

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from adsage.errors import ConfigError

_HINTS = {
    "SLACK_BOT_TOKEN": "the bot token (xoxb-...) from OAuth & Permissions",
    "SLACK_APP_TOKEN": "an app-level token (xapp-...) with connections:write for Socket Mode",
    "SLACK_SIGNING_SECRET": "the signing secret from Basic Information, needed in HTTP mode",
    "SLACK_CLIENT_ID": "the Client ID from Basic Information, needed with --oauth",
    "SLACK_CLIENT_SECRET": "the Client Secret from Basic Information, needed with --oauth",
}
# What the bot asks for when a workspace installs it (distribution mode): mentions, DMs, the
# /adsage command, replies and CSV uploads.
DEFAULT_SCOPES = "app_mentions:read,chat:write,commands,files:write,im:history"


class SlackSettings(BaseSettings):
    model_config = SettingsConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    bot_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_BOT_TOKEN", "bot_token")
    )
    app_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_APP_TOKEN", "app_token")
    )
    signing_secret: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "signing_secret")
    )
    api_url: str | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_API_URL", "api_url")
    )
    # Distribution mode (``adsage slack --http --oauth``): any workspace installs the app at
    # /slack/install and gets its own bot token, kept in the state database.
    oauth: bool = Field(default=False, validation_alias=AliasChoices("SLACK_OAUTH", "oauth"))
    client_id: str | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_CLIENT_ID", "client_id")
    )
    client_secret: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_CLIENT_SECRET", "client_secret")
    )
    scopes: str = Field(
        default=DEFAULT_SCOPES, validation_alias=AliasChoices("SLACK_SCOPES", "scopes")
    )
    # The public URL Slack sends the installer back to (https://host/slack/oauth_redirect);
    # unset, the one registered in the app's settings.
    redirect_uri: str | None = Field(
        default=None, validation_alias=AliasChoices("SLACK_REDIRECT_URI", "redirect_uri")
    )
    # Slack's authorisation page; a local stand-in replaces it in tests.
    authorize_url: str = Field(
        default="https://slack.com/oauth/v2/authorize",
        validation_alias=AliasChoices("SLACK_AUTHORIZE_URL", "authorize_url"),
    )

    def secret(self, env: str) -> str:
        """The named credential, or a one-line ConfigError naming the variable to set."""
        field = {
            "SLACK_BOT_TOKEN": self.bot_token,
            "SLACK_APP_TOKEN": self.app_token,
            "SLACK_SIGNING_SECRET": self.signing_secret,
            "SLACK_CLIENT_ID": SecretStr(self.client_id) if self.client_id else None,
            "SLACK_CLIENT_SECRET": self.client_secret,
        }[env]
        value = field.get_secret_value().strip() if field is not None else ""
        if not value:
            raise ConfigError(f"missing setting: set {env} ({_HINTS[env]})")
        return value

    def base_url(self) -> str | None:
        """``SLACK_API_URL`` with the trailing slash slack_sdk joins method names onto."""
        url = (self.api_url or "").strip()
        if not url:
            return None
        if not url.startswith(("http://", "https://")):
            raise ConfigError("invalid setting SLACK_API_URL: must start with http:// or https://")
        return url if url.endswith("/") else url + "/"

    def secrets(self) -> list[str]:
        """Every configured credential, for scrubbing text before it leaves the process."""
        out = []
        for s in (self.bot_token, self.app_token, self.signing_secret, self.client_secret):
            if s is not None and s.get_secret_value().strip():
                out.append(s.get_secret_value().strip())
        return out

    def scope_list(self) -> list[str]:
        return [s.strip() for s in self.scopes.split(",") if s.strip()]


def load_slack_settings(**overrides: Any) -> SlackSettings:
    """The Slack settings; a malformed value is one line naming its variable."""
    from pydantic import ValidationError

    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return SlackSettings(**clean)
    except ValidationError as exc:
        err = exc.errors()[0]
        name = str(err["loc"][0]) if err["loc"] else "settings"
        env = name if name.startswith("SLACK_") else f"SLACK_{name.upper()}"
        raise ConfigError(f"invalid setting {env}: {err['msg']}") from None
