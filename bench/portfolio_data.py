"""A large portfolio for the benchmarks: 300 opgaven, each with a contract version, the three roles,
three activities, two capacity requests with confirmations, answers and twelve monthly reports.

Written in one transaction straight through the models (the repository's one-write-per-call
would take minutes for ~9,000 rows and is not what is measured).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from koerskaart.storage.database import Database
from koerskaart.storage.models import (
    Activity,
    Answer,
    CapacityConfirmation,
    CapacityRequest,
    Contract,
    Domain,
    Opgave,
    Participant,
    ProgressReport,
    Team,
    TeamCapacity,
)

COUNT = 300
NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
STATUSES = ("concept", "in_gesprek", "ter_ondertekening", "getekend", "herzien")
LIGHTS = "gggggoggrogg"


def make_portfolio(path: Path, count: int = COUNT) -> None:
    db = Database.open(path)
    with db.session() as s:
        domains = [Domain(name=name) for name in ("Fysiek", "Sociaal", "Bedrijfsvoering")]
        s.add_all(domains)
        s.flush()
        teams = [
            Team(name=f"Team {n:02d}", domain_id=domains[n % 3].id, team_leader=f"TL {n}") for n in range(11)
        ]
        s.add_all(teams)
        s.flush()
        s.add_all(TeamCapacity(team_id=t.id or 0, year=2026, available_fte=8.0, set_by="TL") for t in teams)
        for number in range(count):
            opgave = Opgave(
                title=f"Opgave {number:03d}: leefbare wijk, energie en zorg",
                status=STATUSES[number % 5],
                domain_id=domains[number % 3].id,
            )
            s.add(opgave)
            s.flush()
            contract = Contract(opgave_id=opgave.id or 0, version=1, status=opgave.status)
            s.add(contract)
            s.flush()
            cid = contract.id or 0
            s.add_all(
                [
                    Participant(
                        contract_id=cid, position=0, role="bestuurlijk_opdrachtgever", name=f"BO {number % 5}"
                    ),
                    Participant(
                        contract_id=cid, position=1, role="ambtelijk_opdrachtgever", name=f"AO {number % 3}"
                    ),
                    Participant(contract_id=cid, position=2, role="opdrachtnemer", name=f"ON {number}"),
                    Answer(contract_id=cid, question_key="complexity_overall", value=str(1 + number % 5)),
                    Answer(contract_id=cid, question_key="opgave_domains", value='["fysiek","sociaal"]'),
                    Answer(
                        contract_id=cid, question_key="traffic_light_criteria", value='"Groen: op koers."'
                    ),
                ]
            )
            for position in range(3):
                start = date(2025 + position % 2, 1 + number % 12, 1)
                s.add(
                    Activity(
                        contract_id=cid,
                        position=position,
                        name=f"Activiteit {position}",
                        approach="project",
                        complexity=1 + (number + position) % 5,
                        start=start,
                        end=date(start.year + 1 + number % 3, start.month, 28),
                    )
                )
            for position in range(2):
                request = CapacityRequest(
                    contract_id=cid,
                    position=position,
                    team_name=teams[(number + position) % 11].name,
                    amount=0.2 + (number % 7) / 10,
                )
                s.add(request)
                s.flush()
                s.add(
                    CapacityConfirmation(
                        request_id=request.id or 0, confirmed_amount=request.amount / 2, status="deels"
                    )
                )
            if opgave.status != "concept":
                for month, letter in enumerate(LIGHTS, start=1):
                    year, mm = (2025, 12) if month == 1 else (2026, month - 1)
                    s.add(
                        ProgressReport(
                            opgave_id=opgave.id or 0,
                            period=f"{year}-{mm:02d}",
                            report_date=date(year, mm, 28),
                            traffic_light={"g": "groen", "o": "oranje", "r": "rood"}[letter],
                            text="Toelichting",
                            author=f"ON {number}",
                        )
                    )
    db.close()
