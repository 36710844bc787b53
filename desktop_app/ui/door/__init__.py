"""At the door, in the window: the expected list, badges and certificates (docs/door.md)."""
