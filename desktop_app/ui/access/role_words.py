"""What the window says of a role: its name, and why an action is disabled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.access.roles import Access


def role_name(role: str) -> str:
    names = {
        "admin": QCoreApplication.translate("Access", "administrator"),
        "officer": QCoreApplication.translate("Access", "officer"),
        "viewer": QCoreApplication.translate("Access", "viewer"),
        "analyst": QCoreApplication.translate("Access", "analyst"),
    }
    return names.get(role, role)


def who(access: Access) -> str:
    """For the status bar: "aissa.maiga · officer (NE-NIA)"."""
    text = f"{access.user} · {role_name(access.role)}"
    if access.offices:
        text += f" ({', '.join(access.offices)})"
    return text


def read_only_reason(access: Access) -> str:
    """The tooltip of what the role may not do."""
    return QCoreApplication.translate(
        "Access",
        "Your account ({user}, {role}) may read but not change this database. Ask the "
        "server's administrator if you need to.",
    ).format(user=access.user or "", role=role_name(access.role))


def no_names_reason(access: Access) -> str:
    """The tooltip of what shows names, for the analyst."""
    return QCoreApplication.translate(
        "Access",
        "Your account ({user}, {role}) works on the figures without names, phones or dates "
        "of birth: the reports and indicators show pseudonyms instead.",
    ).format(user=access.user or "", role=role_name(access.role))
