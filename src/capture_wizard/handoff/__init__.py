"""The phone hand-off: a one-time link (QR code) to a small web page the app serves on the
local network, where a phone takes the photos; uploads go through the same checks as the
desktop's, and accepted photos land in the desktop's session. No Qt here."""
