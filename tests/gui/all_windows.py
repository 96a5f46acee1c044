"""Every top-level window and dialog of the client, opened with the real services on a demo store:
what tests/gui/test_fit_1366.py checks at 1366×768 and `tools/screenshots.py --fit` photographs.

`demo_store(home)` builds the store through the real services (the demo data of `desk-app
demo-data`); `open_all(root, runner, settle)` yields (name, window) with each window shown and its
background work done, and closes it when the caller moves on."""
from __future__ import annotations

import datetime as dt
import random
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

Settle = Callable[[Callable[[], bool]], None]

DEMO_DOSSIERS = 8


def demo_store(ctx: Any) -> Any:
    """The demo store (accounts canbo1, giamsat, ...; dossiers with pages and log entries), plus
    one dossier received today so the day's list is not empty; returns the services' root."""
    from desk_app.bootstrap import build_services
    from desk_app.demo.dossiers import create_demo_data

    create_demo_data(ctx, DEMO_DOSSIERS)
    root = build_services(ctx)
    _receive_today(root)
    return root


def _receive_today(root: Any) -> None:
    from desk_app.demo.dossiers import PageRenderer, make_person
    from desk_app.reception_types import ComponentInput, PersonInput, ReceptionDraft

    rng = random.Random(15)
    officer = root.accounts.login("canbo1", "Canbo1@2026")
    # A procedure with a page to hand in, so this dossier has pages of its own: the windows after
    # the list open the day's dossier with the most pages, and on a weekend or a Monday no demo
    # dossier falls on the day (the catalog's first procedure only asks to be shown an original).
    proc = next(p for p in root.reception.procedures()
                if any(c.requirement == "submit" and not c.optional
                       and (c.accepted_forms or ["original"])[0] != "national_data"
                       for c in p.components))
    person = make_person(rng)
    scratch = Path(tempfile.mkdtemp(dir=root.ctx.home))
    components = []
    for c in proc.components:
        if c.optional:
            continue
        form = c.accepted_forms[0] if c.accepted_forms else "original"
        files = []
        if c.requirement == "submit" and form != "national_data":
            path = scratch / f"{c.position}.png"
            path.write_bytes(PageRenderer().render(c.name, [person.name], c.position).data)
            files.append(path)
        components.append(ComponentInput(c.id, c.name, form, c.quantity,
                                         original_shown=form == "photocopy_with_original",
                                         files=files))
    draft = ReceptionDraft(proc.code, PersonInput(person.name, person.id_number, person.birth_date,
                                                  person.sex, person.address, person.phone),
                           components=components, received_at=dt.datetime.now())
    root.reception.receive(draft, officer)


def data_strings(root: Any) -> set[str]:
    """Strings that come from the store (names, addresses, procedures and their fees and legal
    bases, components, accounts, the counter): data, shown as they are in any language."""

    from sqlalchemy import inspect

    out = {root.counter_name}
    engine = root.ctx.engine
    with engine.connect() as conn:
        for name in inspect(engine).get_table_names():
            if name in ("outbox", "alembic_version"):
                continue
            for row in conn.exec_driver_sql(f'SELECT * FROM "{name}"'):
                out.update(v for v in row if isinstance(v, str) and len(v) > 2)
    return {s for s in out if s}


def _page(seed: int, shift: int = 0) -> bytes:
    from desk_app.demo.dossiers import PageRenderer

    return bytes(PageRenderer().render("Giấy khai sinh", [f"Số: {seed:04d}"], seed + shift).data)


def _recognise_first_page(root: Any, dossier_id: str) -> None:
    """Real OCR of the dossier's first page (the rest cancelled), so the review shows a page."""
    from desk_app.errors import DeskError
    from desk_app.tasks import CancelToken

    cancel = CancelToken()

    def progress(done: int, _total: int, _message: str = "") -> None:
        if done >= 1:
            cancel.set()

    try:
        root.digitise.recognise(dossier_id, progress, cancel)
    except DeskError:
        pass  # Cancelled, once the first page is stored


def open_all(root: Any, runner: Any, settle: Settle) -> Iterator[tuple[str, Any]]:
    """Opens each window in turn, as the officer reaches it, waits for it to fill, and yields it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from desk_app.capture.service import DraftPages
    from desk_app.errors import DeskError
    from ui.capture.component_pages import ComponentPagesDialog
    from ui.capture.scan_dialog import ScanDialog
    from ui.dialogs.first_admin_dialog import FirstAdminDialog
    from ui.dialogs.login_dialog import LoginDialog
    from ui.dossier.digitise_actions import ReviewDialog
    from ui.error_text import show_error
    from ui.idcard.idcard_dialog import IdCardDialog
    from ui.main_window import MainWindow
    from ui.services import ClientServices
    from ui.supervision.detail_pane import NoteDialog
    from ui.verify.attest_dialog import AttestDialog, ComponentInfo
    from ui.widgets.pdf_preview import PdfPreviewDialog

    services = replace(ClientServices.from_root(root), sync=None)
    accounts, reception = root.accounts, root.reception
    officer = accounts.login("canbo1", "Canbo1@2026")

    def shown(window: Any, name: str, ready: Callable[[], bool] = lambda: True) -> Any:
        window.show()
        settle(lambda: window.isVisible() and ready())
        return name, window

    login = LoginDialog(accounts, runner, counter_name=root.counter_name)
    yield shown(login, "login")
    login.close()
    first = FirstAdminDialog(accounts, runner)
    yield shown(first, "first-run")
    first.close()

    main = MainWindow(services, runner, officer)
    yield shown(main, "main-window", lambda: main.model.rowCount() > 0)
    rows = [main.model.row_at(r) for r in range(main.model.rowCount())]
    row = max(rows, key=lambda d: d.pages)
    main.new_reception()
    page = main.reception_page
    settle(lambda: len(page._procedures) > 0)
    page.select_procedure(page._procedures[0].code)
    yield shown(main, "main-reception")
    main.reception_page.reset()
    main.open_dossier(row.code)
    settle(lambda: main.details_page.detail is not None and runner.active_count == 0)
    yield shown(main, "main-details")

    from desk_app.domain.types import DocumentKind
    from ui.labels import document_text

    preview = PdfPreviewDialog(runner, f"{document_text(DocumentKind.RECEIPT)} – {row.code}",
                               loader=lambda: reception.document_pdf(row.code, DocumentKind.RECEIPT),
                               parent=main, loader_writes=True)
    yield shown(preview, "form-preview", lambda: len(preview.images) > 0)
    preview.close()

    component = reception.procedures()[0].components[0].name  # a name from the catalog: data
    info = ComponentInfo(row.id, "component", component, row.code)
    attest = AttestDialog(root.verification, info, officer, _page(1), _page(1, 0), runner,
                          parent=main)
    yield shown(attest, "compare-attest", lambda: attest.pack is not None or attest.compare_failed)
    attest.reject()

    _recognise_first_page(root, row.id)
    review = ReviewDialog(root.digitise.review, row.id, None, runner, parent=main)
    loaded: list[str] = []
    review.review.page_loaded.connect(loaded.append)

    def review_ready() -> bool:
        """Chooses the first recognised page once the list is there (OCR ran in parallel and was
        cancelled after one page, not necessarily page 1) and waits for it to show."""
        pages = review.review.pages
        if not loaded and pages.currentItem() is None:
            done = [pages.item(i) for i in range(pages.count())
                    if pages.item(i).data(Qt.ItemDataRole.UserRole + 1)]
            if done:
                pages.setCurrentItem(done[0])
        return bool(loaded) and runner.active_count == 0

    yield shown(review, "ocr-review", review_ready)
    review.close()

    capture = root.capture
    pages = DraftPages(root.ctx.pages)
    scanner = capture.scanner()
    dialog = ComponentPagesDialog(component, pages, runner, scanner,
                                  capture.settings_for(False), parent=main)
    yield shown(dialog, "component-pages", lambda: runner.active_count == 0)
    scan = ScanDialog(scanner, pages, runner, capture.settings_for(False), parent=dialog)
    yield shown(scan, "scan-dialog", lambda: runner.active_count == 0)
    scan.reject()
    from desk_app.capture.camera_backend import CameraScanner
    from ui.capture.camera_dialog import CameraDialog
    camera = CameraDialog(pages, runner, CameraScanner(), devices=[], parent=dialog)
    yield shown(camera, "camera-dialog", lambda: runner.active_count == 0)
    camera.reject()
    dialog.reject()

    card = IdCardDialog(runner, parent=main)
    yield shown(card, "idcard")
    card.reject()

    yield from _lifecycle_dialogs(main, row, root, runner, shown)

    show_error(main, DeskError("Không đọc được tệp ảnh: định dạng không được hỗ trợ."))
    box = next(w for w in main.findChildren(QMessageBox) if w.objectName() == "errorBox")
    yield shown(box, "message-box")
    box.close()

    main.lock()
    lock = main.lock_dialog
    assert lock is not None
    yield shown(lock, "lock")
    lock.blockSignals(True)
    lock.close()

    main.blockSignals(True)
    main.close()

    boss = accounts.login("giamsat", "Giamsat@2026")
    services_boss = replace(services)
    main_boss = MainWindow(services_boss, runner, boss)
    main_boss.show()
    settle(lambda: main_boss.model.rowCount() > 0)
    window = main_boss.supervision.open_supervisor()
    assert window is not None
    yield shown(window, "supervisor", lambda: window.model.rowCount() > 0
                and window.detail.entry is not None and runner.active_count == 0)
    note = NoteDialog(("not_on_published_list", "mismatch_overridden"), parent=window)
    yield shown(note, "supervisor-note")
    note.reject()
    window.close()
    period = main_boss.supervision.ask_report("verifications")
    yield shown(period, "report-period")
    period.blockSignals(True)
    period.reject()
    main_boss.blockSignals(True)
    main_boss.close()

    # the administrator's window, tab by tab, and the new-password dialog of the login (issue 14)
    from ui.admin.change_password import ChangePasswordDialog

    admin = accounts.login("admin", "Admin@2026")
    main_admin = MainWindow(services, runner, admin)
    main_admin.show()
    admin_window = main_admin.admin.open()
    assert admin_window is not None
    for n in range(admin_window.tabs.count()):
        admin_window.tabs.setCurrentIndex(n)
        yield shown(admin_window, f"admin-{n}", lambda: runner.active_count == 0)
    change = ChangePasswordDialog(lambda *_a: None, runner, "canbo1", "", parent=main_admin)
    yield shown(change, "change-password")
    change.reject()
    admin_window.close()
    main_admin.blockSignals(True)
    main_admin.close()


def _lifecycle_dialogs(main: Any, row: Any, root: Any, runner: Any,
                       shown: Callable[..., Any]) -> Iterator[tuple[str, Any]]:
    """The dossier's-life dialogs of the details page (ui/lifecycle), on a dossier of the store."""
    from ui.lifecycle.apology_dialog import ApologyDialog
    from ui.lifecycle.ask_dialog import AskSupplementDialog
    from ui.lifecycle.handover_dialog import HandoverDialog
    from ui.lifecycle.result_dialog import ResultDialog
    from ui.lifecycle.return_dialog import ReturnDialog
    from ui.lifecycle.supplement_dialog import SupplementDialog

    detail = root.reception.dossier(row.code)
    due = detail.summary.due_at or dt.datetime.now()
    for name, dialog in (
        ("handover", HandoverDialog(row.code, parent=main)),
        ("ask-supplement", AskSupplementDialog(row.code, parent=main)),
        ("apology", ApologyDialog(row.code, due, due.date() + dt.timedelta(days=3), parent=main)),
        ("result", ResultDialog(row.code, root.capture, runner, parent=main)),
        ("supplement", SupplementDialog(row.code, list(detail.components), root.capture, runner,
                                        detail.reason or "", parent=main)),
        ("return", ReturnDialog(row.code, runner, (row.applicant_name, "001089012345"),
                                None, dt.datetime.now(), parent=main)),
    ):
        yield shown(dialog, name)
        dialog.reject()
