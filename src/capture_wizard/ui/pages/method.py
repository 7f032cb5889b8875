"""Capture method: this computer's camera (with a picker), a phone (through a QR code, unless
`handoff.enabled` is off) or uploading files. With no camera, the demo camera is offered
instead."""

from PySide6.QtWidgets import QComboBox, QLabel

from capture_wizard.camera import CameraChoice
from capture_wizard.ui.context import Method
from capture_wizard.ui.pages.base import Page
from capture_wizard.ui.widgets.option_button import OptionButton


class MethodPage(Page):
    scrolls = True

    def __init__(self, context, parent=None) -> None:
        super().__init__("method", context, parent)
        self._cameras: list[CameraChoice] = []
        self.set_texts(
            self.tr("How do you want to take the photos?"),
            self.tr("Choose one. You can change your mind later with Back."),
        )
        self.camera = OptionButton(
            Method.CAMERA,
            self.tr("Use this computer's camera"),
            self.tr("Hold the document up to the camera; we guide you live."),
        )
        self.picker = QComboBox(self)
        self.picker.setObjectName("method.camera_picker")
        self.picker.setAccessibleName(self.tr("Camera to use"))
        self.no_camera = QLabel(self)
        self.no_camera.setObjectName("method.no_camera")
        self.no_camera.setProperty("role", "muted")
        self.no_camera.setWordWrap(True)
        self.demo = OptionButton(
            Method.DEMO,
            self.tr("Try the demo camera"),
            self.tr("No camera needed: a sample document shows how the guidance works."),
        )
        self.phone = OptionButton(
            Method.PHONE,
            self.tr("Continue on your phone"),
            self.tr("Scan a QR code and take the photos with your phone's camera."),
        )
        self.upload = OptionButton(
            Method.UPLOAD,
            self.tr("Upload photos"),
            self.tr("Use photos you have already taken (JPEG, PNG, HEIC...)."),
        )
        self.options = (self.camera, self.demo, self.phone, self.upload)
        """One chosen at a time; not a QButtonGroup, where Tab reaches only the chosen card and
        an arrow key clicks the next one (which here would move on at once)."""
        for button in self.options:
            button.clicked.connect(lambda _=False, button=button: self._chosen(button))
            button.toggled.connect(lambda on, button=button: self._toggled(button, on))
        self.body.addWidget(self.camera)
        self.body.addWidget(self.picker)
        self.body.addWidget(self.no_camera)
        self.body.addWidget(self.demo)
        self.body.addWidget(self.phone)
        self.body.addWidget(self.upload)
        self.body.addStretch(1)

    def _check(self, chosen: OptionButton | None) -> None:
        for button in self.options:
            button.setChecked(button is chosen)

    def _toggled(self, button: OptionButton, on: bool) -> None:
        """A card checked (by a person or a script) unchecks the others."""
        if on:
            for other in self.options:
                if other is not button:
                    other.setChecked(False)
        self.completeChanged.emit()

    def _chosen(self, button) -> None:
        """A click (or Enter, or Space) on a choice is the choice: on to the next page (one
        click, not two). With several cameras the camera's choice waits for Continue, after
        the picker."""
        self._check(button)  # a second click on the chosen card keeps it chosen
        if button is self.camera and self.picker.isVisible():
            return
        self.wizard().next()

    def activate(self) -> None:
        self._cameras = self.context.sources.cameras()
        self.picker.clear()
        for choice in self._cameras:
            self.picker.addItem(choice.name)
        has_camera = bool(self._cameras)
        self.camera.setEnabled(has_camera)
        self.picker.setVisible(len(self._cameras) > 1)
        self.no_camera.setVisible(not has_camera)
        self.no_camera.setText(
            self.tr("No camera was found on this computer. Try the demo camera or upload photos.")
            if self.context.demo
            else self.tr(
                "No camera was found on this computer. Continue on your phone or upload photos."
            )
        )
        # The demo camera is for demo runs only (--demo): a customer never gets sample photos.
        pinned_demo = has_camera and self._cameras[0] == self.context.sources.demo()
        self.demo.setVisible(self.context.demo and not has_camera)
        self.phone.setVisible(self.context.settings.handoff.enabled)
        self.phone.setEnabled(self.context.settings.handoff.enabled)
        self.upload.setVisible(self.context.upload_allowed)
        self.upload.setEnabled(self.context.upload_allowed)
        if pinned_demo:
            self.camera.set_texts(
                self.tr("Use the demo camera"),
                self.tr("A sample document shows how the live guidance works."),
            )
        checked = self._checked()
        if checked is None or not checked.isEnabled() or not checked.isVisible():
            # the camera suggested, or the demo in a demo run; else the person chooses
            self._check(self.camera if has_camera else self.demo if self.context.demo else None)

    def reset(self) -> None:
        self._check(None)

    def _checked(self) -> OptionButton | None:
        return next((button for button in self.options if button.isChecked()), None)

    @property
    def method(self) -> str | None:
        button = self._checked()
        return button.objectName().removeprefix("method.") if button else None

    @property
    def camera_choice(self) -> CameraChoice | None:
        if self.method == Method.DEMO:
            return self.context.sources.demo()
        if self.method == Method.CAMERA and self._cameras:
            return self._cameras[max(0, self.picker.currentIndex())]
        return None

    def isComplete(self) -> bool:
        return self.method in (Method.CAMERA, Method.DEMO, Method.PHONE, Method.UPLOAD)

    def validatePage(self) -> bool:
        self.context.method, self.context.camera = self.method, self.camera_choice
        return True
