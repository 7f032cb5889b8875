"""Every kind of bad input gets a plain error; good files of every format load upright."""

import numpy as np
import pytest
from PIL import Image

from capture_wizard.core.imageio import ImageLoadError, load_image
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
