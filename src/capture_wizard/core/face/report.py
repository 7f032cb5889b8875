"""FaceReport: what the face checks found in one frame (pure data, safe between threads)."""

from dataclasses import dataclass, field

import numpy as np

from capture_wizard.core.issues import IssueCode


@dataclass(frozen=True)
class Face:
    box: tuple[float, float, float, float]
    """x, y, width, height in input pixels."""
    score: float
    keypoints: np.ndarray
    """6x2 float32 in input pixels: right eye, left eye, nose tip, mouth, right ear, left ear
    (the person's right and left, as mediapipe names them)."""

    @property
    def height(self) -> float:
        return self.box[3]

    @property
    def center(self) -> tuple[float, float]:
        x, y, w, h = self.box
        return x + w / 2, y + h / 2


def face_anchor(faces: tuple[Face, ...]) -> np.ndarray | None:
    """Top-left and bottom-right of the largest face's box (None without a face)."""
    if not faces:
        return None
    x, y, w, h = faces[0].box
    return np.array([[x, y], [x + w, y + h]], np.float32)


@dataclass(frozen=True)
class FaceMatch:
    """The selfie's face against the document's portrait."""

    score: float | None
    """1 - the distance of the two faces' descriptors (higher is more alike); None when the
    document has no portrait that can be described."""
    same_person: bool | None
    """score >= thresholds.MATCH_MIN_SCORE; None without a portrait."""

    @property
    def issue(self) -> IssueCode | None:
        if self.same_person is None:
            return IssueCode.NO_PORTRAIT
        return None if self.same_person else IssueCode.FACE_MISMATCH

    def as_dict(self) -> dict:
        """`check --portrait`'s "match", also in package manifests."""
        return {"score": self.score, "same_person": self.same_person}


@dataclass(frozen=True)
class FaceReport:
    issues: tuple[IssueCode, ...]
    faces: tuple[Face, ...]
    """Largest first."""
    frame_size: tuple[int, int]
    metrics: dict[str, float] = field(default_factory=dict)
    match: FaceMatch | None = None
    """The comparison with the document's portrait (None: not compared)."""

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def anchor(self) -> np.ndarray | None:
        """Points that must hold still for auto-capture: the main face box's corners."""
        return face_anchor(self.faces)

    def as_dict(self) -> dict:
        """The `check --face --json` result part, also stored in package manifests."""
        return {
            "ok": self.ok,
            "issues": [str(i) for i in self.issues],
            "faces": [
                {
                    "box": [round(float(v), 1) for v in face.box],
                    "score": round(face.score, 3),
                    "keypoints": [
                        [round(float(x), 1), round(float(y), 1)] for x, y in face.keypoints
                    ],
                }
                for face in self.faces
            ],
            "metrics": {"width": self.frame_size[0], "height": self.frame_size[1], **self.metrics},
            **({"match": self.match.as_dict()} if self.match is not None else {}),
        }
