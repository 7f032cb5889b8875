"""Fuzz the image decoder: a few hundred malformed files, made deterministically (seeded) from
small valid ones, each either decodes to an H x W x 3 uint8 frame or raises ImageLoadError
(the plain error `check` prints and the hand-off server answers 413/415 with); no other
exception, ever. Malformations: truncations, bit flips, corrupted header and length fields,
huge declared sizes, corrupted EXIF, appended garbage. The whole file runs in seconds."""

import io
import json
import random
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator

import numpy as np
import pytest
from PIL import Image

from capture_wizard.core.imageio import FORMATS, ImageLoadError, decode_image

# Pillow warns about what it skips in a broken file (corrupt EXIF, tags past the end); fine here.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

SEED = 18
CASES_PER_FILE = 36


def _picture() -> np.ndarray:
    """96x72 RGB with gradients and a red block: enough structure for real entropy data."""
    rgb = np.zeros((72, 96, 3), np.uint8)
    rgb[..., 0] = np.arange(96, dtype=np.uint8)[None, :] * 2
    rgb[..., 1] = np.arange(72, dtype=np.uint8)[:, None] * 3
    rgb[10:30, 20:50] = (250, 30, 30)
    return rgb


def _exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = 6  # turned: the orientation is applied when decoding
    exif[0x010F] = "Fuzz Camera"
    exif[0x0132] = "2024:05:01 10:00:00"
    exif.get_ifd(0x8769)[0x9003] = "2024:05:01 10:00:00"
    return exif


def _save(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def _heic(image: Image.Image) -> bytes | None:
    try:
        import pillow_heif

        buffer = io.BytesIO()
        pillow_heif.from_pillow(image).save(buffer, quality=60)
        return buffer.getvalue()
    except Exception:  # no plugin, or a build that can only read
        return None


def _valid_files() -> dict[str, bytes]:
    rgb = Image.fromarray(_picture())
    files = {
        "jpeg": _save(rgb, "JPEG", quality=85, exif=_exif()),
        "jpeg-progressive": _save(rgb, "JPEG", quality=85, progressive=True, subsampling=0),
        "png": _save(rgb, "PNG", exif=_exif(), pnginfo=_png_text()),
        "png-palette": _save(rgb.convert("P"), "PNG", transparency=3),
        "png-16bit": _save(Image.fromarray(_picture()[..., 1].astype(np.uint16) * 250), "PNG"),
        "webp": _save(rgb, "WEBP", quality=80, exif=_exif()),
        "webp-lossless": _save(rgb.convert("RGBA"), "WEBP", lossless=True),
        "tiff": _save(rgb, "TIFF", exif=_exif()),
        "tiff-deflate": _save(rgb, "TIFF", compression="tiff_adobe_deflate"),
        "bmp": _save(rgb, "BMP"),
        "bmp-rle": _bmp_rle8(),
    }
    if "HEIF" in FORMATS and (heic := _heic(rgb)) is not None:
        files["heic"] = heic
    return files


def _png_text():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("comment", "a note " * 20, zip=True)
    return info


def _bmp_rle8() -> bytes:
    """An 8-bit run-length BMP (Pillow writes none): 96x72, twelve runs of eight pixels a row."""
    width, height = 96, 72
    rows = (bytes(b for i in range(12) for b in (8, (y * 12 + i) % 256)) for y in range(height))
    data = b"".join(row + b"\x00\x00" for row in rows) + b"\x00\x01"  # end of line, of bitmap
    palette = b"".join(bytes([i, 255 - i, (i * 7) % 256, 0]) for i in range(256))
    offset = 14 + 40 + len(palette)
    info = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 8, 1, len(data), 2835, 2835, 256, 0)
    head = b"BM" + struct.pack("<IHHI", offset + len(data), 0, 0, offset)
    return head + info + palette + data


# --- mutations ------------------------------------------------------------------------------


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def _flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def _overwrite_header(data: bytes, rng: random.Random) -> bytes:
    """Interesting values written over the first bytes, where headers and lengths live."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(min(len(out), 96))
        value = rng.choice([b"\x00", b"\xff", b"\x7f", b"\x80", b"\xff\xff", b"\x00\x00\x00\x00"])
        out[at : at + len(value)] = value
    return bytes(out)[: len(data)]


def _append_garbage(data: bytes, rng: random.Random) -> bytes:
    tail = rng.choice(
        [
            rng.randbytes(rng.randint(1, 4096)),
            b"\x00" * 10_000,
            data[: len(data) // 2],
            b"\xff" * 64,
        ]
    )
    return data + tail


def _length_fields(data: bytes, rng: random.Random) -> bytes:
    """Corrupt a length field of the container: PNG chunk, JPEG segment, RIFF chunk, TIFF IFD
    entry, BMP header, ISO-BMFF box (CRC-fixed for PNG, so the length itself is what is met)."""
    out = bytearray(data)
    value = rng.choice([0, 1, 0x7FFFFFFF, 0xFFFFFFFF, len(data) * 4, rng.randrange(1 << 32)])
    if data.startswith(b"\x89PNG"):
        at = rng.choice(_png_chunks(data))[0]
        out[at : at + 4] = struct.pack(">I", value)
    elif data.startswith(b"\xff\xd8"):
        segments = [
            i for i in range(2, len(data) - 4) if data[i] == 0xFF and 0xC0 <= data[i + 1] <= 0xFE
        ]
        at = rng.choice(segments) + 2
        out[at : at + 2] = struct.pack(">H", value & 0xFFFF)
    elif data.startswith(b"RIFF"):
        at = rng.choice([4, 16, *[i + 4 for i in _riff_chunks(data)]])
        out[at : at + 4] = struct.pack("<I", value)
    elif data[:2] in (b"II", b"MM"):
        endian = "<" if data[:2] == b"II" else ">"
        ifd = struct.unpack(endian + "I", data[4:8])[0]
        if rng.random() < 0.3:
            out[ifd : ifd + 2] = struct.pack(endian + "H", value & 0xFFFF)  # entry count
        else:
            count = struct.unpack(endian + "H", data[ifd : ifd + 2])[0]
            entry = ifd + 2 + 12 * rng.randrange(count)
            field = rng.choice([2, 4, 8])  # type, count, value/offset
            size = 2 if field == 2 else 4
            out[entry + field : entry + field + size] = struct.pack(
                endian + ("H" if size == 2 else "I"), value & (0xFFFF if size == 2 else 0xFFFFFFFF)
            )
    elif data.startswith(b"BM"):
        at = rng.choice([2, 10, 14, 18, 22, 28, 30, 34, 46])
        size = 2 if at == 28 else 4
        out[at : at + size] = struct.pack(
            "<H" if size == 2 else "<I", value & (0xFFFF if size == 2 else 0xFFFFFFFF)
        )
    else:  # ISO-BMFF (HEIC): a box size
        boxes = [i - 4 for i in range(4, len(data) - 4) if data[i : i + 4] in _BOXES]
        at = rng.choice(boxes)
        out[at : at + 4] = struct.pack(">I", value)
    return bytes(out)


_BOXES = (b"ftyp", b"meta", b"iinf", b"iloc", b"iprp", b"ipco", b"ispe", b"hvcC", b"mdat", b"pitm")


def _png_chunks(data: bytes) -> list[tuple[int, bytes]]:
    chunks, at = [], 8
    while at + 8 <= len(data):
        length = struct.unpack(">I", data[at : at + 4])[0]
        chunks.append((at, data[at + 4 : at + 8]))
        at += 12 + length
    return chunks


def _riff_chunks(data: bytes) -> list[int]:
    chunks, at = [], 12
    while at + 8 <= len(data):
        chunks.append(at)
        at += 8 + struct.unpack("<I", data[at + 4 : at + 8])[0] + (data[at + 4] & 1)
    return chunks


def _huge_size(data: bytes, rng: random.Random) -> bytes:
    """The declared width and height set to something large (over or under the pixel limit),
    the rest left as it is: the decoder meets far too little data, or a bomb."""
    width, height = rng.choice(
        [(65_535, 65_535), (12_000, 10_000), (9_000, 9_000), (40_000, 3_000), (64, 16_000_000)]
    )
    out = bytearray(data)
    if data.startswith(b"\x89PNG"):
        out[16:24] = struct.pack(">II", width, height)
        out[29:33] = struct.pack(">I", zlib.crc32(bytes(out[12:29])) & 0xFFFFFFFF)
    elif data.startswith(b"\xff\xd8"):
        sof = max(data.find(b"\xff\xc0"), data.find(b"\xff\xc2"))
        out[sof + 5 : sof + 9] = struct.pack(">HH", min(height, 65_535), min(width, 65_535))
    elif data.startswith(b"RIFF"):
        if (at := data.find(b"VP8L")) > 0:
            bits = struct.unpack("<I", data[at + 9 : at + 13])[0] & ~((1 << 28) - 1)
            bits |= (min(width, 16_384) - 1) | ((min(height, 16_384) - 1) << 14)
            out[at + 9 : at + 13] = struct.pack("<I", bits)
        elif (at := data.find(b"VP8 ")) > 0:
            out[at + 14 : at + 18] = struct.pack("<HH", min(width, 16_383), min(height, 16_383))
        if (at := data.find(b"VP8X")) > 0:
            out[at + 12 : at + 18] = (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(
                3, "little"
            )
    elif data[:2] in (b"II", b"MM"):
        endian = "<" if data[:2] == b"II" else ">"
        ifd = struct.unpack(endian + "I", data[4:8])[0]
        for i in range(struct.unpack(endian + "H", data[ifd : ifd + 2])[0]):
            entry = ifd + 2 + 12 * i
            tag, kind = struct.unpack(endian + "HH", data[entry : entry + 4])
            if tag in (256, 257):
                value = width if tag == 256 else height
                packed = struct.pack(
                    endian + ("HH" if kind == 3 else "I"),
                    *((value & 0xFFFF, 0) if kind == 3 else (value,)),
                )
                out[entry + 8 : entry + 12] = packed
    elif data.startswith(b"BM"):
        out[18:26] = struct.pack("<ii", width, rng.choice([height, -height]))
    elif (at := data.find(b"ispe")) > 0:
        out[at + 8 : at + 16] = struct.pack(">II", width, height)
    return bytes(out)


def _exif_corruption(data: bytes, rng: random.Random) -> bytes:
    """The EXIF block truncated or scrambled, the file around it kept consistent."""
    at = data.find(b"Exif\x00\x00")
    if at < 0:
        at = data.find(b"eXIf")
        if at < 0:
            return _flip_bits(data, rng)
        at += 4
    else:
        at += 6
    out = bytearray(data)
    end = min(len(data), at + 160)
    if rng.random() < 0.5:
        for _ in range(rng.randint(1, 6)):
            out[rng.randrange(at, end)] = rng.randrange(256)
    else:
        cut = rng.randrange(at, end)
        out[cut:end] = bytes(end - cut)  # zeroed: the IFD ends early, offsets lead nowhere
    return bytes(out)


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "truncate": _truncate,
    "flip": _flip_bits,
    "header": _overwrite_header,
    "length": _length_fields,
    "huge": _huge_size,
    "exif": _exif_corruption,
    "garbage": _append_garbage,
}
VALID = _valid_files()


def malformed(name: str) -> Iterator[tuple[str, bytes]]:
    """CASES_PER_FILE malformed versions of VALID[name], the same on every run."""
    rng = random.Random(f"{SEED}:{name}")
    kinds = list(MUTATIONS)
    for i in range(CASES_PER_FILE):
        done = [kinds[i % len(kinds)]] + ([rng.choice(kinds)] if rng.random() < 0.2 else [])
        data = MUTATIONS[done[0]](VALID[name], rng)
        if len(done) > 1:  # sometimes a second one, on fields the first may have broken
            try:
                data = MUTATIONS[done[1]](data, rng)
            except (struct.error, IndexError, ValueError):
                data = _flip_bits(data, rng)
        yield f"{name}#{i}:{'+'.join(done)}", data


def _decodes_or_plain_error(data: bytes) -> str | None:
    """None if `data` decodes to a proper frame or is refused plainly; else what went wrong."""
    try:
        frame = decode_image(data)
    except ImageLoadError as exc:
        return None if str(exc) else "an ImageLoadError without a message"
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"[:300]
    if frame.dtype != np.uint8 or frame.ndim != 3 or frame.shape[2] != 3 or not frame.size:
        return f"a frame of {frame.dtype} {frame.shape}"
    return None


def test_the_valid_files_decode():
    for name, data in VALID.items():
        frame = decode_image(data)
        assert frame.shape[2] == 3 and min(frame.shape[:2]) >= 64, name


@pytest.mark.parametrize("name", list(VALID))
def test_malformed_files_decode_or_get_a_plain_error(name):
    failures = [
        f"{case}: {problem}"
        for case, data in malformed(name)
        if (problem := _decodes_or_plain_error(data)) is not None
    ]
    assert not failures, "\n".join(failures)


def test_a_few_malformed_files_through_check_give_json_lines(tmp_path):
    """One `check --json` process: every line valid JSON, an error or a verdict for each."""
    paths = []
    for name in VALID:
        for case, data in list(malformed(name))[:: CASES_PER_FILE // 2][:2]:
            paths.append(tmp_path / case.replace("#", "-").replace(":", "-"))
            paths[-1].write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-m", "capture_wizard", "check", "--json", *map(str, paths)],
        capture_output=True,
        timeout=300,
    )
    assert b"Traceback" not in done.stderr and b"unexpected error" not in done.stderr
    rows = [json.loads(line.decode("utf-8")) for line in done.stdout.splitlines()]
    assert [row["path"] for row in rows] == [str(p) for p in paths]
    for row in rows:
        if row["error"] is None:
            assert isinstance(row["ok"], bool) and isinstance(row["issues"], list), row
        else:
            assert isinstance(row["error"], str) and row["error"] and not row["ok"], row
            assert "internal error" not in row["error"], row
    assert done.returncode in (0, 1, 2)
