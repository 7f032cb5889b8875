"""Twenty 5 MB phone photos uploaded at once all come back checked (the figures are in
benchmarks/bench_handoff.py and docs/performance.md; no time is asserted here)."""

import importlib.util
from pathlib import Path

from phone import new_session, real_checker

from capture_wizard.handoff.server import HandoffServer

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_handoff.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_handoff", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_twenty_concurrent_5_mb_uploads_all_succeed():
    bench = _bench()
    photo = bench.phone_photo(5.0)
    assert len(photo) >= 5_000_000
    session, events = new_session()
    server = HandoffServer(session, real_checker, "127.0.0.1")
    server.start()
    try:
        _, results = bench.run(server, photo, uploads=20, parallel=20)
    finally:
        server.stop()
    assert [(status, accepted) for _, status, accepted in results] == [(200, True)] * 20
    assert sum(type(e).__name__ == "Accepted" for e in events) == 20
