"""Read an image file into a BGR frame, safely: every way a file can be bad gets a plain error.

Decoding is by content (Pillow), never by extension; EXIF orientation is applied to the
pixels (broken EXIF is ignored: the picture is kept as stored). Memory is bounded before any
pixel is decoded:

- the pixel count is checked from the header, so a small file that claims a gigantic image (a
  decompression bomb) is refused at once (`MAX_PIXELS`);
- pictures larger than `MAX_FRAME_PIXELS` are decoded reduced: JPEG in the decoder itself (DCT
  scaling, Pillow's draft mode), other formats decoded whole and then reduced by an integer
  factor (Pillow's `reduce`);
- what decoding would need in memory at the decoded size is estimated from the header (pixels,
  mode, and the decoder's own buffers, measured), and anything over `MAX_DECODE_BYTES` is
  refused with `ImageTooLarge` instead of being decoded.

One call therefore holds at most about `MAX_DECODE_BYTES` plus a quarter of it (the reduced
copy) at once, and the returned frame has at most `MAX_FRAME_PIXELS`. The module has no lock:
callers that decode what others send (the hand-off server) decode one picture at a time.
"""

import io
import math
import stat
import struct
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import cv2
import numpy as np
from PIL import ExifTags, Image, UnidentifiedImageError

MAX_FILE_BYTES = 80 * 1024 * 1024
"""Larger files are refused before reading (no phone photo comes close)."""
MAX_PIXELS = 120_000_000
"""Larger images are refused from the header as possible decompression bombs; a 108 MP phone
photo (12000x9000) fits."""
MAX_FRAME_PIXELS = MAX_PIXELS // 4
"""Larger pictures are decoded reduced to at most this (a 108 MP photo at half size, 27 MP):
the checks work on copies of at most 1400 px, and the frame's memory stays bounded."""
MAX_DECODE_BYTES = 400_000_000
"""Memory one decode may use at the decoded size, estimated from the header; a picture that
would need more is refused. Enough for every JPEG up to MAX_PIXELS from a phone (decoded
reduced: 120 MB at 120 MP), RGB PNG, BMP or TIFF up to about 100 MP, a 48 MP HEIC (libheif
needs about 8 bytes a pixel), RGBA images up to 50 MP and WebP up to 25 MP (Pillow's WebP
decoder needs about 16 bytes a pixel)."""
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

_DAMAGED = "the image data is damaged or incomplete"
_UNSUPPORTED = "not a supported image (JPEG, PNG, WebP, BMP, TIFF or HEIC)"

# Bytes a pixel takes in Pillow: 1 for these modes, 2 for 16-bit grey, 4 for every other mode
# (RGB is stored as 4 bytes a pixel).
_STORED = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16L": 2, "I;16B": 2, "I;16N": 2}
# Full-size copies made on the way to 8-bit RGB (bytes a pixel): palette to RGB(A), 16- and
# 32-bit grey through numpy, alpha premultiplied to be reduced or laid on white.
_CONVERSION = {"1": 1, "P": 8, "PA": 8, "I;16": 4, "I;16L": 4, "I;16B": 4, "I;16N": 4, "I": 6}
_CONVERSION |= {"F": 6, "RGBA": 4, "LA": 4, "La": 4, "RGBa": 4}
# The decoder's own buffers (bytes a pixel), measured with Pillow 13 / pillow-heif 1.8: the
# WebP decoder keeps two RGBA canvases and a copy of the pixels; libheif its planes and RGB.
_DECODER = {"WEBP": 12, "HEIF": 4, "BMP": 2}
_PROGRESSIVE_SOF = (0xC2, 0xC6, 0xCA, 0xCE)
_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_open_lock = threading.Lock()  # warnings.catch_warnings changes process-wide state


class ImageLoadError(Exception):
    """A file could not be used as an image; the message says why in plain words."""


class ImageTooLarge(ImageLoadError):
    """Too many bytes or pixels, or too much memory to decode (a possible decompression bomb)."""


@dataclass(frozen=True)
class Picture:
    """A decoded picture: the frame to check, and the size of the picture it shows."""

    frame: np.ndarray
    """H x W x 3 uint8 BGR, upright, at most MAX_FRAME_PIXELS."""
    size: tuple[int, int]
    """(width, height) of the picture as stored, upright: larger than the frame's when it was
    decoded reduced. Coordinates on the frame times size / frame size are the picture's."""


def load_image(path: str | Path) -> np.ndarray:
    """Decode an image file to an H x W x 3 uint8 BGR array, upright per its EXIF tag, reduced
    to at most MAX_FRAME_PIXELS. Raises ImageLoadError (ImageTooLarge) with a plain sentence."""
    return load_picture(path).frame


def decode_image(data: bytes | bytearray | memoryview) -> np.ndarray:
    """Decode an image held in memory (an upload) exactly like `load_image` decodes a file."""
    return decode_picture(data).frame


def load_picture(path: str | Path) -> Picture:
    """`load_image`, with the size of the stored picture (to map coordinates back to it)."""
    return _decode(_open(Path(path)))


def decode_picture(data: bytes | bytearray | memoryview) -> Picture:
    """`decode_image`, with the size of the stored picture (to map coordinates back to it)."""
    _check_size(len(data))
    return _decode(_open_image(io.BytesIO(data)))


def _open(path: Path) -> Image.Image:
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise ImageLoadError("file not found") from None
    except OSError as exc:
        raise _unreadable(exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise ImageLoadError("this is a folder, not an image file")
    if not stat.S_ISREG(info.st_mode):
        raise ImageLoadError("this is not a regular file (a device, a pipe or a socket)")
    _check_size(info.st_size)
    return _open_image(path)


def _unreadable(exc: OSError) -> ImageLoadError:
    if isinstance(exc, PermissionError):
        return ImageLoadError("permission denied: the file cannot be read")
    return ImageLoadError(f"the file cannot be read ({exc.strerror or type(exc).__name__})")


def _check_size(size: int) -> None:
    if size == 0:
        raise ImageLoadError("the file is empty (0 bytes)")
    if size > MAX_FILE_BYTES:
        raise ImageTooLarge(
            f"the file is too large ({size // (1024 * 1024)} MB; at most "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB)"
        )


def _open_image(source: Path | BinaryIO) -> Image.Image:
    """Identify the image by its content and read its header; nothing is decoded yet."""
    try:
        with _open_lock, warnings.catch_warnings():
            # Pillow warns above 89.5 MP; our own limit (MAX_PIXELS) is checked in _decode.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(source, formats=FORMATS)
    except Image.DecompressionBombError:
        raise ImageTooLarge("the image is far too large (a possible decompression bomb)") from None
    except UnidentifiedImageError:
        raise ImageLoadError(_UNSUPPORTED) from None
    except OSError as exc:
        if exc.errno is not None:  # the file system's error, not the decoder's
            raise _unreadable(exc) from None
        raise ImageLoadError(_DAMAGED) from None
    except Exception as exc:  # whatever a parser raises on hostile bytes
        raise _decoder_error(exc) from None


def _decoder_error(exc: Exception) -> ImageLoadError:
    """A plain error for whatever Pillow or a plugin raised on a bad file."""
    if isinstance(exc, MemoryError):
        return ImageTooLarge("there is not enough memory to decode the image")
    if isinstance(exc, ValueError) and "too large" in str(exc).lower():  # PNG text chunks
        return ImageTooLarge("the image's metadata is far too large (a possible bomb)")
    return ImageLoadError(_DAMAGED)


def _decode(image: Image.Image) -> Picture:
    try:
        return _decode_open(image)
    except ImageLoadError:
        raise
    except Exception as exc:
        raise _decoder_error(exc) from None
    finally:
        image.close()


def _decode_open(image: Image.Image) -> Picture:
    w, h = image.size
    if w * h > MAX_PIXELS:
        raise ImageTooLarge(
            f"the image is too large ({w}x{h} pixels; at most {MAX_PIXELS // 1_000_000} megapixels)"
        )
    if min(w, h) < MIN_SIDE:
        raise ImageLoadError(
            f"the image is too small ({w}x{h} pixels; at least {MIN_SIDE} on each side)"
        )
    need = _decode_bytes(image)  # before draft: JPEG coefficients count at full size
    if image.format in ("JPEG", "MPO") and (factor := _factor(w * h)) > 1:
        scale = 8 if factor >= 8 else 4 if factor >= 4 else 2
        image.draft(None, (w // scale, h // scale))
        need += _pixel_bytes(image) - _pixel_bytes(image, (w, h))
    if need > MAX_DECODE_BYTES:
        raise ImageTooLarge(
            f"the image is too large to decode safely ({w}x{h} pixels would need about "
            f"{need // 1_000_000} MB of memory; at most {MAX_DECODE_BYTES // 1_000_000} MB)"
        )
    image.load()
    orientation = _orientation(image)
    picture = _eight_bit(image)
    if (factor := _factor(picture.width * picture.height)) > 1:
        picture = _replace(picture, picture.reduce(factor))
    picture = _replace(picture, _flat_rgb(picture))
    if orientation in _ORIENTATION:
        picture = _replace(picture, picture.transpose(_ORIENTATION[orientation]))
        if orientation >= 5:
            w, h = h, w
    rgb = np.asarray(picture)
    picture.close()
    return Picture(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), (w, h))


def _factor(pixels: int) -> int:
    """The smallest integer reduction that brings `pixels` down to MAX_FRAME_PIXELS."""
    return max(1, math.ceil(math.sqrt(pixels / MAX_FRAME_PIXELS) - 1e-9))


def _pixel_bytes(image: Image.Image, size: tuple[int, int] | None = None) -> int:
    w, h = size or image.size
    mode = image.mode
    per_pixel = _STORED.get(mode, 4) + _CONVERSION.get(mode, 0) + _DECODER.get(image.format, 0)
    if mode == "P" and "transparency" not in image.info:
        per_pixel -= 4  # to RGB, not RGBA: nothing to premultiply
    return w * h * per_pixel


def _decode_bytes(image: Image.Image) -> int:
    """Memory decoding `image` needs at its full size (bytes, an upper estimate)."""
    need = _pixel_bytes(image)
    if image.format in ("JPEG", "MPO"):
        need += _jpeg_coefficient_bytes(image)
    elif image.format == "TIFF":
        need += _tiff_strip_bytes(image)
    return need


def _jpeg_coefficient_bytes(image: Image.Image) -> int:
    """libjpeg keeps every DCT coefficient of the picture (2 bytes a sample, whatever the
    output scale) for a progressive JPEG or one whose first scan lacks a component."""
    w, h = image.size
    layers = getattr(image, "layer", None) or [(0, 1, 1, 0)] * 3
    progressive, in_scan = _jpeg_first_scan(image.fp)
    if not progressive and in_scan >= len(layers):
        return 0
    hmax = max(max(layer[1] for layer in layers), 1)
    vmax = max(max(layer[2] for layer in layers), 1)
    blocks = sum(
        math.ceil(w * layer[1] / hmax / 8 + 1) * math.ceil(h * layer[2] / vmax / 8 + 1)
        for layer in layers
    )
    return blocks * 64 * 2


def _jpeg_first_scan(fp: BinaryIO) -> tuple[bool, int]:
    """(progressive, components in the first scan) from the JPEG's markers; (True, 0), the
    costly case, when they cannot be read."""
    position = fp.tell()
    try:
        fp.seek(0)
        if fp.read(2) != b"\xff\xd8":
            return True, 0
        progressive = False
        while True:
            byte = fp.read(1)
            if not byte:
                return True, 0
            if byte != b"\xff":
                continue  # libjpeg skips garbage between markers too
            marker = fp.read(1)
            while marker == b"\xff":
                marker = fp.read(1)
            if not marker or marker[0] in (0x00, 0x01) or 0xD0 <= marker[0] <= 0xD8:
                continue  # no length field
            length = fp.read(2)
            if len(length) < 2:
                return True, 0
            if marker[0] in _PROGRESSIVE_SOF:
                progressive = True
            if marker[0] == 0xDA:
                count = fp.read(1)
                return progressive, count[0] if count else 0
            fp.seek(struct.unpack(">H", length)[0] - 2, io.SEEK_CUR)
    finally:
        fp.seek(position)


def _tiff_strip_bytes(image: Image.Image) -> int:
    """libtiff decodes a compressed TIFF a strip or a tile at a time into a buffer of its own."""
    w, h = image.size
    try:
        tags = image.tag_v2
        bits = tags.get(258, (8,))
        bits = sum(bits) if isinstance(bits, tuple) else int(bits) * int(tags.get(277, 1))
        if 322 in tags and 323 in tags:
            rows, columns = int(tags[323]), int(tags[322])
        else:
            rows, columns = int(tags.get(278, h)), w
        rows, columns = min(max(rows, 1), h), min(max(columns, 1), w)
        return rows * columns * max(1, math.ceil(bits / 8))
    except Exception:  # unreadable tags: the whole picture at 16 bits a sample
        return w * h * 8


def _orientation(image: Image.Image) -> int:
    """The EXIF orientation (1 = upright); broken EXIF counts as none: the picture is kept."""
    try:
        value = image.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:
        return 1
    return value if isinstance(value, int) else 1


def _eight_bit(image: Image.Image) -> Image.Image:
    """Modes Pillow cannot reduce (bits, palettes, 16- and 32-bit grey) as 8-bit ones."""
    if image.mode == "1":
        return _replace(image, image.convert("L"))
    if image.mode in ("P", "PA"):
        alpha = image.mode == "PA" or "transparency" in image.info
        return _replace(image, image.convert("RGBA" if alpha else "RGB"))
    if image.mode not in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        return image
    values = np.asarray(image)
    image.close()
    if not values.dtype.isnative:
        values = values.astype(values.dtype.newbyteorder("="))
    peak = float(np.nanmax(values) if values.dtype.kind == "f" else values.max())
    scale = 255.0 / peak if peak > 255.0 else 1.0  # keep the range; NaN peaks count as 255
    if values.dtype.kind != "u":
        values = np.clip(values, 0, None)
    return Image.fromarray(cv2.convertScaleAbs(values, alpha=scale))


def _flat_rgb(image: Image.Image) -> Image.Image:
    """8-bit RGB; transparency laid on white (as a document on a white page)."""
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "La", "RGBa"):
        rgba = image if image.mode == "RGBA" else image.convert("RGBA")
        rgb = Image.new("RGB", rgba.size, (255, 255, 255))
        rgb.paste(rgba, mask=rgba)
        return rgb
    return image.convert("RGB")


def _replace(old: Image.Image, new: Image.Image) -> Image.Image:
    """`new`, with `old`'s pixels released at once (not when the caller lets go of it)."""
    if new is not old:
        old.close()
    return new
