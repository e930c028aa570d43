"""One module per command of the ``koerskaart`` command line, each with ``run(args) -> int``.

Command modules are imported only when their command runs, so ``koerskaart --help`` and the GUI
start stay quick. They print results to stdout and raise
:class:`~koerskaart.errors.UserFacingError` for problems the user can act on.
"""
