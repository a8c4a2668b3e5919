"""Plain-Python use cases over the database: no Qt widgets, no live ORM objects handed out."""
