"""Files shared in a thread: which ones the thread has, and fetching one for analysis.

A results export shared in a thread is remembered by its Slack file id.  When a turn needs
it, :func:`download` asks the Web API (``files.info``) through the bot's own client, checks
the name, type and size, and downloads ``url_private_download`` with the bot token, which is
only ever sent to Slack's file host (or the API host the client is configured with, for a
stand-in).  Redirects are not followed, so the token never travels to another host.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from adsage.errors import BadInput

MAX_FILE_BYTES = 20 * 1024 * 1024
KINDS = (".csv", ".xlsx")
SLACK_FILE_HOSTS = ("files.slack.com",)


def shared(files: list[dict[str, Any]] | None) -> dict[str, str]:
    """``name -> file id`` for the exports among the files of one message."""
    out: dict[str, str] = {}
    for f in files or []:
        name, file_id = safe_name(str(f.get("name") or "")), str(f.get("id") or "")
        if file_id and Path(name).suffix.lower() in KINDS:
            out[name] = file_id
    return out


def safe_name(name: str) -> str:
    """A file name without folders or odd characters (names are user-controlled)."""
    base = Path(name.replace("\\", "/")).name
    return re.sub(r"[^\w.\- ]+", "_", base).strip(" .")[:120] or "export"


def _allowed_host(url: str, client: Any) -> bool:
    host = urlsplit(url).hostname or ""
    api = urlsplit(str(getattr(client, "base_url", "") or "")).hostname
    return urlsplit(url).scheme in ("https", "http") and (host in SLACK_FILE_HOSTS or host == api)


def download(client: Any, file_id: str, folder: Path) -> Path:
    """The shared file ``file_id`` saved in ``folder``; BadInput says why it cannot be used."""
    from slack_sdk.errors import SlackApiError

    from adsage.slack.safety import escape

    try:
        info = client.files_info(file=file_id).get("file") or {}
    except SlackApiError as exc:
        error = str(exc.response.get("error") or "error")
        raise BadInput(f"file {escape(file_id)}: Slack answered {escape(error)}") from None
    name = safe_name(str(info.get("name") or file_id))
    if Path(name).suffix.lower() not in KINDS:
        raise BadInput(f"file {escape(name)}: only .csv and .xlsx exports can be analysed")
    if int(info.get("size") or 0) > MAX_FILE_BYTES:
        raise BadInput(f"file {escape(name)}: larger than {MAX_FILE_BYTES // 2**20} MB")
    url = str(info.get("url_private_download") or info.get("url_private") or "")
    if not _allowed_host(url, client):
        raise BadInput(f"file {escape(name)}: not stored on Slack's file host")
    status, kind, body = _get(url, client.token)
    if status != 200 or kind.startswith("text/html"):
        raise BadInput(f"file {escape(name)}: Slack refused the download (HTTP {status})")
    if len(body) > MAX_FILE_BYTES:
        raise BadInput(f"file {escape(name)}: larger than {MAX_FILE_BYTES // 2**20} MB")
    path = folder / name
    path.write_bytes(body)
    return path


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a redirect ends the download: the token stays with Slack's host


def _get(url: str, token: str) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=30) as resp:
            return resp.status, resp.headers.get("content-type", ""), resp.read(MAX_FILE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("content-type", ""), b""
