"""Every threshold the face checks use, in one place, with why it has its value.

Sizes and positions are fractions of the frame, so verdicts do not depend on the camera's
resolution; brightness and sharpness are measured on the face scaled to FACE_WORK_SIZE.
Values were set on compositions from seeds disjoint from the evaluation's
(benchmarks/eval_face.py) and checked on the real faces listed in docs/quality.md.
"""

# --- detection -------------------------------------------------------------------------------
MIN_SCORE = 0.6
"""Detector confidence from which a detection counts as a face (the detectors report from 0.5;
between 0.5 and 0.6 are mostly oversized false boxes)."""
MIN_OTHER_FACE_HEIGHT = 0.06
"""A second face counts from this height (fraction of the frame height): a person in the
background counts, a tiny face on a poster far behind does not."""
SAME_FACE_IOU = 0.3
"""Detections of the two models that overlap this much (or nest) are one face."""
TRUST_SHORT_RANGE_SCORE = 0.75
TRUST_SHORT_RANGE_HEIGHT = 0.2
"""Live frames: when every short-range face is this confident and this large (fraction of
the frame height), the slower full-range model is skipped. Small faces get unreliable,
sometimes oversized boxes from the short-range model."""

# --- framing (the largest face; heights are the detector box over the frame height) ---------
MIN_FACE_HEIGHT = 0.20
"""Smaller: "come closer". A selfie at arm's length gives about 0.25-0.45."""
MAX_FACE_HEIGHT = 0.62
"""Larger: "move back" (forehead and chin leave the picture soon after)."""
EDGE_MARGIN = 0.02
"""A face box reaching within 2 % of the frame's edge is cut off: too close."""
MAX_CENTER_OFFSET = 0.17
"""The face centre may be this far from the picture's centre (fraction of width / height)."""

# --- pose, from the six keypoints -------------------------------------------------------------
MAX_YAW = 0.28
"""Nose tip off the eyes' midpoint, over the eye distance: about 0.28 is a 20-25° turn."""
MAX_ROLL_DEGREES = 15.0
"""Tilt of the line through the eyes."""

# --- light and sharpness on the face -----------------------------------------------------------
FACE_WORK_SIZE = 128
"""The inner face box is scaled to this square before measuring light and sharpness."""
MIN_FACE_LUMA = 70.0
"""Mean luma (0-255) of the inner face below this: too dark to see the features."""
FRAME_DARK_LUMA = 35.0
"""With no face found, a frame this dark gets "find more light", not "no face"."""
MIN_FACE_SHARPNESS = 40.0
"""Variance of the Laplacian on the scaled face below this: blurred."""

# --- the document's portrait (which side of the document is shown) ----------------------------
PORTRAIT_WORK_HEIGHT = 256
"""The document is straightened to this height (px) before looking for its portrait."""
MIN_PORTRAIT_SCORE = 0.75
"""Printed portraits on the specimens and the real PassportEye pages score 0.9 and more; large
printed text (the hand-held statement's paper) has given a 0.52 false face."""
MIN_PORTRAIT_HEIGHT = 0.12
"""The holder's main portrait: a face box at least this share of the document's height
(measured: ID-1 specimens 0.22-0.25, ID-3 specimens 0.17-0.21, the real PassportEye specimen
pages 0.19). Smaller faces, such as the small ghost image some cards repeat, do not make a side
the front."""

# --- same person: the selfie against the document's portrait (match.py, describe.py) ----------
DLIB_BOX_SCALE = 0.95
DLIB_BOX_SHIFT = 0.03
"""Our detector's face box as the box dlib's 5-point predictor was trained on (dlib's HOG
detector's): on 13 faces where both found the face, dlib's box was 0.87-1.10 (median 0.96) of
ours wide and its centre a median 3 % of the width further left."""
DESCRIBE_FACE_PIXELS = 200
"""A face larger than this (box width, px) is scaled down to it before it is described: dlib
aligns every face to a 150 px chip, and a large selfie face only made that slower."""
PORTRAIT_DESCRIBE_HEIGHT = 640
"""The document is straightened to this height (px) to find and describe its portrait: the
main portrait's face is then about 110-160 px high, near the 150 px dlib aligns faces to."""
MIN_PORTRAIT_FACE_PIXELS = 40
"""A portrait face smaller than this (px high, in the picture as taken) is too coarse to
describe: no_portrait."""
SECOND_PORTRAIT_SHARE = 0.8
"""A second face at least this share of the portrait's height (not a small ghost image): which
one is the holder cannot be told, no_portrait."""
MATCH_MIN_SCORE = 0.40
"""Score (1 - descriptor distance) from which the selfie and the portrait are the same person:
dlib's own 0.6 distance. Measured (benchmarks/eval_match.py, 19 people, docs/quality.md): every
same-person pair from different photographs scores above it (the first is lost at 0.44), same
photographs printed under a heavy guilloche fall below it 7 % of the time, and 6.5 % of
different-person pairs reach it (most of them two blurred, low-resolution specimen faces)."""
MATCH_STEADY_SECONDS = 0.3
"""Live frames: the face is compared once it has been good and held still this long (the
comparison takes a tenth of a second or more: not on every frame)."""
