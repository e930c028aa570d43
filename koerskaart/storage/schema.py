"""The schema revision this version of Koerskaart writes, and the file's identity marks.

``SCHEMA_HEAD`` repeats the head revision of ``migrations/versions`` so that an up-to-date file
can be recognised without importing Alembic; a test keeps the two equal.
"""

SCHEMA_HEAD = "0008_lock_recorded_fields"

# PRAGMA application_id of every Koerskaart database: "KKRT".
APPLICATION_ID = 0x4B4B5254

# The comment on the ``alembic_version`` table of a Koerskaart database on a PostgreSQL server:
# the server's counterpart of APPLICATION_ID.
SERVER_MARKER = "koerskaart"

SQLITE_HEADER = b"SQLite format 3\x00"
