"""The face photo: the capture page with the face checks, an oval guide and the face's own
indicators. mediapipe loads on the worker thread with the first frame, never at app start; so
does dlib, which compares the face with the portrait on the kept front (core/face/match.py):
live once the face holds still, and on the taken picture."""

from capture_wizard.core.guidance import FaceCheckGroup, Guidance, guide_face
from capture_wizard.core.issues import IssueCode
from capture_wizard.core.steps import Step
from capture_wizard.ui import texts
from capture_wizard.ui.pages.capture import CapturePage
from capture_wizard.ui.theme import restyle
from capture_wizard.ui.widgets.viewfinder import Guide


class FacePage(CapturePage):
    check_groups = FaceCheckGroup

    def __init__(self, context, parent=None) -> None:
        super().__init__(Step.FACE, context, parent)

    def _blocked(self, report) -> bool:
        """`face.match_required`: a face that is not the document's holder cannot be kept."""
        required = self.context.settings.face.match_required
        return required and IssueCode.FACE_MISMATCH in report.issues

    def _show_capture(self, image, report, *args, **kwargs) -> None:
        super()._show_capture(image, report, *args, **kwargs)
        blocked = self._blocked(report)
        self.keep.setEnabled(not blocked)
        if blocked:
            self.keep.setProperty("primary", False)
            self.retake.setProperty("primary", True)
            restyle(self.keep, self.retake)
            self.retake.setFocus()

    def isComplete(self) -> bool:
        capture = self.context.session.captures.get(self.side)
        return capture is not None and not self._blocked(capture.report)

    def _guide(self, report) -> Guidance:
        return guide_face(report)

    def _outline(self, report):
        return None  # the oval itself turns green, amber or red

    def _prepare(self) -> None:
        self.set_texts(
            self.tr("Take a photo of your face"),
            self.tr(
                "Look straight at the camera with your face inside the oval. Remove sunglasses "
                "and hats. Only you may be in the picture."
            ),
        )
        self.viewfinder.set_guide(Guide.OVAL)

    def _upload_texts(self) -> tuple[str, str]:
        return (
            self.tr("Upload a recent, sharp photo of your face, looking straight at the camera."),
            texts.drop_here(Step.FACE),
        )

    def _starts_turned_over(self) -> bool:
        return False
