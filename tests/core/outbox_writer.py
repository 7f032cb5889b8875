"""Child process for test_outbox.py: writes the packages in SOURCE into OUTBOX, over and over,
with fresh names, until it is killed."""

import itertools
import sys
from pathlib import Path

from capture_wizard.core.package.outbox import Outbox

outbox, source = Outbox(sys.argv[1]), sorted(Path(sys.argv[2]).iterdir())
blobs = [p.read_bytes() for p in source]
print("ready", flush=True)
for n in itertools.count():
    outbox.write(f"{sys.argv[3]}-{n:05d}.zip.age", blobs[n % len(blobs)])
