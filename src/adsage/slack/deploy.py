"""What several Slack workers share: the state database and, in distribution mode, the
workspaces' installations on that same database.

Installations and OAuth states are kept by Bolt's own SQLAlchemy stores
(``slack_installations``, ``slack_bots``, ``slack_oauth_states``), so token storage, lookup
and rotation are Slack's tested code; the tables sit beside the state store's in the one
database every worker reaches (``ADSAGE_DATABASE_URL``).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from adsage.config import Settings
from adsage.errors import ConfigError
from adsage.slack.config import SlackSettings

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from adsage.state.store import StateStore

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_SECONDS = 600  # an install link stays valid ten minutes, as in Slack's own examples


def open_shared_state(settings: Settings) -> StateStore:
    """The state store the settings name (``ADSAGE_DATABASE_URL``, else the SQLite file)."""
    from adsage.state.store import open_state

    return open_state(settings)


def engine(settings: Settings) -> Engine:
    """The state store's own engine (one pool per database and process, schema migrated)."""
    return open_shared_state(settings).engine


def oauth_options(settings: Settings, slack: SlackSettings) -> dict[str, Any]:
    """Keyword arguments for Bolt's ``App`` in distribution mode.

    Missing credentials fail here, before anything listens, naming the variable to set.
    """
    from slack_bolt.oauth.oauth_settings import OAuthSettings
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    client_id = slack.secret("SLACK_CLIENT_ID")
    client_secret = slack.secret("SLACK_CLIENT_SECRET")
    db = engine(settings)
    installs = SQLAlchemyInstallationStore(client_id=client_id, engine=db)
    states = SQLAlchemyOAuthStateStore(expiration_seconds=STATE_SECONDS, engine=db)
    _create_tables(installs, states)
    oauth = OAuthSettings(
        client_id=client_id,
        client_secret=client_secret,
        scopes=slack.scope_list(),
        redirect_uri=slack.redirect_uri,
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        authorization_url=slack.authorize_url,
        installation_store=installs,
        state_store=states,
        state_expiration_seconds=STATE_SECONDS,
    )
    # The app-level store too: Bolt then looks tokens up with the app's own Web API client
    # (SLACK_API_URL included) rather than a default one.
    return {"oauth_settings": oauth, "installation_store": installs}


def _create_tables(*stores: Any) -> None:
    """Create Bolt's tables if missing.  Workers starting together race on CREATE TABLE;
    the loser's error just means the tables now exist, which the retry confirms."""
    from sqlalchemy.exc import SQLAlchemyError

    for attempt in range(3):
        try:
            for store in stores:
                store.create_tables()
            return
        except SQLAlchemyError as exc:
            if attempt == 2:
                first = str(exc).splitlines()[0][:160]
                raise ConfigError(
                    f"ADSAGE_DATABASE_URL: cannot create the Slack install tables ({first}); "
                    "check the database is reachable and writable"
                ) from None
            time.sleep(0.2 * (attempt + 1))
