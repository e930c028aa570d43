"""The Koerskaart exchange format for one opgave: its definition, version and field rules.

A file holds one opgave with every contract version and everything recorded with it, so that it
can be moved to another Koerskaart database (``koerskaart export-json`` / ``import-json``). It is
UTF-8 JSON written with sorted keys, an indent of 2, real characters (no ``\\u`` escapes) and a
trailing newline. Database ids never appear in it: contracts are referred to by their version
number, teams and domains by name, rows keep their ``position``. Because of this, export →
import → export gives the same bytes. Timestamps are ISO 8601 in UTC with microseconds
(``2025-03-14T09:30:00.000000+00:00``), dates are ``YYYY-MM-DD``. Lists keep the order of the
database (rows by position, confirmations oldest first, answers by question key).

Top level (format ``koerskaart-opgave``, ``format_version`` 2):

* ``format``: always ``"koerskaart-opgave"``.
* ``format_version``: ``2``. A reader refuses a version it does not know. Version 1 (before
  progress reports had a period and follow-up fields) is still read: its reports get the month
  of their report date as period and empty follow-up fields.
* ``opgave``: ``title`` (text, not empty), ``description``, ``zaaknummer`` (optional),
  ``status`` (``concept``, ``in_gesprek``, ``ter_ondertekening``, ``getekend``, ``herzien``),
  ``domain`` (name or
  ``null``), ``created_at``, ``updated_at``, ``removed_at`` (timestamp or ``null``).
* ``teams``: every team named by a participant or a capacity request, sorted by name:
  ``name``, ``domain`` (name or ``null``), ``team_leader``. On import a team that already
  exists (same name) is used as it is; a missing one is created.
* ``progress_reports``: ``period`` (the month reported on, ``YYYY-MM``), ``report_date`` (the day
  it was filed), ``traffic_light`` (``groen``, ``oranje``, ``rood``), ``text`` (the explanation),
  ``done`` (what was done), ``next_steps`` (what comes next), ``help_asked`` (help asked of the
  opgavenboard), ``author``; by period, then by filing, oldest first. A period reported twice
  keeps both reports: the newest holds.
* ``contracts``: the contract versions, oldest first, each with

  - ``version`` (whole number ≥ 1, unique), ``status`` (as for the opgave),
    ``based_on_version`` (the version it was re-contracted from, or ``null``), ``reason``
    (why it was re-contracted), ``current_step`` (where the talk was left);
  - ``question_set``: the definition the talk was held with: ``id``, ``version``, ``sha256``
    and ``text`` (the whole definition file), so the contract renders with its own questions;
  - ``created_at``, ``updated_at``; ``locked_at`` (timestamp or ``null``) and ``fingerprint``
    (SHA-256 hex of the content, empty when not signed), ``fingerprint_scheme`` (1 or 2, the
    canonical form of ``koerskaart.record.fingerprint``; 1 when absent) and ``municipality_name`` and
    ``opgave_description`` (as recorded at the lock; signed content since scheme 2). A signed contract is
    imported with its content first and locked last; its fingerprint must match the imported
    content;
  - ``answers``: ``key`` (question key), ``value`` (any JSON value: text, number, list, ...),
    ``role`` (who answered), ``answered_at``, ``updated_at``;
  - ``participants``: ``position``, ``name``, ``function``, ``role`` (``bestuurlijk_opdrachtgever``,
    ``ambtelijk_opdrachtgever``, ``opdrachtnemer``, ``teamleider``, ``facilitator``, ``partner``,
    ``overig``), ``organisation``, ``team`` (team name or ``null``);
  - ``activities``: ``position``, ``name``, ``approach`` (``lijnwerk``, ``project``,
    ``programma``, ``opgavegericht`` or empty), ``reason``, ``priority`` (``nu``, ``later``,
    ``niet``), ``complexity`` (1–5 or ``null``), ``start``, ``end`` (date or ``null``),
    ``owner``;
  - ``partners``: ``position``, ``organisation``, ``contact``, ``involvement``
    (``mede_eigenaar``, ``adviseur``, ``geinformeerd``), ``holds_regie`` (true/false),
    ``regie_scope`` (empty: overall; otherwise the sub-theme), ``binding``;
  - ``capacity_requests``: ``position``, ``team`` (team name or ``null``), ``team_name`` (as
    typed), ``amount`` (number), ``unit`` (``fte``, ``uren``), ``period``, ``skills``, and
    ``confirmations``: the full history, oldest first, each ``status`` (``bevestigd``,
    ``deels``, ``niet``), ``confirmed_amount``, ``remark``, ``confirmed_by``, ``confirmed_at``;
  - ``timeline``: ``position``, ``date`` (date or ``null``), ``kind`` (``verleden``, ``nu``,
    ``toekomst``), ``title``, ``description``, ``mood`` (−2 to +2);
  - ``signatures``: ``role`` (one of the three roles of the sturingsdriehoek, once each),
    ``name``, ``function``, ``signed_on`` (date), ``place``, ``drawing`` (the drawn signature
    exactly as stored: JSON text of strokes ``[[[x, y], ...], ...]`` in a 0..1 box, empty when
    typed) and ``signed_at``.

Left out on purpose: database ids, the facilitator's private notes and parking lot (they never
leave the facilitator's own database) and the audit trail (an import writes its own entry).

This module only declares; reading and checking is :mod:`koerskaart.exchange.validate`, writing
is :mod:`koerskaart.exchange.export` and :mod:`koerskaart.exchange.importer`.
"""

from __future__ import annotations

from koerskaart.storage.models import (
    STEERING_TRIANGLE,
    Approach,
    CapacityUnit,
    ConfirmationStatus,
    Involvement,
    OpgaveStatus,
    Priority,
    Role,
    TimelineKind,
    TrafficLight,
)

FORMAT_NAME = "koerskaart-opgave"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)

# The field rules. A rule is a type name (see ``validate.TYPE_NAMES``), a tuple of allowed text
# values, a list holding the rule of its items, or a dict holding the rules of an object's fields.
# Every field is required and no other field is allowed.
STATUSES = tuple(OpgaveStatus)

QUESTION_SET = {"id": "text", "version": "text", "sha256": "text", "text": "text"}

ANSWER = {
    "key": "text",
    "value": "json",
    "role": "text",
    "answered_at": "timestamp",
    "updated_at": "timestamp",
}

PARTICIPANT = {
    "position": "integer",
    "name": "text",
    "function": "text",
    "role": tuple(Role),
    "organisation": "text",
    "team": "text?",
}

ACTIVITY = {
    "position": "integer",
    "name": "text",
    "approach": (*tuple(Approach), ""),
    "reason": "text",
    "priority": tuple(Priority),
    "complexity": "complexity?",
    "start": "date?",
    "end": "date?",
    "owner": "text",
}

PARTNER = {
    "position": "integer",
    "organisation": "text",
    "contact": "text",
    "involvement": tuple(Involvement),
    "holds_regie": "boolean",
    "regie_scope": "text",
    "binding": "text",
}

CONFIRMATION = {
    "status": tuple(ConfirmationStatus),
    "confirmed_amount": "number",
    "remark": "text",
    "confirmed_by": "text",
    "confirmed_at": "timestamp",
}

CAPACITY_REQUEST = {
    "position": "integer",
    "team": "text?",
    "team_name": "text",
    "amount": "number",
    "unit": tuple(CapacityUnit),
    "period": "text",
    "skills": "text",
    "confirmations": [CONFIRMATION],
}

TIMELINE_EVENT = {
    "position": "integer",
    "date": "date?",
    "kind": tuple(TimelineKind),
    "title": "text",
    "description": "text",
    "mood": "mood",
}

SIGNATURE = {
    "role": tuple(STEERING_TRIANGLE),
    "name": "text",
    "function": "text",
    "signed_on": "date",
    "place": "text",
    "drawing": "text",
    "signed_at": "timestamp",
}

CONTRACT = {
    "version": "version",
    "status": STATUSES,
    "based_on_version": "version?",
    "reason": "text",
    "current_step": "text",
    "question_set": QUESTION_SET,
    "created_at": "timestamp",
    "updated_at": "timestamp",
    "locked_at": "timestamp?",
    "fingerprint": "text",
    "fingerprint_scheme": "scheme",
    "municipality_name": "text",
    "opgave_description": "text",
    "answers": [ANSWER],
    "participants": [PARTICIPANT],
    "activities": [ACTIVITY],
    "partners": [PARTNER],
    "capacity_requests": [CAPACITY_REQUEST],
    "timeline": [TIMELINE_EVENT],
    "signatures": [SIGNATURE],
}

OPGAVE = {
    "title": "title",
    "description": "text",
    "status": STATUSES,
    "domain": "text?",
    "created_at": "timestamp",
    "updated_at": "timestamp",
    "removed_at": "timestamp?",
    "zaaknummer": "text",
}

# Fields added after format version 1 was first written: a file without them is still read
# (scheme 1, no recorded municipality, no zaaknummer).
FIELDS_ADDED_LATER = frozenset(
    {"fingerprint_scheme", "municipality_name", "opgave_description", "zaaknummer"}
)

TEAM = {"name": "title", "domain": "text?", "team_leader": "text"}

PROGRESS_REPORT = {
    "period": "period",
    "report_date": "date",
    "traffic_light": tuple(TrafficLight),
    "text": "text",
    "done": "text",
    "next_steps": "text",
    "help_asked": "text",
    "author": "text",
}

DOCUMENT = {
    "format": "text",
    "format_version": "integer",
    "opgave": OPGAVE,
    "teams": [TEAM],
    "progress_reports": [PROGRESS_REPORT],
    "contracts": [CONTRACT],
}
