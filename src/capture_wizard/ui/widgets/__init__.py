"""The wizard's widgets, one per module; the pages import them from here."""

from capture_wizard.ui.widgets.banner import Banner
from capture_wizard.ui.widgets.check_row import CheckRow
from capture_wizard.ui.widgets.confirm_view import ConfirmView
from capture_wizard.ui.widgets.document_details import DocumentDetails
from capture_wizard.ui.widgets.drop_zone import DropZone
from capture_wizard.ui.widgets.info_card import info_card
from capture_wizard.ui.widgets.live_view import LiveView
from capture_wizard.ui.widgets.option_button import OptionButton
from capture_wizard.ui.widgets.photo_dialog import PhotoDialog
from capture_wizard.ui.widgets.problem_view import ProblemView
from capture_wizard.ui.widgets.qr_code import QrCode
from capture_wizard.ui.widgets.upload_view import UploadView
from capture_wizard.ui.widgets.viewfinder import Guide, Viewfinder
from capture_wizard.ui.widgets.wrapping_check_box import WrappingCheckBox

__all__ = [
    "Banner",
    "CheckRow",
    "ConfirmView",
    "DocumentDetails",
    "DropZone",
    "Guide",
    "LiveView",
    "OptionButton",
    "PhotoDialog",
    "ProblemView",
    "QrCode",
    "UploadView",
    "Viewfinder",
    "WrappingCheckBox",
    "info_card",
]
