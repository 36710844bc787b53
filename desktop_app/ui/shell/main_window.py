"""The main window: menus other areas plug into, a toolbar, a status bar, a stack of views, the
change signal every write announces on (`window.changes`, ui/common/changes.py) and the activity
the user is working on (`window.current_activity`, ui/common/current_activity.py).

Other areas add their actions with `window.add_action("file", action)` from their menu module's
`install(window)`, called by `desktop_app.ui.shell.menus.install_menus` (see docs/ui.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop_app import __version__
from desktop_app.store import Database
from desktop_app.ui.common.actions import make_action, show_shortcut_in_tooltip
from desktop_app.ui.common.changes import ChangeSignal
from desktop_app.ui.common.current_activity import CurrentActivity
from desktop_app.ui.common.unsaved_work import QuitGuard
from desktop_app.ui.shell.database_opening import open_or_explain

# Menu names accepted by `menu()` and `add_action()`, in menu bar order.
MENU_NAMES = ("file", "edit", "view", "activity", "tools", "reports", "help")
SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_STATE = "main_window/state"
SETTINGS_VIEW = "main_window/view"
DEFAULT_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    def __init__(
        self,
        database: Database,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings if settings is not None else QSettings()
        self.setObjectName("MainWindow")
        self.setWindowTitle(
            self.tr("Registre — {site} — {location}").format(
                site=database.site_code or "", location=database.location
            )
        )
        self.undo_group = QUndoGroup(self)
        self.changes = ChangeSignal(self)  # every write says here what it changed
        self.current_activity = CurrentActivity(self)  # set by the view on screen
        self.quit_guard = QuitGuard(self)  # unsaved typing: Save / Discard / Cancel first
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._views: dict[str, QWidget] = {}
        self._view_makers: dict[str, Callable[[], QWidget]] = {}  # views made when first needed
        self._view_actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        self._menu_tails: dict[str, QAction] = {}
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.site_label = QLabel(
            self.tr("Site: {code}").format(code=database.site_code or self.tr("none"))
        )
        self.statusBar().addPermanentWidget(self.site_label)
        if database.is_server:  # several people work on it: say where the data lives
            self.server_label = QLabel(
                self.tr("Server database: {location}").format(location=database.location)
            )
            self.statusBar().addPermanentWidget(self.server_label)
        self._build_menus()

    # Menus -------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "activity": self.tr("&Activity"),
            "tools": self.tr("&Tools"),
            "reports": self.tr("&Reports"),
            "help": self.tr("&Help"),
        }
        for name in MENU_NAMES:
            menu = bar.addMenu(titles[name])
            menu.setObjectName(f"menu_{name}")
            self._menus[name] = menu
        # Ctrl+Q everywhere: Windows and some Linux desktops have no standard Quit key.
        quit_keys = [QKeySequence("Ctrl+Q")]
        quit_keys += [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) if k not in quit_keys
        ]
        self.quit_action = make_action(self, self.tr("&Quit"), self.close, quit_keys)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # Ctrl+Q from a form's window too: the forms' unsaved typing is asked about first.
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._menu_tails["file"] = self._menus["file"].addSeparator()
        self._menus["file"].addAction(self.quit_action)

        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        for action in (undo, redo):
            show_shortcut_in_tooltip(action)
            self._menus["edit"].addAction(action)
        self.undo_action, self.redo_action = undo, redo
        self._menus["edit"].addSeparator()

        self.about_action = make_action(self, self.tr("&About Registre"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._menu_tails["help"] = self._menus["help"].addSeparator()
        self._menus["help"].addAction(self.about_action)

    def menu(self, name: str) -> QMenu:
        """The menu called `name` (one of MENU_NAMES), for other areas to add to."""
        if name not in self._menus:
            raise KeyError(f"no menu {name!r}; menus are {', '.join(MENU_NAMES)}")
        return self._menus[name]

    def add_action(self, menu_name: str, action: QAction, *, toolbar: bool = False) -> QAction:
        """Add `action` to a named menu, above Quit / About, and its shortcut to its tooltip.

        The action is also added to the window so that its shortcut works whatever the view.
        """
        menu = self.menu(menu_name)
        tail = self._menu_tails.get(menu_name)
        if tail is not None:
            menu.insertAction(tail, action)
        else:
            menu.addAction(action)
        self.addAction(action)
        if not action.toolTip() or action.toolTip() == action.text().replace("&", ""):
            show_shortcut_in_tooltip(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    # Views -------------------------------------------------------------------------------

    def add_view(
        self, name: str, widget: QWidget | Callable[[], QWidget], title: str, shortcut: str = ""
    ) -> QAction:
        """Put `widget` in the central stack; the View menu gets an action showing it.

        Given a function making the widget instead, the view is made when first shown or asked
        for (`view`): a start then builds, and imports, only the view on screen."""
        if isinstance(widget, QWidget):
            self._place(name, widget)
        else:
            self._view_makers[name] = widget
        action = make_action(self, title, lambda: self.show_view(name), shortcut or None)
        action.setCheckable(True)
        self._view_actions[name] = action
        self.menu("view").addAction(action)
        self.addAction(action)
        return action

    def _place(self, name: str, widget: QWidget) -> None:
        widget.setObjectName(f"view_{name}")
        self._views[name] = widget
        self.stack.addWidget(widget)

    def replace_view(self, name: str, widget: QWidget) -> QWidget | None:
        """Put `widget` in the stack as `name` (no View menu entry); returns the one it replaces."""
        old = self._views.get(name)
        self._view_makers.pop(name, None)
        self._place(name, widget)
        if old is not None:
            self.stack.removeWidget(old)
        return old

    def view(self, name: str) -> QWidget:
        """The view `name`, made now if it was not yet."""
        make = self._view_makers.pop(name, None)
        if make is not None:
            self._place(name, make())
        return self._views[name]

    def made_view(self, name: str) -> QWidget | None:
        """The view `name` if it was made (None: not yet, or no such view)."""
        return self._views.get(name)

    def current_view_name(self) -> str:
        current = self.stack.currentWidget()
        for name, widget in self._views.items():
            if widget is current:
                return name
        return ""

    def show_view(self, name: str) -> None:
        widget = self.view(name)
        self.stack.setCurrentWidget(widget)
        for view_name, action in self._view_actions.items():
            action.setChecked(view_name == name)
        # Ctrl+Z undoes what was done in the view on screen, or nothing.
        stack = getattr(widget, "undo_stack", None)
        if isinstance(stack, QUndoStack):
            self.undo_group.setActiveStack(stack)
        else:
            self.undo_group.setActiveStack(None)  # type: ignore[arg-type]
        focus = getattr(widget, "focus_first", None)
        if callable(focus):
            focus()

    # Window state ------------------------------------------------------------------------

    def restore_state(self, default_view: str) -> None:
        geometry = self.settings.value(SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:  # first start: most of a laptop's screen (1366×768), centred
            available = self.screen().availableGeometry()
            self.resize(DEFAULT_SIZE.boundedTo(available.size()))
            frame = self.frameGeometry()
            frame.moveCenter(available.center())
            self.move(frame.topLeft())
        state = self.settings.value(SETTINGS_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        last = self.settings.value(SETTINGS_VIEW, default_view)
        known = isinstance(last, str) and (last in self._views or last in self._view_makers)
        self.show_view(last if known and isinstance(last, str) else default_view)

    def save_state(self) -> None:
        self.settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self.settings.setValue(SETTINGS_STATE, self.saveState())
        self.settings.setValue(SETTINGS_VIEW, self.current_view_name())
        self.settings.sync()

    def reopen(self, database: Database) -> None:
        """Close this window and start a fresh one on `database`: after the file was replaced
        (encrypted, decrypted, restored). The previous `Database` must be closed already."""
        self.database = database
        self.setProperty("restart_requested", True)
        self.close()

    def open_other(self, target: Path | str) -> Database | None:
        """Another database opened, with the questions it may need (a passphrase, a password,
        a backup of a damaged file); None after saying why it cannot be."""
        return open_or_explain(target, self)

    def switch_database(self, database: Database) -> None:
        """Leave the database open here for `database` (a server, the local file): this one
        is closed, and a fresh window starts on the other."""
        self.database.close()
        self.reopen(database)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quit_guard.allows_closing():
            event.ignore()  # asking about unsaved typing first (unsaved_work.py)
            return
        self.save_state()
        super().closeEvent(event)

    def bring_forward(self, widget: object) -> None:
        """Show a view of the stack, or raise a form's window."""
        for name, view in self._views.items():
            if view is widget:
                self.show_view(name)
                return
        if isinstance(widget, QWidget):
            widget.show()
            widget.raise_()
            widget.activateWindow()

    # Help --------------------------------------------------------------------------------

    def about_text(self) -> str:
        return self.tr(
            "<h3>Registre {version}</h3>"
            "<p>Offline register of activities and attendance for field offices, "
            "synced with headquarters through Excel workbooks.</p>"
            "<p>Database: {path}<br>Site: {site}</p>"
        ).format(version=__version__, path=self.database.location, site=self.database.site_code)

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Registre"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.setIcon(QMessageBox.Icon.Information)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
