"""The window's side of roles and the audit trail: the history of changes, and the window
adapted to the connected user's role (docs/postgresql.md, "Roles")."""
