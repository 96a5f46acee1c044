"""Dossier details: the dossier's fields, its components as presented, its pages as thumbnails
(loaded on workers, one by one as they arrive) and its forms, to preview and print."""
from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain import vn_format
from desk_app.domain.types import DocumentKind, Verdict
from ui.dossier.thumbs import THUMB, framed, image_from_bytes
from ui.error_text import show_error
from ui.labels import document_text, form_text, requirement_text
from ui.models.dossier_table_model import status_text
from ui.reception.component_checklist import FILE_FILTER
from ui.supervision.labels import verdict_label
from ui.widgets.pdf_preview import PdfPreviewDialog
from ui.workers import TaskRunner


class DossierDetailsPage(QWidget):
    back_requested = Signal()
    message = Signal(str)  # what an action just did, for the main window's status line
    loaded = Signal(object)  # DossierDetail
    thumbnails_done = Signal(int)
    attest_opened = Signal(object)  # the AttestDialog
    pages_dialog_opened = Signal(object)  # ui.capture.component_pages.ComponentPagesDialog

    def __init__(
        self,
        reception: Any,
        runner: TaskRunner,
        parent: QWidget | None = None,
        verification: Any | None = None,
        officer: Any | None = None,
        capture: Any | None = None,
        digitise: Any | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPage")
        self._reception = reception
        self._runner = runner
        self._verification = verification
        self._officer = officer
        self._capture = capture
        self.pages_dialog: QDialog | None = None
        self.attest_dialog: QDialog | None = None
        self.detail: Any | None = None
        self.preview: PdfPreviewDialog | None = None
        self._load_ticket = 0
        self._thumbs_pending = 0

        self.title = QLabel()
        self.title.setObjectName("heading")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fields = QFormLayout()
        self._field_labels: dict[str, QLabel] = {}
        for key, text in (
            ("procedure", self.tr("Thủ tục:")),
            ("applicant", self.tr("Người nộp:")),
            ("identity", self.tr("Số định danh, ngày sinh:")),
            ("submitter", self.tr("Người nộp thay:")),
            ("status", self.tr("Trạng thái:")),
            ("reason", self.tr("Lý do:")),
            ("received", self.tr("Tiếp nhận lúc:")),
            ("due", self.tr("Hẹn trả kết quả:")),
            ("pages", self.tr("Số trang đã số hoá:")),
        ):
            value = QLabel()
            value.setObjectName(f"field.{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._field_labels[key] = value
            self.fields.addRow(text, value)
        info_box = QGroupBox(self.tr("Thông tin hồ sơ"))
        info_box.setLayout(self.fields)

        self.components = QTableWidget(0, 5)
        self.components.setObjectName("components")
        self.components.setHorizontalHeaderLabels([
            self.tr("Thành phần"), self.tr("Hình thức"), self.tr("Số bản"), self.tr("Yêu cầu"),
            self.tr("Đối chiếu"),
        ])
        # the table takes the column's spare height (its box has the stretch, below), so its rows
        # are read without scrolling
        self.components.verticalHeader().hide()
        self.components.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.components.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.components.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        # long "presented as" / "compared" texts wrap in their own width, not the component's name
        for c, width in ((1, 170), (4, 130)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.components.setColumnWidth(c, width)
        self.components.setWordWrap(True)
        comp_box = QGroupBox(self.tr("Thành phần hồ sơ"))
        comp_layout = QVBoxLayout(comp_box)
        comp_layout.addWidget(self.components)
        self.attest_button = QPushButton(self.tr("Đố&i chiếu bản chụp với bản chính…"))
        self.attest_button.setObjectName("attestButton")
        self.attest_button.setToolTip(self.tr(
            "Chọn thành phần có bản chụp, rồi chọn ảnh quét bản chính công dân xuất trình"
        ))
        self.attest_button.setVisible(verification is not None)
        self.attest_button.setEnabled(False)
        comp_buttons = QHBoxLayout()
        comp_buttons.addWidget(self.attest_button)
        comp_layout.addLayout(comp_buttons)

        self.documents = QListWidget()
        self.documents.setObjectName("documents")
        self.open_document_button = QPushButton(self.tr("&Xem / in biểu mẫu (Enter)"))
        self.open_document_button.setObjectName("openDocument")
        doc_box = QGroupBox(self.tr("Biểu mẫu đã tạo"))
        doc_layout = QVBoxLayout(doc_box)
        self.documents.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._fit_documents()
        doc_layout.addWidget(self.documents)
        doc_layout.addWidget(self.open_document_button)

        self.thumbs = QListWidget()
        self.thumbs.setObjectName("thumbnails")
        self.thumbs.setViewMode(QListWidget.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(THUMB, THUMB))
        self.thumbs.setGridSize(QSize(THUMB + 24, THUMB + 40))
        self.thumbs.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.thumbs.setMovement(QListWidget.Movement.Static)
        self.thumbs.setWordWrap(True)
        self.add_pages_button = QPushButton(self.tr("&Thêm trang từ tệp…"))
        self.add_pages_button.setObjectName("addPages")
        self.pages_status = QLabel()
        pages_box = QGroupBox(self.tr("Các trang đã số hoá"))
        pages_layout = QVBoxLayout(pages_box)
        pages_layout.addWidget(self.thumbs, 1)
        self.capture_button = QPushButton(self.tr("Q&uét / sắp xếp trang…"))
        self.capture_button.setObjectName("capturePages")
        self.capture_button.setToolTip(self.tr(
            "Mở các trang của thành phần đang chọn: quét thêm, nhập ảnh/PDF, xoay, sắp xếp, xoá"))
        self.capture_button.setVisible(capture is not None)
        self.capture_button.setEnabled(False)
        comp_buttons.addWidget(self.capture_button)
        row = QHBoxLayout()
        row.addWidget(self.pages_status, 1)
        row.addWidget(self.add_pages_button)
        self.digitise_actions: Any | None = None
        if digitise is not None:
            from ui.dossier.digitise_actions import DigitiseActions

            self.digitise_actions = DigitiseActions(self, runner, digitise)
            digitise_row = QHBoxLayout()
            for b in self.digitise_actions.buttons():
                digitise_row.addWidget(b)
            digitise_row.addStretch(1)
            digitise_row.addWidget(self.digitise_actions.open_folder_button)
            pages_layout.addLayout(digitise_row)
        pages_layout.addLayout(row)

        self.back_button = QPushButton(self.tr("&Quay lại danh sách (Esc)"))
        self.back_button.setObjectName("backButton")

        left = QVBoxLayout()
        left.addWidget(info_box)
        left.addWidget(comp_box, 1)
        left.addWidget(doc_box, 0)
        columns = QHBoxLayout()
        # half the width for the dossier's text: the components' names read on one line
        columns.addLayout(left, 1)
        self.right_column = QVBoxLayout()  # ui/lifecycle adds the Mẫu 06 steps under the pages
        self.right_column.addWidget(pages_box, 1)
        columns.addLayout(self.right_column, 1)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)

        self.back_button.clicked.connect(self.back_requested)
        self.open_document_button.clicked.connect(self.open_selected_document)
        self.documents.itemActivated.connect(lambda _i: self.open_selected_document())
        self.add_pages_button.clicked.connect(self._choose_pages)
        self.attest_button.clicked.connect(self._choose_original)
        self.capture_button.clicked.connect(self.open_component_pages)
        self.components.currentCellChanged.connect(lambda *_: self._update_attest())
        esc = QShortcut(QKeySequence("Escape"), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.back_requested)

    # --- loading --------------------------------------------------------------------------------

    def load(self, code: str) -> None:
        self._load_ticket += 1
        ticket = self._load_ticket
        self.title.setText(self.tr("Hồ sơ %1").replace("%1", code))
        self._runner.run(
            self._reception.dossier, code,
            owner=self, on_result=lambda d: self._on_loaded(d, ticket),
            on_error=lambda e: show_error(self, e),
        )

    def _on_loaded(self, detail: Any, ticket: int) -> None:
        if ticket != self._load_ticket:
            return  # the officer already opened another dossier
        self.detail = detail
        summary = detail.summary
        if self.digitise_actions is not None:
            self.digitise_actions.update()
        self.title.setText(self.tr("Hồ sơ %1").replace("%1", summary.code))
        f = self._field_labels
        f["procedure"].setText(f"{summary.procedure_code} – {summary.procedure_name}")
        applicant = summary.applicant_name
        extra = ", ".join(x for x in (detail.applicant_address, detail.applicant_phone) if x)
        f["applicant"].setText(f"{applicant}\n{extra}" if extra else applicant)
        birth = detail.applicant_birth_date
        f["identity"].setText(f"{detail.applicant_id_number or '—'}  ·  "
                              f"{vn_format.date(birth) or '—'}")
        f["submitter"].setText(detail.submitter_name or "—")
        f["status"].setText(status_text(summary.status))
        f["reason"].setText(detail.reason or "—")
        f["received"].setText(vn_format.datetime(summary.received_at))
        f["due"].setText(vn_format.datetime(summary.due_at) or "—")
        f["pages"].setText(str(len(detail.pages)))

        self.components.setRowCount(len(detail.components))
        for r, comp in enumerate(detail.components):
            form_label = form_text(comp.form)
            if comp.original_shown:
                # ticked at reception: seen, not yet compared (the last column says when it was)
                form_label += self.tr(" (đã xem bản chính)")
            texts = (comp.name, form_label, str(comp.quantity) if comp.form else "",
                     requirement_text(comp.requirement), self._verification_mark(comp))
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                compared = c == 4 and comp.verdict in (Verdict.MATCH, Verdict.MISMATCH)
                item.setToolTip(self.tr("Đã đối chiếu: %1").replace("%1", text) if compared
                                else text)
                if c == 1 and comp.form is None:
                    item.setForeground(Qt.GlobalColor.darkRed)
                if c == 4 and comp.verdict is not None:
                    item.setForeground(QColor("#1b5e20" if comp.verdict == Verdict.MATCH
                                              else "#b00020"))
                self.components.setItem(r, c, item)
        self.components.resizeRowsToContents()
        if detail.components:
            self.components.setCurrentCell(0, 0)
        self._update_attest()

        self.documents.clear()
        for doc in detail.documents:
            doc_item = QListWidgetItem(
                f"{document_text(doc.kind)}  ({vn_format.datetime(doc.created_at)})"
            )
            doc_item.setData(Qt.ItemDataRole.UserRole, doc.kind)
            doc_item.setData(Qt.ItemDataRole.UserRole + 1, doc.sha256)
            self.documents.addItem(doc_item)
        if self.documents.count():
            self.documents.setCurrentRow(0)
        self._fit_documents()
        self.open_document_button.setEnabled(self.documents.count() > 0)
        self._load_thumbnails(detail, ticket)
        self.documents.setFocus()
        self.loaded.emit(detail)

    def _fit_documents(self) -> None:
        """As tall as its forms (1 to 4 lines): the spare height goes to the components."""
        rows = min(max(self.documents.count(), 1), 4)
        line = self.documents.sizeHintForRow(0) if self.documents.count() else 0
        self.documents.setFixedHeight(rows * max(line, self.fontMetrics().height() + 4)
                                      + 2 * self.documents.frameWidth() + 8)

    def _verification_mark(self, comp: Any) -> str:
        """The component's latest comparison from the verification log, or a dash."""
        if comp.verified_at is None:
            return "—"
        return f"{verdict_label(comp.verdict)}, {vn_format.datetime(comp.verified_at)}"

    def _load_thumbnails(self, detail: Any, ticket: int) -> None:
        self.thumbs.clear()
        pages = list(detail.pages)
        self._thumbs_pending = len(pages)
        names = {c.id: c.name for c in detail.components}
        if not pages:
            self.pages_status.setText(self.tr("Chưa có trang nào được số hoá."))
            self.thumbnails_done.emit(0)
            return
        self.pages_status.setText(self.tr("Đang tải %n trang…", "", len(pages)))
        placeholder = QPixmap(THUMB * 3 // 4, THUMB)
        placeholder.fill(Qt.GlobalColor.lightGray)
        for n, page in enumerate(pages, start=1):
            caption = self.tr("Trang %1").replace("%1", str(n))
            component = names.get(page.component_id)
            if component:
                caption += "\n" + (component if len(component) < 28 else component[:26] + "…")
            item = QListWidgetItem(QIcon(placeholder), caption)
            item.setToolTip(component or "")
            self.thumbs.addItem(item)
            self._runner.run(
                self._thumbnail_image, page.sha256,
                owner=self, on_result=partial(self._on_thumb, item=item, ticket=ticket),
                on_error=lambda e: self._on_thumb(None, None, ticket),
            )

    def _thumbnail_image(self, sha256: str) -> QImage:
        return image_from_bytes(self._reception.thumbnail(sha256, max_side=THUMB))

    def _on_thumb(self, image: QImage | None, item: QListWidgetItem | None, ticket: int) -> None:
        if ticket != self._load_ticket:
            return
        if image is not None and item is not None and not image.isNull():
            item.setIcon(QIcon(framed(image)))
        self._thumbs_pending -= 1
        if self._thumbs_pending <= 0:
            self.pages_status.setText(self.tr("%n trang", "", self.thumbs.count()))
            self.thumbnails_done.emit(self.thumbs.count())

    # --- comparing a copy with its original -------------------------------------------------------

    def selected_component(self) -> Any | None:
        row = self.components.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.components):
            return None
        return self.detail.components[row]

    def _copy_pages(self, component: Any) -> list[Any]:
        assert self.detail is not None
        return [p for p in self.detail.pages if p.component_id == component.id]

    def _update_attest(self) -> None:
        comp = self.selected_component()
        self.attest_button.setEnabled(
            self._verification is not None and comp is not None and bool(self._copy_pages(comp))
        )
        self.capture_button.setEnabled(self._capture is not None and comp is not None)

    def _choose_original(self) -> None:
        comp = self.selected_component()
        if comp is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Ảnh quét bản chính của: %1").replace("%1", comp.name), "", FILE_FILTER
        )
        if path:
            self.attest(comp, Path(path))

    def attest(self, component: Any, original: Path) -> None:
        """Opens the comparison of the component's first copy page with the original's scan. The
        copy page is read on a worker; the dialog then compares and records on its own workers
        (ui/verify). `attest_opened` carries the dialog."""
        from ui.verify.attest_dialog import AttestDialog
        from ui.verify.attest_dialog import ComponentInfo as AttestComponent

        verification, officer = self._verification, self._officer
        if self.detail is None or verification is None or officer is None:
            return
        pages = self._copy_pages(component)
        if not pages:
            return
        summary = self.detail.summary
        info = AttestComponent(summary.id, component.id, component.name, summary.code,
                               component.requirement, component.form)

        def open_dialog(copy: bytes) -> None:
            dialog = AttestDialog(verification, info, officer, original, copy,
                                  self._runner, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.attest_dialog = dialog
            dialog.attested.connect(lambda entry: self._on_attested(entry, component.name))
            dialog.open()
            self.attest_opened.emit(dialog)

        self._runner.run(self._reception.page_bytes, pages[0].sha256, owner=self,
                         on_result=open_dialog, on_error=lambda e: show_error(self, e))

    def _on_attested(self, entry: Any, name: str) -> None:
        """Says what was recorded, and reloads the dossier so the component's row shows the mark
        read back from the log."""
        self.message.emit(
            self.tr("Đã ghi kết quả đối chiếu “%1”: %2.")
            .replace("%1", name).replace("%2", verdict_label(getattr(entry, "verdict", None))))
        if self.detail is not None:
            self.load(self.detail.summary.code)

    # --- documents and pages --------------------------------------------------------------------

    def open_selected_document(self) -> PdfPreviewDialog | None:
        item = self.documents.currentItem()
        if item is None or self.detail is None:
            return None
        return self.open_document(DocumentKind(item.data(Qt.ItemDataRole.UserRole)))

    def open_document(self, kind: DocumentKind) -> PdfPreviewDialog | None:
        if self.detail is None:
            return None
        code = self.detail.summary.code
        self.preview = PdfPreviewDialog(
            self._runner,
            f"{document_text(kind)} – {code}",
            loader=lambda: self._reception.document_pdf(code, kind),
            suggested_name=f"{code}-{kind}.pdf",
            parent=self,
            loader_writes=True,
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()
        return self.preview

    def open_component_pages(self) -> None:
        """The selected component's pages in the page strip (scan, import, rotate, reorder,
        delete; each change saved at once). The page set reads the store, so it is built on a
        worker; the page list here is reloaded when the window closes."""
        comp = self.selected_component()
        if comp is None or self.detail is None or self._capture is None:
            return
        capture = self._capture
        self.capture_button.setEnabled(False)
        self._runner.run(capture.dossier_pages, self.detail.summary.id, comp.id,
                         owner=self, on_result=lambda pages: self._show_pages(capture, comp, pages),
                         on_error=self._on_pages_failed)

    def _on_pages_failed(self, exc: BaseException) -> None:
        self._update_attest()
        show_error(self, exc)

    def _show_pages(self, capture: Any, comp: Any, pages: Any) -> None:
        from ui.capture.component_pages import ComponentPagesDialog

        self._update_attest()
        colour = pages.mode.value == "colour"
        dialog = ComponentPagesDialog(comp.name, pages, self._runner, capture.scanner(),
                                      capture.settings_for(colour), parent=self,
                                      saved_at_once=True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_pages_closed)
        self.pages_dialog = dialog
        dialog.open()
        self.pages_dialog_opened.emit(dialog)

    def close_page_window(self) -> None:
        """The lock hides citizens' scans: the page window closes (its changes are saved)."""
        if self.pages_dialog is not None:
            self.pages_dialog.close()
        if self.digitise_actions is not None:
            self.digitise_actions.close_windows()

    def _on_pages_closed(self, _result: int) -> None:
        self.pages_dialog = None
        if self.detail is not None:
            self.load(self.detail.summary.code)

    def _choose_pages(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn trang cần thêm"), "", FILE_FILTER)
        if paths:
            self.add_pages([Path(p) for p in paths])

    def add_pages(self, files: list[Path]) -> None:
        if self.detail is None:
            return
        code = self.detail.summary.code
        self.add_pages_button.setEnabled(False)
        self.pages_status.setText(self.tr("Đang thêm trang…"))

        def done(_count: int) -> None:
            self.add_pages_button.setEnabled(True)
            self.load(code)

        def failed(exc: BaseException) -> None:
            self.add_pages_button.setEnabled(True)
            self.pages_status.clear()
            show_error(self, exc)

        self._runner.write(self._reception.add_pages, code, files, owner=self,
                           on_result=done, on_error=failed)
