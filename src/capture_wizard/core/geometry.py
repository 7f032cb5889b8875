"""Quadrilateral helpers shared by detection, checks and evaluation."""

import math

import cv2
import numpy as np


def order_corners(pts: np.ndarray) -> np.ndarray:
    """Four points clockwise (in image coordinates, y down) starting at the top-left one.

    Top-left is the corner nearest the image's top-left along x + y, so a turned document's
    corners are named by where they are in the picture, not by the document's own layout.
    """
    pts = np.asarray(pts, np.float32).reshape(4, 2)
    # Plain Python: numpy's per-call overhead dwarfs the work on four points.
    xy = pts.tolist()
    cx, cy = sum(p[0] for p in xy) / 4, sum(p[1] for p in xy) / 4
    cw = sorted(xy, key=lambda p: math.atan2(p[1] - cy, p[0] - cx))  # clockwise, y down
    start = min(range(4), key=lambda i: cw[i][0] + cw[i][1])
    return np.array(cw[start:] + cw[:start], np.float32)


def quad_area(pts: np.ndarray) -> float:
    return float(abs(cv2.contourArea(np.asarray(pts, np.float32).reshape(-1, 1, 2))))


def side_lengths(pts: np.ndarray) -> np.ndarray:
    """Lengths of top, right, bottom, left for corners ordered by `order_corners`."""
    pts = np.asarray(pts, np.float32)
    d = pts[[1, 2, 3, 0]] - pts
    return np.sqrt((d * d).sum(axis=1))


def width_over_height(pts: np.ndarray) -> float:
    """Mean length of the top and bottom sides over that of the left and right ones: above 1
    for a quadrilateral lying across the picture, below 1 for one standing up."""
    sides = side_lengths(pts)
    return float((sides[0] + sides[2]) / max(sides[1] + sides[3], 1e-6))


def aspect_of(corners: np.ndarray) -> float:
    """Long side over short side of a quadrilateral, whichever way it lies (the ratio a
    document's format is known by)."""
    top, right, bottom, left = side_lengths(corners)
    long, short = max(top + bottom, right + left), min(top + bottom, right + left)
    return float(long / max(short, 1e-6))


def clip_to_frame(pts: np.ndarray, width: int, height: int) -> np.ndarray:
    """The part of a convex polygon inside the frame rectangle."""
    frame = np.array([[0, 0], [width, 0], [width, height], [0, height]], np.float32)
    area, poly = cv2.intersectConvexConvex(np.asarray(pts, np.float32), frame)
    return poly.reshape(-1, 2) if poly is not None and area > 0 else np.zeros((0, 2), np.float32)


def iou(a: np.ndarray, b: np.ndarray) -> float:
    """Intersection over union of two convex polygons."""
    a, b = np.asarray(a, np.float32), np.asarray(b, np.float32)
    inter, _ = cv2.intersectConvexConvex(a, b)
    union = quad_area(a) + quad_area(b) - inter
    return float(inter / union) if union > 0 else 0.0
