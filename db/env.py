"""Alembic environment: always run from code with a connection (desktop_app.store.migrations)."""

from alembic import context

from desktop_app.store.models import every_table

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through desktop_app.store.migrations, with a connection")

context.configure(
    connection=connection,
    target_metadata=every_table(),
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
