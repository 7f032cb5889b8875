"""`--camera` values: `demo`, `file:PATH`, `folder:PATH`, `N` (the N-th camera), `opencv:N`."""

from dataclasses import dataclass
from pathlib import Path


class SpecError(ValueError):
    """The --camera value is not one of the accepted forms; the message says which are."""


@dataclass(frozen=True)
class CameraSpec:
    kind: str
    """"demo", "file", "folder", "camera" (QtMultimedia, OpenCV as fallback) or "opencv"."""
    path: Path | None = None
    index: int = 0

    def __str__(self) -> str:
        if self.kind in ("file", "folder"):
            return f"{self.kind}:{self.path}"
        if self.kind == "opencv":
            return f"opencv:{self.index}"
        return str(self.index) if self.kind == "camera" else self.kind


def parse_camera_spec(text: str) -> CameraSpec:
    value = text.strip()
    kind, sep, rest = value.partition(":")
    if value == "demo":
        return CameraSpec("demo")
    if value.isdigit():
        return CameraSpec("camera", index=int(value))
    if sep and kind == "opencv" and rest.isdigit():
        return CameraSpec("opencv", index=int(rest))
    if sep and kind in ("file", "folder") and rest:
        path = Path(rest).expanduser()
        if kind == "file" and not path.is_file():
            raise SpecError(f"no video file at {path}")
        if kind == "folder" and not path.is_dir():
            raise SpecError(f"no folder at {path}")
        return CameraSpec(kind, path=path)
    raise SpecError(
        f"unknown camera {text!r}: use demo, file:PATH, folder:PATH, a camera number (0, 1...) "
        "or opencv:N"
    )
