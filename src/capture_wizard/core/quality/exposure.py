"""Too dark / too bright, judged on the document's paper or, without one, on the whole frame."""

import numpy as np

from capture_wizard.core.issues import IssueCode
from capture_wizard.core.quality import thresholds as T


def document_exposure(gray: np.ndarray) -> tuple[set[IssueCode], dict]:
    """`gray` is the rectified document. Its paper, not its ink, tells whether light is enough."""
    white = float(np.percentile(gray, 90))
    saturated = float(np.count_nonzero(gray >= T.SATURATED)) / gray.size
    issues = set()
    if white < T.DARK_WHITE_LEVEL:
        issues.add(IssueCode.TOO_DARK)
    elif saturated > T.BRIGHT_SATURATED_SHARE:
        issues.add(IssueCode.TOO_BRIGHT)
    return issues, {"white_level": round(white, 1), "saturated_share": round(saturated, 4)}


def frame_exposure(gray: np.ndarray) -> tuple[set[IssueCode], dict]:
    mean = float(gray.mean())
    saturated = float(np.count_nonzero(gray >= T.SATURATED)) / gray.size
    issues = set()
    if mean < T.FRAME_DARK_MEAN:
        issues.add(IssueCode.TOO_DARK)
    elif mean > T.FRAME_BRIGHT_MEAN or saturated > T.FRAME_BRIGHT_SATURATED_SHARE:
        issues.add(IssueCode.TOO_BRIGHT)
    return issues, {"frame_brightness": round(mean, 1), "saturated_share": round(saturated, 4)}
