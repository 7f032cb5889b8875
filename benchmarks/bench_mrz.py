"""Speed of reading the MRZ of one still (`read_mrz`): the project's bar is a median of at most
300 ms per still (issue 16).

Pictures: own renders (every format, on a table, 1280 px wide; one upside down per format, which
costs a second reading when the zone sits in the picture's lower half) and, when the folder
beside the repository has them, the real pictures with a zone (../shared/data/real/capture/
listed in mrz_truth.jsonl, and ../shared/data/real/passporteye/). All are decoded before timing.

The wizard's path: the demo camera's taken pictures (1280x720, an ID card's back and a
passport's data page, own renders) read as the wizard reads a kept photo (with the detected
document's corners), and the whole check of that photo (`check_step`: the document checks,
then the zone) — what a person waits for after the picture is taken.

Per set: median, p90 and max wall time per still (best of --rounds, per picture), the CPU time
the reading took (this process plus tesseract's child processes, per still), and tesseract
calls per still. tesseract runs with OMP_THREAD_LIMIT=1, as `check --read` runs it (unless
the environment sets another value; see docs/performance.md).

    python benchmarks/bench_mrz.py [--rounds 3]
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import cv2

from capture_wizard.core.catalogue import Catalogue
from capture_wizard.core.checks import check_step, mrz_request
from capture_wizard.core.documents import ID1, ID3
from capture_wizard.core.ocr import mrz_read
from capture_wizard.core.ocr import mrz_samples as samples
from capture_wizard.core.quality import analyze
from capture_wizard.core.specimens.demo import verified_scene
from capture_wizard.core.specimens.scenes import Defect
from capture_wizard.core.steps import Step
from ocr_calls import count_ocr_calls

BAR_MS = 300.0
REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"


def own_renders() -> list[tuple[str, object]]:
    out = []
    for fmt in ("TD1", "TD2", "TD3", "MRVA", "MRVB"):
        for seed, turn in ((0, 0), (1, 0), (2, 180)):
            photo = samples.on_table(samples.render(fmt, seed=seed).image, seed)
            scale = 1280 / photo.shape[1]
            photo = cv2.resize(photo, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
            out.append((f"{fmt}-{seed}-{turn}", samples.turned(photo, turn)))
    return out


def real_pictures() -> list[tuple[str, object]]:
    truth = REAL / "capture" / "mrz_truth.jsonl"
    if not truth.exists():
        return []
    names = [
        json.loads(line)["file"]
        for line in truth.read_text().splitlines()
        if line.strip() and json.loads(line).get("format")
    ]
    paths = [REAL / "capture" / n for n in names] + sorted((REAL / "passporteye").glob("*.png"))
    return [(p.name, cv2.imread(str(p))) for p in paths if p.exists()]


def wizard_stills() -> tuple[list, list]:
    """(reading with corners, the whole kept-photo check) on the demo camera's taken pictures,
    each as (name, a call that runs it)."""
    catalogue = Catalogue.load()
    reads, checks = [], []
    for k in range(5):
        for side, fmt, document in (
            (Step.BACK, ID1, "id_card"),
            (Step.FRONT, ID3, "passport"),
        ):
            frame = verified_scene(Defect.CLEAN, side, fmt, 7_000_500 + 1000 * k)
            request = mrz_request(catalogue, "DEU", document, side)
            corners = analyze(frame, fmt).corners
            name = f"{document}-{k}"
            reads.append((name, lambda f=frame, r=request, c=corners: r.read(f, corners=c)))

            def check(f=frame, s=side, m=fmt, r=request):
                return check_step(f, s, m, thorough=True, read=r)

            checks.append((name, check))
    return reads, checks


def measure(pictures, rounds: int) -> dict:
    """`pictures`: (name, picture) to read with read_mrz, or (name, a call to time)."""
    real = mrz_read.ocr_text  # put back after the measuring
    calls = count_ocr_calls()
    walls, cpus, reads = [], [], []
    for _, picture in pictures:
        best_wall = best_cpu = float("inf")
        for _ in range(rounds):
            calls[0] = 0
            t0, c0 = time.perf_counter(), os.times()
            picture() if callable(picture) else mrz_read.read_mrz(picture)
            t1, c1 = time.perf_counter(), os.times()
            cpu = sum(getattr(c1, k) - getattr(c0, k) for k in ("user", "system"))
            cpu += sum(
                getattr(c1, k) - getattr(c0, k) for k in ("children_user", "children_system")
            )
            best_wall, best_cpu = min(best_wall, t1 - t0), min(best_cpu, cpu)
        walls.append(best_wall * 1000)
        cpus.append(best_cpu * 1000)
        reads.append(calls[0])
    mrz_read.ocr_text = real
    walls.sort()
    return {
        "n": len(walls),
        "median": statistics.median(walls),
        "p90": walls[min(len(walls) - 1, int(0.9 * len(walls)))],
        "max": walls[-1],
        "cpu": statistics.median(cpus),
        "reads": statistics.mean(reads),
    }


def main() -> int:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    mrz_read.read_mrz(samples.render("TD3").image)  # warm up: imports, fonts, model cache
    print("| stills | n | median ms | p90 ms | max ms | CPU ms (median) | reads |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    reads, checks = wizard_stills()
    sets = [
        ("own renders", own_renders()),
        ("real (../shared/data)", real_pictures()),
        ("wizard: reading a demo photo (own renders)", reads),
        ("wizard: whole check of a kept demo photo", checks),
    ]
    medians = []
    for name, pictures in sets:
        if not pictures:
            print(f"| {name} | 0 | - | - | - | - | - |")
            continue
        m = measure(pictures, args.rounds)
        medians.append(m["median"])
        print(
            f"| {name} | {m['n']} | {m['median']:.0f} | {m['p90']:.0f} | {m['max']:.0f} | "
            f"{m['cpu']:.0f} | {m['reads']:.1f} |"
        )
    limit = os.environ.get("OMP_THREAD_LIMIT", "unset")
    print(f"\nbar: median <= {BAR_MS:.0f} ms per still; OMP_THREAD_LIMIT={limit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
