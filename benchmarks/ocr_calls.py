"""Counting tesseract calls in the MRZ benchmarks (bench_mrz.py, eval_mrz.py)."""

from capture_wizard.core.ocr import mrz_read


def count_ocr_calls() -> list[int]:
    """Wrap `mrz_read.ocr_text` so that every call adds one to the returned counter (a list of
    one number; set it to 0 before a reading). The wrapper stays for the rest of the process."""
    calls = [0]
    real = mrz_read.ocr_text

    def counted(*args):
        calls[0] += 1
        return real(*args)

    mrz_read.ocr_text = counted
    return calls
