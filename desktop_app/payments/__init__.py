"""Per diems and transport: payment lists computed from signed attendance (docs/payments.md)."""
