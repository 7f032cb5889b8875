#!/usr/bin/env bash
# Wrap the PyInstaller one-folder build into a .deb:
#   /opt/capture-wizard/                the frozen programs and their _internal/ folder
#   /usr/bin/capture-wizard, -gui       links to them
#   /usr/share/applications/capture-wizard.desktop, the icon in hicolor
#   /usr/lib/systemd/system/capture-wizard-kiosk.service, disabled (a site enables it on purpose;
#   a preset keeps `systemctl preset-all` on an image's first boot from enabling it)
# The desktop menu and icon caches are refreshed by the triggers of desktop-file-utils and
# hicolor-icon-theme, so the package needs no maintainer scripts and leaves nothing behind.
# Usage: make_deb.sh FROZEN_DIR OUT_DIR   (prints the .deb's path)
set -euo pipefail
frozen="$(realpath "$1")"
out="$(realpath "$2")"
here="$(cd "$(dirname "$0")" && pwd)"
version="$("$frozen/capture-wizard" --version | awk '{print $2}')"
arch="$(dpkg --print-architecture)"
deb="$out/capture-wizard_${version}_${arch}.deb"

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/capture-wizard" \
  "$root/usr/lib/systemd/system" "$root/usr/lib/systemd/system-preset"
cp -a "$frozen" "$root/opt/capture-wizard"
ln -s /opt/capture-wizard/capture-wizard "$root/usr/bin/capture-wizard"
ln -s /opt/capture-wizard/capture-wizard-gui "$root/usr/bin/capture-wizard-gui"
install -m 0644 "$here/capture-wizard.desktop" "$root/usr/share/applications/"
install -m 0644 "$here/capture-wizard.svg" "$root/usr/share/icons/hicolor/scalable/apps/"
install -m 0644 "$here/../kiosk/capture-wizard-kiosk.service" "$root/usr/lib/systemd/system/"
install -m 0644 "$here/../kiosk/80-capture-wizard.preset" "$root/usr/lib/systemd/system-preset/"
echo "capture-wizard is licensed under the Apache License 2.0; the bundled third-party files'
licences are in /opt/capture-wizard/_internal/capture_wizard/resources/." \
  >"$root/usr/share/doc/capture-wizard/copyright"

# The Qt xcb/EGL runtime that PySide6's wheels expect from the system (the same list as
# scripts/setup.sh), PulseAudio for QtMultimedia, and tesseract for the OCR checks. Suggested:
# a voice for ui.speak_instructions (off by default; docs/accessibility.md).
cat >"$root/DEBIAN/control" <<CONTROL
Package: capture-wizard
Version: $version
Architecture: $arch
Maintainer: capture-wizard maintainers <capture-wizard@localhost>
Section: graphics
Priority: optional
Installed-Size: $(du -sk "$root" | cut -f1)
Depends: tesseract-ocr, tesseract-ocr-eng, libegl1, libgl1, libopengl0, libxkbcommon0,
 libxkbcommon-x11-0, libfontconfig1, libdbus-1-3, libglib2.0-0t64 | libglib2.0-0, libxcb-cursor0,
 libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0,
 libxcb-shape0, libxcb-xinerama0, libxcb-xfixes0, libxcb-xkb1, libpulse0
Suggests: speech-dispatcher, espeak-ng
Description: guided identity-document capture with live quality checks
 A desktop wizard that guides a person through photographing an identity document and
 their face, telling them live what would make the photo fail (blur, glare, too dark,
 cut off ...), and packages the verified images, encrypted, for the back office.
 Also the command line: capture-wizard check, package verify/open, outbox.
CONTROL
# gzip: xz takes minutes on a 700 MB tree and saves about a fifth (packaging/README.md)
dpkg-deb --root-owner-group -Zgzip -z"${DEB_GZIP_LEVEL:-6}" --build "$root" "$deb" >/dev/null
echo "$deb"
