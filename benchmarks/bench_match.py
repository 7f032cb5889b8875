"""Speed of comparing the selfie with the document's portrait (core/face/match.py). Bar:
describing one face <= 250 ms (median).

    python benchmarks/bench_match.py [--runs 30]

- first use: starting the describing process and loading dlib's two models;
- describe: one face of a 1280x720 selfie (the crop sent to the describing process, the
  5-point alignment and the ResNet descriptor, the answer back);
- portrait: finding and describing the portrait on a photographed card (1280x720);
- live: what LiveMatch adds to each live frame of a steady good face (nothing, but on the one
  frame where it compares).
Times are wall-clock on this machine (dlib runs in its own process, on one core), and the CPU
time of the description itself, which a busy machine does not inflate.
"""

import argparse
import os
import statistics
import time

import cv2

from capture_wizard.core.face import analyze_face
from capture_wizard.core.face.describe import _describe_here, _face_crop, describe
from capture_wizard.core.face.match import LiveMatch, find_portrait
from capture_wizard.core.specimens.documents import Side
from capture_wizard.core.specimens.scenes import Defect, render_scene
from capture_wizard.core.specimens.selfies import FaceDefect, render_selfie

BAR_MS = 250.0


def _ms(work) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _summary(times: list[float]) -> str:
    times = sorted(times)
    p90 = times[int(0.9 * (len(times) - 1))]
    return f"median {statistics.median(times):6.1f}  p90 {p90:6.1f}  max {times[-1]:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    cv2.setNumThreads(1)
    selfies = []
    for i in range(10):
        image = render_selfie(930_000 + i, FaceDefect.CLEAN, (1280, 720)).image
        report = analyze_face(image, thorough=True)
        if report.faces:
            selfies.append((image, report))
    scenes = [
        render_scene(940_000 + i, Defect.CLEAN, (1280, 720), Side.ID1_FRONT) for i in range(5)
    ]

    image, report = selfies[0]
    first = _ms(lambda: describe(image, report.faces[0]))
    print(f"first use (process start, models loaded, one face): {first:.0f} ms")
    runs = [selfies[i % len(selfies)] for i in range(args.runs)]
    described = [_ms(lambda s=s: describe(s[0], s[1].faces[0])) for s in runs]
    print(f"describe one face (1280x720 selfie):     {_summary(described)}")
    cpu = []  # the description itself, in this process, in CPU time: what a busy machine adds
    for image_s, report_s in runs:  # (waiting for a core) is not in it
        rgb, box = _face_crop(image_s, report_s.faces[0])
        start = time.process_time()
        _describe_here(rgb, box)
        cpu.append((time.process_time() - start) * 1000)
    print(f"describe one face, CPU time of dlib:     {_summary(cpu)}")
    aspect = Side.ID1_FRONT.format.aspect
    cards = [scenes[i % len(scenes)] for i in range(max(5, args.runs // 3))]
    found = [_ms(lambda s=s: find_portrait(s.image, s.corners, aspect)) for s in cards]
    print(f"find and describe the card's portrait:   {_summary(found)}")

    portrait = find_portrait(scenes[0].image, scenes[0].corners, aspect)
    live = LiveMatch(portrait)
    frame_ms = []
    for number in range(args.runs):
        now = number / 15  # 15 analysed frames a second, the face held still
        frame_ms.append(_ms(lambda now=now: live.check(image, report, now)))
    print(f"live, per frame of a steady face:         {_summary(frame_ms)}", end="")
    print(f" ({live.comparisons} compared)")
    median = statistics.median(described)
    verdict = "PASS" if median <= BAR_MS else "FAIL"
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    print(f"describe median {median:.0f} ms, bar <= {BAR_MS:.0f} ms: {verdict} (load {load})")


if __name__ == "__main__":
    main()
