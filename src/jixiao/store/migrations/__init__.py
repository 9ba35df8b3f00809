"""Alembic migrations of the jixiao schema, shipped inside the package (see ``store.db``)."""
