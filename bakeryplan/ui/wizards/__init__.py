"""Guided wizards: the vision, a goal broken down into measures and steps, a new plan.

Each wizard collects everything first and changes the plan only on Finish, as one undo
step, so Cancel never leaves half a goal behind.
"""
