"""Where the shared database is: host, port, database name and user — never the password.

The password comes from the OS keyring (`database_password_store`, like the SMTP one) or from
PGPASSWORD, so it is never written to settings, logs, the database or a command line kept in
the shell's history.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, unquote, urlsplit

from app.services.errors import UserFacingError

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DEFAULT_PORT = 5432


def is_shared_address(text: str | os.PathLike[str] | None) -> bool:
    """Whether a `--db` value names a server rather than a file."""
    return isinstance(text, str) and text.split("://", 1)[0].lower() in SCHEMES and "://" in text


@dataclass(frozen=True)
class SharedAddress:
    host: str  # a name, an address, or a folder holding the server's socket
    port: int
    database: str
    user: str

    @classmethod
    def parse(cls, url: str) -> SharedAddress:
        """`postgresql://user@host:port/database` (a password in it is refused: it would end up
        in the shell's history and the settings)."""
        parts = urlsplit(url.strip())
        if parts.scheme.lower() not in SCHEMES:
            raise UserFacingError("This is not a PostgreSQL address.",
                                  hint="Write it as postgresql://user@server:5432/database.")
        if parts.password:
            raise UserFacingError(
                "Do not put the password in the address.",
                hint="Regulars keeps it in the system keychain; on the command line, "
                     "set PGPASSWORD instead.")
        query = parse_qs(parts.query)
        host = unquote(parts.hostname or "") or query.get("host", [""])[0]
        database = unquote(parts.path.lstrip("/"))
        if not host or not database:
            raise UserFacingError("The address needs a server and a database name.",
                                  hint="Write it as postgresql://user@server:5432/database.")
        try:
            port = parts.port or int(query.get("port", [DEFAULT_PORT])[0])
        except ValueError:
            raise UserFacingError("The port must be a number.",
                                  hint="PostgreSQL's usual port is 5432.") from None
        return cls(host=host, port=port, database=database,
                   user=unquote(parts.username or "") or "postgres")

    def url(self) -> str:
        """The address without a password: safe for settings and logs."""
        if self.host.startswith("/"):  # a socket folder goes in the query
            return (f"postgresql://{quote(self.user, safe='')}@/{quote(self.database, safe='')}"
                    f"?host={quote(self.host, safe='/')}&port={self.port}")
        return (f"postgresql://{quote(self.user, safe='')}@{self.host}:{self.port}/"
                f"{quote(self.database, safe='')}")

    @property
    def keychain_host(self) -> str:
        """The keyring entry's host part: one password per server and database."""
        return f"{self.host}:{self.port}/{self.database}"

    def connect_kwargs(self, password: str | None) -> dict[str, object]:
        kwargs: dict[str, object] = {"host": self.host, "port": self.port,
                                     "dbname": self.database, "user": self.user,
                                     "connect_timeout": 10, "application_name": "Regulars"}
        if password:
            kwargs["password"] = password
        return kwargs

