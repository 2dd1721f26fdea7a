"""What several Slack workers share: the state database and, in distribution mode, the
workspaces' installations on that same database.

Installations and OAuth states are kept by Bolt's own SQLAlchemy stores
(``slack_installations``, ``slack_bots``, ``slack_oauth_states``), so token storage, lookup
and rotation are Slack's tested code; the tables sit beside the state store's in the one
database every worker reaches (``ADSAGE_DATABASE_URL``).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
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
_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL (None for other databases)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise ConfigError(
            "invalid setting database_url (ADSAGE_DATABASE_URL): a SQLite URL needs a file, "
            "e.g. sqlite:////srv/adsage/state.sqlite"
        )
    return Path(parsed.database)


def open_shared_state(settings: Settings) -> StateStore:
    """The state store at ``settings.state_url`` (the SQLite default unless set)."""
    from adsage.state.store import StateStore

    path = sqlite_path(settings.state_url)
    if path is None:
        raise ConfigError(
            "ADSAGE_DATABASE_URL: this version keeps its state in SQLite only; "
            "set a sqlite:/// URL or leave it unset"
        )
    return StateStore(path)


def engine(settings: Settings) -> Engine:
    """One SQLAlchemy engine per database URL and process."""
    from sqlalchemy import create_engine

    url = settings.state_url
    with _engines_lock:
        found = _engines.get(url)
        if found is not None:
            return found
        kwargs: dict[str, Any] = {"pool_pre_ping": True}
        path = sqlite_path(url)
        if path is not None:
            from adsage.config import ensure_home

            ensure_home(path.parent)
            kwargs["connect_args"] = {"timeout": 30}
        made = create_engine(url, **kwargs)
        _engines[url] = made
        return made


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
