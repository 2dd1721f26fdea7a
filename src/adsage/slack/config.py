"""Slack credentials and endpoints, read from the environment in one place.

Tokens are kept as ``SecretStr`` so a stray ``repr`` or log line shows ``**********`` rather
than a credential; only the code that builds the Web API client unwraps them.
"""

from __future__ import annotations

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from adsage.errors import ConfigError

_HINTS = {
    "SLACK_BOT_TOKEN": "the bot token (xoxb-...) from OAuth & Permissions",
    "SLACK_APP_TOKEN": "an app-level token (xapp-...) with connections:write for Socket Mode",
    "SLACK_SIGNING_SECRET": "the signing secret from Basic Information, needed in HTTP mode",
}


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

    def secret(self, env: str) -> str:
        """The named credential, or a one-line ConfigError naming the variable to set."""
        field = {
            "SLACK_BOT_TOKEN": self.bot_token,
            "SLACK_APP_TOKEN": self.app_token,
            "SLACK_SIGNING_SECRET": self.signing_secret,
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
        for s in (self.bot_token, self.app_token, self.signing_secret):
            if s is not None and s.get_secret_value().strip():
                out.append(s.get_secret_value().strip())
        return out


def load_slack_settings() -> SlackSettings:
    return SlackSettings()
