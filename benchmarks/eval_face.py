"""Accuracy of the face checks: per-code recall and false rejects on labelled compositions,
what the checks say on the real faces available offline, and the document-side check (the
front's portrait: no_portrait / front_not_back).

    python benchmarks/eval_face.py [--per-class 40]

Compositions (capture_wizard.core.specimens.selfies): the astronaut portrait on rendered
backgrounds at 1280x720, 1920x1080 and 640x480, clean and with each defect. Recall counts a
scene when its code is among the reported issues ("first" when it is the top one); the
false-reject rate is the share of clean scenes with any issue. Pictures are checked as kept
pictures are (thorough: both detectors).
"""

import argparse
from collections import Counter
from pathlib import Path

import cv2
import numpy as np

from capture_wizard.core.face import analyze_face
from capture_wizard.core.face import thresholds as T
from capture_wizard.core.face.portrait import check_side, portrait_height
from capture_wizard.core.quality import analyze
from capture_wizard.core.specimens import Side, render_document
from capture_wizard.core.specimens.scenes import Defect, render_scene
from capture_wizard.core.specimens.selfies import FACE_DEFECT_ISSUE, FaceDefect, render_selfie
from capture_wizard.core.steps import Step
from capture_wizard.resources import resource

EVAL_SEED_BASE = 500_000
REAL_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "real"


def compositions(per_class: int) -> None:
    print(f"compositions: {per_class} per class, seeds from {EVAL_SEED_BASE}")
    print(f"{'class':12s} {'code':16s} {'recall':>7s} {'first':>7s}  other top issues")
    for number, defect in enumerate(FaceDefect):
        expected = FACE_DEFECT_ISSUE[defect]
        found = first = 0
        others: Counter = Counter()
        for i in range(per_class):
            seed = EVAL_SEED_BASE + number * 10_000 + i
            report = analyze_face(render_selfie(seed, defect).image, thorough=True)
            if expected is None:
                found += report.ok
                first += report.ok
                others.update(str(c) for c in report.issues[:1])
                continue
            found += expected in report.issues
            first += bool(report.issues) and report.issues[0] == expected
            if not report.issues or report.issues[0] != expected:
                others[str(report.issues[0]) if report.issues else "accepted"] += 1
        if expected is None:
            rate = 1 - found / per_class
            print(f"{'clean':12s} {'(none)':16s} false rejects {rate:.3f}  {dict(others)}")
        else:
            print(
                f"{defect.value:12s} {expected.value:16s} {found / per_class:7.3f} "
                f"{first / per_class:7.3f}  {dict(others)}"
            )


def _summary(name: str, image: np.ndarray) -> None:
    report = analyze_face(image, thorough=True)
    heights = [round(f.height / image.shape[0], 3) for f in report.faces]
    verdict = "accepted" if report.ok else ", ".join(str(c) for c in report.issues)
    print(f"  {name:42s} faces {len(report.faces)} (heights {heights}): {verdict}")


def real_faces() -> None:
    print("\nreal faces")
    portrait = cv2.imread(str(resource("specimens", "astronaut-portrait.jpg")))
    # The public-domain astronaut photograph as a selfie: scaled into a 1280x720 frame.
    frame = np.full((720, 1280, 3), 128, np.uint8)
    big = cv2.resize(portrait, None, fx=2.5, fy=2.5, interpolation=cv2.INTER_CUBIC)
    h, w = big.shape[:2]
    frame[(720 - h) // 2 : (720 - h) // 2 + h, (1280 - w) // 2 : (1280 - w) // 2 + w] = big
    _summary("astronaut, as a selfie (1280x720)", frame)
    _summary("astronaut, the crop itself (190x248)", portrait)
    for side in (Side.ID1_FRONT, Side.ID3_PAGE, Side.ID1_BACK):
        document = render_document(side, 7).image
        _summary(f"specimen {side.value} (portrait on the card)", document)
    folder = REAL_DATA / "passporteye"
    if not folder.is_dir():
        print(f"  {folder}: not found, skipped")
        return
    for path in sorted(folder.glob("*.jpg")) + sorted(folder.glob("*.png")):
        _summary(f"passporteye/{path.name}", cv2.imread(str(path)))


def document_sides(per_class: int) -> None:
    """Accepted document scenes shown as the side the page asks for, and as the wrong one."""
    print(f"\ndocument sides: {per_class} accepted scenes per specimen side, seeds from 600000")
    cases = (
        (Side.ID1_FRONT, Step.FRONT, None),
        (Side.ID3_PAGE, Step.FRONT, None),
        (Side.ID1_BACK, Step.BACK, None),
        (Side.ID1_BACK, Step.FRONT, "no_portrait"),
        (Side.ID1_FRONT, Step.BACK, "front_not_back"),
    )
    for side, asked, expected in cases:
        right = 0
        heights = []
        seed, done = 600_000, 0
        while done < per_class:
            seed += 1
            scene = render_scene(seed, Defect.CLEAN, None, side)
            report = analyze(scene.image, side.format)
            if not report.ok:  # the side check runs on accepted documents only
                continue
            done += 1
            checked = check_side(scene.image, report, asked, side.format)
            heights.append(checked.metrics["portrait_height"])
            right += [str(c) for c in checked.issues] == ([expected] if expected else [])
        label = f"{side.value} as {asked.value}"
        what = (
            f"recall {right / per_class:.3f}"
            if expected
            else f"false rejects {1 - right / per_class:.3f}"
        )
        print(
            f"  {label:22s} {expected or '(accepted)':16s} {what}  "
            f"portrait height {min(heights):.3f}-{max(heights):.3f}"
        )
    folder = REAL_DATA / "passporteye"
    if folder.is_dir():
        for path in sorted(folder.glob("*.jpg")):
            image = cv2.imread(str(path))
            h, w = image.shape[:2]
            whole = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
            height = portrait_height(image, whole, w / h)
            verdict = "front" if height >= T.MIN_PORTRAIT_HEIGHT else "no portrait"
            print(f"  passporteye/{path.name} (the whole scan) portrait height {height}: {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=40)
    args = parser.parse_args()
    compositions(args.per_class)
    real_faces()
    document_sides(args.per_class)


if __name__ == "__main__":
    main()
