"""The task runner (results, errors, progress, cancel, nothing left running) and the form preview's
print and save paths, on a real generated form."""
from __future__ import annotations

import subprocess
import threading
from pathlib import Path
from typing import Any

from PySide6.QtPrintSupport import QPrinter

from desk_app.errors import InputRefused
from tests.gui.fakes import FakeReception
from ui.widgets.pdf_preview import PdfPreviewDialog


def test_runner_delivers_results_errors_and_progress(qtbot: Any, runner: Any) -> None:
    # callbacks are connected before the work starts, so nothing is missed however fast it runs
    seen: list[Any] = []
    runner.run(lambda a, b: a + b, 2, 3, on_result=seen.append)
    qtbot.waitUntil(lambda: seen == [5])

    def refuse() -> None:
        raise InputRefused("empty_file", "")

    errors: list[BaseException] = []
    runner.write(refuse, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert [e.code for e in errors] == ["empty_file"]  # type: ignore[attr-defined]

    steps: list[tuple[int, int, str]] = []
    gate = threading.Event()

    def long_job(progress: Any, cancel: Any) -> str:
        for i in range(1, 4):
            progress(i, 3, f"trang {i}")
        gate.wait(5)
        return "huỷ" if cancel() else "xong"

    results: list[str] = []
    worker = runner.run(long_job, with_progress=True, on_progress=lambda *a: steps.append(a),
                        on_result=results.append)
    assert runner.active_count == 1  # kept referenced while it runs (blocked on the gate)
    worker.cancel()
    gate.set()
    qtbot.waitUntil(lambda: results == ["huỷ"])
    assert steps == [(1, 3, "trang 1"), (2, 3, "trang 2"), (3, 3, "trang 3")]
    qtbot.waitUntil(lambda: runner.active_count == 0)


def test_the_single_writer_keeps_order(qtbot: Any, runner: Any) -> None:
    order: list[int] = []
    for n in range(20):
        runner.write(order.append, n)
    qtbot.waitUntil(lambda: len(order) == 20)
    assert order == list(range(20))


def test_a_result_for_a_deleted_widget_is_dropped(qtbot: Any, runner: Any) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    gate = threading.Event()
    dropped: list[str] = []
    runner.run(gate.wait, 5, owner=label, on_result=lambda _r: label.setText("late"))
    runner.run(gate.wait, 5, on_result=lambda _r: dropped.append("ran"))
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label))
    gate.set()
    qtbot.waitUntil(lambda: dropped == ["ran"])  # the unguarded one ran; the guarded did not raise


def test_preview_prints_and_saves(qtbot: Any, runner: Any, tmp_path: Path) -> None:
    pdf = FakeReception().document_pdf("H31.12.05-261126-0001", "mau01")
    preview = PdfPreviewDialog(runner, "Mẫu 01", data=pdf, suggested_name="x.pdf")
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: len(preview.images) == 1)
    assert preview.print_button.isEnabled()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    done: list[bool] = []
    preview.print_to(printer, on_done=lambda: done.append(True))
    qtbot.waitUntil(lambda: done == [True], timeout=20_000)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    pages = [line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")]
    assert pages == ["1"]
    assert out.stat().st_size > 10_000  # the rendered page image is in it
    assert preview.status.text() == "Đã gửi bản in."

    target = tmp_path / "luu.pdf"
    with qtbot.waitSignal(preview.saved):
        preview.save_to(target)
    assert target.read_bytes() == pdf
