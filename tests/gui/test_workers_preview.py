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
    seen: list[Any] = []
    with qtbot.waitSignal(runner.run(lambda a, b: a + b, 2, 3, on_result=seen.append)
                          .signals.finished):
        pass
    assert seen == [5]

    def refuse() -> None:
        raise InputRefused("empty_file", "")

    errors: list[BaseException] = []
    with qtbot.waitSignal(runner.write(refuse, on_error=errors.append).signals.finished):
        pass
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
    assert runner.active_count == 1  # kept referenced while it runs
    with qtbot.waitSignal(worker.signals.finished):
        worker.cancel()
        gate.set()
    assert results == ["huỷ"]
    assert steps == [(1, 3, "trang 1"), (2, 3, "trang 2"), (3, 3, "trang 3")]
    qtbot.waitUntil(lambda: runner.active_count == 0)


def test_the_single_writer_keeps_order(qtbot: Any, runner: Any) -> None:
    order: list[int] = []
    workers = [runner.write(order.append, n) for n in range(20)]
    with qtbot.waitSignal(workers[-1].signals.finished):
        pass
    assert order == list(range(20))


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
