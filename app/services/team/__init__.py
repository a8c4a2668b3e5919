"""Team mode: the same shop on a shared PostgreSQL server, for several people and laptops.

SQLite stays the solo owner's database; everything above `Database` works on either engine.
Here: the server's address (address.py), the plain connection the fast paths use
(connection.py), and the server's schema (schema.py).
"""
