"""A folder of images shown as a camera: each image held for a while, in name order, looping.
For QA scripts and for trying the wizard on one's own test photos."""

import logging
import threading
from pathlib import Path

from capture_wizard.camera.base import SourceProblem, ThreadedSource
from capture_wizard.core.imageio import ImageLoadError, load_image
from capture_wizard.core.session import CaptureSource

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".heif"}


class FolderSource(ThreadedSource):
    kind = CaptureSource.FILE

    def __init__(self, folder: Path, fps: float = 10, seconds_each: float = 2.0, parent=None):
        super().__init__(f"folder {Path(folder).name}", parent)
        self._folder = Path(folder)
        self._fps = fps
        self._seconds_each = seconds_each

    def _run(self, stop: threading.Event) -> None:
        paths = sorted(p for p in self._folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        shown = 0
        while not stop.is_set():
            for path in paths:
                try:
                    image = load_image(path)
                except ImageLoadError as exc:
                    log.warning("folder source: skipping %s: %s", path.name, exc)
                    continue
                shown += 1
                for _ in range(max(1, round(self._seconds_each * self._fps))):
                    if stop.is_set():
                        return
                    self._send_frame(stop, image.copy())
                    stop.wait(1 / self._fps)
            if shown == 0:
                self._send_failure(stop, SourceProblem.UNREADABLE)
                return
