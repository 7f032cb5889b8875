"""The demo camera's script: the same specimen (or, for the face step, the same selfie) shown
with the typical mistakes, one after another, ending on a good frame that stays. Someone without
a webcam can try the whole wizard, and the screenshots show every feedback state.

Each step is rendered and then checked: a step whose rendering the checks would not flag as
intended is rendered again with the next seed, so the demo always shows what it says.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import numpy as np

from capture_wizard.core.documents import ID3, DocumentFormat
from capture_wizard.core.guide import in_guide
from capture_wizard.core.quality import analyze
from capture_wizard.core.specimens.documents import Side
from capture_wizard.core.specimens.scenes import DEFECT_ISSUE, Defect, render_scene
from capture_wizard.core.specimens.selfies import FACE_DEFECT_ISSUE, FaceDefect, render_selfie
from capture_wizard.core.specimens.statements import StatementDefect, render_statement
from capture_wizard.core.steps import Step

DEMO_SCRIPT: tuple[tuple[Defect, float], ...] = (
    (Defect.FAR, 2.0),
    (Defect.GLARE, 2.0),
    (Defect.BLUR_MOTION, 1.5),
    (Defect.CUT_OFF, 2.0),
    (Defect.FINGER, 2.0),
    (Defect.CLEAN, 0.0),  # 0 = stays until the source stops
)
FACE_DEMO_SCRIPT: tuple[tuple[FaceDefect, float], ...] = (
    (FaceDefect.FAR, 2.0),
    (FaceDefect.OFF_CENTER, 2.0),
    (FaceDefect.TWO_FACES, 2.0),
    (FaceDefect.DARK, 1.5),
    (FaceDefect.CLEAN, 0.0),
)
DEMO_FRAME = (1280, 720)
DEMO_WORD = "Demo"
"""The word on the demo camera's statement note."""
MAX_TRIES = 12


@dataclass(frozen=True)
class DemoStep:
    defect: Defect | FaceDefect
    seconds: float
    image: np.ndarray


def specimen_side(side: Step, fmt: DocumentFormat | None) -> Side:
    if fmt is ID3:
        return Side.ID3_PAGE
    return Side.ID1_BACK if side is Step.BACK else Side.ID1_FRONT


def _shows(image: np.ndarray, defect: Defect, fmt: DocumentFormat | None) -> bool:
    report = analyze(image, fmt)
    expected = DEFECT_ISSUE[defect]
    if expected is None:  # and in the viewfinder's guide, as a camera step asks (core.guide)
        width, height = report.frame_size
        return report.ok and (fmt is None or in_guide(report.corners, width, height, fmt.aspect))
    return bool(report.issues) and report.issues[0] is expected


def verified_scene(defect: Defect, side: Step, fmt: DocumentFormat | None, seed: int) -> np.ndarray:
    """A rendered frame that the checks judge as `defect` intends (clean: accepted)."""
    specimen = specimen_side(side, fmt)
    image = None
    for attempt in range(MAX_TRIES):
        image = render_scene(seed + attempt, defect, DEMO_FRAME, specimen, variant=1).image
        if _shows(image, defect, fmt):
            break
    return image


def verified_selfie(defect: FaceDefect, seed: int) -> np.ndarray:
    """A rendered selfie whose top face issue is what `defect` intends (clean: accepted)."""
    from capture_wizard.core.face import analyze_face  # mediapipe: only when the face step runs

    image = None
    for attempt in range(MAX_TRIES):
        image = render_selfie(seed + attempt, defect, DEMO_FRAME).image
        report = analyze_face(image)
        expected = FACE_DEFECT_ISSUE[defect]
        if (report.ok and expected is None) or (report.issues[:1] == (expected,)):
            break
    return image


def demo_steps(
    side: Step,
    fmt: DocumentFormat | None,
    script: tuple[tuple[Defect, float], ...] = DEMO_SCRIPT,
    seed: int = 7_000_000,
) -> Iterator[DemoStep]:
    """Render the script lazily, step by step (each takes a few hundred ms). The face step
    plays FACE_DEMO_SCRIPT."""
    if side is Step.FACE:
        for number, (defect, seconds) in enumerate(FACE_DEMO_SCRIPT):
            yield DemoStep(defect, seconds, verified_selfie(defect, seed + 100 * number))
        return
    if side is Step.STATEMENT:  # the demo's note says "Demo": set statement.word to it
        scene = render_statement(seed, StatementDefect.CLEAN, date.today(), DEMO_WORD, DEMO_FRAME)
        yield DemoStep(FaceDefect.CLEAN, 0.0, scene.image)
        return
    for number, (defect, seconds) in enumerate(script):
        yield DemoStep(defect, seconds, verified_scene(defect, side, fmt, seed + 100 * number))
