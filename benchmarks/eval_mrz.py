"""MRZ reading on OWN RENDERS: zones of every format (TD1, TD2, TD3, MRV-A, MRV-B) printed in
OCR-B on a made-up card or page lying on a table (a few degrees askew), the photo 1280 px wide,
then one defect at a time: turned by 90/180/270 degrees, blurred, a glare spot over the zone.

Figures from our own renderer are "own renders": they show what each defect costs, not how
reading does on real pictures (for that: ../shared/tools/score_mrz.py and docs/quality.md).

Per condition: exact = share of zones read character for character; cer = character error
rate (edit distance over the zone's characters, nothing read = 1.0); valid = share reported
valid; false valid = reported valid but not what is printed (must stay 0); reads = tesseract
calls per picture.

    python benchmarks/eval_mrz.py [--seeds 3]
"""

import argparse
import os
import sys
import time
from collections import defaultdict

import cv2

from capture_wizard.core.ocr import mrz_read
from capture_wizard.core.ocr import mrz_samples as samples
from ocr_calls import count_ocr_calls

FORMATS = ("TD1", "TD2", "TD3", "MRVA", "MRVB")
CONDITIONS = {
    "straight": {},
    "turned 90": {"turn": 90},
    "turned 180": {"turn": 180},
    "turned 270": {"turn": 270},
    "blur 1.5 px": {"blur": 1.5},
    "blur 2.5 px": {"blur": 2.5},
    "blur 3.5 px": {"blur": 3.5},
    "glare 0.5": {"glare": 0.5},
    "glare 0.8": {"glare": 0.8},
    "glare 0.95": {"glare": 0.95},
}
PHOTO_WIDTH = 1280


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def scene(fmt: str, seed: int, turn: int = 0, blur: float = 0.0, glare: float = 0.0):
    sample = samples.render(fmt, seed=seed)
    image = samples.glare(sample.image, glare, seed)
    photo = samples.on_table(image, seed)
    scale = PHOTO_WIDTH / photo.shape[1]
    photo = cv2.resize(photo, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    photo = samples.blurred(photo, blur)
    return samples.turned(photo, turn), sample.lines


def main() -> int:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # as check --read runs tesseract
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, default=3, help="zones per format and condition")
    args = ap.parse_args()
    calls = count_ocr_calls()
    rows = defaultdict(lambda: defaultdict(float))
    per_format = defaultdict(lambda: defaultdict(float))
    start = time.perf_counter()
    for name, condition in CONDITIONS.items():
        for fmt in FORMATS:
            for seed in range(args.seeds):
                picture, truth = scene(fmt, seed, **condition)
                calls[0] = 0
                result = mrz_read.read_mrz(picture)
                want, got = "\n".join(truth), "\n".join(result.lines)
                err = levenshtein(want, got) if got else len(want)
                exact = result.lines == truth
                for bucket in (rows[name], per_format[fmt]):
                    bucket["n"] += 1
                    bucket["exact"] += exact
                    bucket["err"] += err
                    bucket["chars"] += len(want)
                    bucket["valid"] += result.valid
                    bucket["false_valid"] += result.valid and not exact
                    bucket["reads"] += calls[0]
    elapsed = time.perf_counter() - start

    def line(label: str, b) -> str:
        n = b["n"]
        return (
            f"| {label} | {int(n)} | {b['exact'] / n:.2f} | {b['err'] / b['chars']:.3f} | "
            f"{b['valid'] / n:.2f} | {int(b['false_valid'])} | {b['reads'] / n:.1f} |"
        )

    head = "| own renders | n | exact | cer | valid | false valid | reads |"
    print(head)
    print("| --- | --- | --- | --- | --- | --- | --- |")
    total = defaultdict(float)
    for name in CONDITIONS:
        print(line(name, rows[name]))
        for key, value in rows[name].items():
            total[key] += value
    print(line("**all**", total))
    print()
    print(head.replace("own renders", "format"))
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for fmt in FORMATS:
        print(line(fmt, per_format[fmt]))
    print(f"\n{int(total['n'])} pictures in {elapsed:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
