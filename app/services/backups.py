"""Copies of the database: daily on start, on request, before risky steps; and restoring one.

Copies use SQLite's online backup API, so a copy is consistent even while another connection is
writing. Each copy is a self-contained file (rollback journal, not WAL) named
`<db stem>-<YYYYmmdd-HHMMSS>-<reason>.sqlite3`, so listing, pruning and "newest backup" need only
the folder, not the database: at start-up the database may be the thing that is broken.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.services import migrations, paths
from app.services.clock import Clock
from app.services.database import Database, open_database
from app.services.errors import DatabaseTooNewError, UserFacingError
from app.services.settings import BACKUP_DIR, BACKUP_KEEP_DAYS, LAST_AUTO_BACKUP, Settings

if TYPE_CHECKING:
    from app.services.team.move import CopyReport

log = logging.getLogger(__name__)

STAMP = "%Y%m%d-%H%M%S"
# Reasons that name a copy; "manual" copies are never pruned (the user asked for them).
AUTO, MANUAL, BEFORE_UNDO, BEFORE_RESTORE, DAMAGED = (
    "auto", "manual", "before-undo", "before-restore", "damaged")
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-(?P<n>\d+))?"
    r"\.sqlite3$"
)
# Copies made elsewhere put the stamp last: database.backup_before_migration writes
# "<stem>-before-v<N>-<stamp>.sqlite3", import undo "<stem>-before-undo-<batch>-<stamp>.sqlite3".
_STAMP_LAST_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<reason>before-(?:v\d+|[a-z]+(?:-\d+)?))-(?P<stamp>\d{8}-\d{6})\.sqlite3$")
_REQUIRED_TABLES = {"customers", "purchases", "settings"}
_FOLDER_NOTE = "backup-folder.txt"


class BackupError(UserFacingError):
    pass


class InvalidBackupError(UserFacingError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str  # auto, manual, before-undo, before-restore, damaged, before-migration
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_current: Path | None  # the database as it was before the restore
    schema_version: int


def backup_folder(settings: Settings) -> Path:
    configured = str(settings.get(BACKUP_DIR) or "").strip()
    return Path(configured).expanduser() if configured else paths.default_backup_dir()


def backup_now(db: Database, settings: Settings, reason: str = MANUAL,
               clock: Clock | None = None) -> Path:
    """Copy the open database into the backup folder; returns the new file."""
    folder = backup_folder(settings)
    if db.dialect == "postgresql":
        target = _copy_shared(db, folder, reason, (clock or Clock()).now())
    else:
        target = copy_to_folder(db.path, folder, reason, (clock or Clock()).now())
    _remember_folder(folder)
    return target


def backup_stem(db: Database) -> str:
    """The name a database's copies start with. A shared database's copies say so, so they are
    never mistaken for (or pruned with) a local file of the same name."""
    if db.dialect == "postgresql" and db.shared is not None:
        return f"{db.shared.database}-shared"
    return db.path.stem


def _copy_shared(db: Database, folder: Path, reason: str, now: dt.datetime) -> Path:
    """Team mode: the shared data copied into a new local SQLite file of the same format as a
    solo backup (the same copy as "Bring it back", so restoring one is opening a local file)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, backup_stem(db), reason, now)
    except OSError as exc:
        raise BackupError(
            "Regulars could not write a backup copy of your data.",
            hint="Check that the backup folder exists, is writable and the disk is not full "
                 "(Settings → Backups).") from exc
    bring_back(db, target)
    log.info("Backup of the shared database written: %s (%s)", target.name, reason)
    return target


def bring_back(server: Database, target: Path,
               progress: Callable[[int, int, str], None] | None = None,
               check: Callable[[], None] | None = None) -> CopyReport:
    """"Bring it back" and a team backup: the shared data in a NEW local file of the migrated
    schema, verified by counts and checksums; a failure (or a cancel) leaves no file behind."""
    from app.services.team import move

    target = Path(target)
    if target.exists():
        raise UserFacingError("The file “%1” already exists.",
                              hint="Choose a new file name; the existing file was not changed.",
                              params=(target.name,))
    try:
        open_database(target).dispose()
        return move.fill_file(server, target, progress or _no_progress, check or _no_check)
    except BaseException:
        for leftover in (target, *_sidecars(target)):
            _remove_quietly(leftover)
        raise


def _no_progress(_done: int, _total: int, _text: str) -> None:
    return None


def _no_check() -> None:
    return None


def auto_backup_if_due(db: Database, settings: Settings, clock: Clock | None = None) -> Path | None:
    """The daily copy when the app opens: at most one per calendar day, then old copies pruned."""
    clock = clock or Clock()
    today = clock.today().isoformat()
    if settings.get(LAST_AUTO_BACKUP) == today:
        return None
    target = backup_now(db, settings, AUTO, clock)
    settings.set(LAST_AUTO_BACKUP, today)
    prune_backups(backup_folder(settings), backup_stem(db), settings.get(BACKUP_KEEP_DAYS),
                  clock.now())
    return target


def copy_to_folder(db_path: Path, folder: Path, reason: str, now: dt.datetime) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, db_path.stem, reason, now)
        _online_copy(db_path, target)
    except (OSError, sqlite3.Error) as exc:
        log.warning("Backup to %s failed: %s", folder, exc)
        raise BackupError(
            "Regulars could not write a backup copy of your data.",
            hint="Check that the backup folder exists, is writable and the disk is not full "
                 "(Settings → Backups).",
        ) from exc
    log.info("Backup written: %s (%s)", target.name, reason)
    return target


def list_backups(folder: Path, stem: str) -> list[BackupInfo]:
    """Backups of the database named `stem` in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{stem}-*.sqlite3"):
        info = _parse(path)
        if info is not None and _stem_of(path) == stem:
            found.append(info)
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def newest_backup(db_path: Path,
                  extra_folders: list[Path] | tuple[Path, ...] = ()) -> BackupInfo | None:
    """The newest good-looking backup of `db_path`, searched without opening the database."""
    candidates: list[BackupInfo] = []
    for folder in _known_folders(db_path, extra_folders):
        candidates += [b for b in list_backups(folder, db_path.stem) if b.reason != DAMAGED]
    return max(candidates, key=lambda b: b.taken_at, default=None)


def prune_backups(folder: Path, stem: str, keep_days: int, now: dt.datetime) -> list[Path]:
    """Delete automatic copies older than `keep_days`; manual ones and the newest copy stay."""
    backups = list_backups(folder, stem)
    cutoff = now - dt.timedelta(days=keep_days)
    removed = []
    for info in backups[1:]:
        if info.reason == MANUAL or info.taken_at >= cutoff:
            continue
        try:
            info.path.unlink()
            removed.append(info.path)
        except OSError as exc:
            log.warning("Could not delete old backup %s: %s", info.path.name, exc)
    if removed:
        log.info("Deleted %d old backup(s)", len(removed))
    return removed


def validate_backup(path: Path) -> int:
    """Check that `path` is a healthy Regulars database this version opens; returns its schema."""
    path = Path(path)
    if not path.is_file():
        raise InvalidBackupError("The chosen backup file does not exist.")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise InvalidBackupError(
            "The chosen file is not a Regulars database or is damaged.",
            hint="Choose another backup file.",
        ) from exc
    if check != "ok":
        raise InvalidBackupError("The chosen backup is damaged.",
                                 hint="Choose another backup file.")
    if version > migrations.LATEST_VERSION:
        raise DatabaseTooNewError(
            "The chosen backup was made by a newer version of Regulars.",
            hint="Install the latest Regulars to restore it.")
    if version < 1 or not tables >= _REQUIRED_TABLES:
        raise InvalidBackupError("The chosen file is not a Regulars database.",
                                 hint="Choose a file from the backup folder.")
    return version


def restore_backup(source: Path, db_path: Path, backup_dir: Path,
                   now: dt.datetime | None = None) -> RestoreResult:
    """Replace the database file with `source`, keeping the current file as a backup first.

    The caller must have closed every connection to `db_path` (`Database.dispose()`), and opens
    the database again afterwards with `open_database`, which migrates an older backup.
    """
    source, db_path = Path(source), Path(db_path)
    now = now or Clock().now()
    version = validate_backup(source)
    staging = db_path.with_name(db_path.name + ".restoring")
    _remove_quietly(staging)
    try:
        _online_copy(source, staging, read_only=True)
        if validate_backup(staging) != version:  # pragma: no cover - the copy changed under us
            raise InvalidBackupError("The backup changed while it was read.")
        kept = _keep_current(db_path, backup_dir, now)
        for sidecar in _sidecars(db_path):  # a stale WAL would be replayed into the new file
            _remove_quietly(sidecar)
        staging.replace(db_path)
    except OSError as exc:
        raise BackupError(
            "Regulars could not replace its database file with the backup.",
            hint="Close other programs that may use the file and check free disk space.",
        ) from exc
    finally:
        _remove_quietly(staging)
    log.info("Restored the database from %s (schema v%s)", source.name, version)
    return RestoreResult(source, kept, version)


def _keep_current(db_path: Path, backup_dir: Path, now: dt.datetime) -> Path | None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        return copy_to_folder(db_path, backup_dir, BEFORE_RESTORE, now)
    except BackupError:
        # A damaged file cannot be read page by page; keep its bytes as they are instead.
        backup_dir.mkdir(parents=True, exist_ok=True)
        target = _free_name(backup_dir, db_path.stem, DAMAGED, now)
        shutil.copy2(db_path, target)
        for sidecar in _sidecars(db_path):
            if sidecar.exists():
                suffix = sidecar.name[len(db_path.name):]
                shutil.copy2(sidecar, target.with_name(target.name + suffix))
        return target


def _online_copy(source: Path, target: Path, read_only: bool = False) -> None:
    uri = f"{Path(source).resolve().as_uri()}{'?mode=ro' if read_only else ''}"
    src = sqlite3.connect(uri, uri=True, timeout=15)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
    except BaseException:
        dst.close()
        _remove_quietly(target)
        raise
    finally:
        dst.close()
        src.close()


def _free_name(folder: Path, stem: str, reason: str, now: dt.datetime) -> Path:
    base = f"{stem}-{now.strftime(STAMP)}-{reason}"
    target, n = folder / f"{base}.sqlite3", 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}.sqlite3"
    return target


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name) or _STAMP_LAST_NAME.match(path.name)
    if match is None:
        return None
    reason = match["reason"]
    if re.fullmatch(r"before-v\d+", reason):
        reason = "before-migration"
    elif re.fullmatch(r"before-[a-z]+-\d+", reason):
        reason = reason.rsplit("-", 1)[0]
    try:
        taken_at = dt.datetime.strptime(match["stamp"], STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, taken_at, reason, size)


def _stem_of(path: Path) -> str:
    match = _NAME.match(path.name) or _STAMP_LAST_NAME.match(path.name)
    return match["stem"] if match else ""


def _known_folders(db_path: Path, extra: list[Path] | tuple[Path, ...]) -> list[Path]:
    folders = [*extra, paths.default_backup_dir(), db_path.parent / "backups"]
    note = paths.data_dir() / _FOLDER_NOTE
    if note.is_file():
        folders.append(Path(note.read_text("utf-8").strip()))
    unique: list[Path] = []
    for folder in folders:
        if str(folder) and folder not in unique:
            unique.append(folder)
    return unique


def _remember_folder(folder: Path) -> None:
    """The folder setting lives in the database; keep a note outside it for when it is damaged."""
    try:
        (paths.data_dir() / _FOLDER_NOTE).write_text(str(folder.resolve()), "utf-8")
    except OSError as exc:  # pragma: no cover - a convenience only
        log.warning("Could not note the backup folder: %s", exc)


def _sidecars(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("Could not remove %s: %s", path.name, exc)
