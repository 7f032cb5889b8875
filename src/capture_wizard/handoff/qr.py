"""The QR code of the link, as a matrix of dark modules (drawn by the desktop at any size)."""

import qrcode
from qrcode.constants import ERROR_CORRECT_M

QUIET_ZONE = 4
"""Light modules around the code that scanners need (ISO/IEC 18004)."""


def qr_matrix(text: str) -> list[list[bool]]:
    """Medium error correction: a smudged or glossy screen still scans."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()
