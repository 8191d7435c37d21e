"""Files shipped with BakeryPlan: icons, word lists, fonts, locale tables.

Not code: this folder is installed as the package ``bakeryplan.resources`` (pyproject's
``package-dir``) so that ``bakeryplan.resource_files`` finds it the same way in an editable
install, an installed wheel and a frozen build.
"""
