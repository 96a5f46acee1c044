"""Ctrl+F looks in the pages too: what the officer types in the main window's search box is also
looked for in the dossiers' page text (and, when it is 9 or 12 digits, as an applicant's ID
number) on a background task. A line under the list says how many pages hold the words, or that
none does, and lists them; choosing one opens the dossier with that page over it, the words
highlighted (HitPageDialog). The same search as `desk-app search` (desk_app/search.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.error_text import error_text
from ui.search.hit_page_dialog import HitPageDialog
from ui.workers import TaskRunner

if TYPE_CHECKING:
    from desk_app.search import SearchHit, SearchService

HIT_LIMIT = 50
# Pages are searched from the third letter typed: one or two letters match a large part of every
# page's words, which costs a walk over much of the index for a list nobody reads.
MIN_LETTERS = 3
HIT_ROLE = Qt.ItemDataRole.UserRole


class PageHitsPanel(QWidget):
    def __init__(self, main: Any, search: SearchService, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("pageHits")
        self.main = main
        self.search = search
        self.runner = runner
        self.dialog: HitPageDialog | None = None
        self.query = ""  # the words the hits shown were found for
        self._ticket = 0
        self.summary = QLabel()
        self.summary.setObjectName("pageHitsSummary")
        self.hits = QListWidget()
        self.hits.setObjectName("pageHitsList")
        self.hits.setMaximumHeight(150)
        self.hits.setAccessibleName(self.tr("Trang hồ sơ có chữ cần tìm"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.hits)
        self.hide()
        main.search.setPlaceholderText(self.tr(
            "Tìm theo mã hồ sơ, tên người nộp, thủ tục, chữ trên trang hoặc số định danh — gõ có "
            "dấu hay không dấu đều được"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.run_search)
        main.search.textChanged.connect(lambda _t: self._timer.start())
        main.search.returnPressed.connect(self._focus_hits)
        self.hits.itemActivated.connect(self.open_hit)
        main.stack.currentChanged.connect(self._on_page_changed)

    def run_search(self) -> None:
        from desk_app.search import id_number_of
        from desk_app.search_match import query_tokens

        query = self.main.search.text().strip()
        self._ticket += 1
        ticket = self._ticket
        letters = sum(len(t) for t in query_tokens(query))
        if letters < MIN_LETTERS and id_number_of(query) is None:
            self.query = ""
            self.hits.clear()
            self.hide()
            return
        self.runner.run(self.search.find, query, None, HIT_LIMIT, owner=self,
                        on_result=lambda hits: self._on_hits(hits, query, ticket),
                        on_error=lambda e: self._on_error(e, ticket))

    def _on_hits(self, hits: list[SearchHit], query: str, ticket: int) -> None:
        if ticket != self._ticket:
            return  # an older query finished after a newer one
        self.query = query
        self.hits.clear()
        pages = [h for h in hits if h.page is not None]
        by_id = [h for h in hits if h.page is None]
        for h in by_id:
            item = QListWidgetItem(self.tr("%1 — theo số định danh: %2")
                                   .replace("%1", h.code).replace("%2", h.snippet))
            item.setData(HIT_ROLE, h)
            self.hits.addItem(item)
        for h in pages:
            item = QListWidgetItem(self.tr("%1 — trang %2: %3").replace("%1", h.code)
                                   .replace("%2", str(h.page)).replace("%3", h.snippet))
            item.setData(HIT_ROLE, h)
            self.hits.addItem(item)
        if pages and by_id:
            text = (self.tr("Chữ trên trang: %n trang khớp", "", len(pages)) + "; "
                    + self.tr("%n hồ sơ theo số định danh", "", len(by_id)))
        elif by_id:
            text = self.tr("Tìm theo số định danh: %n hồ sơ", "", len(by_id))
        elif pages:
            text = self.tr("Chữ trên trang: %n trang khớp", "", len(pages))
        else:
            text = self.tr("Không có trang hồ sơ nào chứa những chữ này.")
        if hits:
            text += " " + self.tr("Chọn một dòng (Enter) để mở trang.")
        self.summary.setText(text)
        self.hits.setVisible(bool(hits))
        self.show()
        self.main.say(text)

    def _on_error(self, exc: BaseException, ticket: int) -> None:
        if ticket == self._ticket:
            self.summary.setText(error_text(exc))
            self.show()
            self.main.say(error_text(exc))

    def _focus_hits(self) -> None:
        # the dossier list takes Enter when it has rows; otherwise the page hits do
        if not self.main.model.rowCount() and self.hits.count():
            self.hits.setFocus()
            self.hits.setCurrentRow(0)

    def open_hit(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(HIT_ROLE)
        self.main.open_dossier(hit.code)
        if hit.page_id is None:
            self.main.say(self.tr("Đã mở hồ sơ %1.").replace("%1", hit.code))
            return
        self.close_dialog()
        title = self.tr("Hồ sơ %1 — trang %2").replace("%1", hit.code).replace("%2", str(hit.page))
        self.dialog = HitPageDialog(self.search, self.runner, hit.page_id, self.query, title,
                                    parent=self.main)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.open()
        self.main.say(self.tr("Đã mở hồ sơ %1, trang %2.").replace("%1", hit.code)
                      .replace("%2", str(hit.page)))

    def _forget_dialog(self, *_args: object) -> None:
        self.dialog = None

    def close_dialog(self) -> None:
        if self.dialog is not None:
            try:
                self.dialog.close()
            except RuntimeError:
                pass  # already deleted
            self.dialog = None

    def _on_page_changed(self, index: int) -> None:
        if index == self.main.LOCKED:  # citizens' pages are not left open on a locked counter
            self.close_dialog()
            self.hits.clear()
            self.hide()


def attach_page_hits(main: Any, search: SearchService | None, runner: TaskRunner) -> Any:
    """The panel under the main window's list, when the services have the search."""
    if search is None:
        return None
    panel = PageHitsPanel(main, search, runner)
    main.home_layout.addWidget(panel)
    return panel
