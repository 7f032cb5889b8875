"""QVideoFrame / QImage -> numpy BGR, respecting the row stride (bytesPerLine)."""

import sys

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame

# 32-bit RGB formats are stored as 0xAARRGGBB words: bytes B,G,R,A on little-endian machines,
# which is already OpenCV's BGR order once the 4th byte is dropped.
_BGRX = {QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32}


def qimage_to_bgr(image: QImage) -> np.ndarray:
    """A copy of `image` as HxWx3 uint8 BGR."""
    if image.format() not in _BGRX or sys.byteorder != "little":
        image = image.convertToFormat(QImage.Format.Format_BGR888)
        channels = 3
    else:
        channels = 4
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8, count=stride * h).reshape(h, stride)
    return np.ascontiguousarray(rows[:, : w * channels].reshape(h, w, channels)[:, :, :3])


def video_frame_to_bgr(frame: QVideoFrame) -> np.ndarray | None:
    """None for an empty frame (a camera sends some while starting and stopping)."""
    if not frame.isValid():
        return None
    image = frame.toImage()
    if image.isNull():
        return None
    return qimage_to_bgr(image)


def bgr_to_qimage(frame: np.ndarray) -> QImage:
    """A QImage that *shares* the array's memory: keep the array alive while it is used."""
    h, w = frame.shape[:2]
    return QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_BGR888)
