"""Speed of the face checks per 1280x720 frame: detection + checks, as the live view runs them
(short-range model; the full-range model only when no confident large face is found) and as a
kept picture is checked (thorough: both models). Bar: live median <= 8 ms.

    python benchmarks/bench_face.py [--frames 200]

mediapipe runs its own inference threads; OpenCV is limited to one. Times are wall-clock.
"""

import argparse
import statistics
import time

import cv2

from capture_wizard.core.face import analyze_face
from capture_wizard.core.specimens.selfies import FaceDefect, render_selfie

BAR_MS = 8.0


def measure(frames, thorough: bool) -> tuple[float, float]:
    times = []
    for frame in frames:
        start = time.perf_counter()
        analyze_face(frame, thorough=thorough)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


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
    live_median = measure([clean[i % len(clean)] for i in range(args.frames)], False)[0]
    print(
        f"live median on good selfies {live_median:.1f} ms, bar <= {BAR_MS:.0f} ms: "
        f"{'PASS' if live_median <= BAR_MS else 'FAIL'}"
    )


if __name__ == "__main__":
    main()
