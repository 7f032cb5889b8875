"""Accuracy of the hand-held statement check: per-code recall and false rejects on rendered
statements (a person, their specimen card, and a paper with a word and a date in one of five
written forms), read with tesseract as a taken picture is; and the time per picture.

    python benchmarks/eval_statement.py [--per-class 15]
"""

import argparse
import statistics
import time
from collections import Counter
from datetime import date

from capture_wizard.core.documents import ID1
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.ocr.statement import check_statement
from capture_wizard.core.specimens.statements import StatementDefect, render_statement

EVAL_SEED_BASE = 800_000
TODAY = date(2026, 11, 22)
WORDS = ("Northwind Bank", "ACME", "Contoso Finance")
EXPECTED = {
    StatementDefect.CLEAN: None,
    StatementDefect.WRONG_DATE: IssueCode.STATEMENT_WRONG_DATE,
    StatementDefect.NO_DATE: IssueCode.STATEMENT_WRONG_DATE,
    StatementDefect.NO_WORD: IssueCode.STATEMENT_MISSING_WORD,
    StatementDefect.NO_DOCUMENT: IssueCode.NO_DOCUMENT,
    StatementDefect.TWO_FACES: IssueCode.MULTIPLE_FACES,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=15)
    args = parser.parse_args()
    print(f"statements: {args.per_class} per class, seeds from {EVAL_SEED_BASE}, today {TODAY}")
    print(f"{'class':12s} {'code':24s} {'result':>22s}  other outcomes")
    times = []
    for number, defect in enumerate(StatementDefect):
        expected = EXPECTED[defect]
        right = 0
        others: Counter = Counter()
        for i in range(args.per_class):
            seed = EVAL_SEED_BASE + number * 10_000 + i
            word = WORDS[i % len(WORDS)]
            scene = render_statement(seed, defect, TODAY, word)
            start = time.perf_counter()
            report = check_statement(scene.image, word, TODAY, ID1)
            times.append(time.perf_counter() - start)
            hit = report.ok if expected is None else expected in report.issues
            right += hit
            if not hit:
                others[",".join(str(c) for c in report.issues) or "accepted"] += 1
        share = right / args.per_class
        result = f"false rejects {1 - share:.3f}" if expected is None else f"recall {share:.3f}"
        print(f"{defect.value:12s} {expected or '(none)'!s:24s} {result:>22s}  {dict(others)}")
    times.sort()
    print(
        f"time per taken picture (1280x720, OCR included): median {statistics.median(times):.2f} s,"
        f" p95 {times[int(len(times) * 0.95) - 1]:.2f} s"
    )


if __name__ == "__main__":
    main()
