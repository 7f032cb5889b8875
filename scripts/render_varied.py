"""Write sample scenes of the varied family (render_varied_scene) to a folder, to look at.

    python scripts/render_varied.py /tmp/varied            # 3 of each defect class
    python scripts/render_varied.py /tmp/varied -n 8 --seed 6000000 --frame 1280x720

Each scene is saved as PNG named after its class and seed; `--outline` draws the ground-truth
corners in green. A line per file says what the scene is made of. These are our own renders:
they show what the evaluation's varied family looks like, nothing more.
"""

import argparse
from pathlib import Path

import cv2
import numpy as np

from capture_wizard.core.specimens import Defect
from capture_wizard.core.specimens.varied import plan_varied_scene, render_varied_scene


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-n", type=int, default=3, help="scenes per defect class")
    parser.add_argument("--seed", type=int, default=0, help="first seed")
    parser.add_argument("--frame", help="WIDTHxHEIGHT (default: chosen by the seed)")
    parser.add_argument("--outline", action="store_true", help="draw the ground-truth corners")
    args = parser.parse_args()
    frame = tuple(int(v) for v in args.frame.lower().split("x")) if args.frame else None
    args.folder.mkdir(parents=True, exist_ok=True)
    for k, defect in enumerate(Defect):
        for i in range(args.n):
            seed = args.seed + k * 10_000 + i
            scene = render_varied_scene(seed, defect, frame=frame)
            image = scene.image.copy()
            if args.outline:
                cv2.polylines(image, [scene.corners.astype(np.int32)], True, (0, 255, 0), 2)
            path = args.folder / f"{defect}_{seed}.png"
            cv2.imwrite(str(path), image)
            plan = plan_varied_scene(seed, defect, frame)
            held = " held in a hand" if plan.held else ""
            print(
                f"{path}  {plan.document} {plan.design.name} on {plan.background}{held}",
                flush=True,
            )


if __name__ == "__main__":
    main()
