"""Moving one opgave between Koerskaart databases as a documented, versioned JSON file.

The format is described field by field in :mod:`koerskaart.exchange.format`. Export and import
are plain functions on a :class:`~koerskaart.storage.repository.Repository`; no Qt here.
"""

from koerskaart.exchange.export import dump, export_opgave
from koerskaart.exchange.files import write_text_atomically
from koerskaart.exchange.importer import import_opgave, read_file

__all__ = ["dump", "export_opgave", "import_opgave", "read_file", "write_text_atomically"]
