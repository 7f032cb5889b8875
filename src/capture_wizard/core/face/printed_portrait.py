"""Where the holder's portrait is printed on a document: faces of portrait size, found by the
face detector on the document straightened from its corners.

The detector is made for selfies, where a face fills a good part of the picture; on a whole
card the portrait's face is small. So it looks at two squares, the document's left and right
ends, where portraits are printed (each square as tall as the document), and at the same
squares turned over for a document held upside down. The side check (portrait.py) asks how
large the portrait is; the quality checks ask where it is, so that the portrait's skin is not
taken for a finger over the card.
"""

from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np

from capture_wizard.core.face import thresholds as T
from capture_wizard.core.face.detector import detect_near_faces
from capture_wizard.core.face.report import Face
from capture_wizard.core.geometry import side_lengths


@dataclass(frozen=True)
class Portrait:
    height: float
    """The face box's height as a share of the document's height."""
    outline: np.ndarray
    """4 x 2 float32: the face box's corners in the picture's pixels."""


def straighten(
    frame_bgr: np.ndarray,
    corners: np.ndarray,
    aspect: float,
    height: int = T.PORTRAIT_WORK_HEIGHT,
) -> np.ndarray:
    """The document alone, as if scanned, long side horizontal: corners (clockwise from
    top-left) to a rectangle. A card standing upright in a portrait frame comes out turned by
    90° one way or the other; the portrait search looks at both."""
    return _straightened(frame_bgr, corners, aspect, height)[0]


def _straightened(
    frame_bgr: np.ndarray, corners: np.ndarray, aspect: float, height: int
) -> tuple[np.ndarray, np.ndarray]:
    """`straighten`'s picture, and the perspective matrix from the frame to it."""
    sides = side_lengths(corners)
    if sides[1] + sides[3] > sides[0] + sides[2]:  # start at a long side
        corners = np.roll(corners, -1, axis=0)
    width = round(height * aspect)
    target = np.float32([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]])
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    document = cv2.warpPerspective(frame_bgr, matrix, (width, height), flags=cv2.INTER_LINEAR)
    return document, matrix


def tile_faces(document: np.ndarray, turned: bool = False) -> Iterator[Face]:
    """Confident faces in the straightened document's end squares, in its pixels as given;
    `turned`: looked for with it turned over (a document held upside down)."""
    height, width = document.shape[:2]
    image = cv2.rotate(document, cv2.ROTATE_180) if turned else document
    for x0 in (0, max(0, width - height)):
        tile = np.ascontiguousarray(image[:, x0 : x0 + height])
        for face in detect_near_faces(tile):
            if face.score < T.MIN_PORTRAIT_SCORE:
                continue
            x, y, w, h = face.box
            points = face.keypoints + np.float32([x0, 0])
            if turned:  # back to the document's pixels as given
                x, y = width - (x + x0) - w, height - y - h
                points = np.float32([width, height]) - points
            else:
                x += x0
            yield Face((x, y, w, h), face.score, points)


def printed_portraits(frame_bgr: np.ndarray, corners: np.ndarray, aspect: float) -> list[Portrait]:
    """Every face of portrait size (T.MIN_PORTRAIT_HEIGHT of the document's height or more)
    on the document at `corners` (the picture's pixels), the way up it was found or not."""
    height = T.PORTRAIT_WORK_HEIGHT
    document, matrix = _straightened(frame_bgr, corners, aspect, height)
    back = np.linalg.inv(matrix)
    portraits = []
    for face in [*tile_faces(document), *tile_faces(document, turned=True)]:
        if face.height < T.MIN_PORTRAIT_HEIGHT * height:
            continue
        x, y, w, h = face.box
        box = np.float32([[[x, y], [x + w, y], [x + w, y + h], [x, y + h]]])
        outline = cv2.perspectiveTransform(box, back)[0]
        portraits.append(Portrait(face.height / height, outline))
    return portraits
