"""The fictional demo portfolio of "Gemeente Duinwijk": data in ``portfolio``, writing in ``build``.

No Qt here; the ``koerskaart demo`` command and the start window's "load the demo" both call
:func:`load_demo`.
"""

from koerskaart.demo.build import DemoSummary, load_demo

__all__ = ["DemoSummary", "load_demo"]
