"""The tables of a Koerskaart database, declared once with SQLModel.

Choice fields are stored as plain strings (see the ``StrEnum`` classes below) so that a new value
never needs a schema change; the question engine and the UI validate them. Every change to these
classes needs a new Alembic migration (a test compares the two).

What this module must not do: hold behaviour. Rules live in ``conversation`` and ``record``.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Column, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from koerskaart.clock import utcnow


class OpgaveStatus(StrEnum):
    CONCEPT = "concept"
    IN_CONVERSATION = "in_gesprek"
    TO_SIGN = "ter_ondertekening"
    SIGNED = "getekend"
    REVISED = "herzien"


class Role(StrEnum):
    """Who takes part. The first three form the sturingsdriehoek."""

    ALDERMAN = "bestuurlijk_opdrachtgever"  # BO
    SENIOR_OFFICIAL = "ambtelijk_opdrachtgever"  # AO
    TASK_LEADER = "opdrachtnemer"  # ON
    TEAM_LEADER = "teamleider"  # TL
    FACILITATOR = "facilitator"
    PARTNER = "partner"
    OTHER = "overig"


STEERING_TRIANGLE = (Role.ALDERMAN, Role.SENIOR_OFFICIAL, Role.TASK_LEADER)


class Approach(StrEnum):
    LINE_WORK = "lijnwerk"
    PROJECT = "project"
    PROGRAMME = "programma"
    MISSION = "opgavegericht"


class Priority(StrEnum):
    NOW = "nu"
    LATER = "later"
    NOT = "niet"


class Involvement(StrEnum):
    CO_OWNER = "mede_eigenaar"
    ADVISOR = "adviseur"
    INFORMED = "geinformeerd"


class CapacityUnit(StrEnum):
    FTE = "fte"
    HOURS = "uren"


class ConfirmationStatus(StrEnum):
    CONFIRMED = "bevestigd"
    PARTLY = "deels"
    NOT_CONFIRMED = "niet"


class TimelineKind(StrEnum):
    PAST = "verleden"
    NOW = "nu"
    FUTURE = "toekomst"


class TrafficLight(StrEnum):
    GREEN = "groen"
    ORANGE = "oranje"
    RED = "rood"


class NoteKind(StrEnum):
    PRIVATE_NOTE = "notitie"
    PARKING_LOT = "parkeerplaats"
    # Text typed into a form before its button stores it (a signing name, a remark): kept so a
    # crash loses nothing, put back when the contract is opened again (koerskaart/ui/drafts.py).
    DRAFT = "concept"


class Domain(SQLModel, table=True):
    """A domain of the organisation (fysiek, sociaal, bedrijfsvoering)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class Team(SQLModel, table=True):
    """A team: the capaciteitsleverancier whose team leader confirms capacity."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    domain_id: int | None = Field(default=None, foreign_key="domain.id")
    team_leader: str = ""


class Opgave(SQLModel, table=True):
    """A societal task (opgave) of the municipality's portfolio."""

    id: int | None = Field(default=None, primary_key=True)
    title: str
    description: str = ""
    status: str = Field(default=OpgaveStatus.CONCEPT, index=True)
    domain_id: int | None = Field(default=None, foreign_key="domain.id")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    removed_at: datetime | None = None
    # The records office's case reference: archive metadata, settable at any time, not signed.
    zaaknummer: str = ""


class Contract(SQLModel, table=True):
    """One contracting conversation of an opgave; re-contracting makes version n+1."""

    __table_args__ = (UniqueConstraint("opgave_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    opgave_id: int = Field(foreign_key="opgave.id", index=True)
    version: int = 1
    status: str = OpgaveStatus.CONCEPT
    based_on_id: int | None = Field(default=None, foreign_key="contract.id")
    reason: str = ""
    question_set_id: str = ""
    question_set_version: str = ""
    question_set_sha256: str = ""
    # The definition text the talk was held with, so an old contract renders with its questions.
    question_set_text: str = ""
    current_step: str = ""
    revision: int = 0  # bumped on every write; detects changes made in another window
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    locked_at: datetime | None = None
    fingerprint: str = ""
    # The canonical form the fingerprint was computed with (koerskaart.record.fingerprint).
    fingerprint_scheme: int = 1
    # The municipality's name as recorded when the version was locked (signed since scheme 2).
    municipality_name: str = ""
    # The opgave's description as recorded when the version was locked (signed since scheme 2).
    opgave_description: str = ""


class Participant(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", index=True)
    position: int = 0
    name: str = ""
    function: str = ""
    role: str = Role.OTHER
    organisation: str = ""
    team_id: int | None = Field(default=None, foreign_key="team.id")


class Answer(SQLModel, table=True):
    """The answer to one question of a contract; ``value`` is JSON text."""

    __table_args__ = (UniqueConstraint("contract_id", "question_key"),)

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", index=True)
    question_key: str
    value: str = "null"
    role: str = ""
    answered_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Activity(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", index=True)
    position: int = 0
    name: str = ""
    approach: str = ""
    reason: str = ""
    priority: str = Priority.NOW
    complexity: int | None = None  # 1 (eenvoudig) .. 5 (zeer complex)
    start: date | None = None
    end: date | None = None
    owner: str = ""


class Partner(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", index=True)
    position: int = 0
    organisation: str = ""
    contact: str = ""
    involvement: str = Involvement.ADVISOR
    holds_regie: bool = False
    regie_scope: str = ""  # empty: overall; otherwise the sub-theme it directs
    binding: str = ""  # how its people stay bound to their own organisation


class CapacityRequest(SQLModel, table=True):
    """What the opgave asks of one team, quantitatively and qualitatively."""

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", index=True)
    position: int = 0
    team_id: int | None = Field(default=None, foreign_key="team.id")
    team_name: str = ""
    amount: float = 0.0
    unit: str = CapacityUnit.FTE
    period: str = "jaar"
    skills: str = ""


class CapacityConfirmation(SQLModel, table=True):
    """A team leader's answer to a request; a change is a new row, never an update."""

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="capacityrequest.id", index=True)
    status: str = ConfirmationStatus.CONFIRMED
    confirmed_amount: float = 0.0
    remark: str = ""
    confirmed_by: str = ""
    confirmed_at: datetime = Field(default_factory=utcnow)


class Signature(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("contract_id", "role"),)

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", index=True)
    role: str
    name: str
    function: str = ""
    signed_on: date
    place: str = ""
    # The drawn signature as JSON strokes [[[x, y], ...], ...] in a 0..1 box; empty if typed.
    drawing: str = ""
    signed_at: datetime = Field(default_factory=utcnow)


class ProgressReport(SQLModel, table=True):
    """A voortgangsrapportage: the traffic light of an opgave over one period (a month, "2026-11").

    A period can be reported again (a correction); the newest report of a period holds and the
    older one stays readable. Reports belong to the opgave, never to a contract version, so filing
    one never changes a signed contract.
    """

    id: int | None = Field(default=None, primary_key=True)
    opgave_id: int = Field(foreign_key="opgave.id", index=True)
    period: str = Field(default="", index=True)  # "YYYY-MM": the month the report is about
    report_date: date  # the day it was filed
    traffic_light: str = TrafficLight.GREEN
    text: str = ""  # the explanation (toelichting): required for orange and red
    done: str = ""  # what was done in the period
    next_steps: str = ""  # what comes next
    help_asked: str = ""  # what help is asked of the opgavenboard
    author: str = ""


class TeamCapacity(SQLModel, table=True):
    """The fte a team can offer opgaven in one calendar year, kept up to date by its team leader."""

    __table_args__ = (UniqueConstraint("team_id", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True)
    year: int
    available_fte: float = 0.0
    note: str = ""
    set_by: str = ""
    set_at: datetime = Field(default_factory=utcnow)


class TimelineEvent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", index=True)
    position: int = 0
    event_date: date | None = None
    kind: str = TimelineKind.PAST
    title: str = ""
    description: str = ""
    mood: int = 0  # -2 .. +2, the gevoelsgrafiek


class FacilitatorNote(SQLModel, table=True):
    """The facilitator's own notes and parking lot: never shown on the shared screen or printed."""

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", index=True)
    kind: str = NoteKind.PRIVATE_NOTE
    question_key: str = ""
    text: str = ""
    resolved: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class AuditEvent(SQLModel, table=True):
    """What changed, old → new, who and when."""

    # Saving while typing looks up the latest entry of one answer to fold edits into it.
    __table_args__ = (Index("ix_auditevent_contract_entity_field", "contract_id", "entity", "field"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = ""
    action: str = ""  # create / update / delete / remove / sign / lock / import ...
    entity: str = ""
    entity_id: int | None = None
    opgave_id: int | None = Field(default=None, index=True)
    contract_id: int | None = None
    field: str = ""
    old_value: str = ""
    new_value: str = ""


class AppSetting(SQLModel, table=True):
    """Settings that belong to the data, not to one computer (the municipality's name, logo)."""

    key: str = Field(primary_key=True)
    value: str = ""
    blob: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
