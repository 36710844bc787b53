"""Use cases of Registre without Qt: activities, registry, attendance, head counts, sites.

Every public function takes an open `Database`, runs one short transaction and returns plain
frozen dataclasses. Bad input raises `ValidationError` (one message per field) or another
`RegistreError`, and changes nothing. See docs/services.md.
"""
