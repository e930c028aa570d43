"""Errors a user must see, with a plain Dutch message, kept apart from programming bugs.

Every exception raised for a situation the user can act on (a broken file, a database from a
newer version, a locked contract) derives from :class:`UserFacingError`. The command line prints
``message`` and exits 2; the GUI shows it in a message box. Anything else is a bug.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """A problem explained to the user in Dutch; ``message`` is the complete sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseError(UserFacingError):
    """The database file cannot be used as it is."""


class NotAKoerskaartDatabase(DatabaseError):
    pass


class CorruptDatabase(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class EmptyDatabaseFile(DatabaseError):
    """A file of zero bytes was named as the database: made a new one only once the user knows."""


class DatabaseBusy(DatabaseError):
    """Another program holds a lock on the database for too long."""


class DatabaseUnavailable(DatabaseError):
    """The database server cannot be reached (now): nothing was written, retrying may help."""


class PasswordNeeded(DatabaseError):
    """The database server asks for a password that is missing or wrong."""


class ContractLocked(UserFacingError):
    """A signed contract version was about to change."""


class ConcurrentChange(UserFacingError):
    """The same contract was changed in another window or program since it was read."""


class DefinitionError(UserFacingError):
    """A question-set file is invalid; ``problems`` holds one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class ExchangeError(UserFacingError):
    """An import file is not a valid Koerskaart exchange file."""
