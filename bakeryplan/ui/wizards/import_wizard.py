"""The import assistant: an export from a till, terminal, bank or shop into a measure.

Four pages: the file and how it is read, the date, what makes the value, the result per
day. The wizard holds the one mapping the pages edit and reads with the store's import
engine (``store.imports``); nothing is written until Finish, which pushes ONE
``ImportEntries`` command (one undo step). Days the same source imported before are
replaced or skipped as the owner answers; a long file is read behind a progress dialog
whose Cancel leaves the plan untouched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget, QWizard

from bakeryplan.domain.import_mapping import DateOrder, ImportMapping, ImportRecipe
from bakeryplan.editing.document import PlanDocument
from bakeryplan.editing.import_entries_command import ImportEntries
from bakeryplan.store.imports import (
    ImportCancelled,
    ImportPreview,
    ImportRefused,
    MappingError,
    Table,
    aggregate,
    currency_precision,
    prepare,
)
from bakeryplan.store.imports.entries import Repeat, entry_changes, repeated_days
from bakeryplan.store.imports.locale_defaults import prefers_day_first, windows_code_page
from bakeryplan.text.translate import PLURAL, translate
from bakeryplan.ui import dialogs
from bakeryplan.ui.panels import format_amount
from bakeryplan.ui.widgets.keep_typing import AsksBeforeClosing
from bakeryplan.ui.wizards.finish import problem_label, push_or_explain, run_editing_wizard
from bakeryplan.ui.wizards.import_date_page import DatePage
from bakeryplan.ui.wizards.import_file_page import FilePage
from bakeryplan.ui.wizards.import_result_page import ResultPage
from bakeryplan.ui.wizards.import_value_page import ValuePage

PROGRESS_FROM_ROWS = 20_000
"""Tables with more rows are read behind a progress dialog that can be cancelled."""


class ImportWizard(AsksBeforeClosing, QWizard):
    """Collects a mapping page by page; Finish pushes one ImportEntries."""

    def __init__(
        self, document: PlanDocument, parent: QWidget | None = None, measure_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.pushed = False
        self.measure_id = measure_id if document.plan.measure(measure_id) else None
        if self.measure_id is None and document.plan.measures:
            self.measure_id = document.plan.measures[0].id
        self.path_text = ""
        self.data = b""
        self.table: Table | None = None
        self.shown_table: Table | None = None  # the table on the first page, even refused
        self.refusal = ""
        self.proposed = ImportMapping()
        self.mapping = ImportMapping()
        self.offered_recipe: ImportRecipe | None = None
        self.recipe: ImportRecipe | None = None
        self.preview: ImportPreview | None = None
        self.preview_problem = ""
        self.setWindowTitle(translate("ImportWizard", "Import actuals"))
        self.setObjectName("importWizard")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.file_page = FilePage(self)
        self.date_page = DatePage(self)
        self.value_page = ValuePage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.date_page, self.value_page, self.result_page):
            self.addPage(page)
        self.resize(900, 640)

    # ---- reading ---------------------------------------------------------------------

    def load_file(self, path_text: str) -> None:
        """Read the file the owner chose and propose how to import it."""
        self.path_text = path_text
        self.table, self.refusal, self.preview = None, "", None
        try:
            self.data = Path(path_text).read_bytes()
        except OSError as error:
            self.data = b""
            self._refused(error.strerror or str(error))
            return
        self.recipe = None
        self.reread()
        table = self.table
        matching = [r for r in self.document.plan.recipes if table and r.matches(table.header)]
        self.offered_recipe = matching[0] if matching else None
        if self.offered_recipe is not None:
            self.use_recipe(True)

    def reread(
        self, *, encoding: str = "", delimiter: str = "", header_line: int | None = None
    ) -> None:
        """Read the table again with the reading settings given (empty: detect)."""
        if not self.path_text or (self.table is None and self.refusal and not self.data):
            return
        locale = self.document.plan.business.locale
        order = DateOrder.DAY_FIRST if prefers_day_first(locale) else DateOrder.MONTH_FIRST
        try:
            prepared = prepare(
                self.data,
                encoding=encoding,
                delimiter=delimiter,
                header_line=header_line,
                code_page=windows_code_page(locale),
                default_order=order,
            )
        except ImportRefused as refused:
            self._refused(str(refused))
            self.shown_table = getattr(refused, "table", None)  # a report: show what it is
            return
        self.table, self.refusal = prepared.table, ""
        self.shown_table = prepared.table
        self.proposed = prepared.proposed
        base = self.recipe.mapping if self.recipe is not None else prepared.proposed
        # What the owner chose on the first page is kept (in a recipe too); the rest stays
        # "as detected", so the next export with a longer preamble still reads.
        self.mapping = base.with_changes(
            encoding=encoding, delimiter=delimiter, header_line=header_line
        )
        self.preview = None

    def _refused(self, sentence: str) -> None:
        self.table, self.refusal, self.preview = None, sentence, None
        self.shown_table = None

    def use_recipe(self, use: bool) -> None:
        """Read the file as the offered recipe says, or as detected."""
        recipe = self.offered_recipe if use else None
        if recipe is self.recipe:
            return
        self.recipe = recipe
        if recipe is not None:
            mapping = recipe.mapping
            self.reread(
                encoding=mapping.encoding,
                delimiter=mapping.delimiter,
                header_line=mapping.header_line,
            )
        else:
            self.reread()
        self.file_page.show_table()

    def change_mapping(self, **changes: object) -> None:
        self.mapping = self.mapping.with_changes(**changes)
        self.preview = None

    # ---- the result ------------------------------------------------------------------

    def compute_preview(self) -> ImportPreview | None:
        """Each day's figure with the current mapping; long tables behind a progress dialog.

        None when the mapping does not fit or the owner cancelled (``preview_problem``).
        """
        table = self.table
        self.preview, self.preview_problem = None, ""
        if table is None:
            return None
        progress = None
        if len(table.rows) > PROGRESS_FROM_ROWS:
            progress = dialogs.import_progress(
                self,
                translate("ImportWizard", "Import actuals"),
                translate("ImportWizard", "Reading the file…"),
                len(table.rows),
            )

        def report(done: int, total: int) -> bool:
            if progress is None:
                return True
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            self.preview = aggregate(
                table,
                self.mapping,
                today=self.document.today(),
                precision=currency_precision(self.document.plan.business.currency),
                progress=report,
            )
        except MappingError as problem:
            self.preview_problem = str(problem)
        except ImportCancelled:
            self.preview_problem = translate(
                "ImportWizard", "Reading was cancelled; nothing was written."
            )
        finally:
            if progress is not None:
                progress.close()
                progress.deleteLater()
        return self.preview

    def source_name(self, recipe_name: str | None = None) -> str:
        """What the entries name as their source: the recipe, else the file's name."""
        if recipe_name:
            return recipe_name
        if self.recipe is not None:
            return self.recipe.name
        return Path(self.path_text).name

    def summary_text(self, preview: ImportPreview) -> str:
        plan = self.document.plan
        measure = plan.measure(self.measure_id)
        unit = measure.unit if measure is not None else ""
        days, rows = len(preview.days), preview.used
        # (lupdate misses a counted text with a comma after its count)
        # fmt: off
        lines = [
            _thousands(
                translate(
                    "ImportWizard",
                    "%n day(s), total {total}, into “{measure}”.",
                    None,
                    PLURAL,
                    days
                ),
                days,
            ).format(
                total=format_amount(preview.total, unit, plan.business),
                measure=measure.name if measure else "",
            )
            + " "
            + _thousands(
                translate("ImportWizard", "Read from %n row(s) of the file.", None, PLURAL, rows),
                rows,
            ),
            translate(
                "ImportWizard",
                "Lines skipped: {skipped} (reasons on the right). Rows left out by filters: "
                "{filtered}.",
            ).format(skipped=f"{len(preview.skipped):,}", filtered=f"{preview.filtered:,}"),
        ]
        # fmt: on
        lines.extend(preview.notices)
        existing = plan.actuals_of(self.measure_id) if self.measure_id else ()
        again = repeated_days(preview.days, existing, self.source_name())
        repeated = len(again)
        if again:
            # (lupdate misses a counted text with a comma after its count)
            # fmt: off
            lines.append(
                translate(
                    "ImportWizard",
                    "%n of these days was/were imported before from “{source}”: Finish asks "
                    "whether to replace it/them or skip it/them.",
                    None,
                    PLURAL,
                    repeated
                ).format(source=self.source_name())
            )
            # fmt: on
        return "\n".join(lines)

    def accept(self) -> None:
        """Finish: ask about days imported before, then push one ImportEntries."""
        preview, measure_id = self.preview, self.measure_id
        if preview is None or measure_id is None or self.table is None:
            return
        recipe_name = self.result_page.recipe_to_save()
        source = self.source_name(recipe_name)
        existing = self.document.plan.actuals_of(measure_id)
        again = repeated_days(preview.days, existing, source)
        repeated = len(again)
        repeat = Repeat.SKIP
        if again:
            # (lupdate misses a counted text with a comma after its count)
            # fmt: off
            answer = dialogs.ask_repeat_import(
                self,
                translate("ImportWizard", "Import actuals"),
                translate(
                    "ImportWizard",
                    "%n of these days ({first} to {last}) was/were imported before from "
                    "“{source}”. Replace the entries of those days with the file's figures, "
                    "or skip those days and add only the new ones?",
                    None,
                    PLURAL,
                    repeated
                ).format(first=again[0], last=again[-1], source=source),
            )
            # fmt: on
            if answer is None:
                return
            repeat = Repeat(answer)
        changes = entry_changes(
            preview.days,
            measure_id=measure_id,
            source_name=source,
            existing=existing,
            repeat=repeat,
        )
        if not changes.add and not changes.remove and recipe_name is None:
            problem_label(self).show_problem(
                translate("ImportWizard", "Every day in this file is already imported.")
            )
            return
        recipe = None
        if recipe_name is not None:
            recipe = ImportRecipe(recipe_name, self.table.header, preview.mapping)
        command = ImportEntries(self.document, changes.add, changes.remove, recipe)
        self.pushed = push_or_explain(self, self.document, command)
        if self.pushed:
            super().accept()


def run_import_wizard(
    parent: QWidget | None, document: PlanDocument, measure_id: int | None = None
) -> bool:
    """Run the assistant modally; True when entries were imported."""
    if not document.plan.measures:
        dialogs.show_info(
            parent,
            translate("ImportWizard", "Import actuals"),
            translate(
                "ImportWizard", "This plan has no measures yet. Add a measure to a goal first."
            ),
        )
        return False
    return run_editing_wizard(
        parent,
        document,
        lambda doc, owner: ImportWizard(doc, owner, measure_id),
        translate(
            "ImportWizard", "This plan is open read-only, so nothing can be imported into it."
        ),
    )


def _thousands(text: str, count: int) -> str:
    """A counted text with its count grouped by thousands ("12,480 rows"), as before."""
    return text.replace(str(count), f"{count:,}", 1)
