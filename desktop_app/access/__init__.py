"""Who may see and change what: the roles of a server database (enforced by PostgreSQL itself),
its users, and the audit trail read back (docs/postgresql.md, docs/audit.md)."""
