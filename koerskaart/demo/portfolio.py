"""The fictional demo portfolio of "Gemeente Duinwijk", as plain data.

Modelled on the way a Dutch municipality of ~40,000 inhabitants steers its work (3 domains,
11 teams, 19 opgaven, ~50 activities), with the opgave "Veilige en leefbare buurt Europaplein"
written out in full. Every person and organisation here is invented; names end in "-Demo" or
carry "(fictief)" so nobody mistakes them for real people. This module holds data only; the
logic that writes it is :mod:`koerskaart.demo.build`.
"""

# ruff: noqa: E501  (data: one sentence per line reads better than strings cut in pieces)

from __future__ import annotations

MUNICIPALITY = "Gemeente Duinwijk"
MARKER_KEY = "demo_loaded"
MARKER_VALUE = "duinwijk-1"
NEIGHBOUR = "Gemeente Zeestad (fictief)"
PLACE = "Duinwijk, gemeentehuis"
CONCEPT_DAY = "2025-10-06"  # when the opgaven still in concept were put on the list
REPORT_START = "2025-12"  # the twelve monthly reports run from December 2025 to November 2026

DOMAINS = ("Fysiek", "Sociaal", "Bedrijfsvoering")

# name, domain, team leader
TEAMS = (
    ("Ruimtelijke Ontwikkeling", "Fysiek", "T. Jansen-Demo"),
    ("Openbare Ruimte", "Fysiek", "W. Peters-Demo"),
    ("Vergunningen, Toezicht & Handhaving", "Fysiek", "F. Dekker-Demo"),
    ("Wonen en Duurzaamheid", "Fysiek", "H. Bos-Demo"),
    ("Jeugd en Onderwijs", "Sociaal", "Y. Öztürk-Demo"),
    ("Zorg en Welzijn", "Sociaal", "G. Willems-Demo"),
    ("Werk en Inkomen", "Sociaal", "C. van Dijk-Demo"),
    ("Veiligheid en Wijkzaken", "Sociaal", "B. Meijer-Demo"),
    ("Financiën en Control", "Bedrijfsvoering", "E. Vermeulen-Demo"),
    ("Informatievoorziening", "Bedrijfsvoering", "I. de Graaf-Demo"),
    ("Communicatie en Dienstverlening", "Bedrijfsvoering", "O. Kok-Demo"),
)

# The bestuurlijk opdrachtgevers: the mayor and four aldermen (name, function).
BOARD = {
    "burgemeester": ("M. Bakker-Demo", "Burgemeester (openbare orde en veiligheid)"),
    "ruimte": ("A. de Vries-Demo", "Wethouder Ruimte, Wonen en Mobiliteit"),
    "sociaal": ("S. El Amrani-Demo", "Wethouder Zorg, Jeugd en Werk"),
    "financien": ("J. Visser-Demo", "Wethouder Financiën, Duurzaamheid en Economie"),
    "organisatie": ("P. Smit-Demo", "Wethouder Dienstverlening en Personeel"),
}

# The ambtelijk opdrachtgever of an opgave is the manager of its domain.
DOMAIN_MANAGERS = {
    "Fysiek": ("R. Koster-Demo", "Domeinmanager Fysiek"),
    "Sociaal": ("L. Hendriks-Demo", "Domeinmanager Sociaal"),
    "Bedrijfsvoering": ("K. Mulder-Demo", "Domeinmanager Bedrijfsvoering"),
}

FACILITATOR = ("N. Brouwer-Demo", "Organisatieadviseur")
PORTFOLIO_MANAGER = "D. Kramer-Demo"

# Short texts of the monthly portfolio dashboard, per traffic light; picked in turn.
REPORT_TEXTS = {
    "groen": (
        "Op koers: de mijlpalen van deze maand zijn gehaald.",
        "Loopt volgens planning; partners zijn tevreden over de samenwerking.",
        "Geen bijzonderheden; de capaciteit is op orde.",
        "Mooi microverhaal opgehaald bij bewoners; gedeeld in het portfolio-overleg.",
    ),
    "oranje": (
        "Vertraging door een tekort aan capaciteit; bijsturing besproken in het MT.",
        "Wacht op een besluit van de raad; de planning schuift mogelijk een maand.",
        "Een partner twijfelt over de eigen inzet; gesprek met de opgaveleider gepland.",
    ),
    "rood": (
        "Mijlpaal niet gehaald; opgeschaald naar de ambtelijk opdrachtgever.",
        "Budget dreigt te worden overschreden; voorstel voor keuzes volgt.",
    ),
}

# What was done and what comes next, per light; the help asked of the opgavenboard on red.
REPORT_DONE = {
    "groen": (
        "Mijlpaal van deze maand gehaald en besproken met de partners.",
        "Bewonersavond gehouden; de opbrengst staat in het verslag.",
        "Plan van aanpak bijgewerkt en gedeeld met de teams.",
    ),
    "oranje": (
        "Een deel van de mijlpaal gehaald; de rest schuift naar volgende maand.",
        "Knelpunt besproken met de ambtelijk opdrachtgever.",
    ),
    "rood": (
        "Mijlpaal niet gehaald; oorzaak onderzocht met het team.",
        "Escalatie voorbereid met de ambtelijk opdrachtgever.",
    ),
}
REPORT_NEXT = {
    "groen": (
        "Volgende stap volgens planning; geen bijsturing nodig.",
        "Tussenresultaat delen in het portfolio-overleg.",
    ),
    "oranje": (
        "Planning herzien en volgende maand opnieuw beoordelen.",
        "Gesprek met de teamleider over extra capaciteit.",
    ),
    "rood": (
        "Herstelplan uitwerken en voorleggen aan het opgavenboard.",
        "Keuzes voorbereiden: wat kan later, wat laten we vallen?",
    ),
}
REPORT_HELP = (
    "Besluit nodig: mag de planning met een half jaar schuiven?",
    "Een half fte extra uit een ander team, voor drie maanden.",
)

# Available fte per team and year, entered by the team leaders. Vergunningen, Toezicht & Handhaving
# and Jeugd en Onderwijs have promised more for 2026 than they have, and Openbare Ruimte is asked
# far more than it has: the over-commitment the board discusses.
TEAM_CAPACITY = {
    "Ruimtelijke Ontwikkeling": {2025: 3.0, 2026: 3.0, 2027: 2.8},
    "Openbare Ruimte": {2025: 1.6, 2026: 1.2, 2027: 1.4},
    "Vergunningen, Toezicht & Handhaving": {2026: 1.6},
    "Wonen en Duurzaamheid": {2025: 2.8, 2026: 2.6, 2027: 2.6},
    "Jeugd en Onderwijs": {2026: 1.5},
    "Zorg en Welzijn": {2026: 2.0},
    "Werk en Inkomen": {2025: 1.6, 2026: 1.2, 2027: 1.6},
    "Veiligheid en Wijkzaken": {2026: 2.0},
    "Financiën en Control": {2026: 1.2},
    "Informatievoorziening": {2026: 1.6},
    "Communicatie en Dienstverlening": {2026: 1.5},
}

# ----------------------------------------------------------------------------- Europaplein
EUROPAPLEIN = "Veilige en leefbare buurt Europaplein"

EUROPAPLEIN_OPGAVE = {
    "title": EUROPAPLEIN,
    "domain": "Fysiek",
    "board": "burgemeester",
    "task_leader": ("M. van den Berg-Demo", "Opgaveleider Europaplein"),
    "description": (
        "Het Europaplein ligt op de grens met de buurgemeente. Na de facelift en het nieuwe "
        "winkelcentrum werken gemeente, politie, corporatie, jongerenwerk & ondernemers samen "
        "aan een veilig en leefbaar plein."
    ),
    "meeting": "2025-03-12",
    "signed_on": "2025-03-14",
    "report_start": REPORT_START,
    "lights": "oorooggggggg",
}

EUROPAPLEIN_OTHERS = (
    # name, function, role, organisation
    ("S. Claes-Demo", "Programmamanager veiligheid", "partner", NEIGHBOUR),
    ("K. Smits-Demo", "Wijkagent", "partner", "Politie, basisteam Duinkust (fictief)"),
)

# team, amount, unit, period, skills, confirmations [(status, amount, remark)]
EUROPAPLEIN_CAPACITY = (
    (
        "Veiligheid en Wijkzaken",
        1.2,
        "fte",
        "jaar",
        "Wijkgerichte aanpak, signalen van ondermijning herkennen, netwerk met politie & OM",
        (("bevestigd", 1.2, "Vaste opgaveleider plus een beleidsadviseur veiligheid."),),
    ),
    (
        "Openbare Ruimte",
        0.6,
        "fte",
        "jaar",
        "Beheer en inrichting van het plein, aanpak van gedumpt afval",
        (
            ("niet", 0.0, "Het team zit vol met de herinrichting Dorpsstraat."),
            ("deels", 0.4, "Na overleg: 0,4 fte nu, de rest pas vanaf september."),
        ),
    ),
    (
        "Vergunningen, Toezicht & Handhaving",
        2.0,
        "fte",
        "jaar",
        "Toezicht in de avonduren door boa’s",
        (("bevestigd", 2.0, "Twee boa’s, vier avonden per week."),),
    ),
    (
        "Jeugd en Onderwijs",
        400.0,
        "uren",
        "jaar",
        "Participatie van jongeren, verbinding met scholen en jongerenwerk",
        (("bevestigd", 400.0, ""),),
    ),
    (
        "Communicatie en Dienstverlening",
        120.0,
        "uren",
        "jaar",
        "Buurtcommunicatie, microverhalen ophalen en vertellen",
        (("bevestigd", 120.0, "Vast aanspreekpunt in het team."),),
    ),
)

# name, approach, reason, priority, complexity, start, end, owner
EUROPAPLEIN_ACTIVITIES = (
    (
        "Extra toezicht door boa’s in de avonduren",
        "lijnwerk",
        "Een bestaande taak van het team; alleen de inzet en de route veranderen.",
        "nu",
        2,
        "2025-03-17",
        "2026-12-31",
        "F. Dekker-Demo",
    ),
    (
        "Jongerenplek met jongerenwerk & sportaanbod",
        "opgavegericht",
        "Lukt alleen samen met jongerenwerk, de jongeren zelf en de buurgemeente; het resultaat "
        "ligt niet bij één partij.",
        "nu",
        4,
        "2025-04-01",
        "2027-06-30",
        "Y. Öztürk-Demo",
    ),
    (
        "Aanpak ondermijning rond het winkelcentrum",
        "opgavegericht",
        "Informatie van politie, OM en gemeente moet samenkomen; de politie heeft op dit thema de regie.",
        "nu",
        5,
        "2025-03-17",
        "2028-12-31",
        "M. van den Berg-Demo",
    ),
    (
        "Verlichting, afvalplekken en groen op het plein",
        "project",
        "Helder resultaat met een begin en een eind; budget € 450.000 uit de begroting 2025.",
        "nu",
        3,
        "2025-06-01",
        "2026-09-30",
        "W. Peters-Demo",
    ),
    (
        "Buurtmonitor: cijfers én microverhalen",
        "project",
        "Eenmalig op te zetten; daarna gaat de monitor over naar de lijn.",
        "later",
        2,
        "2025-09-01",
        "2026-03-31",
        "D. Kramer-Demo",
    ),
    (
        "Cameratoezicht op het plein",
        "lijnwerk",
        "Bewoners willen het (nog) niet en het is juridisch zwaar; eerst krijgen de andere "
        "maatregelen een kans.",
        "niet",
        3,
        None,
        None,
        "",
    ),
)

# organisation, contact, involvement, holds regie, regie scope, binding
EUROPAPLEIN_PARTNERS = (
    (
        "Gemeente Duinwijk, team Veiligheid en Wijkzaken",
        "M. van den Berg-Demo",
        "mede_eigenaar",
        True,
        "",
        "De opgaveleider blijft lid van het team en rapporteert aan de domeinmanager.",
    ),
    (
        "Politie, basisteam Duinkust (fictief)",
        "wijkagent K. Smits-Demo",
        "mede_eigenaar",
        True,
        "ondermijning",
        "De wijkagent blijft onder leiding van het basisteam; inzet loopt via de lokale driehoek.",
    ),
    (
        "Stichting Jongerenwerk De Branding (fictief)",
        "R. Yilmaz-Demo",
        "mede_eigenaar",
        True,
        "jeugd",
        "Jongerenwerkers houden hun eigen teamoverleg; de coördinator sluit aan bij de opgave.",
    ),
    (
        "Woningcorporatie Duinwonen (fictief)",
        "huismeester E. Prins-Demo",
        "mede_eigenaar",
        False,
        "",
        "Signalen achter de voordeur gaan via de eigen wijkconsulent, met toestemming van de huurder.",
    ),
    (
        NEIGHBOUR,
        "S. Claes-Demo",
        "mede_eigenaar",
        False,
        "",
        "Het plein ligt op de grens: beide colleges krijgen dezelfde voortgangsbrief.",
    ),
    (
        "Winkeliersvereniging Europaplein (fictief)",
        "voorzitter A. Sahin-Demo",
        "adviseur",
        False,
        "",
        "Bespreekt de plannen eerst in de eigen ledenvergadering.",
    ),
    (
        "Openbaar Ministerie, arrondissement Kustland (fictief)",
        "",
        "geinformeerd",
        False,
        "",
        "Wordt elk kwartaal op de hoogte gehouden via het veiligheidsoverleg.",
    ),
)

# date, kind, title, description, mood
EUROPAPLEIN_TIMELINE = (
    (
        "2019-06-01",
        "verleden",
        "Klachten stapelen zich op",
        "Overlast, gedumpt afval en onveilig verkeer.",
        -2,
    ),
    (
        "2021-03-15",
        "verleden",
        "Besluit: facelift van het hele plein",
        "College en raad kiezen voor vernieuwing.",
        1,
    ),
    ("2022-09-05", "verleden", "Sloop van het oude winkelcentrum", "Een lastige tijd voor ondernemers.", -1),
    ("2024-02-16", "verleden", "Nieuw winkelcentrum opgeleverd", "Een feestelijke opening met de buurt.", 2),
    (
        "2024-05-22",
        "verleden",
        "Partnerbijeenkomst met beide burgemeesters",
        "Iedereen ziet wie wat bijdraagt.",
        2,
    ),
    ("2025-01-20", "verleden", "Onrust rond de hangplek", "Na incidenten is de buurt opnieuw ongerust.", -2),
    (
        "2025-03-12",
        "nu",
        "Contracteringsgesprek",
        "Cijfers gaan de goede kant op; bewoners blijven kritisch.",
        0,
    ),
    ("2025-10-01", "toekomst", "Jongerenplek open", "Met vaste tijden en jongerenwerk erbij.", 1),
    ("2026-03-12", "toekomst", "Eerste evaluatie", "Met partners en een bewonersavond.", 1),
    ("2027-12-31", "toekomst", "Een plein waar je graag bent", "De droom van de buurt.", 2),
)

# One authored answer per question key of the default question set, in its order.
EUROPAPLEIN_ANSWERS = {
    "meeting_date": "2025-03-12",
    "meeting_form": "hybride",
    "meeting_place": "Gemeentehuis Duinwijk, zaal ’t Duin",
    "meeting_link": "Teams – de link staat in de uitnodiging van 12 maart",
    "facilitator_preparation": (
        "De burgemeester moet om 11:00 weg: capaciteit vóór de pauze bespreken. Bewoners zijn "
        "kritisch; eerst benoemen wat al bereikt is."
    ),
    "opgave_what": (
        "Samen met bewoners, ondernemers & partners zorgen we dat het Europaplein een veilige en "
        "leefbare plek wordt en blijft: geen overlast van rondhangende jongeren, geen gedumpt afval, "
        "veilig verkeer, en ondermijning die we samen herkennen en aanpakken — ook achter de voordeur."
    ),
    "opgave_why_now": (
        "Het nieuwe winkelcentrum is in februari 2024 opgeleverd. De cijfers gaan langzaam de goede "
        "kant op, maar bewoners zijn kritisch of de problemen niet terugkomen. Als we nu loslaten, "
        "verliezen we het vertrouwen dat we de afgelopen jaren hebben opgebouwd."
    ),
    "opgave_source": ["coalitieakkoord", "collegeprioriteit", "signaal"],
    "opgave_domains": ["fysiek", "sociaal"],
    "story_no_longer": (
        "Geen plein meer waar bewoners ’s avonds omheen lopen, waar afval wordt gedumpt en waar "
        "jongeren alleen in beeld zijn als er iets misgaat."
    ),
    "story_dream": (
        "Een plein waar je graag bent: ondernemers die blijven, jongeren met een eigen plek, buren "
        "die elkaar kennen & aanspreken, en bewoners die zeggen: ‘het is hier weer van ons’."
    ),
    "story_success": (
        "Minder dan <10 meldingen van overlast per maand (in 2023 waren het er 35), bewoners geven "
        "het plein een 7 of hoger in de buurtmonitor en er staat geen winkel leeg."
    ),
    "story_success_date": "2027-12-31",
    "past_honoured": (
        "We bouwen voort op de facelift en het nieuwe winkelcentrum, op het werk van het vorige "
        "projectteam en op de wijkagent die elke jongere bij naam kent. Dank aan de "
        "bewonerscommissie, die de gesprekken met de corporatie gaande hield."
    ),
    "current_position": (
        "De basis staat: lopende acties gaan door, de cijfers zijn op orde en er is extra toezicht. "
        "De oriëntatie- en definitiefase kostte meer tijd dan gedacht; met de partners hebben we "
        "drie thema’s benoemd: jeugd, ondermijning en mishandeling/bedreiging."
    ),
    "priorities_not_reason": (
        "Cameratoezicht doen we nu niet: bewoners willen het niet en eerst moeten de andere "
        "maatregelen een kans krijgen. Bij de evaluatie in 2026 kijken we opnieuw."
    ),
    "approach_overall": "opgavegericht",
    "complexity_overall": 4,
    "duration_months": 34,
    "regie_overall": (
        "Gemeente Duinwijk (opgaveleider), in co-creatie met de partners; de politie heeft de "
        "regie op ondermijning, het jongerenwerk op jeugd."
    ),
    "partner_binding": (
        "Elke partner houdt een eigen opdrachtgever in de eigen organisatie en koppelt elke maand "
        "terug. Zo stappen mensen in de opgave zonder erin te verdwijnen."
    ),
    "capacity_skills": (
        "Kennis van ondermijning en van signalen achter de voordeur; ervaring met participatie van "
        "jongeren; iemand die microverhalen kan ophalen & vertellen."
    ),
    "capacity_gap_plan": (
        "Het tekort van 0,2 fte bij Openbare Ruimte vangen we tot september op met inhuur "
        "(maximaal € 18.000); daarna schuift de herinrichting Dorpsstraat een kwartaal op."
    ),
    "reporting_rhythm": "maandelijks",
    "traffic_light_criteria": (
        "Groen: meldingen dalen of blijven gelijk en alle partners doen mee. Oranje: meldingen "
        "stijgen twee maanden achter elkaar, of een partner haakt af. Rood: een ernstig incident, "
        "of capaciteit valt weg zonder oplossing."
    ),
    "mandate": (
        "De opgaveleider beslist zelf over de inzet binnen het budget van € 450.000 en over de "
        "agenda van de partnerbijeenkomsten. Uitgaven boven € 25.000 en keuzes die de raad raken "
        "gaan eerst langs de ambtelijk opdrachtgever."
    ),
    "escalation": (
        "Bij rood of een conflict tussen partners: binnen een week naar de ambtelijk opdrachtgever. "
        "Raakt het de openbare orde, dan direct naar de burgemeester (lokale driehoek)."
    ),
    "risk_political": 4,
    "risk_political_approach": (
        "Raadsleden krijgen vooraf een rondleiding, maar beloven in het gebied niets los. Wensen van "
        "bewoners nemen we mee naar het partneroverleg; burgemeester & wethouder spreken met één "
        "mond naar de pers."
    ),
    "risks_other": (
        "Eén incident met media-aandacht kan het beeld snel laten kantelen. Bewoners verwachten "
        "veel, en de raad wil snel resultaat zien."
    ),
    "stories_and_successes": (
        "Het grote verhaal vertellen beide burgemeesters samen op de partnerbijeenkomst. Elke maand "
        "delen we een microverhaal, zoals dat van de ondernemer die weer ’s avonds open durft. "
        "Successen gunnen we de partners: zij staan vooraan op de foto."
    ),
    "first_evaluation_date": "2026-03-12",
    "first_evaluation_agreement": (
        "De opgaveleider organiseert de evaluatie met alle partners en een bewonersavond. We kijken "
        "naar de cijfers, de gevoelsgrafiek en de microverhalen."
    ),
    "open_points": (
        "Convenant over informatiedeling met politie & OM (met AVG-toets) vóór 1 mei; de "
        "opgaveleider pakt het op."
    ),
    "facilitator_reflection": (
        "Goed gesprek; de burgemeester trok het naar de uitvoering. Volgende keer de teamleiders "
        "eerder aan het woord laten."
    ),
}

# A drawn signature for the demo: one flowing stroke and a dot, in a 0..1 box.
DEMO_DRAWING = (
    "[[[0.05,0.7],[0.12,0.45],[0.2,0.3],[0.28,0.42],[0.33,0.66],[0.4,0.5],[0.5,0.35],"
    "[0.58,0.55],[0.66,0.62],[0.75,0.4],[0.85,0.45],[0.95,0.6]],[[0.6,0.2],[0.61,0.21]]]"
)

# Answers for the other opgaven, by question key; {title}, {what}, {why}, {task_leader} are filled in.
ANSWER_TEMPLATES = {
    "meeting_place": "Gemeentehuis Duinwijk",
    "story_no_longer": "Dat ‘{title}’ blijft liggen omdat niemand zich er echt eigenaar van voelt.",
    "story_dream": "{what} Inwoners merken het in hun eigen straat.",
    "story_success": "Als de mijlpalen op de tijdlijn gehaald zijn en partners en inwoners tevreden terugkijken.",
    "past_honoured": "We bouwen voort op wat er al ligt; de tijdlijn laat zien wie er eerder aan werkte.",
    "current_position": "De plannen liggen klaar; de uitvoering begint dit kwartaal.",
    "priorities_not_reason": "Wat we nu niet doen, staat bij de activiteiten met de reden erbij.",
    "regie_overall": "Gemeente Duinwijk; {task_leader} is de opdrachtnemer.",
    "partner_binding": "Partners houden hun eigen opdrachtgever en koppelen elk kwartaal terug.",
    "capacity_skills": "Projectmatig werken en samenwerken met partners buiten het gemeentehuis.",
    "capacity_gap_plan": "Bij een tekort schuiven we eerst in de planning; inhuur alleen na overleg met het MT.",
    "traffic_light_criteria": "Groen: mijlpalen gehaald. Oranje: een mijlpaal schuift. Rood: het resultaat is in gevaar.",
    "mandate": "De opdrachtnemer beslist zelf binnen planning en budget; daarbuiten eerst overleg.",
    "escalation": "Bij oranje twee maanden achter elkaar, of bij rood: naar de ambtelijk opdrachtgever.",
    "risks_other": "Te hoge verwachtingen bij inwoners en raad; we communiceren daarom stap voor stap.",
    "stories_and_successes": "Elk kwartaal een kort verhaal uit de praktijk in het portfolio-overleg.",
    "first_evaluation_agreement": "De opdrachtnemer organiseert de evaluatie; we kijken naar de tijdlijn en de cijfers.",
    "open_points": "Geen open punten.",
}
DEFAULT_ANSWER = (
    "Besproken in het gesprek over ‘{title}’; de opdrachtnemer werkt dit uit in het plan van aanpak."
)

# ----------------------------------------------------------------------------- the other 18
# Every other opgave: title, domain, status, board member, task leader, what, why, activities
# (name, approach, reason, priority, complexity, start, end), capacity [(team, fte)], partners
# (as for Europaplein, optional), timeline
# [(date, kind, title, mood)], report lights (one letter a month: g/o/r) and first report month.
OPGAVEN = (
    {
        "title": "Betaalbaar wonen voor starters en senioren",
        "partners": (
            (
                "Woningcorporatie Duinwonen (fictief)",
                "",
                "mede_eigenaar",
                True,
                "sociale huur",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
            (
                "Ontwikkelaars in de regio",
                "",
                "adviseur",
                False,
                "",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
        ),
        "domain": "Fysiek",
        "status": "getekend",
        "board": "ruimte",
        "task_leader": ("J. Hoekstra-Demo", "Programmamanager Wonen"),
        "what": "Meer betaalbare woningen bouwen en de doorstroming van senioren naar passende woningen op gang brengen.",
        "why": "De wachttijd voor een sociale huurwoning is opgelopen tot elf jaar; jongeren trekken weg uit Duinwijk.",
        "activities": (
            (
                "Woningbouwprogramma 2025–2028",
                "programma",
                "Veel projecten die samenhangen en één sturing vragen.",
                "nu",
                4,
                "2025-01-01",
                "2028-12-31",
            ),
            (
                "Doorstroommakelaar voor senioren",
                "project",
                "Een nieuwe dienst met een duidelijke proeftijd.",
                "nu",
                2,
                "2025-04-01",
                "2026-06-30",
            ),
            (
                "Tiny houses op tijdelijke locaties",
                "project",
                "Kan pas als er een geschikte locatie is.",
                "later",
                3,
                "2026-09-01",
                "2027-12-31",
            ),
        ),
        "capacity": (("Wonen en Duurzaamheid", 1.0), ("Ruimtelijke Ontwikkeling", 0.6)),
        "timeline": (
            ("2023-06-01", "verleden", "Woonvisie vastgesteld", 1),
            ("2025-02-01", "nu", "Eerste bouwstroom in voorbereiding", 0),
            ("2026-10-01", "toekomst", "Eerste 120 woningen opgeleverd", 2),
        ),
        "meeting": "2025-01-20",
        "signed_on": "2025-02-03",
        "lights": "ggogggogggog",
        "report_start": REPORT_START,
    },
    {
        "title": "Energietransitie: wijken van het gas af",
        "partners": (
            (
                "Netbeheerder Kustnet (fictief)",
                "",
                "mede_eigenaar",
                False,
                "",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
            (
                "Energiecoöperatie Duinstroom (fictief)",
                "",
                "mede_eigenaar",
                True,
                "bewonersparticipatie",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
        ),
        "domain": "Fysiek",
        "status": "herzien",
        "board": "financien",
        "task_leader": ("P. de Boer-Demo", "Opgaveleider Energietransitie"),
        "what": "Samen met bewoners per wijk een haalbaar pad naar aardgasvrij wonen uitwerken.",
        "why": "Het klimaatakkoord vraagt een transitievisie warmte; bewoners willen weten waar ze aan toe zijn.",
        "activities": (
            (
                "Wijkuitvoeringsplan Duinzicht",
                "opgavegericht",
                "Bewoners, corporatie en netbeheerder beslissen mee.",
                "nu",
                5,
                "2025-02-01",
                "2027-12-31",
            ),
            (
                "Energieloket en energiecoaches",
                "lijnwerk",
                "Bestaande dienst die we uitbreiden.",
                "nu",
                2,
                "2025-01-01",
                "2028-12-31",
            ),
            (
                "Warmtenet onderzoek centrum",
                "project",
                "Eerst een haalbaarheidsstudie met een vaste einddatum.",
                "later",
                4,
                "2026-01-01",
                "2026-12-31",
            ),
        ),
        "capacity": (("Wonen en Duurzaamheid", 1.2), ("Communicatie en Dienstverlening", 0.3)),
        "timeline": (
            ("2021-11-01", "verleden", "Transitievisie warmte vastgesteld", 1),
            ("2024-03-01", "verleden", "Netbeheerder meldt netcongestie", -2),
            ("2025-03-01", "nu", "Herijking van de planning", -1),
            ("2027-06-01", "toekomst", "Eerste wijk aardgasvrij-ready", 2),
        ),
        "meeting": "2024-11-12",
        "signed_on": "2024-11-26",
        "lights": "ggooorrroogg",
        "report_start": REPORT_START,
        "recontract_on": "2025-09-01",
        "recontract_reason": "Netcongestie: de netbeheerder kan pas in 2027 aansluiten; de planning en de volgorde van de wijken veranderen.",
    },
    {
        "title": "Klimaatadaptief Duinwijk: wateroverlast en hitte",
        "domain": "Fysiek",
        "status": "in_gesprek",
        "board": "financien",
        "task_leader": ("L. Smeets-Demo", "Adviseur klimaatadaptatie"),
        "what": "Straten en pleinen zo inrichten dat ze hevige regen en hitte aankunnen.",
        "why": "Na de wateroverlast van 2024 vroeg de raad om een plan; de stresstest laat risicoplekken zien.",
        "activities": (
            (
                "Risicodialogen per wijk",
                "opgavegericht",
                "Bewoners en waterschap kennen de knelpunten het best.",
                "nu",
                3,
                "2025-05-01",
                "2026-04-30",
            ),
            (
                "Hittekaart en koele plekken",
                "lijnwerk",
                "Past in het bestaande beheer van de openbare ruimte.",
                "nu",
                1,
                "2025-06-01",
                "2025-09-30",
            ),
            (
                "Vergroenen van schoolpleinen",
                "project",
                "Afgebakend, met scholen als opdrachtgever.",
                "later",
                2,
                "2026-03-01",
                "2027-08-31",
            ),
        ),
        "capacity": (("Openbare Ruimte", 0.5), ("Ruimtelijke Ontwikkeling", 0.3)),
        "timeline": (
            ("2024-06-20", "verleden", "Wateroverlast in het centrum", -2),
            ("2025-04-01", "nu", "Stresstest klaar", 1),
            ("2026-12-01", "toekomst", "Uitvoeringsagenda vastgesteld", 1),
        ),
        "meeting": "2025-04-15",
        "lights": "gggoogggggo",
        "report_start": REPORT_START,
    },
    {
        "title": "Bereikbaar centrum en veilige fietsroutes",
        "partners": (
            (
                "Fietsersbond, afdeling Duinwijk (fictief)",
                "",
                "adviseur",
                False,
                "",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
            (
                "Basisscholen in Duinwijk",
                "",
                "mede_eigenaar",
                False,
                "",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
        ),
        "domain": "Fysiek",
        "status": "ter_ondertekening",
        "board": "ruimte",
        "task_leader": ("D. Mertens-Demo", "Projectleider Mobiliteit"),
        "what": "Het centrum goed bereikbaar houden en schoolroutes veilig maken voor fietsers.",
        "why": "Het aantal ongelukken met fietsers op de Ringweg steeg twee jaar op rij.",
        "activities": (
            (
                "Herinrichting kruispunt Ringweg–Stationsstraat",
                "project",
                "Duidelijk ontwerp, budget en einddatum.",
                "nu",
                3,
                "2025-09-01",
                "2026-12-31",
            ),
            (
                "Schoolroutes samen met ouders",
                "opgavegericht",
                "Ouders en scholen zijn nodig om gedrag te veranderen.",
                "nu",
                3,
                "2025-08-15",
                "2027-07-31",
            ),
            (
                "Parkeerbeleid centrum",
                "lijnwerk",
                "Vaste taak; actualisatie volgens planning.",
                "later",
                2,
                "2026-01-01",
                "2026-12-31",
            ),
        ),
        "capacity": (("Ruimtelijke Ontwikkeling", 0.6), ("Openbare Ruimte", 0.4)),
        "timeline": (
            ("2023-10-01", "verleden", "Petitie van ouders", -1),
            ("2025-06-01", "nu", "Ontwerp klaar voor inspraak", 1),
            ("2026-12-31", "toekomst", "Kruispunt vernieuwd", 2),
        ),
        "meeting": "2025-06-10",
        "signed_on": "2025-06-24",
        "lights": "gggoorrooogo",
        "report_start": REPORT_START,
    },
    {
        "title": "Vitaal winkelgebied Dorpsstraat",
        "domain": "Fysiek",
        "status": "concept",
        "board": "financien",
        "task_leader": ("S. Vos-Demo", "Centrummanager"),
        "what": "Minder leegstand en meer reuring in de Dorpsstraat, samen met ondernemers en eigenaren.",
        "why": "",
        "activities": (
            (
                "Leegstandsaanpak met pandeigenaren",
                "opgavegericht",
                "Eigenaren en ondernemers zijn aan zet.",
                "nu",
                4,
                "2026-01-01",
                "2027-12-31",
            ),
            (
                "Evenementenkalender",
                "lijnwerk",
                "Bestaand werk van het centrummanagement.",
                "later",
                1,
                "2026-03-01",
                "2026-12-31",
            ),
        ),
        "capacity": (("Ruimtelijke Ontwikkeling", 0.4),),
        "timeline": (),
        "lights": "",
    },
    {
        "title": "Groene en schone openbare ruimte",
        "domain": "Fysiek",
        "status": "in_gesprek",
        "board": "ruimte",
        "task_leader": ("W. Peters-Demo", "Teamleider Openbare Ruimte"),
        "what": "Een schonere buitenruimte met meer groen, samen met bewoners die zelf meedoen.",
        "why": "Meldingen over zwerfafval en onderhoud zijn de meest gehoorde klacht bij de gemeente.",
        "activities": (
            (
                "Adoptiegroen en afvalpakkers",
                "lijnwerk",
                "Past in het bestaande beheer.",
                "nu",
                1,
                "2025-03-01",
                "2028-12-31",
            ),
            (
                "Beheerplan groen 2026–2030",
                "project",
                "Eenmalig plan met een vaste oplevering.",
                "nu",
                2,
                "2025-09-01",
                "2026-06-30",
            ),
        ),
        "capacity": (("Openbare Ruimte", 0.8),),
        "timeline": (
            ("2024-09-01", "verleden", "Bewonerspeiling: schoon is prioriteit 1", 0),
            ("2025-09-01", "nu", "Eerste 40 adoptieplekken", 1),
        ),
        "meeting": "2025-09-03",
        "lights": "gggggggggggg",
        "report_start": REPORT_START,
    },
    {
        "title": "Gezond en kansrijk opgroeien",
        "partners": (
            (
                "GGD Kustland (fictief)",
                "",
                "mede_eigenaar",
                True,
                "gezondheid",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
            (
                "Sportverenigingen",
                "",
                "mede_eigenaar",
                False,
                "",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
        ),
        "domain": "Sociaal",
        "status": "getekend",
        "board": "sociaal",
        "task_leader": ("A. Maas-Demo", "Opgaveleider Jeugd"),
        "what": "Alle kinderen in Duinwijk groeien gezond op en krijgen gelijke kansen, ook als thuis het geld krap is.",
        "why": "Meer kinderen met overgewicht en een groeiende groep gezinnen in armoede; de jeugdzorgkosten stijgen.",
        "activities": (
            (
                "JOGG-aanpak in drie wijken",
                "opgavegericht",
                "Scholen, sport en zorg werken samen aan één doel.",
                "nu",
                4,
                "2025-01-15",
                "2027-12-31",
            ),
            (
                "Praktijkondersteuner jeugd bij huisartsen",
                "project",
                "Proef van twee jaar met een evaluatie.",
                "nu",
                2,
                "2025-03-01",
                "2027-02-28",
            ),
            (
                "Vroegsignalering kinderopvang",
                "lijnwerk",
                "Onderdeel van het bestaande jeugdbeleid.",
                "later",
                2,
                "2026-01-01",
                "2026-12-31",
            ),
        ),
        "capacity": (("Jeugd en Onderwijs", 1.5), ("Zorg en Welzijn", 0.5)),
        "timeline": (
            ("2022-05-01", "verleden", "Sportakkoord gesloten", 1),
            ("2024-11-01", "verleden", "Cijfers jeugdmonitor zorgelijk", -2),
            ("2025-01-10", "nu", "Start in de eerste wijk", 1),
            ("2027-06-01", "toekomst", "Meetbaar minder overgewicht", 2),
        ),
        "meeting": "2024-12-09",
        "signed_on": "2024-12-18",
        "lights": "gggggogggggg",
        "report_start": REPORT_START,
    },
    {
        "title": "Inclusieve arbeidsmarkt: iedereen doet mee",
        "domain": "Sociaal",
        "status": "in_gesprek",
        "board": "sociaal",
        "task_leader": ("C. van Dijk-Demo", "Teamleider Werk en Inkomen"),
        "what": "Meer inwoners met een afstand tot de arbeidsmarkt aan het werk, met werkgevers uit de regio.",
        "why": "Werkgevers zoeken mensen, terwijl 600 inwoners langdurig in de bijstand zitten.",
        "activities": (
            (
                "Werkgeversservicepunt regio",
                "programma",
                "Regionaal samen met buurgemeenten en UWV.",
                "nu",
                4,
                "2025-05-01",
                "2028-04-30",
            ),
            (
                "Taal en werk-trajecten",
                "lijnwerk",
                "Bestaande trajecten, meer plekken.",
                "nu",
                2,
                "2025-05-01",
                "2026-12-31",
            ),
            (
                "Beschut werk in de regio",
                "programma",
                "Samen met de buurgemeenten en het sociaal werkbedrijf.",
                "later",
                3,
                "2026-01-01",
                "2027-12-31",
            ),
        ),
        "capacity": (("Werk en Inkomen", 1.0),),
        "timeline": (
            ("2024-01-01", "verleden", "Nieuwe Participatiewet-regels", 0),
            ("2025-05-01", "nu", "Gesprek met werkgevers gestart", 1),
        ),
        "meeting": "2025-05-07",
        "lights": "ggoooogggg",
        "report_start": REPORT_START,
    },
    {
        "title": "Langer zelfstandig thuis wonen",
        "partners": (
            (
                "Zorggroep De Duinen (fictief)",
                "",
                "mede_eigenaar",
                True,
                "zorg",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
            (
                "Woningcorporatie Duinwonen (fictief)",
                "",
                "mede_eigenaar",
                False,
                "",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
        ),
        "domain": "Sociaal",
        "status": "ter_ondertekening",
        "board": "sociaal",
        "task_leader": ("G. Willems-Demo", "Teamleider Zorg en Welzijn"),
        "what": "Ouderen kunnen langer veilig en prettig thuis wonen, met hulp uit de buurt.",
        "why": "Het aantal 75-plussers verdubbelt tot 2040; plekken in verpleeghuizen groeien niet mee.",
        "activities": (
            (
                "Wijkteams ouderen",
                "lijnwerk",
                "Bestaande wijkteams krijgen een ouderenspecialist.",
                "nu",
                2,
                "2025-07-01",
                "2027-06-30",
            ),
            (
                "Woonzorgzone De Duinen",
                "opgavegericht",
                "Zorg, corporatie en bewoners ontwerpen het samen.",
                "nu",
                4,
                "2025-09-01",
                "2028-06-30",
            ),
        ),
        "capacity": (("Zorg en Welzijn", 0.8), ("Wonen en Duurzaamheid", 0.2)),
        "timeline": (
            ("2024-10-01", "verleden", "Ouderenakkoord met zorgaanbieders", 1),
            ("2025-07-01", "nu", "Start wijkteams ouderen", 1),
            ("2028-06-30", "toekomst", "Woonzorgzone open", 2),
        ),
        "meeting": "2025-07-01",
        "signed_on": "2025-07-15",
        "lights": "gggggggggogg",
        "report_start": REPORT_START,
    },
    {
        "title": "Armoede en schulden voorkomen",
        "partners": (
            (
                "Voedselbank Duinwijk (fictief)",
                "",
                "adviseur",
                False,
                "",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
            (
                "Schuldhulp & Budgetcoaching Kust (fictief)",
                "",
                "mede_eigenaar",
                True,
                "schuldhulp",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
        ),
        "domain": "Sociaal",
        "status": "getekend",
        "board": "sociaal",
        "task_leader": ("F. Aydin-Demo", "Beleidsadviseur armoede"),
        "what": "Inwoners met geldzorgen eerder in beeld en sneller geholpen, zonder schaamte.",
        "why": "Door de gestegen energieprijzen kwamen veel meer inwoners in de problemen.",
        "activities": (
            (
                "Vroegsignalering met vaste lasten-partners",
                "lijnwerk",
                "Wettelijke taak, beter ingericht.",
                "nu",
                2,
                "2025-02-01",
                "2026-12-31",
            ),
            (
                "Geldfit-spreekuur in de bibliotheek",
                "project",
                "Proef met een vaste looptijd.",
                "nu",
                1,
                "2025-03-01",
                "2025-12-31",
            ),
        ),
        "capacity": (("Werk en Inkomen", 0.6), ("Zorg en Welzijn", 0.2)),
        "timeline": (
            ("2022-10-01", "verleden", "Energietoeslag uitgekeerd", 1),
            ("2025-01-15", "nu", "Convenant met de woningcorporatie", 1),
            ("2026-06-01", "toekomst", "Halvering van de wachttijd schuldhulp", 2),
        ),
        "meeting": "2025-01-08",
        "signed_on": "2025-01-22",
        "lights": "gggogggggggg",
        "report_start": REPORT_START,
    },
    {
        "title": "Aanpak ondermijning",
        "domain": "Sociaal",
        "status": "in_gesprek",
        "board": "burgemeester",
        "task_leader": ("B. Meijer-Demo", "Teamleider Veiligheid en Wijkzaken"),
        "what": "Signalen van ondermijning herkennen en samen met politie en OM aanpakken.",
        "why": "De regionale ondermijningsbeeld laat zien dat ook Duinwijk een rol speelt in criminele netwerken.",
        "activities": (
            (
                "Bibob-beleid actualiseren",
                "lijnwerk",
                "Vaste taak van het team.",
                "nu",
                2,
                "2025-06-01",
                "2025-12-31",
            ),
            (
                "Integrale controles bedrijventerrein",
                "opgavegericht",
                "Alleen samen met politie, belastingdienst en brandweer.",
                "nu",
                4,
                "2025-09-01",
                "2027-12-31",
            ),
        ),
        "capacity": (("Veiligheid en Wijkzaken", 0.6), ("Vergunningen, Toezicht & Handhaving", 0.4)),
        "timeline": (
            ("2024-04-01", "verleden", "Ondermijningsbeeld gepresenteerd", -1),
            ("2025-06-01", "nu", "Eerste integrale controle", 1),
        ),
        "meeting": "2025-06-03",
        "lights": "oooorrooggoo",
        "report_start": REPORT_START,
    },
    {
        "title": "Jongeren in beeld: preventie en perspectief",
        "domain": "Sociaal",
        "status": "concept",
        "board": "sociaal",
        "task_leader": ("Y. Öztürk-Demo", "Teamleider Jeugd en Onderwijs"),
        "what": "Jongeren die dreigen af te glijden op tijd in beeld, met een plek om naartoe te gaan.",
        "why": "",
        "activities": (
            (
                "Straatcoaches in de avond",
                "project",
                "Proef met een vaste looptijd.",
                "nu",
                3,
                "2026-01-01",
                "2026-12-31",
            ),
            (
                "Jongerenraad",
                "lijnwerk",
                "Past in de participatieaanpak.",
                "later",
                1,
                "2026-04-01",
                "2027-03-31",
            ),
        ),
        "capacity": (("Jeugd en Onderwijs", 0.5),),
        "timeline": (),
        "lights": "",
    },
    {
        "title": "Sterke wijkverbanden en vrijwilligers",
        "domain": "Sociaal",
        "status": "concept",
        "board": "sociaal",
        "task_leader": ("H. Koning-Demo", "Beleidsadviseur participatie"),
        "what": "Bewoners die naar elkaar omkijken, met steun voor vrijwilligers en buurtinitiatieven.",
        "why": "",
        "activities": (
            (
                "Buurtbudgetten",
                "lijnwerk",
                "Regeling die al bestaat, eenvoudiger gemaakt.",
                "nu",
                1,
                "2026-01-01",
                "2026-12-31",
            ),
            (
                "Vrijwilligerscentrale vernieuwen",
                "project",
                "Eenmalige vernieuwing.",
                "later",
                2,
                "2026-06-01",
                "2027-05-31",
            ),
        ),
        "capacity": (("Zorg en Welzijn", 0.3),),
        "timeline": (),
        "lights": "",
    },
    {
        "title": "Dienstverlening digitaal en dichtbij",
        "domain": "Bedrijfsvoering",
        "status": "in_gesprek",
        "board": "organisatie",
        "task_leader": ("O. Kok-Demo", "Teamleider Communicatie en Dienstverlening"),
        "what": "Inwoners regelen zaken makkelijk online, en wie dat niet kan, wordt dichtbij geholpen.",
        "why": "Klanttevredenheid daalde naar een 6,4; veel inwoners vinden de website onduidelijk.",
        "activities": (
            (
                "Nieuwe website in B1-taal",
                "project",
                "Heldere oplevering en budget.",
                "nu",
                3,
                "2025-05-01",
                "2026-04-30",
            ),
            (
                "Digi-hulp in de wijkcentra",
                "lijnwerk",
                "Samen met de bibliotheek, binnen bestaand werk.",
                "nu",
                1,
                "2025-09-01",
                "2027-12-31",
            ),
            (
                "Chatbot voor veelgestelde vragen",
                "project",
                "Eerst moeten de basis en de privacy op orde zijn.",
                "niet",
                3,
                None,
                None,
            ),
        ),
        "capacity": (("Communicatie en Dienstverlening", 0.8), ("Informatievoorziening", 0.5)),
        "timeline": (
            ("2024-12-01", "verleden", "Klanttevredenheid 6,4", -1),
            ("2025-05-01", "nu", "Start websiteproject", 1),
        ),
        "meeting": "2025-04-22",
        "lights": "gogggggoggg",
        "report_start": REPORT_START,
    },
    {
        "title": "Goed werkgeverschap en een wendbare organisatie",
        "domain": "Bedrijfsvoering",
        "status": "concept",
        "board": "organisatie",
        "task_leader": ("T. Hermans-Demo", "HR-adviseur"),
        "what": "Goede mensen vinden en houden, met een HR-gesprekscyclus over resultaten en ontwikkeling.",
        "why": "",
        "activities": (
            (
                "Arbeidsmarktcampagne",
                "project",
                "Korte campagne met een vast budget.",
                "nu",
                2,
                "2026-02-01",
                "2026-10-31",
            ),
            (
                "HR-gesprekscyclus invoeren",
                "lijnwerk",
                "Hoort bij de vaste HR-taak; resultaatgericht samenwerken.",
                "nu",
                2,
                "2026-01-01",
                "2026-12-31",
            ),
        ),
        "capacity": (("Communicatie en Dienstverlening", 0.2),),
        "timeline": (),
        "lights": "",
    },
    {
        "title": "Informatieveiligheid en privacy op orde",
        "partners": (
            (
                "ICT-samenwerking Kustgemeenten (fictief)",
                "",
                "mede_eigenaar",
                False,
                "",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
        ),
        "domain": "Bedrijfsvoering",
        "status": "ter_ondertekening",
        "board": "organisatie",
        "task_leader": ("I. de Graaf-Demo", "Teamleider Informatievoorziening"),
        "what": "Voldoen aan de BIO en de AVG, zodat inwoners erop kunnen vertrouwen dat hun gegevens veilig zijn.",
        "why": "De ENSIA-audit vond vijf bevindingen; een datalek bij een buurgemeente liet zien wat er op het spel staat.",
        "activities": (
            (
                "ISMS inrichten",
                "project",
                "Afgebakend, met een auditdatum.",
                "nu",
                3,
                "2025-08-01",
                "2026-07-31",
            ),
            (
                "Bewustwordingscampagne voor medewerkers",
                "lijnwerk",
                "Terugkerend werk van het team.",
                "nu",
                1,
                "2025-09-01",
                "2028-12-31",
            ),
        ),
        "capacity": (("Informatievoorziening", 0.8),),
        "timeline": (
            ("2025-03-01", "verleden", "ENSIA-bevindingen", -1),
            ("2025-08-01", "nu", "Start ISMS", 1),
            ("2026-07-31", "toekomst", "Audit zonder bevindingen", 2),
        ),
        "meeting": "2025-07-29",
        "signed_on": "2025-08-12",
        "lights": "ggggggoooorr",
        "report_start": REPORT_START,
    },
    {
        "title": "Financieel gezonde meerjarenbegroting",
        "partners": (
            (
                "Provincie (financieel toezicht)",
                "",
                "geinformeerd",
                False,
                "",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
        ),
        "domain": "Bedrijfsvoering",
        "status": "getekend",
        "board": "financien",
        "task_leader": ("E. Vermeulen-Demo", "Teamleider Financiën en Control"),
        "what": "Een sluitende meerjarenbegroting, met keuzes die we samen met de raad maken.",
        "why": "Vanaf 2026 dalen de inkomsten uit het gemeentefonds (het ravijnjaar).",
        "activities": (
            (
                "Kerntakendiscussie met de raad",
                "project",
                "Een proces met een vaste einddatum: de begroting.",
                "nu",
                4,
                "2025-02-01",
                "2025-11-15",
            ),
            (
                "Spending reviews per domein",
                "lijnwerk",
                "Onderdeel van de planning- en controlcyclus.",
                "nu",
                2,
                "2025-03-01",
                "2026-12-31",
            ),
        ),
        "capacity": (("Financiën en Control", 0.8),),
        "timeline": (
            ("2024-06-01", "verleden", "Signaal: ravijnjaar 2026", -2),
            ("2025-02-01", "nu", "Start kerntakendiscussie", 0),
            ("2025-11-15", "toekomst", "Begroting 2026 sluitend", 2),
        ),
        "meeting": "2025-01-27",
        "signed_on": "2025-02-05",
        "lights": "ggoorogggggg",
        "report_start": REPORT_START,
    },
    {
        "title": "Opgavegericht werken in de organisatie",
        "partners": (
            (
                "Kenniskring opgavegericht werken",
                "",
                "adviseur",
                False,
                "",
                "Houdt een eigen opdrachtgever in de eigen organisatie.",
            ),
        ),
        "domain": "Bedrijfsvoering",
        "status": "herzien",
        "board": "organisatie",
        "task_leader": ("N. Brouwer-Demo", "Organisatieadviseur"),
        "what": "De organisatie leert opgavegericht werken: contracteren, prioriteren en samen met partners.",
        "why": "Driehonderd ambities en te weinig resultaat; de geloofwaardigheid van het bestuur staat op het spel.",
        "activities": (
            (
                "Contracteringsgesprekken voor alle 19 opgaven",
                "programma",
                "Samenhangend werk over alle domeinen heen.",
                "nu",
                3,
                "2025-01-01",
                "2025-12-31",
            ),
            (
                "Portfoliodashboard met stoplichten",
                "project",
                "Eenmalig inrichten, daarna in de lijn.",
                "nu",
                2,
                "2025-02-01",
                "2025-09-30",
            ),
            (
                "Leergang opgaveleiders",
                "project",
                "Vaste groep, vaste looptijd.",
                "later",
                2,
                "2026-01-01",
                "2026-12-31",
            ),
        ),
        "capacity": (("Financiën en Control", 0.2), ("Communicatie en Dienstverlening", 0.2)),
        "timeline": (
            ("2023-09-01", "verleden", "Inventarisatie: 300 ambities", -1),
            ("2024-06-01", "verleden", "Teruggebracht tot 19 opgaven", 2),
            ("2025-01-01", "nu", "Contracteren en prioriteren", 1),
        ),
        "meeting": "2024-12-02",
        "signed_on": "2024-12-11",
        "lights": "gggoggggggog",
        "report_start": REPORT_START,
        "recontract_on": "2025-08-01",
        "recontract_reason": "Het opgavenboard vraagt om een leergang voor opgaveleiders; de planning loopt door tot eind 2026.",
    },
)
