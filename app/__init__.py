"""Regulars: turn a small shop's one-time buyers into regular customers."""

APP_NAME = "Regulars"
ORG_NAME = "Regulars"
# The single source of the version: pyproject.toml reads it (dynamic), so does pyinstaller.spec.
# A constant, not importlib.metadata, which costs a quarter of a second at every start.
__version__ = "0.1.0"
