"""The hand-held statement (when `statement.enabled`): the person holds their document and a
paper with today's date and the configured word beside their face. Live frames check the person
and the document; the paper is read with tesseract when the picture is taken."""

from capture_wizard.core.guidance import Guidance, StatementCheckGroup, guide_statement
from capture_wizard.core.languages import left_to_right
from capture_wizard.core.steps import Step
from capture_wizard.ui import texts
from capture_wizard.ui.pages.capture import CapturePage
from capture_wizard.ui.widgets.viewfinder import Guide


class StatementPage(CapturePage):
    check_groups = StatementCheckGroup

    def __init__(self, context, parent=None) -> None:
        super().__init__(Step.STATEMENT, context, parent)

    def _guide(self, report) -> Guidance:
        return guide_statement(report)

    def _outline(self, report):
        return report.document

    def _prepare(self) -> None:
        document = self.context.session.document
        self.set_texts(
            texts.step_heading(document.key if document else None, Step.STATEMENT),
            self.tr(
                "Write today's date ({today}) and the words “{word}” on a sheet of paper. Hold "
                "the paper and your document beside your face, facing the camera."
            ).format(today=left_to_right(self.context.today().isoformat()), word=self._check.word),
        )
        self.viewfinder.set_guide(Guide.NONE)

    def _upload_texts(self) -> tuple[str, str]:
        return (
            self.tr(
                "Upload a photo of you holding your document and a note with today's date and "
                "the words “{word}”."
            ).format(word=self._check.word),
            texts.drop_here(Step.STATEMENT),
        )

    def _starts_turned_over(self) -> bool:
        return False
