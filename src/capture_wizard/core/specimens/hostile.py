"""Hostile inputs for the tests of everything that decodes images (files, phone uploads)."""

import struct
import zlib


def bomb_png(side: int = 40000) -> bytes:
    """A PNG of a few kilobytes whose header claims side x side pixels (a decompression bomb):
    it must be refused from the header, before any memory is spent on pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        return struct.pack(">I", len(data)) + kind + data + crc

    row = b"\x00" + b"\x00" * side
    idat = zlib.compress(row * 16, 9)  # a few rows only: the header alone must get it refused
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", idat)
        + chunk(b"IEND", b"")
    )
