"""Frame sources and the analysis worker. No webcam here: the QtMultimedia frame path is
exercised by playing a video file through QMediaPlayer into the same QVideoSink code."""

import threading

import cv2
import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from capture_wizard.camera import SourceProblem
from capture_wizard.camera.base import ThreadedSource
from capture_wizard.camera.demo import DemoSource
from capture_wizard.camera.folder import FolderSource
from capture_wizard.camera.opencv_camera import OpenCvCameraSource
from capture_wizard.camera.qt_camera import choose_format
from capture_wizard.camera.qt_frames import bgr_to_qimage, qimage_to_bgr
from capture_wizard.camera.video_file import VideoFileSource
from capture_wizard.camera.watchdog import StallWatchdog
from capture_wizard.core.documents import ID1
from capture_wizard.core.quality.report import QualityReport
from capture_wizard.core.steps import Step
from capture_wizard.testing import FakeClock
from capture_wizard.ui.analysis import AnalysisWorker, Job, finish_running_checks

COLOURS = [(0, 0, 255), (0, 255, 0), (255, 0, 0)]  # BGR red, green, blue


@pytest.fixture
def video(tmp_path):
    path = tmp_path / "clip.mp4"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), 10, (320, 240))
    for colour in COLOURS:
        for _ in range(10):
            writer.write(np.full((240, 320, 3), colour, np.uint8))
    writer.release()
    return path


def test_video_file_frames_arrive_as_bgr_arrays(qtbot, video):
    source = VideoFileSource(video, loop=False)
    frames = []
    source.frameReady.connect(frames.append)
    source.start()
    qtbot.waitUntil(lambda: len(frames) >= 25, timeout=10_000)
    source.stop()
    assert all(f.shape == (240, 320, 3) and f.dtype == np.uint8 for f in frames)
    seen = {int(np.argmax(f[120, 160])) for f in frames}  # which channel is bright
    assert seen == {0, 1, 2}  # red, green and blue all came through in the right order
    assert np.abs(frames[0][120, 160].astype(int) - COLOURS[0]).max() < 40


def test_an_unreadable_video_is_reported(qtbot, tmp_path):
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"this is not a video")
    source = VideoFileSource(bad)
    with qtbot.waitSignal(source.failed, timeout=10_000) as blocker:
        source.start()
    source.stop()
    assert blocker.args == [SourceProblem.UNREADABLE]


def test_qimage_conversion_respects_the_row_stride():
    rng = np.random.default_rng(1)
    frame = rng.integers(0, 255, (7, 13, 3), dtype=np.uint8)  # 39-byte rows, padded to 40
    image = bgr_to_qimage(frame).copy()
    assert image.bytesPerLine() == 40
    assert np.array_equal(qimage_to_bgr(image), frame)
    as_rgb32 = image.convertToFormat(QImage.Format.Format_RGB32)
    assert np.array_equal(qimage_to_bgr(as_rgb32), frame)
    as_rgb888 = image.convertToFormat(QImage.Format.Format_RGB888)
    assert np.array_equal(qimage_to_bgr(as_rgb888), frame)


def test_camera_mode_choice():
    modes = [(640, 480, 30), (3840, 2160, 30), (1920, 1080, 5), (1920, 1080, 30), (1280, 720, 60)]
    assert choose_format(modes) == 3  # largest up to 1080p that runs at >= 15 fps
    assert choose_format([(3840, 2160, 30)]) == 0  # nothing smaller: take what there is
    assert choose_format([]) is None


def test_demo_source_plays_the_script(qtbot):
    source = DemoSource(Step.FRONT, ID1, fps=30)
    frames = []
    source.frameReady.connect(frames.append)
    source.start()
    qtbot.waitUntil(lambda: len(frames) >= 5, timeout=15_000)
    source.stop()
    assert frames[0].shape == (720, 1280, 3)
    assert not np.array_equal(frames[0], frames[3])  # it trembles like a live camera


def test_folder_source_skips_bad_files_and_reports_an_empty_folder(qtbot, tmp_path):
    cv2.imwrite(str(tmp_path / "a.png"), np.full((100, 120, 3), 90, np.uint8))
    (tmp_path / "b.jpg").write_bytes(b"broken")
    source = FolderSource(tmp_path, fps=50, seconds_each=0.1)
    frames = []
    source.frameReady.connect(frames.append)
    source.start()
    qtbot.waitUntil(lambda: len(frames) >= 6)
    source.stop()
    assert all(f.shape == (100, 120, 3) for f in frames)
    empty = tmp_path / "empty"
    empty.mkdir()
    source = FolderSource(empty)
    with qtbot.waitSignal(source.failed) as blocker:
        source.start()
    assert blocker.args == [SourceProblem.UNREADABLE]
    source.stop()


def test_a_missing_opencv_camera_is_reported(qtbot):
    source = OpenCvCameraSource(57)
    with qtbot.waitSignal(source.failed, timeout=10_000) as blocker:
        source.start()
    source.stop()
    assert blocker.args == [SourceProblem.NOT_FOUND]


def test_worker_drops_stale_live_frames_and_puts_stills_first(qtbot):
    gate = threading.Event()
    analysed = []

    def slow(frame, *, thorough, still, now):
        gate.wait(5)
        analysed.append(int(frame[0, 0, 0]))
        return QualityReport((), None, (frame.shape[1], frame.shape[0]))

    worker = AnalysisWorker()
    results = []
    worker.analyzed.connect(results.append)
    worker.start()
    frames = [np.full((4, 4, 3), i, np.uint8) for i in range(6)]
    worker.submit_live(frames[0], slow)
    qtbot.waitUntil(lambda: worker._live is None)  # frame 0 is being analysed
    for frame in frames[1:5]:
        worker.submit_live(frame, slow)  # each replaces the one before
    worker.submit_still(frames[5], slow)
    gate.set()
    qtbot.waitUntil(lambda: len(results) == 3)
    worker.stop()
    assert analysed == [0, 5, 4]  # the still jumps the queue; frames 1-3 never analysed
    assert worker.dropped == 3
    assert [r.job for r in results] == [Job.LIVE, Job.STILL, Job.LIVE]


def test_stopping_the_worker_never_waits_and_drops_what_was_under_way(qtbot):
    gate = threading.Event()
    started = threading.Event()

    def stuck(frame, *, thorough, still, now):  # e.g. OCR on a taken picture
        started.set()
        gate.wait(10)
        return QualityReport((), None, (frame.shape[1], frame.shape[0]))

    worker = AnalysisWorker()
    results = []
    worker.analyzed.connect(results.append)
    worker.start()
    worker.submit_still(np.zeros((4, 4, 3), np.uint8), stuck)
    assert started.wait(5)
    old = [t for t in threading.enumerate() if t.name == "analysis"]
    worker.stop()  # returns at once: the check is still running
    assert all(t.is_alive() for t in old)
    worker.start()  # a new run gets a thread of its own
    worker.submit_live(np.ones((4, 4, 3), np.uint8), lambda frame, **_: "fresh")
    qtbot.waitUntil(lambda: len(results) == 1)
    gate.set()  # the old check ends, hands in its result and its thread ends
    for thread in old:
        thread.join(5)
    QCoreApplication.processEvents()  # the old result, queued by now, is dropped here
    worker.stop()
    assert [r.report for r in results] == ["fresh"]


def test_the_watchdog_tells_a_quiet_camera_by_its_clock(qtbot):
    clock = FakeClock()
    watchdog = StallWatchdog(clock, first_frame_seconds=10, stall_seconds=3)
    watchdog.start()
    clock.advance(9)
    watchdog.frame_arrived()  # the first picture, just in time
    clock.advance(2.5)
    watchdog.frame_arrived()
    clock.advance(3.5)  # then nothing for longer than stall_seconds
    with qtbot.waitSignal(watchdog.stalled, timeout=5_000):
        pass
    watchdog.stop()


def test_at_exit_the_checks_under_way_end_first(qtbot):
    gate = threading.Event()
    started = threading.Event()

    def ocr(frame, *, thorough, still, now):
        started.set()
        gate.wait(10)
        return "read"

    busy, idle = AnalysisWorker(), AnalysisWorker()
    busy.start()
    idle.start()  # never stopped by its page: the exit stops it
    busy.submit_still(np.zeros((4, 4, 3), np.uint8), ocr)
    assert started.wait(5)
    busy.stop()  # the page left; the check runs on
    threads = [t for t in threading.enumerate() if t.name == "analysis"]
    threading.Timer(0.2, gate.set).start()  # the check ends a moment later
    finish_running_checks(timeout=10)
    assert not any(t.is_alive() for t in threads)


class _SlowSource(ThreadedSource):
    """Makes one frame, slowly (as the demo camera renders a scene)."""

    def __init__(self) -> None:
        super().__init__("slow source")
        self.making, self.release = threading.Event(), threading.Event()

    def _run(self, stop: threading.Event) -> None:
        self.making.set()
        self.release.wait(10)
        self._send_frame(stop, np.zeros((2, 2, 3), np.uint8))


def test_a_threaded_source_stops_without_waiting_and_sends_nothing_after(qtbot):
    source = _SlowSource()
    frames = []
    source.frameReady.connect(frames.append)
    source.start()
    assert source.making.wait(5)
    thread = next(t for t in threading.enumerate() if t.name == "slow source")
    release = source.release
    source.stop()  # returns while the frame is still being made
    assert thread.is_alive()
    source.deleteLater()  # a stopped source may go at once
    qtbot.waitUntil(lambda: not shiboken6.isValid(source))
    release.set()
    thread.join(5)
    QCoreApplication.processEvents()
    assert frames == []
