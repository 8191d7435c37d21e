"""Alignment: the gaps the alignment check finds, each one a way to the item to fix.

Activating a finding (double click or Enter) asks, through the document, that the panel
showing its subject selects it; the main window brings that panel to the front.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bakeryplan.domain.alignment import Finding, find_alignment_issues
from bakeryplan.domain.model import Perspective
from bakeryplan.ui.document import PlanDocument
from bakeryplan.ui.panels import KIND_ROLE, plain_label, singular_or_plural, tr
from bakeryplan.ui.theme import severity_icon

SEVERITY, MESSAGE, ABOUT = range(3)
CONTEXT = "AlignmentPanel"


def summary_text(findings: list[Finding]) -> str:
    """The line above the findings: how many of each kind, each in its singular or plural."""
    if not findings:
        return tr(
            CONTEXT, "Nothing to fix: every goal has an owner, a date and a way to measure it."
        )
    warnings = sum(1 for f in findings if f.severity == "warning")
    notes = len(findings) - warnings
    counts = tr(CONTEXT, "{warnings} and {notes}.").format(
        warnings=singular_or_plural(
            warnings, tr(CONTEXT, "{count} warning"), tr(CONTEXT, "{count} warnings")
        ).format(count=warnings),
        notes=singular_or_plural(
            notes, tr(CONTEXT, "{count} note"), tr(CONTEXT, "{count} notes")
        ).format(count=notes),
    )
    return counts + (" " + tr(CONTEXT, "Fix the warnings first.") if warnings else "")


def subject_key(finding: Finding) -> tuple[str, int]:
    """(kind, id) for ``selection_requested``; perspectives go by their position."""
    subject = finding.subject
    if subject.kind == "perspective":
        names = [p.value for p in Perspective]
        return ("perspective", names.index(subject.name) if subject.name in names else 0)
    return (subject.kind, subject.id or 0)


class AlignmentPanel(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.summary = plain_label("", self, wrap=True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Kind"), self.tr("Finding"), self.tr("About")])
        self.tree.setAccessibleName(self.tr("What needs attention"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ABOUT, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        hint = plain_label(
            self.tr("Double-click a finding or press Enter to go to the item."), self
        )
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        document.changed.connect(self.refresh)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the health shapes in the new colours when light/dark switches."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh()

    def refresh(self) -> None:
        self.findings = find_alignment_issues(self.document.plan, self.document.today())
        self.tree.clear()
        kinds = {
            "goal": self.tr("Goal"),
            "measure": self.tr("Measure"),
            "step": self.tr("Step"),
            "person": self.tr("Person"),
            "perspective": self.tr("Area"),
            "feedback": self.tr("Feedback"),
            "review": self.tr("Review"),
            "vision": self.tr("Vision"),
        }
        for finding in self.findings:
            severity = self.tr("Warning") if finding.severity == "warning" else self.tr("Note")
            item = QTreeWidgetItem(
                [severity, finding.message, kinds.get(finding.subject.kind, finding.subject.kind)]
            )
            item.setIcon(SEVERITY, severity_icon(finding.severity))
            item.setData(SEVERITY, KIND_ROLE, subject_key(finding))
            self.tree.addTopLevelItem(item)
        self.summary.setText(summary_text(self.findings))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(SEVERITY, KIND_ROLE)
        if key:
            self.document.selection_requested.emit(key[0], int(key[1]))
