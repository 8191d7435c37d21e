"""The open plan and every edit of it: commands on an undo stack, typed change notices.

No widgets here (QtCore and QtGui only: the undo stack lives in QtGui). Panels push the
commands of ``editing.commands`` to ``editing.document.PlanDocument`` and follow its
``plan_changed`` notices.
"""
