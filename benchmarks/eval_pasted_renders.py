"""The project's own document renders, cut out and pasted on real photographs: does the still
check find them among real clutter, and does it leave them alone?

`eval_real_variants.py` pastes the 14 acceptable real pictures; these are many more designs
(white zones and white MRZ bands, dark cards, holograms, passport pages), each cut out of a
clean varied scene straight on. Those accepted pasted flat on a plain grey table (a cut-out can
come out soft or small) are pasted the same way on each sharp real photograph of
../shared/data/real/blur_dataset/ (a street, a wall of framed posters, a mural) and on a grey
table lit from above. Each is judged as a still; every refusal is a false reject, and the
quadrilateral found is compared with the one pasted. Then each is pasted small, at FAR_SHARE
of the picture, and judged as a camera frame and as a still: `too_far` is the answer there.

These are **own renders** on real backgrounds: the designs are the ones the checks were tuned
on, so the figures are not held out. A flat paste has no shadow and no hand.

    python benchmarks/eval_pasted_renders.py [--count 30] [--table]

Nothing is written to disk. Exit status 0 always (a measurement, not a gate), also when the
data folder is absent.
"""

import argparse
import sys
from collections import Counter

import cv2
import numpy as np

from capture_wizard.core.geometry import side_lengths
from capture_wizard.core.quality import analyze
from capture_wizard.core.specimens import Defect
from capture_wizard.core.specimens.varied import plan_varied_scene, render_varied_scene
from eval_real_variants import SCENE_FILES, SCENES, lit_table, overlap, pasted

SEED_BASE = 31_000_000  # apart from the evaluation sets (6 M-17 M) and training (20 M on)
LONG_SIDE = 1000  # the cut-out document's long side at most, in pixels
FAR_SHARE = 0.07  # a far document's share of the picture: half the camera rules' 14 %


def cut_out(seed: int) -> np.ndarray | None:
    """The document of a clean varied scene, straight on, at its size in the scene (at most
    LONG_SIDE); None for a scene held in a hand (fingers lie over its edge)."""
    if plan_varied_scene(seed, Defect.CLEAN).held:
        return None
    scene = render_varied_scene(seed, Defect.CLEAN)
    aspect = scene.side.format.aspect
    w = round(min(LONG_SIDE, float(side_lengths(scene.corners).max())))  # never enlarged
    h = round(w / aspect)
    target = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    matrix = cv2.getPerspectiveTransform(scene.corners, target)
    return cv2.warpPerspective(scene.image, matrix, (w, h), flags=cv2.INTER_AREA)


def backgrounds() -> dict[str, np.ndarray]:
    photos = {f"real photo {i + 1}": cv2.imread(str(SCENES / n)) for i, n in enumerate(SCENE_FILES)}
    out = {name: image for name, image in photos.items() if image is not None}
    out["plain grey table"] = np.full((1200, 1600, 3), (118, 122, 126), np.uint8)
    out["lit grey table"] = lit_table(1600, 1200)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=30, help="clean scenes to cut out")
    parser.add_argument("--table", action="store_true", help="also one row per refusal")
    args = parser.parse_args(argv)
    if not SCENES.is_dir():
        print(f"no real photographs at {SCENES}: nothing measured")
        return 0
    grounds = backgrounds()
    documents = []
    seed = SEED_BASE
    while len(documents) < args.count:
        document = cut_out(seed)
        if document is not None:
            documents.append((seed, document))
        seed += 1
    angles = np.random.default_rng(0).uniform(-20, 20, len(documents))
    control = grounds.pop("plain grey table")
    kept = [
        (seed, document, angle)
        for (seed, document), angle in zip(documents, angles, strict=True)
        if analyze(pasted(document, control, 0.35, angle, enlarge=False)[0], still=True).ok
    ]
    print(
        f"{len(documents)} own varied documents (seeds from {SEED_BASE}, not held in a hand), "
        "cut out straight and pasted at up to 35 % of the picture, turned by up to 20 degrees; "
        f"the {len(kept)} accepted on a plain grey table, judged as stills on:"
    )
    for name, ground in grounds.items():
        refused, ious = Counter(), []
        for seed, document, angle in kept:
            picture, truth = pasted(document, ground, 0.35, angle, enlarge=False)
            report = analyze(picture, still=True)
            ious.append(overlap(report.corners, truth, picture.shape))
            if report.issues:
                refused["pictures"] += 1
                refused.update(str(i) for i in report.issues)
                if args.table:
                    print(f"    {name}: seed {seed}: {', '.join(map(str, report.issues))}")
        codes = ", ".join(f"{c} {n}" for c, n in refused.most_common() if c != "pictures")
        print(
            f"  {name:16s} refused {refused['pictures']:2d}/{len(kept)}  "
            f"mean IoU {np.mean(ious):.3f}  {codes}"
        )
    far(grounds, kept)
    return 0


def far(grounds: dict[str, np.ndarray], kept: list) -> None:
    """The same documents pasted small (FAR_SHARE of the picture): `too_far` is the answer, as
    a camera frame and as a still (its long side is then under STILL_TOO_FAR_LONG_SIDE)."""
    print(f"the same, pasted at {FAR_SHARE:.0%} of the picture: too_far expected")
    for name, ground in grounds.items():
        for still in (False, True):
            verdicts, ious = Counter(), []
            for _, document, angle in kept:
                picture, truth = pasted(document, ground, FAR_SHARE, angle, enlarge=False)
                report = analyze(picture, still=still)
                ious.append(overlap(report.corners, truth, picture.shape))
                verdicts["+".join(map(str, report.issues)) or "accepted"] += 1
            said = ", ".join(f"{c} {n}" for c, n in verdicts.most_common())
            print(
                f"  {name:16s} {'still' if still else 'live ':5s} too_far "
                f"{sum(n for c, n in verdicts.items() if 'too_far' in c):2d}/{len(kept)}  "
                f"mean IoU {np.mean(ious):.3f}  {said}"
            )


if __name__ == "__main__":
    sys.exit(main())
