"""Registre: offline activity and attendance register."""

__version__ = "0.1.0"
