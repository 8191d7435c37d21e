"""The editing tests use the ui tests' demo plan file and document."""

from tests.ui.conftest import document, plan_path

__all__ = ["document", "plan_path"]
