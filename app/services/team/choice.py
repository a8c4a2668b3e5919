"""Which database this laptop opens: a small file in the data folder, per laptop.

`connection.json` holds {"shared": "postgresql://user@host:port/database"} when the shop lives on a
shared server, {"local": "/path/file.sqlite3"} after "Bring it back" made a new file; no file
means the default local file. It is kept outside the database
because it decides which database to open, and it never holds a password (that is in the OS
keyring, `secrets.database_password_store`).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from app.services import paths
from app.services.errors import UserFacingError
from app.services.team.address import SharedAddress

log = logging.getLogger(__name__)

FILE_NAME = "connection.json"


def choice_file() -> Path:
    return paths.data_dir() / FILE_NAME


def chosen_server() -> SharedAddress | None:
    """The shared database this laptop opens, or None for the local file."""
    path = choice_file()
    try:
        url = json.loads(path.read_text("utf-8")).get("shared") if path.is_file() else None
        return SharedAddress.parse(url) if isinstance(url, str) and url else None
    except (OSError, ValueError, AttributeError, UserFacingError) as exc:
        # A damaged note must not keep the shop closed: the local file opens instead.
        log.warning("Ignoring %s: %s", path.name, exc)
        return None


def choose_server(address: SharedAddress) -> None:
    """From the next start on, open `address`."""
    _write({"shared": address.url()})
    log.info("This computer now opens the shared database %s", address.url())


def chosen_local_file() -> Path | None:
    """The local file "Bring it back" made, when it is not the default one."""
    path = choice_file()
    try:
        local = json.loads(path.read_text("utf-8")).get("local") if path.is_file() else None
    except (OSError, ValueError, AttributeError) as exc:
        log.warning("Ignoring %s: %s", path.name, exc)
        return None
    return Path(local) if isinstance(local, str) and local else None


def choose_local(path: Path | None = None) -> None:
    """From the next start on, open the local file again (`path`, or the default one)."""
    _write({"local": str(Path(path).resolve())} if path else {})
    log.info("This computer now opens its local database file %s", path or "")


def _write(content: dict[str, str]) -> None:
    path = choice_file()
    staging = path.with_name(path.name + ".new")
    staging.write_text(json.dumps(content, indent=2), "utf-8")
    staging.replace(path)  # never a half-written note
