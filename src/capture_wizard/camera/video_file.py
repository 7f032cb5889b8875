"""A video file played in a loop through QMediaPlayer into the same QVideoSink code the camera
uses — how tests exercise the QtMultimedia frame path on machines without a webcam."""

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaPlayer

from capture_wizard.camera.base import FrameSource, SourceProblem
from capture_wizard.camera.sink import SinkFrames
from capture_wizard.core.session import CaptureSource

log = logging.getLogger(__name__)


class VideoFileSource(FrameSource):
    kind = CaptureSource.FILE

    def __init__(self, path: Path, parent=None, loop: bool = True) -> None:
        super().__init__(f"video {Path(path).name}", parent)
        self._path = Path(path)
        self._player = QMediaPlayer(self)
        self._frames = SinkFrames(self)
        self._player.setVideoSink(self._frames.sink)
        if loop:
            self._player.setLoops(QMediaPlayer.Loops.Infinite)
        self._player.errorOccurred.connect(self._player_error)

    def start(self) -> None:
        if not self._path.is_file():
            self.failed.emit(SourceProblem.NOT_FOUND)
            return
        self._frames.open()
        self._player.setSource(QUrl.fromLocalFile(str(self._path.resolve())))
        self._player.play()

    def _player_error(self, error, text: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            log.warning("video file error: %s", text)
            self.failed.emit(SourceProblem.UNREADABLE)

    def stop(self) -> None:
        self._player.stop()
        self._frames.close()
