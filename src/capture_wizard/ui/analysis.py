"""The analysis worker: runs a page's checks (document or face) off the GUI thread.

Live frames: latest frame wins — a new frame replaces one still waiting, so the queue never
grows and the feedback is never older than one analysis. Stills (a taken picture) and files
are never dropped and go first.
"""

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from capture_wizard.core.imageio import ImageLoadError, load_image

log = logging.getLogger(__name__)


class Job(Enum):
    LIVE = "live"
    """A viewfinder frame: camera rules, quick checks."""
    STILL = "still"
    """A picture taken from the camera to keep: camera rules, thorough checks."""
    FILE = "file"
    """A file the person gave: judged as a still picture (a crop or a scan is fine)."""


Analyzer = Callable[[np.ndarray, Job], object]
"""(frame BGR, job) -> a report with `ok`, `issues` and `anchor`. A picture that is kept (STILL,
FILE) may take longer to check than a live frame."""


@dataclass(frozen=True)
class Analysis:
    job: Job
    frame: np.ndarray | None
    report: object | None
    """The analyzer's report (QualityReport, FaceReport...)."""
    submitted_at: float
    """time.monotonic() when the frame was handed in (latency = now - submitted_at)."""
    error: str | None = None
    """Why a file could not be read (FILE jobs), in plain words."""


class AnalysisWorker(QObject):
    analyzed = Signal(object)  # Analysis, delivered on the receiver's (GUI) thread

    def __init__(self, analyzer: Analyzer, parent=None):
        super().__init__(parent)
        self._analyzer = analyzer
        self._wake = threading.Condition()
        self._live: tuple | None = None
        self._urgent: list[tuple] = []
        self._running = False
        self._thread: threading.Thread | None = None
        self.dropped = 0
        """Live frames replaced before they were analysed (for the benchmark)."""

    def start(self) -> None:
        with self._wake:
            if self._running:
                return
            self._running = True
        self._thread = threading.Thread(target=self._loop, name="analysis", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        with self._wake:
            self._running = False
            self._live = None
            self._urgent.clear()
            self._wake.notify()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def submit_live(self, frame: np.ndarray) -> None:
        with self._wake:
            if self._live is not None:
                self.dropped += 1
            self._live = (Job.LIVE, frame, time.monotonic())
            self._wake.notify()

    def submit_still(self, frame: np.ndarray) -> None:
        self._submit_urgent((Job.STILL, frame, time.monotonic()))

    def submit_file(self, path: str | Path) -> None:
        self._submit_urgent((Job.FILE, Path(path), time.monotonic()))

    def clear_live(self) -> None:
        with self._wake:
            self._live = None

    def _submit_urgent(self, job: tuple) -> None:
        with self._wake:
            self._urgent.append(job)
            self._wake.notify()

    def _next_job(self) -> tuple | None:
        with self._wake:
            while self._running and not self._urgent and self._live is None:
                self._wake.wait()
            if not self._running:
                return None
            if self._urgent:
                return self._urgent.pop(0)
            job, self._live = self._live, None
            return job

    def _loop(self) -> None:
        while (job := self._next_job()) is not None:
            kind, payload, submitted = job
            try:
                self.analyzed.emit(self._run(kind, payload, submitted))
            except Exception:
                log.exception("analysis failed")
                self.analyzed.emit(
                    Analysis(kind, None, None, submitted, error="the photo could not be checked")
                )

    def _run(self, kind: Job, payload, submitted: float) -> Analysis:
        if kind is Job.FILE:
            try:
                frame = load_image(payload)
            except ImageLoadError as exc:
                return Analysis(kind, None, None, submitted, error=str(exc))
        else:
            frame = payload
        return Analysis(kind, frame, self._analyzer(frame, kind), submitted)
