"""Help > How BakeryPlan works: the ideas behind a plan, in plain words, offline.

The text is bundled HTML written for the app (``resources/guide``, one file per language),
shown read-only in a QTextBrowser. The window is not modal, so the guide can stay open
beside the plan; asking for it again brings the one already open to the front.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from bakeryplan.resource_files import guide_file
from bakeryplan.text.translate import current_language, translate


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(translate("GuideDialog", "How BakeryPlan works"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(translate("GuideDialog", "How BakeryPlan works"))
        self.browser.setOpenLinks(False)  # the guide has no links; nothing goes online
        self.browser.setHtml(guide_file(current_language()).read_text(encoding="utf-8"))
        self.browser.document().setDocumentMargin(18)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)


def show_guide(parent: QWidget) -> GuideDialog:
    """Show the guide beside ``parent``; the same window when it is already open."""
    guide = parent.findChild(GuideDialog, "guideDialog")
    if guide is None:
        guide = GuideDialog(parent)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
