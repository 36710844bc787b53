"""The Washington Group Short Set: six optional questions on a person's functioning, their
consent, and the disability status they give (docs/disability.md)."""
