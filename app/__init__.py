"""Regulars: turn a small shop's one-time buyers into regular customers."""

from importlib import metadata as _metadata

APP_NAME = "Regulars"
ORG_NAME = "Regulars"

try:
    __version__ = _metadata.version("regulars")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen build
    __version__ = "0.1.0"
