"""Declarative base shared by every table, with one type map for the whole schema."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Integer, MetaData, Text
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names so numbered migrations can refer to them.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        str: Text(),
        int: Integer(),
        dt.date: Date(),
        dt.datetime: DateTime(),
    }
