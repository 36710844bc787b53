"""The main window's own views and actions: activities, persons, check-in, grid, head counts.

The screens opened from the list (check-in, grid, forms, head counts) are imported when first
opened, and the person registry when first shown: the window starts without them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop_app.activities.activities import delete_activity, get_activity, restore_activity
from desktop_app.messages import RegistreError
from desktop_app.settings import load_settings
from desktop_app.store import Database
from desktop_app.store.errors import DatabaseError
from desktop_app.ui.activities.activities_view import ActivitiesView
from desktop_app.ui.common import record_links
from desktop_app.ui.common.actions import make_action
from desktop_app.ui.common.changes import Changes
from desktop_app.ui.common.text import error_text
from desktop_app.ui.common.worker import Task, run_task
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.menus import install_menus

if TYPE_CHECKING:
    from desktop_app.ui.activities.activity_form import ActivityForm
    from desktop_app.ui.activities.attendance_grid_view import AttendanceGridView
    from desktop_app.ui.activities.head_count_dialog import HeadCountDialog
    from desktop_app.ui.check_in.view import CheckInView
    from desktop_app.ui.registry.person_form import PersonForm
    from desktop_app.ui.registry.persons_view import PersonsView

SETTINGS_ACTIVITY = "main_window/activity"  # the activity of the last check-in or grid view


class DeleteActivityCommand(QUndoCommand):
    def __init__(self, views: CoreViews, activity_id: int, title: str) -> None:
        super().__init__(
            QCoreApplication.translate("CoreViews", "Delete {title}").format(title=title)
        )
        self.views = views
        self.activity_id = activity_id

    def redo(self) -> None:
        delete_activity(self.views.window.database, self.activity_id)
        self.views.window.changes.announce(Changes.of(activities={self.activity_id}))

    def undo(self) -> None:
        restore_activity(self.views.window.database, self.activity_id)
        self.views.window.changes.announce(Changes.of(activities={self.activity_id}))


class CoreViews:
    """Builds the views into `window` and keeps the windows they open."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        database = window.database
        self.youth_threshold = load_settings().youth_threshold
        self.current = window.current_activity
        self.activities = ActivitiesView(
            database, self.youth_threshold, changes=window.changes, current=self.current
        )
        self.registry_search: Task | None = None  # the registry read off the UI thread
        self.check_in: CheckInView | None = None
        self.grid: AttendanceGridView | None = None
        self.forms: list[QDialog] = []
        self.delete_prompt: QMessageBox | None = None
        window.add_view(
            "activities",
            self.activities,
            QCoreApplication.translate("CoreViews", "&Activities"),
            "Ctrl+1",
        )
        window.add_view(
            "persons",
            self._make_persons,
            QCoreApplication.translate("CoreViews", "&Person registry"),
            "Ctrl+2",
        )
        self.activities.activity_opened.connect(self.edit_activity)
        self._build_actions()
        self._enable_actions()
        record_links.install(window, self)  # lists of persons open records through this

    @property
    def persons(self) -> PersonsView:
        """The person registry, made when first shown or asked for."""
        return cast("PersonsView", self.window.view("persons"))  # made by _make_persons

    def _make_persons(self) -> PersonsView:
        from desktop_app.ui.registry.persons_view import PersonsView

        view = PersonsView(self.window.database, changes=self.window.changes)
        view.person_opened.connect(self.edit_person)
        return view

    # Actions -----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        w = self.window
        self.new_action = make_action(
            w,
            QCoreApplication.translate("CoreViews", "&New activity…"),
            self.new_activity,
            QKeySequence.StandardKey.New,
        )
        self.edit_action = make_action(
            w,
            QCoreApplication.translate("CoreViews", "&Edit activity…"),
            self._edit_current,
            "Ctrl+E",
        )
        self.check_in_action = make_action(
            w,
            QCoreApplication.translate("CoreViews", "&Check-in screen"),
            self._check_in_current,
            "Ctrl+K",
        )
        self.grid_action = make_action(
            w,
            QCoreApplication.translate("CoreViews", "Attendance &grid"),
            self._grid_current,
            "Ctrl+G",
        )
        self.head_count_action = make_action(
            w,
            QCoreApplication.translate("CoreViews", "&Head counts…"),
            self._head_counts_current,
            "Ctrl+H",
        )
        self.delete_action = make_action(
            w,
            QCoreApplication.translate("CoreViews", "&Delete activity…"),
            self.ask_delete_activity,
            "Ctrl+Del",
        )
        self.delete_person_action = make_action(
            w,
            QCoreApplication.translate("CoreViews", "Delete &person…"),
            lambda: self.persons.ask_delete_current(),
            "Ctrl+Shift+Del",
        )
        self.find_action = make_action(
            w,
            QCoreApplication.translate("CoreViews", "&Find"),
            self._find,
            QKeySequence.StandardKey.Find,
        )
        for action in (self.new_action, self.edit_action):
            w.add_action("activity", action, toolbar=True)
        w.menu("activity").addSeparator()
        for action in (self.check_in_action, self.grid_action, self.head_count_action):
            w.add_action("activity", action, toolbar=True)
        w.menu("activity").addSeparator()
        w.add_action("activity", self.delete_action)
        w.add_action("edit", self.find_action)
        w.add_action("edit", self.delete_person_action)
        for action in (
            self.edit_action,
            self.check_in_action,
            self.grid_action,
            self.head_count_action,
            self.delete_action,
        ):
            self.current.enables(action)
        w.stack.currentChanged.connect(lambda _index: self._enable_actions())

    def _enable_actions(self) -> None:
        self.delete_person_action.setEnabled(self.window.current_view_name() == "persons")

    def current_activity_id(self) -> int | None:
        """The activity the actions act on: the one of the view on screen, or else of the
        last view that selected one (ui/common/current_activity.py)."""
        return self.current.id()

    def _find(self) -> None:
        """Ctrl+F: the keyboard goes to the search box (or first field) of the current view."""
        focus = getattr(self.window.stack.currentWidget(), "focus_first", None)
        if callable(focus):
            focus()

    # Activities --------------------------------------------------------------------------

    def new_activity(self) -> ActivityForm:
        from desktop_app.ui.activities.activity_form import ActivityForm

        return self._open_form(ActivityForm(self.window.database, None, self.window))

    def edit_activity(self, activity_id: int) -> ActivityForm:
        from desktop_app.ui.activities.activity_form import ActivityForm

        return self._open_form(ActivityForm(self.window.database, activity_id, self.window))

    def _open_form(self, form: ActivityForm) -> ActivityForm:
        form.saved.connect(
            lambda details: self.window.changes.announce(Changes.of(activities={details.id}), form)
        )
        self._keep(form)
        return form

    def _keep(self, form: QDialog) -> None:
        self.forms.append(form)
        form.finished.connect(lambda _result: self.forms.remove(form))
        form.show()
        form.raise_()
        form.activateWindow()

    def _edit_current(self) -> None:
        activity_id = self.current_activity_id()
        if activity_id is not None:
            self.edit_activity(activity_id)

    def open_check_in(self, activity_id: int, day: dt.date | None = None) -> CheckInView:
        from desktop_app.ui.check_in.view import CheckInView

        view = CheckInView(
            self.window.database,
            activity_id,
            day,
            self.youth_threshold,
            changes=self.window.changes,
            current=self.current,
        )
        view.undo_stack_changed.connect(self._check_in_day_changed)
        self._replace("check_in", view)
        self.check_in = view
        self.window.show_view("check_in")
        self.window.settings.setValue(SETTINGS_ACTIVITY, activity_id)
        return view

    def _check_in_day_changed(self, stack: QUndoStack) -> None:
        """Edit ▸ Undo follows the check-in screen's day: it undoes what that day shows."""
        if self.window.current_view_name() == "check_in":
            self.window.undo_group.setActiveStack(stack)

    def prepare_registry_search(self) -> None:
        """Read the registry into the person index off the UI thread, ready before the first
        search (about 0.3 s of processor time for 100,000 persons); none for an analyst, who
        may not read names."""
        database = self.window.database
        try:
            if not database.reads_persons:
                return
        except DatabaseError:  # the server went away or refused: the first search will say so
            return
        from desktop_app.registry.person_search import prepare_search

        self.registry_search = run_task(
            lambda _progress, _cancelled: prepare_search(database), self.window
        )

    def open_grid(self, activity_id: int) -> AttendanceGridView:
        from desktop_app.ui.activities.attendance_grid_view import AttendanceGridView

        view = AttendanceGridView(
            self.window.database,
            activity_id,
            self.youth_threshold,
            changes=self.window.changes,
            current=self.current,
        )
        self._replace("grid", view)
        self.grid = view
        self.window.show_view("grid")
        self.window.settings.setValue(SETTINGS_ACTIVITY, activity_id)
        return view

    def _replace(self, name: str, view: QWidget) -> None:
        old = self.window.replace_view(name, view)
        if old is not None:
            old.deleteLater()

    def _check_in_current(self) -> None:
        activity_id = self.current_activity_id()
        if activity_id is not None:
            self.open_check_in(activity_id)

    def _grid_current(self) -> None:
        activity_id = self.current_activity_id()
        if activity_id is not None:
            self.open_grid(activity_id)

    def open_head_counts(self, activity_id: int) -> HeadCountDialog:
        from desktop_app.ui.activities.head_count_dialog import HeadCountDialog

        dialog = HeadCountDialog(
            self.window.database, activity_id, self.window, changes=self.window.changes
        )
        self._keep(dialog)
        return dialog

    def _head_counts_current(self) -> None:
        activity_id = self.current_activity_id()
        if activity_id is not None:
            self.open_head_counts(activity_id)

    def ask_delete_activity(self) -> QMessageBox | None:
        """Confirm without blocking (open + finished); the deletion can be undone (Ctrl+Z)."""
        activity_id = self.current_activity_id()
        if activity_id is None:
            return None
        activity = get_activity(self.window.database, activity_id)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("CoreViews", "Delete an activity"),
            QCoreApplication.translate(
                "CoreViews",
                "Delete the activity “{title}” and its attendance from the lists and reports? "
                "Ctrl+Z undoes it.",
            ).format(title=activity.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("DeleteActivityPrompt")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda _result: self._delete_answered(box, activity_id, activity.title)
        )
        self.delete_prompt = box
        box.open()
        return box

    def _delete_answered(self, box: QMessageBox, activity_id: int, title: str) -> None:
        self.delete_prompt = None
        answer = box.standardButton(box.clickedButton())
        box.deleteLater()
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.window.show_view("activities")
        try:
            self.activities.undo_stack.push(DeleteActivityCommand(self, activity_id, title))
        except RegistreError as error:
            self.window.statusBar().showMessage(error_text(error), 10_000)

    # Persons -----------------------------------------------------------------------------

    def edit_person(self, person_id: int) -> PersonForm:
        from desktop_app.ui.registry.person_form import PersonForm

        form = PersonForm(self.window.database, person_id, self.window)
        form.saved.connect(
            lambda details: self.window.changes.announce(Changes.of(persons={details.id}), form)
        )
        self._keep(form)
        return form

    # Records opened from a list (record_links.RecordLinks) -------------------------------

    def open_person(self, person_id: int) -> PersonForm:
        return self.edit_person(person_id)

    def open_activity(self, activity_id: int) -> ActivityForm:
        return self.edit_activity(activity_id)

    def open_attendance(self, activity_id: int) -> AttendanceGridView:
        return self.open_grid(activity_id)

    # Last view ---------------------------------------------------------------------------

    def restore_last_view(self) -> None:
        """Reopen the check-in screen or grid of last time, when its activity still exists."""
        self.window.restore_state("activities")
        last = self.window.settings.value("main_window/view", "activities")
        activity = self.window.settings.value(SETTINGS_ACTIVITY)
        if last not in ("check_in", "grid") or activity is None:
            return
        try:
            activity_id = int(str(activity))
            if get_activity(self.window.database, activity_id).deleted:
                return
        except (ValueError, RegistreError):
            return
        if last == "check_in":
            self.open_check_in(activity_id)
        else:
            self.open_grid(activity_id)


class DialogLinks:
    """Records opened from a widget outside the main window: forms as dialogs over `parent`;
    the attendance grid, which needs the main window, is the activity's form there."""

    def __init__(self, database: Database, parent: QWidget) -> None:
        self.database = database
        self.parent = parent

    def _show(self, dialog: QWidget) -> QWidget:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_person(self, person_id: int) -> object:
        from desktop_app.ui.registry.person_form import PersonForm

        return self._show(PersonForm(self.database, person_id, self.parent))

    def open_activity(self, activity_id: int) -> object:
        from desktop_app.ui.activities.activity_form import ActivityForm

        return self._show(ActivityForm(self.database, activity_id, self.parent))

    def open_head_counts(self, activity_id: int) -> object:
        from desktop_app.ui.activities.head_count_dialog import HeadCountDialog

        return self._show(HeadCountDialog(self.database, activity_id, self.parent))

    def open_attendance(self, activity_id: int) -> object:
        return self.open_activity(activity_id)


def build_main_window(
    database: Database, settings: QSettings | None = None
) -> tuple[MainWindow, CoreViews]:
    """The whole window: core views, other areas' menu entries, last geometry and view."""
    record_links.install_fallback(DialogLinks)  # a list shown outside the window opens forms
    window = MainWindow(database, settings)
    views = CoreViews(window)
    install_menus(window)
    views.restore_last_view()
    # Ready before the first search, read after the list's counts (both want a core).
    views.activities.when_counted(views.prepare_registry_search)
    return window, views
