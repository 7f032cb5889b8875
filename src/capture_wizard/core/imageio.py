"""Read an image file into a BGR frame, safely: every way a file can be bad gets a plain error.

Decoding is by content (Pillow), never by extension; EXIF orientation is applied to the
pixels; the pixel count is checked from the header before anything is decoded, so a small
file that claims a gigantic image (a decompression bomb) is refused without using memory.
"""

import io
import warnings
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_FILE_BYTES = 80 * 1024 * 1024
"""Larger files are refused before reading (no phone photo comes close)."""
MAX_PIXELS = 120_000_000
"""About a 200 MP phone sensor; larger images are refused as possible decompression bombs."""
MIN_SIDE = 64
"""Anything smaller cannot show a readable document."""

try:  # HEIC/HEIF from phones, when the optional plugin is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - depends on the environment
    pass

Image.init()
FORMATS = tuple(f for f in ("JPEG", "PNG", "WEBP", "BMP", "TIFF", "MPO", "HEIF") if f in Image.OPEN)
"""Decoders tried, by content; anything else (GIF, PDF, PSD ...) is refused."""


class ImageLoadError(Exception):
    """A file could not be used as an image; the message says why in plain words."""


class ImageTooLarge(ImageLoadError):
    """Too many bytes or pixels (a possible decompression bomb)."""


def _open(path: Path) -> Image.Image:
    if not path.exists():
        raise ImageLoadError("file not found")
    if path.is_dir():
        raise ImageLoadError("this is a folder, not an image file")
    _check_size(path.stat().st_size)
    try:
        return _open_image(path)
    except PermissionError:
        raise ImageLoadError("permission denied: the file cannot be read") from None
    except OSError as exc:
        raise ImageLoadError(f"the file cannot be read ({exc.strerror or exc})") from None


def _check_size(size: int) -> None:
    if size == 0:
        raise ImageLoadError("the file is empty (0 bytes)")
    if size > MAX_FILE_BYTES:
        raise ImageTooLarge(
            f"the file is too large ({size // (1024 * 1024)} MB; at most "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB)"
        )


def _open_image(source: Path | BinaryIO) -> Image.Image:
    """Identify the image by its content; decompression bombs are refused from the header."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(source, formats=FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageTooLarge("the image is far too large (a possible decompression bomb)") from None
    except UnidentifiedImageError:
        raise ImageLoadError("not a supported image (JPEG, PNG, WebP, BMP, TIFF or HEIC)") from None


def load_image(path: str | Path) -> np.ndarray:
    """Decode an image file to an H x W x 3 uint8 BGR array, upright per its EXIF tag."""
    return _decode(_open(Path(path)))


def decode_image(data: bytes | bytearray | memoryview) -> np.ndarray:
    """Decode an image held in memory (an upload) exactly like `load_image` decodes a file."""
    _check_size(len(data))
    return _decode(_open_image(io.BytesIO(data)))


def _decode(image: Image.Image) -> np.ndarray:
    with image:
        w, h = image.size
        if w * h > MAX_PIXELS:
            raise ImageTooLarge(
                f"the image is too large ({w}x{h} pixels; at most "
                f"{MAX_PIXELS // 1_000_000} megapixels)"
            )
        if min(w, h) < MIN_SIDE:
            raise ImageLoadError(
                f"the image is too small ({w}x{h} pixels; at least {MIN_SIDE} on each side)"
            )
        try:
            image.load()
            upright = ImageOps.exif_transpose(image)
            rgb = _to_rgb(upright)
        except (OSError, ValueError, SyntaxError) as exc:
            raise ImageLoadError(f"the image data is damaged or incomplete ({exc})") from None
    return np.ascontiguousarray(np.asarray(rgb)[:, :, ::-1])


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):  # 16-bit greyscale: keep the range
        arr = np.asarray(image, dtype=np.float64)
        peak = arr.max() or 1.0
        image = Image.fromarray((arr * (255.0 / max(255.0, peak))).astype(np.uint8))
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return image.convert("RGB")
