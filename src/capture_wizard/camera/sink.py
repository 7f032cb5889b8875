"""The one place QtMultimedia frames become numpy.

A QVideoSink delivers frames on the media framework's own thread. Running Python there would
deadlock: `QMediaPlayer.stop()` / `QCamera.stop()` keep the GIL while they wait for that thread.
So the sink only queues each frame (C++ only) to a converter living in its own QThread, which
turns it into a BGR array and emits it as the owning source's `frameReady`. The GUI thread
never pays for the conversion.
"""

from PySide6.QtCore import QObject, QThread, Slot
from PySide6.QtMultimedia import QVideoFrame, QVideoSink

from capture_wizard.camera.base import FrameSource
from capture_wizard.camera.qt_frames import video_frame_to_bgr


class _Converter(QObject):
    def __init__(self, source: FrameSource) -> None:
        super().__init__()
        self._source = source

    @Slot(QVideoFrame)
    def convert(self, frame: QVideoFrame) -> None:
        bgr = video_frame_to_bgr(frame)
        if bgr is not None:
            self._source.frameReady.emit(bgr)


class SinkFrames:
    """A video sink (give it to a capture session or a media player) feeding `source`."""

    def __init__(self, source: FrameSource) -> None:
        self.sink = QVideoSink(source)
        self._thread = QThread()
        self._thread.setObjectName(f"frames: {source.name}")
        self._converter = _Converter(source)
        self._converter.moveToThread(self._thread)
        self.sink.videoFrameChanged.connect(self._converter.convert)

    def open(self) -> None:
        """Start converting; call before the camera or player starts."""
        if not self._thread.isRunning():
            self._thread.start()

    def close(self) -> None:
        """Stop converting; call after the camera or player has stopped."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait(2000)
