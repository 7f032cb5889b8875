"""Speed of the face checks per 1280x720 frame: detection + checks, as the live view runs them
(short-range model; the full-range model only when no confident large face is found) and as a
kept picture is checked (thorough: both models). Bar: live median <= 8 ms.

Also the document-side check (the front's portrait), which runs on top of the document checks
on every accepted document frame: straightening and two or four short-range detections.

    python benchmarks/bench_face.py [--frames 200]

mediapipe runs its own inference threads; OpenCV is limited to one. Times are wall-clock.
"""

import argparse
import statistics
import time

import cv2

from capture_wizard.core.face import analyze_face
from capture_wizard.core.face.portrait import check_side
from capture_wizard.core.quality import analyze
from capture_wizard.core.specimens.documents import Side
from capture_wizard.core.specimens.scenes import Defect, render_scene
from capture_wizard.core.specimens.selfies import FaceDefect, render_selfie
from capture_wizard.core.steps import Step

BAR_MS = 8.0


def timed(items, work) -> tuple[float, float]:
    """(median, p95) in ms of work(item) over items."""
    times = []
    for item in items:
        start = time.perf_counter()
        work(item)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def measure(frames, thorough: bool) -> tuple[float, float]:
    return timed(frames, lambda frame: analyze_face(frame, thorough=thorough))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=200)
    args = parser.parse_args()
    cv2.setNumThreads(1)
    clean = [render_selfie(900_000 + i, FaceDefect.CLEAN, (1280, 720)).image for i in range(20)]
    defects = list(FaceDefect)
    mixed = [
        render_selfie(910_000 + i, defects[i % len(defects)], (1280, 720)).image for i in range(27)
    ]
    analyze_face(clean[0], thorough=True)  # load both models before timing
    print(f"1280x720, {args.frames} frames each, median / p95 in ms")
    for name, pool in (("good selfies", clean), ("every defect class", mixed)):
        frames = [pool[i % len(pool)] for i in range(args.frames)]
        live = measure(frames, thorough=False)
        kept = measure(frames, thorough=True)
        print(f"  {name:20s} live {live[0]:5.1f} / {live[1]:5.1f}", end="")
        print(f"   kept {kept[0]:5.1f} / {kept[1]:5.1f}")
    for side, asked in ((Side.ID1_FRONT, Step.FRONT), (Side.ID1_BACK, Step.BACK)):
        scenes = []
        for i in range(200):
            image = render_scene(920_000 + i, Defect.CLEAN, (1280, 720), side).image
            report = analyze(image, side.format)
            if report.ok:
                scenes.append((image, report))
            if len(scenes) == 20:
                break
        median, p95 = timed(
            [scenes[i % len(scenes)] for i in range(args.frames)],
            lambda scene, side=side, asked=asked: check_side(*scene, asked, side.format),
        )
        print(f"  {'side check, ' + side.value:20s} {median:5.1f} / {p95:5.1f}")
    live_median = measure([clean[i % len(clean)] for i in range(args.frames)], False)[0]
    print(
        f"live median on good selfies {live_median:.1f} ms, bar <= {BAR_MS:.0f} ms: "
        f"{'PASS' if live_median <= BAR_MS else 'FAIL'}"
    )


if __name__ == "__main__":
    main()
