"""`capture_wizard.core` must never import Qt: it runs headless, in workers and in `check`."""

import subprocess
import sys

BLOCKER = r"""
import importlib, importlib.abc, pkgutil, sys

class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6"}:
            raise ImportError(f"core imported Qt: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
import capture_wizard.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "capture_wizard.core.")]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def test_every_core_module_imports_with_qt_blocked():
    done = subprocess.run([sys.executable, "-c", BLOCKER], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 10  # the walk really found the modules
