"""Responsiveness of the capture page: the demo camera for N seconds (offscreen).

Prints the longest GUI event-loop stall (bar <= 50 ms) and the frame-to-feedback latency (bar:
median <= 100 ms): the time from a frame's arrival on the GUI thread to its instruction and
outline on screen, analysis on the worker thread included. And the stale-verdict share: of the
viewfinder's paints that show an outline and verdict, how many draw them over a newer frame
than the one they were found on (bar: 0 — the verdict shown belongs to the picture shown).
`--load N` keeps N other processes busy meanwhile (a loaded 2-core machine).

    .venv/bin/python benchmarks/bench_ui.py [--seconds 10] [--load 2]
"""

import argparse
import multiprocessing
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from capture_wizard.camera import SourceProvider, parse_camera_spec
from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.checks import check_step
from capture_wizard.core.documents import ID3
from capture_wizard.core.session import Capture, CaptureSession, CaptureSource
from capture_wizard.core.specimens.demo import verified_scene
from capture_wizard.core.specimens.scenes import Defect
from capture_wizard.core.steps import Step
from capture_wizard.ui.context import WizardContext
from capture_wizard.ui.theme import apply_theme
from capture_wizard.ui.wizard import CaptureWizard, PageId

TICK_MS = 5


def _busy() -> None:
    while True:
        sum(i * i for i in range(10_000))


class StalePaints(QObject):
    """Counts the viewfinder's paints, and those whose outline and verdict came from another
    frame than the one painted: the page shows a live result's verdict in `_show_live`, so
    that result's frame is the one the verdict on the screen belongs to."""

    def __init__(self, page) -> None:
        super().__init__()
        self.viewfinder = page.viewfinder
        self.analysed = None
        self.paints = self.stale = 0
        show_live = page._show_live

        def shown(result) -> None:
            self.analysed = result.frame
            show_live(result)

        page._show_live = shown
        self.viewfinder.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.analysed is not None:
            self.paints += 1
            self.stale += self.viewfinder._frame is not self.analysed
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument(
        "--face",
        action="store_true",
        help="the face step instead, after a kept passport page: the demo selfies, compared "
        "with the page's portrait once the face holds still (dlib, in its own process)",
    )
    parser.add_argument("--load", type=int, default=0, help="busy processes meanwhile")
    args = parser.parse_args()
    burners = [multiprocessing.Process(target=_busy, daemon=True) for _ in range(args.load)]
    for burner in burners:
        burner.start()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    wizard = CaptureWizard(
        WizardContext(CaptureSession(), Catalogue.load(), SourceProvider(parse_camera_spec("demo")))
    )
    wizard.resize(1280, 860)
    wizard.show()
    wizard.next()
    wizard.currentPage().select("DEU", "passport" if args.face else "id_card")
    wizard.next()
    if args.face:  # a kept passport page, as if photographed
        page_image = verified_scene(Defect.CLEAN, Step.FRONT, ID3, seed=9_000_000)
        report = check_step(page_image, Step.FRONT, ID3, thorough=False)
        wizard.session.store(Capture(Step.FRONT, page_image, report, CaptureSource.DEMO))
    wizard.next()
    if args.face:
        wizard.next()
    page = wizard.currentPage()
    assert wizard.currentId() == (PageId.FACE if args.face else PageId.FRONT)
    page.auto.hold_seconds = 1e9  # stay live for the whole run

    latencies: list[float] = []
    page.feedbackShown.connect(latencies.append)
    stale = StalePaints(page)
    frames = [0]
    page.source.frameReady.connect(lambda _f: frames.__setitem__(0, frames[0] + 1))

    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6 - TICK_MS)
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)
    ticker.start()
    started = time.monotonic()
    # exit(), not quit(): quit() first closes the windows, and the wizard keeps its window open
    # to ask before discarding photos (the face step has a kept page).
    QTimer.singleShot(int(args.seconds * 1000), lambda: app.exit(0))
    app.exec()
    elapsed = time.monotonic() - started
    ticker.stop()
    for burner in burners:
        burner.terminate()
    dropped = page.worker.dropped
    compared = page._match._live.comparisons if args.face and page._match._live else 0
    wizard.reject()
    wizard.deleteLater()
    app.processEvents()

    gaps.sort()
    step = "face step" if args.face else "capture page"
    print(f"run: {elapsed:.1f} s of the demo camera on the {step}, 1280x720 frames")
    if args.face:
        print(f"live comparisons with the portrait: {compared}")
    load = f", {args.load} busy processes, load average {os.getloadavg()[0]:.1f}"
    print(f"machine: {os.cpu_count()} cores{load if args.load else ''}")
    print(f"frames from the camera: {frames[0]} ({frames[0] / elapsed:.1f}/s)")
    share = stale.stale / stale.paints if stale.paints else 0.0
    print(
        f"stale verdicts: {stale.stale} of {stale.paints} viewfinder paints ({share:.1%}) drew "
        "an outline and verdict over a newer frame than their own (bar: 0)"
    )
    print(
        f"analyses: {len(latencies)} ({len(latencies) / elapsed:.1f}/s), live frames skipped "
        f"by latest-frame-wins: {dropped}"
    )
    print(
        f"event-loop stall: longest {max(gaps):.1f} ms, 99th percentile "
        f"{gaps[int(0.99 * (len(gaps) - 1))]:.1f} ms (bar <= 50 ms)"
    )
    if latencies:
        ms = sorted(x * 1000 for x in latencies)
        print(
            f"frame-to-feedback latency: median {statistics.median(ms):.1f} ms, "
            f"95th percentile {ms[int(0.95 * (len(ms) - 1))]:.1f} ms, max {ms[-1]:.1f} ms "
            "(bar: median <= 100 ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
