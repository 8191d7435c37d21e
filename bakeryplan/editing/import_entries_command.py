"""A finished import as one undo step: the new entries, the ones they replace, the recipe.

``redo`` and ``undo`` each run in one transaction (``PlanCommand``). Entries added once keep
their ids, so a redo after an undo puts back exactly the same rows; a recipe saved over an
older one of the same name gets the older one back on undo.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from bakeryplan.domain.import_mapping import ImportRecipe
from bakeryplan.domain.model import Actual
from bakeryplan.editing.change_notice import ChangeKind, Operation, PlanChange, change
from bakeryplan.editing.plan_command import PlanCommand
from bakeryplan.text.translate import translate

if TYPE_CHECKING:
    from bakeryplan.editing.document import PlanDocument
    from bakeryplan.store.repository import PlanRepository


class ImportEntries(PlanCommand):
    """Adds an import's entries, removes the ones it replaces, saves its recipe."""

    def __init__(
        self,
        document: PlanDocument,
        add: Sequence[Actual],
        remove: Sequence[Actual] = (),
        recipe: ImportRecipe | None = None,
    ) -> None:
        super().__init__(document, translate("commands", "Import actuals"))
        self.add = tuple(add)
        self.remove = tuple(remove)
        self.recipe = recipe
        wanted = recipe.name.strip().casefold() if recipe else None
        self.replaced_recipe = next(
            (r for r in document.plan.recipes if r.name.strip().casefold() == wanted), None
        )

    def apply(self, repository: PlanRepository) -> None:
        for old in self.remove:
            repository.delete_actual(old.id)
        self.add = repository.add_actuals(self.add)
        if self.recipe is not None:
            if self.replaced_recipe is not None:
                self.recipe = ImportRecipe(
                    self.recipe.name, self.recipe.header, self.recipe.mapping,
                    self.replaced_recipe.id,
                )  # fmt: skip
                repository.update_recipe(self.recipe)
            else:
                self.recipe = repository.add_recipe(self.recipe)

    def revert(self, repository: PlanRepository) -> None:
        if self.recipe is not None:
            if self.replaced_recipe is not None:
                repository.update_recipe(self.replaced_recipe)
            else:
                repository.delete_recipe(self.recipe.id)
        for added in self.add:
            repository.delete_actual(added.id)
        for old in self.remove:
            repository.add_actual(old)

    def changes(self) -> Iterable[PlanChange]:
        yield change(ChangeKind.ACTUAL, Operation.ADDED, (a.id for a in self.add))
        yield change(ChangeKind.ACTUAL, Operation.REMOVED, (a.id for a in self.remove))
        if self.recipe is not None:
            saved = Operation.EDITED if self.replaced_recipe is not None else Operation.ADDED
            yield change(ChangeKind.RECIPE, saved, [self.recipe.id])
