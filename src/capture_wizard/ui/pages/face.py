"""The face photo: the capture page with the face checks, an oval guide and the face's own
indicators. mediapipe loads on the worker thread with the first frame, never at app start."""

from capture_wizard.core.documents import CaptureSide
from capture_wizard.core.guidance import FaceCheckGroup, Guidance, guide_face
from capture_wizard.ui.pages.capture import CapturePage
from capture_wizard.ui.widgets import Guide


class FacePage(CapturePage):
    check_groups = FaceCheckGroup

    def __init__(self, parent=None) -> None:
        super().__init__(CaptureSide.FACE, parent)

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
            self.tr("Drop a photo of your face here"),
        )

    def _starts_turned_over(self) -> bool:
        return False
