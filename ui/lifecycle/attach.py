"""Builds the dossier's-life parts onto a main window (its views and the details page's actions),
kept out of ui/main_window.py, which is near the module size limit."""
from __future__ import annotations

from typing import Any

from ui.lifecycle.details_actions import LifecycleActions
from ui.lifecycle.home import HomeViews
from ui.workers import TaskRunner


def attach_lifecycle(window: Any, services: Any, runner: TaskRunner,
                     account: Any) -> tuple[HomeViews, LifecycleActions]:
    views = HomeViews(window, services.lifecycle, runner, services.reception)
    actions = LifecycleActions(window.details_page, services.lifecycle, runner, account,
                               capture=services.capture, reports=services.reports,
                               reception=services.reception)
    actions.message.connect(window.say)
    return views, actions
