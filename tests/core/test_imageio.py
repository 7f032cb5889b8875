"""Every kind of bad input gets a plain error; good files of every format load upright."""

import io
import json
import math
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from capture_wizard.core import imageio
from capture_wizard.core.imageio import ImageLoadError, ImageTooLarge, decode_image, load_image
from capture_wizard.core.specimens.hostile import bomb_png


def _marked(w=320, h=200) -> np.ndarray:
    """RGB image with a red block at its top-left, to see which way up it loaded."""
    rgb = np.full((h, w, 3), 40, np.uint8)
    rgb[:40, :60] = (255, 0, 0)
    return rgb


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "BMP", "TIFF"])
def test_reads_common_formats_as_bgr(tmp_path, fmt):
    path = tmp_path / f"img.{fmt.lower()}"
    Image.fromarray(_marked()).save(path, format=fmt, quality=95)
    bgr = load_image(path)
    assert bgr.shape == (200, 320, 3) and bgr.dtype == np.uint8
    assert bgr[10, 10, 2] > 200 and bgr[10, 10, 0] < 60  # red, in BGR order


def test_reads_heic_when_the_plugin_is_installed(tmp_path):
    pillow_heif = pytest.importorskip("pillow_heif")
    path = tmp_path / "photo.heic"
    try:
        pillow_heif.from_pillow(Image.fromarray(_marked())).save(path, quality=90)
    except Exception as exc:  # an encoder-less build can only read
        pytest.skip(f"no HEIF encoder in this pillow-heif build: {exc}")
    assert load_image(path).shape == (200, 320, 3)


def test_applies_exif_orientation(tmp_path):
    upright = _marked()
    # Stored turned 90° clockwise, with the tag that tells a viewer to turn it back.
    stored = Image.fromarray(upright).transpose(Image.Transpose.ROTATE_270)
    exif = Image.Exif()
    exif[0x0112] = 8  # rotate 90° counter-clockwise to display
    path = tmp_path / "phone.jpg"
    stored.save(path, exif=exif, quality=95)
    bgr = load_image(path)
    assert bgr.shape == (200, 320, 3)
    assert bgr[10, 10, 2] > 200


def test_alpha_and_16_bit_and_grey_images(tmp_path):
    Image.fromarray(np.dstack([_marked(), np.full((200, 320), 128, np.uint8)])).save(
        tmp_path / "a.png"
    )
    Image.fromarray((np.arange(320 * 200).reshape(200, 320) % 65535).astype(np.uint16)).save(
        tmp_path / "b.png"
    )
    Image.fromarray(np.full((200, 320), 90, np.uint8)).save(tmp_path / "c.png")
    for name in ("a.png", "b.png", "c.png"):
        assert load_image(tmp_path / name).shape == (200, 320, 3)


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_bad_inputs_get_plain_errors(tmp_path):
    good = tmp_path / "good.jpg"
    Image.fromarray(_marked()).save(good, quality=90)
    truncated = _write(tmp_path, "truncated.jpg", good.read_bytes()[: good.stat().st_size // 2])
    tiny = tmp_path / "tiny.png"
    Image.new("RGB", (1, 1)).save(tiny)
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(bomb_png())
    cases = {
        tmp_path / "missing.jpg": "not found",
        _write(tmp_path, "empty.jpg", b""): "empty",
        truncated: "damaged",
        _write(tmp_path, "notes.jpg", b"this is a text file\n" * 20): "not a supported image",
        tiny: "too small",
        bomb: "too large",
        tmp_path: "folder",
    }
    assert bomb.stat().st_size < 200_000
    for path, expected in cases.items():
        with pytest.raises(ImageLoadError, match=expected):
            load_image(path)


# --- broken metadata and containers (issue 18, item 4) ----------------------------------------


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return struct.pack(">I", len(data)) + kind + data + crc


def _encoded(fmt: str, rgb: np.ndarray, **options) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(rgb).save(buffer, format=fmt, **options)
    return buffer.getvalue()


def _with_app1(jpeg: bytes, payload: bytes) -> bytes:
    """`jpeg` with an APP1 segment holding `payload` right after its start marker."""
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


TRUNCATED_EXIF = b"Exif\x00\x00MM\x00*\x00\x00"  # the TIFF header ends before its IFD offset


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_a_truncated_exif_block_is_ignored_and_the_picture_kept(fmt):
    options = {"lossless": True} if fmt == "WEBP" else {}
    data = _encoded(fmt, _marked(), exif=TRUNCATED_EXIF, **options)
    bgr = decode_image(data)
    assert bgr.shape == (200, 320, 3)  # as stored: the broken block tells no orientation
    assert bgr[10, 10, 2] > 200


def test_an_exif_tag_of_the_wrong_type_does_not_lose_the_orientation():
    """Orientation 6 (turn 90° clockwise) next to SampleFormat written as text: Pillow cannot
    write such a block back (struct.error in exif_transpose), but the orientation is read."""
    entries = struct.pack(">HHIHH", 0x0112, 3, 1, 6, 0) + struct.pack(
        ">HHI4s", 0x0153, 2, 4, b"ab\0\0"
    )
    tiff = b"MM\x00*" + struct.pack(">IH", 8, 2) + entries + b"\x00\x00\x00\x00"
    stored = np.ascontiguousarray(np.rot90(_marked(), 1))  # the top-left block now bottom-left
    bgr = decode_image(_with_app1(_encoded("JPEG", stored, quality=95), b"Exif\x00\x00" + tiff))
    assert bgr.shape == (200, 320, 3)
    assert bgr[10, 10, 2] > 200


def _png_text_bomb(kind: bytes) -> bytes:
    png = _encoded("PNG", _marked())
    header = b"note\x00\x00" if kind == b"zTXt" else b"note\x00\x01\x00\x00\x00"
    bomb = _chunk(kind, header + zlib.compress(b"a" * (8 * 1024 * 1024), 9))
    return png[:33] + bomb + png[33:]  # after the signature and IHDR


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(_png_text_bomb(b"zTXt"), "too large", id="zTXt bomb"),
        pytest.param(_png_text_bomb(b"iTXt"), "too large", id="iTXt bomb"),
        pytest.param(b"II+\x00\x08\x00\x00\x00" + b"\xff" * 64, "damaged", id="BigTIFF garbage"),
        pytest.param(
            b"II+\x00\x08\x00\x00\x00" + b"\x00" * 64, "not a supported|damaged", id="BigTIFF 0"
        ),
    ],
)
def test_hostile_metadata_and_containers_get_plain_errors(tmp_path, data, expected):
    path = tmp_path / "upload.bin"
    path.write_bytes(data)
    for load in (lambda: decode_image(data), lambda: load_image(path)):
        with pytest.raises(ImageLoadError, match=expected):
            load()


def _params(cases: dict[str, bytes]) -> dict:
    return {"argvalues": list(cases.values()), "ids": list(cases)}


def _decoder_os_errors() -> dict[str, bytes]:
    bmp = _encoded("BMP", _marked())
    webp = _encoded("WEBP", _marked(), lossless=True)
    signature = webp.index(b"VP8L") + 8
    return {
        "BMP compression 11808": bmp[:30] + struct.pack("<I", 11808) + bmp[34:],
        "BMP cut in its header": bmp[:40],
        "WebP without its VP8L signature": webp[:signature] + b"\x00" + webp[signature + 1 :],
    }


@pytest.mark.parametrize("data", **_params(_decoder_os_errors()))
def test_what_the_decoder_raises_as_oserror_is_a_plain_error_for_uploads_too(tmp_path, data):
    """Pillow raises OSError for these: file loading handled it, `decode_image` did not."""
    path = tmp_path / "upload.bin"
    path.write_bytes(data)
    for load in (lambda: decode_image(data), lambda: load_image(path)):
        with pytest.raises(ImageLoadError, match="damaged"):
            load()


def test_file_system_errors_before_reading_get_plain_errors(tmp_path, monkeypatch):
    with pytest.raises(ImageLoadError, match=r"cannot be read \(File name too long\)"):
        load_image(tmp_path / ("a" * 300 + ".jpg"))  # one name over 255 bytes
    locked = tmp_path / "locked" / "photo.jpg"
    real_stat = Path.stat

    def stat(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)  # a folder we may not enter (root may enter any)
    with pytest.raises(ImageLoadError, match="permission denied"):
        load_image(locked)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_a_folder_without_permission_gets_a_plain_error(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    Image.fromarray(_marked()).save(folder / "photo.jpg")
    folder.chmod(0)
    try:
        with pytest.raises(ImageLoadError, match="permission denied"):
            load_image(folder / "photo.jpg")
    finally:
        folder.chmod(0o755)


def test_a_pipe_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    with pytest.raises(ImageLoadError, match="not a regular file"):
        load_image(fifo)  # opening it would wait for a writer forever


# --- large pictures (items 5 and 6) ---------------------------------------------------------


def flat_jpeg(width: int, height: int, orientation: int | None = None) -> bytes:
    """A real baseline 4:2:0 JPEG of any size in a few MB, made without a pixel buffer: a
    mid-grey picture has no DCT coefficient, so every 16x16 MCU is the same 4 bytes (four
    luma blocks 'DC 0, EOB' = 001010 each, two chroma blocks 00 00) with libjpeg's
    standard tables, taken from a small file Pillow encodes."""
    small = _encoded("JPEG", np.full((32, 64, 3), 128, np.uint8), quality=90)
    sos = small.index(b"\xff\xda")
    header = small[: sos + 2 + struct.unpack(">H", small[sos + 2 : sos + 4])[0]]
    sof = header.index(b"\xff\xc0")
    header = header[: sof + 5] + struct.pack(">HH", height, width) + header[sof + 9 :]
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        header = _with_app1(header, exif.tobytes())
    mcus = math.ceil(width / 16) * math.ceil(height / 16)
    return header + b"\x28\xa2\x8a\x00" * mcus + b"\xff\xd9"


def test_the_flat_jpeg_helper_makes_what_pillow_makes():
    assert decode_image(flat_jpeg(320, 200)).shape == (200, 320, 3)
    assert np.abs(decode_image(flat_jpeg(320, 200)).astype(int) - 128).max() <= 1


@pytest.mark.parametrize(
    ("width", "height"),
    [(10_000, 9_000), (12_000, 9_000), (12_000, 10_000)],  # 90, 108 and 120 MP
)
def test_large_phone_photos_up_to_the_documented_limit_are_decoded_reduced(width, height):
    picture = imageio.decode_picture(flat_jpeg(width, height))
    assert picture.size == (width, height)
    frame_h, frame_w = picture.frame.shape[:2]
    assert (frame_w, frame_h) == (width // 2, height // 2)  # DCT-scaled by the decoder
    assert frame_w * frame_h <= imageio.MAX_FRAME_PIXELS
    assert picture.frame.dtype == np.uint8 and picture.frame.shape[2] == 3


def test_a_large_photo_keeps_its_orientation_and_the_limit_still_holds():
    picture = imageio.decode_picture(flat_jpeg(12_000, 9_000, orientation=6))
    assert picture.size == (9_000, 12_000)
    assert picture.frame.shape[:2] == (6_000, 4_500)
    with pytest.raises(ImageTooLarge, match="at most 120 megapixels"):
        decode_image(flat_jpeg(12_000, 10_001))


def test_large_non_jpeg_pictures_are_reduced_after_decoding():
    data = _encoded("PNG", np.full((3_000, 11_000), 77, np.uint8))  # 33 MP of grey
    picture = imageio.decode_picture(data)
    assert picture.size == (11_000, 3_000)
    assert picture.frame.shape == (1_500, 5_500, 3)
    assert (picture.frame == 77).all()


def webp_bomb(width: int, height: int) -> bytes:
    """A 34-byte lossless WebP of width x height black pixels: libwebp codes a constant picture
    with one-symbol Huffman codes (no bits a pixel), so only the header says how large it is."""
    template = _encoded("WEBP", np.zeros((64, 64, 3), np.uint8), lossless=True, method=0, quality=0)
    at = template.index(b"VP8L") + 9  # after the chunk header and the 0x2f signature
    bits = int.from_bytes(template[at : at + 4], "little")
    bits = (bits & ~((1 << 28) - 1)) | (width - 1) | ((height - 1) << 14)
    return template[:at] + bits.to_bytes(4, "little") + template[at + 4 :]


def progressive_jpeg_bomb(width: int, height: int) -> bytes:
    """A progressive 4:4:4 JPEG whose header claims width x height: libjpeg sets aside every
    DCT coefficient (6 bytes a pixel) before it finds that the data is missing."""
    small = _encoded(
        "JPEG", np.full((64, 64, 3), 128, np.uint8), progressive=True, subsampling=0, quality=90
    )
    sof = small.index(b"\xff\xc2")
    return small[: sof + 5] + struct.pack(">HH", height, width) + small[sof + 9 :]


def test_the_webp_bomb_helper_is_a_real_picture():
    assert len(webp_bomb(9_000, 9_000)) < 100
    assert (decode_image(webp_bomb(320, 200)) == 0).all()


def black_png(width: int, height: int) -> bytes:
    """A real RGB PNG of black pixels, compressed row by row (no picture held in memory)."""
    packer = zlib.compressobj(9)
    row = bytes(1 + 3 * width)  # filter type 0, then the pixels
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    )


_PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=False)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
"""


def _check_peak_mb(paths) -> tuple[list[dict], int]:
    """Run `capture-wizard check --json` on `paths`; its lines and its peak memory (MB)."""
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, sys.executable, "-m", "capture_wizard", "check", "--json"]
        + [str(p) for p in paths],
        capture_output=True,
        text=True,
        timeout=300,
    )
    *lines, peak = done.stdout.splitlines()
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    return [json.loads(line) for line in lines], int(peak)


def test_bombs_under_the_pixel_limit_are_refused_within_bounded_memory(tmp_path):
    """A 34-byte WebP of 9000x9000 made `check` use 2.1 GB; a progressive JPEG that claims
    9000x9000 had libjpeg reserve 486 MB of coefficients. Both are refused from their
    header now; an 81 MP PNG, which fits, is decoded reduced within the same bound."""
    paths = {
        "webp": webp_bomb(9_000, 9_000),
        "jpg": progressive_jpeg_bomb(9_000, 9_000),
        "png": black_png(9_000, 9_000),
    }
    files = []
    for ext, data in paths.items():
        files.append(tmp_path / f"bomb.{ext}")
        files[-1].write_bytes(data)
    rows, peak_mb = _check_peak_mb(files)
    print(f"check used {peak_mb} MB at most")
    assert peak_mb < 600, f"check used {peak_mb} MB"
    webp, jpg, png = rows
    assert webp["error"] and "too large to decode" in webp["error"]
    assert jpg["error"] and "too large to decode" in jpg["error"]
    assert png["error"] is None and png["metrics"]["width"] == 9_000
