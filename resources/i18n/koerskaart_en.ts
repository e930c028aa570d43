<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>About</name>
    <message>
        <location filename="../../koerskaart/ui/about.py" line="+13"/>
        <source>Koerskaart %1

Het contracteringsgesprek voor opgavegericht werken: de bestuurlijk opdrachtgever, de ambtelijk opdrachtgever en de opdrachtnemer maken samen afspraken over een opgave, de teamleiders bevestigen de capaciteit, en alles komt vast te liggen in een ondertekend contracteringsformat.

Sneltoetsen: Ctrl+N nieuw gesprek, Ctrl+O openen, Ctrl+F zoeken, Delete verwijderen, Ctrl+Shift+P presentatiemodus, Ctrl + en Ctrl − groter en kleiner, Ctrl+0 normale grootte, F11 volledig scherm, Ctrl+Q afsluiten.

Licentie: EUPL-1.2.</source>
        <translation>Koerskaart %1

The contracting conversation for mission-oriented work: the political sponsor, the senior official sponsor and the task leader agree together on a societal task, the team leaders confirm the capacity, and everything is recorded in a signed contract form.

Shortcuts: Ctrl+N new conversation, Ctrl+O open, Ctrl+F search, Delete remove, Ctrl+Shift+P presentation mode, Ctrl + and Ctrl − larger and smaller, Ctrl+0 normal size, F11 full screen, Ctrl+Q quit.

Licence: EUPL-1.2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Over Koerskaart</source>
        <translation>About Koerskaart</translation>
    </message>
</context>
<context>
    <name>ActivitiesEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/activities.py" line="+34"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wat gaan we doen?</source>
        <translation>What are we going to do?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aanpak</source>
        <translation>Approach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kies…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reden voor deze aanpak</source>
        <translation>Reason for this approach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waarom kiezen we deze aanpak?</source>
        <translation>Why do we choose this approach?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prioriteit</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complexiteit</source>
        <translation>Complexity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 = eenvoudig … 5 = zeer complex</source>
        <translation>1 = simple … 5 = very complex</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wie is trekker?</source>
        <translation>Who leads it?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activiteiten en aanpak</source>
        <translation>Activities and approach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waarschuwingen bij de activiteiten</source>
        <translation>Warnings about the activities</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Er is een aanpak gekozen, maar nog geen reden. Waarom deze aanpak?</source>
        <translation>An approach was chosen, but no reason yet. Why this approach?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De einddatum ligt vóór de startdatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reden ontbreekt</source>
        <translation>reason missing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 activiteit heeft een aanpak zonder reden.</source>
        <translation>1 activity has an approach without a reason.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 activiteiten hebben een aanpak zonder reden.</source>
        <translation>%1 activities have an approach without a reason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 activiteit eindigt vóór de startdatum.</source>
        <translation>1 activity ends before its start date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 activiteiten eindigen vóór de startdatum.</source>
        <translation>%1 activities end before their start date.</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <location filename="wrapped_strings.py" line="+289"/>
        <source>Alle contracten als pdf exporteren</source>
        <translation>Export all contracts as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map voor de pdf-bestanden kiezen</source>
        <translation>Choose a folder for the PDF files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er zijn nog geen opgaven met een contract; er is niets geëxporteerd.</source>
        <translation>There are no opgaven with a contract yet; nothing was exported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De pdf-bestanden worden geschreven…</source>
        <translation>Writing the PDF files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 van %2 geschreven: %3</source>
        <translation>%1 of %2 written: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gestopt: %1 van de %2 bestanden zijn geschreven in %3.</source>
        <translation>Stopped: %1 of the %2 files were written to %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 van de %2 bestanden zijn geschreven in %3.</source>
        <translation>%1 of the %2 files were written to %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet geëxporteerd, omdat de inhoud na het ondertekenen is gewijzigd:</source>
        <translation>Not exported, because the content was changed after signing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• opgave %1 (%2), versie %3</source>
        <translation>• opgave %1 (%2), version %3</translation>
    </message>
</context>
<context>
    <name>CapacityEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/capacity.py" line="+46"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies of typ een team</source>
        <translation>Choose or type a team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kies een team…</source>
        <translation>choose a team…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gevraagd</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hoeveel, bijvoorbeeld 0,8</source>
        <translation>How much, for example 0.8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eenheid</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kennis en vaardigheden</source>
        <translation>Knowledge and skills</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welke kennis en vaardigheden zijn nodig?</source>
        <translation>Which knowledge and skills are needed?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teamleider zegt</source>
        <translation>Team leader says</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gevraagde capaciteit per team</source>
        <translation>Capacity asked per team</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../koerskaart/ui/record/compare_view.py" line="+115"/>
        <source>Versies vergelijken – %1</source>
        <translation>Compare versions – %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>getekend %1</source>
        <translation>signed %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Oude versie</source>
        <translation>Old version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuwe versie</source>
        <translation>New version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Vergelijk</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;met</source>
        <translation>&amp;with</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verschillen tussen de versies</source>
        <translation>Differences between the versions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deze opgave heeft maar één versie; er is niets te vergelijken.</source>
        <translation>This task has only one version; there is nothing to compare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kies twee verschillende versies.</source>
        <translation>Choose two different versions.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versie %1 en versie %2: </source>
        <translation>Version %1 and version %2: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geen verschillen.</source>
        <translation>no differences.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 vraag is anders beantwoord.</source>
        <translation>1 question was answered differently.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 vragen zijn anders beantwoord.</source>
        <translation>%1 questions were answered differently.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reden voor de nieuwe versie: %1</source>
        <translation>Reason for the new version: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nieuw beantwoord</source>
        <translation>newly answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>antwoord weggehaald</source>
        <translation>answer removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Er is niets veranderd tussen deze versies.</source>
        <translation>Nothing changed between these versions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rij toegevoegd</source>
        <translation>Row added</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rij verwijderd</source>
        <translation>Row removed</translation>
    </message>
</context>
<context>
    <name>ConfirmationPanel</name>
    <message>
        <location filename="../../koerskaart/ui/editors/capacity_panel.py" line="+48"/>
        <source>Toezegging van de teamleider</source>
        <translation>Team leader&apos;s commitment</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Bijvoorbeeld: pas vanaf september, of alleen met inhuur</source>
        <translation>For example: only from September, or only with hired staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opmerking bij de toezegging</source>
        <translation>Remark on the commitment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Naam van de teamleider</source>
        <translation>Name of the team leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naam van de teamleider die toezegt</source>
        <translation>Name of the team leader who commits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bevestigen</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legt de toezegging vast met naam en tijd (Enter)</source>
        <translation>Records the commitment with name and time (Enter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Antwoord:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&amp;Ja, bevestigd</source>
        <translation>&amp;Yes, confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deels bevestigd</source>
        <translation>&amp;Partly confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ee, niet bevestigd</source>
        <translation>N&amp;o, not confirmed</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bevestigde hoeveelheid</source>
        <translation>Confirmed amount</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Be&amp;vestigd:</source>
        <translation>Con&amp;firmed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opmerking:</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Teamleide&amp;r:</source>
        <translation>Team lea&amp;der:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Eerdere toezeggingen</source>
        <translation>Earlier commitments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kies links een team om de toezegging vast te leggen.</source>
        <translation>Choose a team on the left to record its commitment.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(nog geen team)</source>
        <translation>(no team yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toezegging van de teamleider van %1</source>
        <translation>Commitment of the team leader of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gevraagd: %1 %2</source>
        <translation>Asked: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>met: %1</source>
        <translation>with: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De teamleider heeft nog niet geantwoord.</source>
        <translation>The team leader has not answered yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nu geldt: %1</source>
        <translation>Now valid: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eerdere toezeggingen (%1)</source>
        <translation>Earlier commitments (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2, door %3 op %4</source>
        <translation>%1: %2, by %3 on %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kies eerst: bevestigd, deels bevestigd of niet bevestigd.</source>
        <translation>First choose: confirmed, partly confirmed or not confirmed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vul de naam in van de teamleider die toezegt.</source>
        <translation>Fill in the name of the team leader who commits.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../koerskaart/ui/conversation/conflict_dialog.py" line="+48"/>
        <source>Iemand anders heeft dit ook gewijzigd</source>
        <translation>Someone else changed this too</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Iemand anders heeft deze antwoorden opgeslagen terwijl u typte. Kies per vraag welke tekst blijft. Er wordt niets overschreven voordat u kiest.</source>
        <translation>Someone else saved these answers while you were typing. Choose for each question which text stays. Nothing is overwritten before you choose.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Van u</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Keuze opslaan</source>
        <translation>Save choice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Van %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Van de ander</source>
        <translation>Theirs</translation>
    </message>
</context>
<context>
    <name>ContractSession</name>
    <message>
        <location filename="../../koerskaart/ui/session.py" line="+151"/>
        <location line="+1"/>
        <source>de schijf is vol</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>de schijf is alleen-lezen</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>u mag dit bestand niet wijzigen</source>
        <translation>you may not change this file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>het bestand is er niet meer</source>
        <translation>the file is no longer there</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>de computer weigerde het</source>
        <translation>the computer refused it</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deze versie is ondertekend en kan niet meer worden gewijzigd.</source>
        <translation>This version is signed and can no longer be changed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opslaan is mislukt: %1. Uw invoer staat nog in het venster.</source>
        <translation>Saving failed: %1. Your input is still in the window.</translation>
    </message>
</context>
<context>
    <name>ConversationWindow</name>
    <message>
        <location filename="../../koerskaart/ui/conversation/window.py" line="+114"/>
        <source>%1 – versie %2 – Koerskaart</source>
        <translation>%1 – version %2 – Koerskaart</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Versie van dit gesprek</source>
        <translation>Version of this conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Een andere versie bekijken (elke versie blijft leesbaar)</source>
        <translation>View another version (every version stays readable)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>← Vorige</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgende →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Vorige stap (Alt+Links of Ctrl+PageUp)</source>
        <translation>Previous step (Alt+Left or Ctrl+PageUp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volgende stap (Alt+Rechts of Ctrl+PageDown)</source>
        <translation>Next step (Alt+Right or Ctrl+PageDown)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alles is opgeslagen</source>
        <translation>Everything is saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overzicht en controle</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overzicht: alle antwoorden</source>
        <translation>Review: all answers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Presentatiemodus</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Groter</source>
        <translation>&amp;Larger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kleiner</source>
        <translation>&amp;Smaller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Normale grootte</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Volledig scherm</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Facilitatorvenster</source>
        <translation>F&amp;acilitator window</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Toetsen…</source>
        <translation>&amp;Keys…</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Stap %1 van %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nieuwste stand geladen</source>
        <translation>Latest version loaded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Niet opgeslagen…</source>
        <translation>Not saved…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opgeslagen %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Niet opgeslagen: gewijzigd in een ander venster</source>
        <translation>Not saved: changed in another window</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dit gesprek is gewijzigd in een ander venster of door iemand anders. Uw laatste wijziging is niet opgeslagen, zodat niets van de ander wordt overschreven. Kies ‘Vergelijken’ om per vraag te kiezen welke tekst blijft.</source>
        <translation>This conversation was changed in another window or by someone else. Your last change was not saved, so nothing of theirs is overwritten. Choose ‘Compare’ to pick, for each question, which text stays.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vergelijken</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../koerskaart/ui/main_window.py" line="+305"/>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Niet opgeslagen: geen verbinding</source>
        <translation>Not saved: no connection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De verbinding is terug; alles is opgeslagen.</source>
        <translation>The connection is back; everything is saved.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+3"/>
        <source>Alleen lezen</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deze versie is ondertekend en vastgelegd. U kunt alles lezen, maar niets meer wijzigen. Wilt u iets veranderen? Maak dan een nieuwe versie (hercontracteren).</source>
        <translation>This version is signed and recorded. You can read everything but change nothing. Want to change something? Then make a new version (re-contract).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deze versie is ondertekend en vastgelegd; er is een nieuwere versie. Kies die rechtsboven om verder te gaan.</source>
        <translation>This version has been signed and fixed; there is a newer version. Choose it at the top right to continue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hercontracteren…</source>
        <translation>Re-contract…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Versie %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>Hercontracteren</source>
        <translation>Re-contract</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Waarom komt er een nieuwe versie? De reden staat in versie %1. Versie %2 blijft ondertekend en leesbaar.</source>
        <translation>Why is there a new version? The reason is recorded in version %1. Version %2 stays signed and readable.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Niet alles is opgeslagen</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Een of meer antwoorden konden niet worden opgeslagen. Als u nu sluit, gaan die verloren. Wilt u het venster toch sluiten?</source>
        <translation>One or more answers could not be saved. If you close now, they are lost. Close the window anyway?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toch sluiten</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar het gesprek</source>
        <translation>Back to the conversation</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/plain.py" line="+386"/>
        <source>Geen datum</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="wrapped_strings.py" line="-196"/>
        <source>%1 %2 %3 bestaat niet: %2 heeft %4 dagen.</source>
        <translation>%2 %1, %3 does not exist: %2 has %4 days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maand %1 bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 12-3-2025.</source>
        <translation>There is no month %1. Type day-month-year, for example 12-3-2025.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dit is nog geen datum. Typ dag-maand-jaar, bijvoorbeeld 12-3-2025 of 120325.</source>
        <translation>This is not a date yet. Type day-month-year, for example 12-3-2025 or 120325.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typ de datum als dag-maand-jaar (12-3-2025 of 120325), of kies hem in de kalender.</source>
        <translation>Type the date as day-month-year (12-3-2025 or 120325), or pick it in the calendar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalender (Alt+↓)</source>
        <translation>Calendar (Alt+↓)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalender openen</source>
        <translation>Open the calendar</translation>
    </message>
</context>
<context>
    <name>FacilitatorWindow</name>
    <message>
        <location filename="../../koerskaart/ui/facilitator_window.py" line="+166"/>
        <source>Stap: %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deze stap heeft geen vragen.</source>
        <translation>This step has no questions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Privénotitie bij: %1</source>
        <translation>Private note on: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nog niet opgeslagen…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Opgeslagen %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+15"/>
        <location line="+14"/>
        <location filename="../../forms/facilitator_window.ui" line="+103"/>
        <source>Parkeerplaats</source>
        <translation>Parking lot</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 minuten van %2 gebruikt</source>
        <translation>%1 of %2 minutes used</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pauze</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/facilitator_window.ui" line="-50"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../forms/facilitator_window.ui" line="-44"/>
        <source>Facilitator – alleen voor u</source>
        <translation>Facilitator – for you only</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alleen voor u: deel dit venster niet. Niets hiervan komt op het gedeelde scherm of in de PDF.</source>
        <translation>For you only: do not share this window. Nothing here appears on the shared screen or in the PDF.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tijd voor deze stap</source>
        <translation>Time for this step</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verstreken tijd en tijdsbudget</source>
        <translation>Time spent and time budget</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Opnieuw</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mijn notitie bij deze vraag</source>
        <translation>My note on this question</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Privénotitie bij de huidige vraag</source>
        <translation>Private note on the current question</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Parkeerplaats: punten om op terug te komen</source>
        <translation>Parking lot: points to come back to</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nieuw punt voor de parkeerplaats</source>
        <translation>New point for the parking lot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Punt om op terug te komen</source>
        <translation>Point to come back to</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>GapLine</name>
    <message>
        <location filename="../../koerskaart/ui/editors/capacity_gap.py" line="+64"/>
        <source>gevraagd %1 %2 · bevestigd %3</source>
        <translation>asked %1 %2 · confirmed %3</translation>
    </message>
</context>
<context>
    <name>GapOverview</name>
    <message>
        <location line="+25"/>
        <source>Overzicht vraag en toezegging</source>
        <translation>Overview of request and commitment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vraag en toezegging</source>
        <translation>Request and commitment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nog geen capaciteit gevraagd. Voeg links een team toe.</source>
        <translation>No capacity asked yet. Add a team on the left.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tekort per team</source>
        <translation>Shortfall per team</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Totaal in %1 %2</source>
        <translation>Total in %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nog geen capaciteit gevraagd.</source>
        <translation>No capacity asked for yet.</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <location filename="wrapped_strings.py" line="-96"/>
        <source>Stappen</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+→&lt;br&gt;Ctrl+PageDown</source>
        <translation>Alt+→&lt;br&gt;Ctrl+PageDown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+←&lt;br&gt;Ctrl+PageUp</source>
        <translation>Alt+←&lt;br&gt;Ctrl+PageUp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vorige stap</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PageUp / PageDown</source>
        <translation>PageUp / PageDown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pagina schuiven</source>
        <translation>Scroll the page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgend of vorig veld</source>
        <translation>Next or previous field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu opslaan</source>
        <translation>Save now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabellen</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typen, F2, Enter</source>
        <translation>Typing, F2, Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cel bewerken; een lege tabel krijgt een regel</source>
        <translation>Edit the cell; an empty table gets a row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Insert&lt;br&gt;Alt+N</source>
        <translation>Ctrl+Insert&lt;br&gt;Alt+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regel toevoegen</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regel verwijderen</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+↑ / Ctrl+↓</source>
        <translation>Ctrl+↑ / Ctrl+↓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regel verplaatsen</source>
        <translation>Move row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velden</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12-3-2025&lt;br&gt;120325</source>
        <translation>12-3-2025&lt;br&gt;120325</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum typen; Alt+↓ toont de kalender</source>
        <translation>Type a date (day first); Alt+↓ shows the calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 – 5</source>
        <translation>1 – 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score kiezen</source>
        <translation>Choose a score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1, 2, 3, Enter</source>
        <translation>1, 2, 3, Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rol in de driehoek invullen</source>
        <translation>Fill in a role of the triangle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beeld</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentatiemodus</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl++ / Ctrl+-</source>
        <translation>Ctrl++ / Ctrl+-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groter / kleiner</source>
        <translation>Larger / smaller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normale grootte</source>
        <translation>Normal size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volledig scherm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitatorvenster</source>
        <translation>Facilitator window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1 of ?</source>
        <translation>F1 or ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze toetsen</source>
        <translation>These keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toetsen – Koerskaart</source>
        <translation>Keys – Koerskaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overzicht van de toetsen</source>
        <translation>Overview of the keys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of</source>
        <translation>or</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/plain.py" line="-147"/>
        <source>Te lang: %1 van de %2 tekens. Maak de tekst korter, anders wordt hij niet opgeslagen.</source>
        <translation>Too long: %1 of %2 characters. Shorten the text, or it will not be saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nog %1 tekens over.</source>
        <translation>%1 characters left.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../koerskaart/ui/main_window.py" line="-95"/>
        <location line="+670"/>
        <location filename="../../forms/main_window.ui" line="+24"/>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+150"/>
        <source>Database niet geopend</source>
        <translation>Database not opened</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+46"/>
        <source>Ander bestand kiezen…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location line="-245"/>
        <location line="+505"/>
        <location line="+270"/>
        <source>Portefeuille</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location line="-772"/>
        <location line="+773"/>
        <source>Alle opgaven samen: kaart, stoplichten en capaciteit</source>
        <translation>All tasks together: map, traffic lights and capacity</translation>
    </message>
    <message>
        <location line="-766"/>
        <source>O&amp;rganisatie…</source>
        <translation>O&amp;rganisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domeinen, teams en teamleiders van de gemeente</source>
        <translation>Domains, teams and team leaders of the municipality</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Demo openen</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opent het demobestand met een verzonnen gemeente, los van uw eigen bestand</source>
        <translation>Opens the demo file with a fictional municipality, apart from your own file</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 op server %2</source>
        <translation>%1 on server %2</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&amp;Logbestand openen</source>
        <translation>Open &amp;log file</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+147"/>
        <source>Koerskaart – %1</source>
        <translation>Koerskaart – %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Nieuwe database maken?</source>
        <translation>Create a new database?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het bestand %1 is leeg (0 bytes) en dus nog geen Koerskaart-database. Wilt u er een nieuwe, lege database van maken?</source>
        <translation>The file %1 is empty (0 bytes), so it is not a Koerskaart database yet. Do you want to make it a new, empty database?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nieuwe database maken</source>
        <translation>Create new database</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(alleen lezen)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Databasebestand kiezen</source>
        <translation>Choose database file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koerskaart-database (*.sqlite *.db);;Alle bestanden (*)</source>
        <translation>Koerskaart database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ander databasebestand</source>
        <translation>Other database file</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Sluit eerst de geopende gesprekken.</source>
        <translation>First close the open conversations.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Gedeelde database</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Het adres van de gedeelde database, bijvoorbeeld postgresql://uw-naam@db.gemeente.nl/koerskaart. Het wachtwoord vraagt Koerskaart apart (of vindt het in ~/.pgpass) en bewaart het niet.</source>
        <translation>The address of the shared database, for example postgresql://your-name@db.municipality.nl/koerskaart. Koerskaart asks for the password separately (or finds it in ~/.pgpass) and does not keep it.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+31"/>
        <source>Nieuw gesprek</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+92"/>
        <location line="+7"/>
        <source>Gesprek openen</source>
        <translation>Open conversation</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Dit gesprek is nu ook geopend door %1 (sinds %2). Als u allebei typt, krijgt wie als tweede opslaat een melding en kiest per veld welke tekst blijft. Toch openen?</source>
        <translation>This conversation is also open by %1 right now (since %2). If you both type, whoever saves second is told and chooses for each field which text stays. Open it anyway?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gesprek is al geopend</source>
        <translation>Conversation is already open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Toch openen</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Het gespreksvenster is in deze versie niet beschikbaar.</source>
        <translation>The conversation window is not available in this version.</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+5"/>
        <location line="+11"/>
        <source>Opgave verwijderen</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Sluit eerst het gesprek van deze opgave.</source>
        <translation>First close the conversation of this task.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wilt u de opgave “%1” uit de lijst verwijderen?

Alle gesprekken en handtekeningen blijven bewaard in het logboek van dit bestand.</source>
        <translation>Remove the task “%1” from the list?

All conversations and signatures stay in the audit trail of this file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is verwijderd.</source>
        <translation>“%1” was removed.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+7"/>
        <source>Demo laden</source>
        <translation>Load demo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>De demo is in deze versie niet beschikbaar.</source>
        <translation>The demo is not available in this version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De demo wordt geladen…</source>
        <translation>Loading the demo…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De demo is geladen.</source>
        <translation>The demo is loaded.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alle contracten als pdf exporteren</source>
        <translation>Export all contracts as PDF</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Geopende gesprekken tonen de vragen in de nieuwe taal nadat u ze opnieuw opent.</source>
        <translation>Open conversations show the questions in the new language after you reopen them.</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="-15"/>
        <source>Koerskaart</source>
        <translation>Koerskaart</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Taal / Language</source>
        <translation>&amp;Taal / Language</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Nieuw gesprek…</source>
        <translation>&amp;New conversation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Een nieuwe opgave, of een bestaande opnieuw contracteren (Ctrl+N)</source>
        <translation>A new task, or re-contract an existing one (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Het gesprek van de gekozen opgave openen (Ctrl+O of Enter)</source>
        <translation>Open the conversation of the selected task (Ctrl+O or Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De gekozen opgave uit de lijst halen (Delete)</source>
        <translation>Remove the selected task from the list (Delete)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ander &amp;databasebestand…</source>
        <translation>Other &amp;database file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alle contracten als pdf exporteren…</source>
        <translation>Export all contracts as PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schrijf de nieuwste versie van elke opgave als pdf in een map</source>
        <translation>Write the newest version of every task as a PDF into a folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Gedeelde database (server)…</source>
        <translation>&amp;Shared database (server)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Instellingen…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Presentatiemodus</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grote letters en rustige kleuren voor een gedeeld scherm (Ctrl+Shift+P)</source>
        <translation>Large type and calm colours for a shared screen (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Volledig scherm</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Groter</source>
        <translation>&amp;Larger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kleiner</source>
        <translation>&amp;Smaller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Normale grootte</source>
        <translation>&amp;Normal size</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Facilitatorvenster</source>
        <translation>F&amp;acilitator window</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uw eigen notities, parkeerplaats en tijd: een apart venster dat u niet deelt (Ctrl+Shift+F)</source>
        <translation>Your own notes, parking lot and time: a separate window you do not share (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Over Koerskaart</source>
        <translation>&amp;About Koerskaart</translation>
    </message>
</context>
<context>
    <name>MoodCurve</name>
    <message>
        <location filename="../../koerskaart/ui/editors/mood_curve.py" line="+140"/>
        <source>Gevoelsgrafiek</source>
        <translation>Mood curve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pijl links/rechts: kies een gebeurtenis. Pijl omhoog/omlaag: stemming hoger/lager.</source>
        <translation>Left/right arrow: choose an event. Up/down arrow: mood higher/lower.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Nog geen gebeurtenissen.</source>
        <translation>No events yet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Waar komen we vandaan</source>
        <translation>Where we come from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waar staan we nu</source>
        <translation>Where we are now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waar gaan we heen</source>
        <translation>Where we are going</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Voeg gebeurtenissen toe; ze verschijnen hier als punten boven of onder de lijn.</source>
        <translation>Add events; they appear here as points above or below the line.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>(zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <location filename="../../koerskaart/ui/new_conversation_dialog.py" line="+50"/>
        <source>%1 (nu versie %2)</source>
        <translation>%1 (now version %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Er is nog geen opgave met een ondertekend contract.</source>
        <translation>There is no task with a signed contract yet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Gesprek beginnen</source>
        <translation>Start &amp;conversation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Geef de nieuwe opgave een titel.</source>
        <translation>Give the new task a title.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kies de opgave die u opnieuw wilt contracteren.</source>
        <translation>Choose the task you want to re-contract.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schrijf op waarom u opnieuw contracteert; de reden komt bij de nieuwe versie.</source>
        <translation>Write down why you re-contract; the reason is kept with the new version.</translation>
    </message>
    <message>
        <location filename="../../forms/new_conversation_dialog.ui" line="+9"/>
        <source>Nieuw gesprek</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Een &amp;nieuwe opgave</source>
        <translation>A &amp;new task</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Titel van de nieuwe opgave</source>
        <translation>Title of the new task</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bijvoorbeeld: Veilige en leefbare buurt</source>
        <translation>For example: A safe and liveable neighbourhood</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Een bestaande opgave &amp;opnieuw contracteren (nieuwe versie)</source>
        <translation>&amp;Re-contract an existing task (new version)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>O&amp;pgave:</source>
        <translation>Tas&amp;k:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opgave om opnieuw te contracteren</source>
        <translation>Task to re-contract</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reden:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reden voor opnieuw contracteren</source>
        <translation>Reason for re-contracting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waarom maken we nieuwe afspraken? Bijvoorbeeld: de capaciteit is veranderd.</source>
        <translation>Why do we make new agreements? For example: the capacity has changed.</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/plain.py" line="+205"/>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Leegmaken</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>OpgaveTableModel</name>
    <message>
        <location filename="../../koerskaart/ui/opgave_table_model.py" line="+88"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laatste wijziging</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opdrachtnemer</source>
        <translation>Task leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in gesprek</source>
        <translation>in conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ter ondertekening</source>
        <translation>to be signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>getekend</source>
        <translation>signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>herzien</source>
        <translation>revised</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>geopend door %1 sinds %2</source>
        <translation>opened by %1 since %2</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../koerskaart/ui/organisation_dialog.py" line="+42"/>
        <source>Organisatie – Koerskaart</source>
        <translation>Organisation – Koerskaart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leg hier de domeinen en teams van uw gemeente vast. In de stap Capaciteit kiest u daarna een team en staat de naam van de teamleider er al. Naam en logo van de gemeente staan bij Bestand → Instellingen.</source>
        <translation>Record the domains and teams of your municipality here. In the Capacity step you then choose a team and its team leader&apos;s name is filled in. The municipality&apos;s name and logo are under File → Settings.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Domeinen (één per regel):</source>
        <translation>&amp;Domains (one per line):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domeinen, één per regel</source>
        <translation>Domains, one per line</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;eams:</source>
        <translation>T&amp;eams:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teamleider</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teams met hun teamleider en domein</source>
        <translation>Teams with their team leader and domain</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team &amp;toevoegen</source>
        <translation>&amp;Add team</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Geef elk team een naam (of maak de regel helemaal leeg).</source>
        <translation>Give every team a name (or empty the row completely).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deze teamnaam staat er twee keer: %1.</source>
        <translation>This team name appears twice: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Domein van het team</source>
        <translation>Domain of the team</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/participants.py" line="+34"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voor- en achternaam</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bijv. wethouder</source>
        <translation>e.g. alderman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leeg = de gemeente</source>
        <translation>empty = the municipality</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— geen team —</source>
        <translation>— no team —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het team van een teamleider</source>
        <translation>A team leader&apos;s team</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deelnemers aan het gesprek</source>
        <translation>Participants in the conversation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Klik op een hoek om die persoon in te vullen.</source>
        <translation>Click a corner to fill in that person.</translation>
    </message>
</context>
<context>
    <name>PartnersEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/partners.py" line="+34"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naam van de partner</source>
        <translation>Name of the partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hoe doet de partner mee?</source>
        <translation>How does the partner take part?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Houdt regie</source>
        <translation>Holds direction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze partner houdt de regie (spatiebalk zet het aan of uit)</source>
        <translation>This partner holds direction (space bar toggles it)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regie over</source>
        <translation>Direction over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leeg = het geheel, anders het deelthema</source>
        <translation>empty = the whole, otherwise the sub-theme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leeg: de regie over het geheel. Anders: het deelthema, bijv. Veiligheid.</source>
        <translation>Empty: direction over the whole. Otherwise: the sub-theme, e.g. Safety.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Binding met eigen organisatie</source>
        <translation>Tie to own organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoe blijven de mensen verbonden met hun eigen organisatie?</source>
        <translation>How do people stay connected to their own organisation?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partners en regie</source>
        <translation>Partners and direction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wie houdt de regie</source>
        <translation>Who holds direction</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+15"/>
        <source>het geheel</source>
        <translation>the whole</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Regie over het geheel: %1.</source>
        <translation>Direction over the whole: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nog niemand houdt de regie over het geheel.</source>
        <translation>Nobody holds direction over the whole yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per deelthema — %1.</source>
        <translation>Per sub-theme — %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let op: meer dan één partner houdt regie over %1.</source>
        <translation>Note: more than one partner holds direction over %1.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../koerskaart/ui/record/pdf_preview.py" line="+84"/>
        <source>Het contracteringsformat kon niet worden gemaakt. De details staan in %1.</source>
        <translation>The contracting form could not be made. The details are in %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>De printer kan niet worden gebruikt. Controleer de printer en probeer het opnieuw.</source>
        <translation>The printer cannot be used. Check the printer and try again.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Contracteringsformat – %1 – versie %2</source>
        <translation>Contract form – %1 – version %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Zaaknummer van het archief (leeg laten als er geen is):</source>
        <translation>Case number of the records office (leave empty if there is none):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Een zaaknummer is hoogstens %1 tekens lang.</source>
        <translation>A case number is at most %1 characters long.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opslaan met zegel…</source>
        <translation>Save with seal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sla de ondertekende versie op met het zegel (certificaat) van de gemeente</source>
        <translation>Save the signed version with the municipality&apos;s seal (certificate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+274"/>
        <location line="+5"/>
        <source>Openen in PDF-lezer</source>
        <translation>Open in PDF reader</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>◀ Vorige pagina</source>
        <translation>◀ Previous page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volgende pagina ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kleiner</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groter</source>
        <translation>Larger</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+134"/>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Zaaknummer…</source>
        <translation>Case number…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GEWIJZIGD NA ONDERTEKENING — niet geldig. De inhoud van deze versie is na het ondertekenen veranderd; de vingerafdruk klopt niet meer. Opslaan en afdrukken geven dezelfde gemarkeerde pdf.</source>
        <translation>CHANGED AFTER SIGNING — not valid. The content of this version was changed after it was signed; the fingerprint no longer matches. Saving and printing give the same marked PDF.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Het contracteringsformat wordt opgemaakt…</source>
        <translation>Laying out the contract form…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voorbeeld van het contracteringsformat</source>
        <translation>Preview of the contract form</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Het voorbeeld kan niet worden getoond.</source>
        <translation>The preview cannot be shown.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deze tekens kan het lettertype niet afdrukken; ze zijn zichtbaar vervangen: %1</source>
        <translation>The font cannot print these characters; they were visibly replaced: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Het contracteringsformat kon niet worden opgemaakt: %1</source>
        <translation>The contract form could not be laid out: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contracteringsformat</source>
        <translation>Contract form</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pagina %1 van %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Opslaan met zegel</source>
        <translation>Save with seal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificaat (*.p12 *.pfx)</source>
        <translation>Certificate (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wachtwoord van het certificaat (wordt niet bewaard):</source>
        <translation>Password of the certificate (not stored):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contracteringsformat opslaan als</source>
        <translation>Save contract form as</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Contracteringsformat opslaan</source>
        <translation>Save contract form</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Het bestand %1 bestaat al. Wilt u het vervangen?</source>
        <translation>The file %1 already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vervangen</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opgeslagen als %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contracteringsformat afdrukken</source>
        <translation>Print contract form</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Er is geen programma gevonden dat pdf-bestanden opent. Kies ‘Opslaan als…’ en open het bestand zelf.</source>
        <translation>No program was found that opens PDF files. Choose ‘Save as…’ and open the file yourself.</translation>
    </message>
</context>
<context>
    <name>PlainEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/plain.py" line="-315"/>
        <location line="+42"/>
        <source>%1: antwoord leegmaken</source>
        <translation>%1: clear answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antwoord leegmaken</source>
        <translation>Clear answer</translation>
    </message>
</context>
<context>
    <name>PrioritiesEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/priorities.py" line="+148"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hier gaan we nu mee aan de slag.</source>
        <translation>We start working on this now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belangrijk, maar dit kan wachten.</source>
        <translation>Important, but this can wait.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Niet</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dit doen we bewust niet.</source>
        <translation>We deliberately do not do this.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gekozen activiteit:</source>
        <translation>Selected activity:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naar %1</source>
        <translation>To %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Slepen met de muis kan ook; Ctrl+Pijl links/rechts schuift een kolom op.</source>
        <translation>Dragging with the mouse works too; Ctrl+Left/Right arrow moves one column.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prioriteitenbord</source>
        <translation>Priority board</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Activiteit verwijderen</source>
        <translation>Remove activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activiteit „%1” verwijderen? Ze verdwijnt ook uit de lijst met activiteiten.</source>
        <translation>Remove activity “%1”? It also disappears from the list of activities.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PriorityColumn</name>
    <message>
        <location line="-148"/>
        <source>Activiteiten: %1</source>
        <translation>Activities: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe activiteit… (Enter)</source>
        <translation>New activity… (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nieuwe activiteit bij %1</source>
        <translation>New activity under %1</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../koerskaart/ui/read_only.py" line="+13"/>
        <source>Alleen lezen: wijzigingen worden niet opgeslagen. U mag dit databasebestand (of de map waarin het staat) niet wijzigen; u kunt alles bekijken en exporteren.</source>
        <translation>Read-only: changes are not saved. You may not change this database file (or the folder it is in); you can view and export everything.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="wrapped_strings.py" line="+244"/>
        <source>Ondertekenen</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contract</source>
        <translation>&amp;Contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracteringsformat (PDF)…</source>
        <translation>Contract form (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar ondertekenen</source>
        <translation>Go to signing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versies vergelijken…</source>
        <translation>Compare versions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracteringsformat</source>
        <translation>Contract form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versies vergelijken</source>
        <translation>Compare versions</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location line="-249"/>
        <source>Geen verbinding met de database</source>
        <translation>No connection to the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De databaseserver is niet bereikbaar, dus uw laatste antwoorden zijn nog niet opgeslagen. U kunt ze bewaren in een bestand en later inlezen met ‘koerskaart import-json’.</source>
        <translation>The database server cannot be reached, so your latest answers are not saved yet. You can keep them in a file and read it in later with ‘koerskaart import-json’.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opslaan in een bestand…</source>
        <translation>Save to a file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten zonder opslaan</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terug naar het gesprek</source>
        <translation>Back to the conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antwoorden bewaren</source>
        <translation>Keep the answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koerskaart-bestand (*.json)</source>
        <translation>Koerskaart file (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het bestand is niet opgeslagen: %1</source>
        <translation>The file was not saved: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De antwoorden staan in %1. Lees ze later in met: koerskaart import-json %1</source>
        <translation>The answers are in %1. Read them in later with: koerskaart import-json %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location line="+1"/>
        <source>reden: %1</source>
        <translation>reason: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complexiteit %1 van 5</source>
        <translation>complexity %1 of 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eigenaar: %1</source>
        <translation>owner: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heeft de regie over %1</source>
        <translation>holds direction over %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heeft de regie</source>
        <translation>holds direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gevraagd %1 per %2</source>
        <translation>asked %1 per %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nog niet bevestigd</source>
        <translation>not confirmed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>door %1 op %2</source>
        <translation>by %1 on %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totaal per %1: gevraagd %2, bevestigd %3, tekort %4</source>
        <translation>Total per %1: asked %2, confirmed %3, shortfall %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nodig om te kunnen tekenen</source>
        <translation>Needed before signing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanbevolen om nog in te vullen</source>
        <translation>Recommended to fill in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle vragen die nodig zijn, zijn beantwoord.</source>
        <translation>All required questions are answered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overzicht van alle antwoorden</source>
        <translation>Overview of all answers</translation>
    </message>
</context>
<context>
    <name>RoleBlock</name>
    <message>
        <location filename="../../koerskaart/ui/record/signing_page.py" line="+88"/>
        <source>Volledige naam</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ondertekenen</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ondertekenen als %1</source>
        <translation>Sign as %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handtekening intrekken</source>
        <translation>Withdraw signature</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>✔ Getekend door %1 op %2</source>
        <translation>✔ Signed by %1 on %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>○ Nog niet getekend</source>
        <translation>○ Not signed yet</translation>
    </message>
</context>
<context>
    <name>RowTableEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/table_editor.py" line="+371"/>
        <source>Regel toevoegen</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nieuwe regel (Ctrl+Insert of Alt+N)</source>
        <translation>New row (Ctrl+Insert or Alt+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+83"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Gekozen regel verwijderen (Delete)</source>
        <translation>Remove selected row (Delete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regel een plaats omhoog (Ctrl+Pijl omhoog)</source>
        <translation>Move row up (Ctrl+Up arrow)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regel een plaats omlaag (Ctrl+Pijl omlaag)</source>
        <translation>Move row down (Ctrl+Down arrow)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Regel „%1” verwijderen?</source>
        <translation>Remove row “%1”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deze regel verwijderen? Er staat al iets in.</source>
        <translation>Remove this row? It already has content.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regel verwijderen</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/plain.py" line="+321"/>
        <location line="+29"/>
        <source>%1: %2 van %3</source>
        <translation>%1: %2 of %3</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Leegmaken</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../koerskaart/ui/settings_dialog.py" line="+42"/>
        <source>Dit bestand is geen afbeelding die Koerskaart kan lezen. Kies een PNG- of JPEG-bestand.</source>
        <translation>This file is not an image Koerskaart can read. Choose a PNG or JPEG file.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>De naam van de gemeente is te lang (hoogstens %1 tekens).</source>
        <translation>The municipality&apos;s name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+7"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../forms/settings_dialog.ui" line="+55"/>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../forms/settings_dialog.ui" line="-46"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="+6"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Naam van de gemeente</source>
        <translation>Name of the municipality</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bijvoorbeeld: Gemeente Heemstede</source>
        <translation>For example: Municipality of Heemstede</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Voorbeeld van het logo</source>
        <translation>Preview of the logo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Logo &amp;kiezen…</source>
        <translation>&amp;Choose logo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logo &amp;verwijderen</source>
        <translation>&amp;Remove logo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Op deze computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Uw naam:</source>
        <translation>&amp;Your name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uw naam in de wijzigingsgeschiedenis</source>
        <translation>Your name in the change history</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zo staat u in de wijzigingsgeschiedenis en bij een geopend gesprek. Leeg: uw inlognaam.</source>
        <translation>This is how you appear in the change history and on an open conversation. Empty: your login name.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Naam en logo komen op het contracteringsformat (PDF). Ze worden in het databasebestand bewaard, dus iedereen die dit bestand gebruikt ziet ze.</source>
        <translation>Name and logo appear on the contract form (PDF). They are stored in the database file, so everyone who uses this file sees them.</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <location filename="../../koerskaart/ui/record/signature_pad.py" line="+227"/>
        <source>Alleen de naam is ook een geldige handtekening.</source>
        <translation>The name alone is also a valid signature.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Getekende handtekening wissen</source>
        <translation>Clear the drawn signature</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location line="-184"/>
        <source>Handtekening tekenen (niet verplicht)</source>
        <translation>Draw signature (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teken hier met de muis of een pen. Niet verplicht: de naam is genoeg.</source>
        <translation>Draw here with the mouse or a pen. Optional: the name is enough.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nog niets getekend.</source>
        <translation>Nothing drawn yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Getekend: %1 lijnen.</source>
        <translation>Drawn: %1 strokes.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Teken hier (niet verplicht)</source>
        <translation>Draw here (optional)</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../koerskaart/ui/record/signing_page.py" line="+83"/>
        <source>Bestuurlijk opdrachtgever (BO)</source>
        <translation>Political sponsor (BO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambtelijk opdrachtgever (AO)</source>
        <translation>Senior official sponsor (AO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opdrachtnemer (ON)</source>
        <translation>Task leader (ON)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vastgelegd</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opnieuw controleren</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contracteringsformat (PDF) bekijken…</source>
        <translation>View contract form (PDF)…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Deze versie (%1) is door alle drie ondertekend en ligt vast.</source>
        <translation>This version (%1) is signed by all three and is fixed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versie %1: %2 van 3 handtekeningen. Na de derde ligt deze versie vast.</source>
        <translation>Version %1: %2 of 3 signatures. After the third this version is fixed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versie %1: nog niet ondertekend. Na de derde handtekening ligt deze versie vast.</source>
        <translation>Version %1: not signed yet. After the third signature this version is fixed.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ondertekenen kan nog niet. Deze verplichte vragen zijn nog open:</source>
        <translation>Signing is not possible yet. These required questions are still open:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open punten (ondertekenen kan wel):</source>
        <translation>Open points (signing is possible):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alle vragen zijn beantwoord. Er zijn geen open punten.</source>
        <translation>All questions are answered. There are no open points.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vastgelegd op %1 met deze vingerafdruk (SHA-256):</source>
        <translation>Recorded on %1 with this fingerprint (SHA-256):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ontbreekt)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✔ Inhoud ongewijzigd sinds ondertekening</source>
        <translation>✔ Content unchanged since signing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✖ Let op: de inhoud is gewijzigd sinds de ondertekening! De opgeslagen gegevens komen niet meer overeen met de vingerafdruk.</source>
        <translation>✖ Warning: the content has changed since signing! The stored data no longer match the fingerprint.</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+229"/>
        <location line="+45"/>
        <source>Ondertekenen</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Niet alle antwoorden zijn opgeslagen. Los eerst het probleem met opslaan op; daarna kan er worden ondertekend.</source>
        <translation>Not all answers are saved. First solve the saving problem; then signing is possible.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>… en nog %1</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ondertekenen kan nog niet</source>
        <translation>Signing is not possible yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ondertekenen kan pas als alle verplichte vragen beantwoord zijn. Nog open:

%1

Klik op een vraag in de lijst boven de handtekeningen om ernaartoe te gaan.</source>
        <translation>Signing is possible once all required questions are answered. Still open:

%1

Click a question in the list above the signatures to go there.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Laatste handtekening</source>
        <translation>Last signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dit is de derde handtekening. Hiermee wordt versie %1 vastgelegd en kan niet meer worden gewijzigd. Wie daarna iets wil veranderen, maakt een nieuwe versie (hercontracteren).

Wilt u nu ondertekenen?</source>
        <translation>This is the third signature. It fixes version %1, which can then no longer be changed. Anyone who wants to change something afterwards makes a new version (re-contracting).

Do you want to sign now?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ondertekenen en vastleggen</source>
        <translation>Sign and fix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog niet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Handtekening intrekken</source>
        <translation>Withdraw signature</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Wilt u de handtekening van %1 intrekken?</source>
        <translation>Do you want to withdraw the signature of %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
</context>
<context>
    <name>SingleChoiceEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/plain.py" line="-245"/>
        <source>— maak een keuze —</source>
        <translation>— make a choice —</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Leegmaken</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../koerskaart/ui/start_window.py" line="+93"/>
        <source>Logo van de gemeente</source>
        <translation>Logo of the municipality</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>1 opgave</source>
        <translation>1 task</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n opgaven</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../forms/start_window.ui" line="+15"/>
        <source>Opgaven</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoeken in opgaven</source>
        <translation>Search tasks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Titel of opdrachtnemer</source>
        <translation>Title or task leader</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lijst van opgaven</source>
        <translation>List of tasks</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Geen opgave gevonden die bij uw zoekwoord past.</source>
        <translation>No task matches your search.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Nieuw gesprek…</source>
        <translation>&amp;New conversation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Remove…</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../koerskaart/ui/conversation/step_list.py" line="+46"/>
        <source>Nog niet begonnen</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begonnen</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klaar</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aanbevolen vraag open</source>
        <translation>Recommended question open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verplichte vraag open</source>
        <translation>Required question open</translation>
    </message>
</context>
<context>
    <name>StepListView</name>
    <message>
        <location line="+134"/>
        <source>Stappen van het gesprek</source>
        <translation>Steps of the conversation</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="wrapped_strings.py" line="+1"/>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestuurlijk opdrachtgever</source>
        <translation>Political sponsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambtelijk opdrachtgever</source>
        <translation>Senior official sponsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opdrachtnemer</source>
        <translation>Task leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teamleider</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iedereen aan tafel</source>
        <translation>Everyone at the table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze vraag kan in deze versie van Koerskaart niet op het scherm worden ingevuld.</source>
        <translation>This question cannot be filled in on screen in this version of Koerskaart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zo vraagt u het</source>
        <translation>How to ask it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antwoord van:</source>
        <translation>Answer from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie gaf het antwoord op: %1</source>
        <translation>Who gave the answer to: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wie antwoordt: %1</source>
        <translation>Who answers: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ Nodig om te tekenen</source>
        <translation>⚠ Needed for signing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <location filename="../../koerskaart/ui/editors/timeline.py" line="+41"/>
        <source>Verleden</source>
        <translation>Past</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toekomst</source>
        <translation>Future</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>geen datum</source>
        <translation>no date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verleden: waar we vandaan komen. Nu: waar we staan. Toekomst: waar we heen gaan.</source>
        <translation>Past: where we come from. Now: where we are. Future: where we are going.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wat gebeurde er?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wat betekende het voor ons?</source>
        <translation>What did it mean for us?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stemming</source>
        <translation>Mood</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>−2 = dieptepunt … +2 = hoogtepunt</source>
        <translation>−2 = low point … +2 = high point</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stemming van de gekozen gebeurtenis:</source>
        <translation>Mood of the selected event:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stemming van de gekozen gebeurtenis</source>
        <translation>Mood of the selected event</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Klik op een punt of gebruik de pijltjes in de grafiek.</source>
        <translation>Click a point or use the arrow keys in the chart.</translation>
    </message>
</context>
<context>
    <name>Translators</name>
    <message>
        <location filename="../../koerskaart/ui/language.py" line="+76"/>
        <source>nl</source>
        <comment>language code</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>TriangleWidget</name>
    <message>
        <location filename="../../koerskaart/ui/editors/triangle_widget.py" line="+59"/>
        <source>Sturingsdriehoek</source>
        <translation>Steering triangle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klik op een hoek (of druk 1, 2 of 3) om die persoon in te vullen.</source>
        <translation>Click a corner (or press 1, 2 or 3) to fill in that person.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bestuurlijk opdrachtgever</source>
        <translation>Political sponsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambtelijk opdrachtgever</source>
        <translation>Senior official sponsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opdrachtnemer</source>
        <translation>Task leader</translation>
    </message>
    <message>
        <location line="+114"/>
        <location line="+23"/>
        <source>nog niet ingevuld</source>
        <translation>not filled in yet</translation>
    </message>
</context>
<context>
    <name>Unexpected</name>
    <message>
        <location filename="wrapped_strings.py" line="+215"/>
        <source>Er ging iets onverwachts mis. Het gesprek is opgeslagen tot %1.</source>
        <translation>Something unexpected went wrong. The conversation was saved up to %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er ging iets onverwachts mis. Wat al was opgeslagen, is bewaard.</source>
        <translation>Something unexpected went wrong. What was already saved has been kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De details staan in %1.</source>
        <translation>The details are in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logbestand</source>
        <translation>Log file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er is nog niets in het logbestand geschreven. Het komt in %1.</source>
        <translation>Nothing has been written to the log file yet. It will be in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Het logbestand staat in %1.</source>
        <translation>The log file is in %1.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../forms/welcome_page.ui" line="+29"/>
        <source>Welkom bij Koerskaart</source>
        <translation>Welcome to Koerskaart</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Er staan nog geen opgaven in dit bestand. Begin een nieuw contracteringsgesprek, of laad eerst de demo: een fictieve gemeente met negentien opgaven, om rustig rond te kijken.</source>
        <translation>This file holds no tasks yet. Start a new contracting conversation, or first load the demo: a fictional municipality with nineteen tasks, to look around at leisure.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Nieuw gesprek…</source>
        <translation>&amp;New conversation…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De&amp;mo laden</source>
        <translation>Load de&amp;mo</translation>
    </message>
</context>
<context>
    <name>block</name>
    <message>
        <location filename="../../koerskaart/ui/record/signing_page.py" line="-197"/>
        <source>Volledige naam</source>
        <translation>Full name</translation>
    </message>
</context>
<context>
    <name>capacity</name>
    <message>
        <location filename="wrapped_strings.py" line="-220"/>
        <source>Nog geen antwoord</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uur</source>
        <translation>hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uren</source>
        <translation>hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tekort %1</source>
        <translation>shortfall %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 meer dan gevraagd</source>
        <translation>%1 more than asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geen tekort</source>
        <translation>no shortfall</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../koerskaart/ui/editors/labels.py" line="+21"/>
        <source>Bestuurlijk opdrachtgever (BO)</source>
        <translation>Political sponsor (BO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambtelijk opdrachtgever (AO)</source>
        <translation>Senior official sponsor (AO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opdrachtnemer (ON)</source>
        <translation>Task leader (ON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teamleider (TL)</source>
        <translation>Team leader (TL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>— nog niet gekozen —</source>
        <translation>— not chosen yet —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lijnwerk</source>
        <translation>Line work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programma</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opgavegerichte aanpak</source>
        <translation>Mission-oriented approach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mede-eigenaar van het resultaat</source>
        <translation>Co-owner of the result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviseur</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alleen geïnformeerd</source>
        <translation>Informed only</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="wrapped_strings.py" line="+9"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>portfolio</name>
    <message>
        <location line="+1"/>
        <source>Beschikbare capaciteit</source>
        <translation>Available capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschikbaar voor opgaven (fte)</source>
        <translation>Available for tasks (FTE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschikbaar voor opgaven</source>
        <translation>Available for tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teamleider</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschikbare capaciteit invullen…</source>
        <translation>Enter available capacity…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capaciteit per team</source>
        <translation>Capacity per team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team en opgaven</source>
        <translation>Team and tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschikbaar</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gevraagd</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toegezegd</source>
        <translation>Committed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gat</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vrij</source>
        <translation>Free</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat als deze opgaven naar ‘later’ gaan?</source>
        <translation>What if these tasks move to ‘later’?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opgaven die naar later gaan</source>
        <translation>Tasks that move to later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen team heeft meer toegezegd dan het beschikbaar heeft.</source>
        <translation>No team has committed more than it has available.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{team}: {confirmed} fte toegezegd van {available} beschikbaar</source>
        <translation>{team}: {confirmed} FTE committed of {available} available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{team}: {asked} fte gevraagd van {available} beschikbaar</source>
        <translation>{team}: {asked} FTE asked of {available} available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naar later: %1 fte gevraagde capaciteit vrij in %2.</source>
        <translation>Moved to later: %1 FTE of asked capacity freed in %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vink een opgave aan om te zien wat dat de teams oplevert.</source>
        <translation>Tick a task to see what that frees for the teams.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De kaart toont %1 opgaven: links kort, rechts lang, onder eenvoudig, boven complex.</source>
        <translation>The map shows %1 tasks: short on the left, long on the right, simple at the bottom, complex at the top.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ondertekend</source>
        <translation>signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niet ondertekend</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- %1: %2, %3 fte gevraagd, %4</source>
        <translation>- %1: %2, %3 FTE asked, %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niet op de kaart (duur of complexiteit onbekend):</source>
        <translation>Not on the map (duration or complexity unknown):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (over %2)</source>
        <translation>%1 (for %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stoplicht: %1</source>
        <translation>Traffic light: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>versie %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nog geen versie</source>
        <translation>no version yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestuurlijk opdrachtgever: %1</source>
        <translation>Political principal: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opdrachtnemer: %1</source>
        <translation>Task leader: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capaciteit: %1 fte gevraagd, %2 toegezegd</source>
        <translation>Capacity: %1 FTE asked, %2 committed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complexiteit %1 · duur in maanden: %2</source>
        <translation>Complexity %1 · duration in months: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende mijlpaal: %1 (%2)</source>
        <translation>Next milestone: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen rapportage over deze periode.</source>
        <translation>No report for this period.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bestuurlijk opdrachtgever</source>
        <translation>Political principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stoplicht</source>
        <translation>Traffic light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoeken op titel of naam</source>
        <translation>Search by title or name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle: %1</source>
        <translation>All: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stoplichten per maand</source>
        <translation>Traffic lights per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inzoomen op een kwadrant</source>
        <translation>Zoom in on a quadrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hele kaart</source>
        <translation>Whole map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activiteiten tonen</source>
        <translation>Show activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Als tabel</source>
        <translation>As a table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beschrijving in woorden</source>
        <translation>Description in words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De kaart als tabel</source>
        <translation>The map as a table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opgave</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kwadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duur (maanden)</source>
        <translation>Duration (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complexiteit</source>
        <translation>Complexity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gevraagd (fte)</source>
        <translation>Asked (FTE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De kaart in woorden</source>
        <translation>The map in words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies een opgave op de kaart (klik, of pijltjestoetsen).</source>
        <translation>Choose a task on the map (click, or arrow keys).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opgave openen</source>
        <translation>Open task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaart van de opgaven: complexiteit tegen duur</source>
        <translation>Map of the tasks: complexity against duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pijltjestoetsen: naar de volgende opgave. Enter: openen. 1 tot 4: inzoomen. 0: uitzoomen.</source>
        <translation>Arrow keys: to the next task. Enter: open. 1 to 4: zoom in. 0: zoom out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen opgaven op de kaart.</source>
        <translation>No tasks on the map.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activiteit: %1
van de opgave: %2</source>
        <translation>Activity: %1
of the task: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opgaven</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapportage invullen…</source>
        <translation>File a report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle rapportages</source>
        <translation>All reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sta je er niet op, dan bestaat het niet. Nog geen rapportage over %1 (%2): %3</source>
        <translation>If you are not on it, it does not exist. No report yet for %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over %1 heeft elke opgave gerapporteerd.</source>
        <translation>Every task has reported for %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geen opgave gekozen.</source>
        <translation>No task chosen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hierna</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp gevraagd van het opgavenboard</source>
        <translation>Help asked of the task board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nog geen rapportages.</source>
        <translation>No reports yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voortgangsrapportage</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over de maand</source>
        <translation>For the month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In het contract staan geen afspraken over het stoplicht.</source>
        <translation>The contract holds no agreements about the traffic light.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afspraak in het contract: %1</source>
        <translation>Agreed in the contract: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toelichting (verplicht bij oranje en rood)</source>
        <translation>Explanation (required for amber and red)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat is er gedaan?</source>
        <translation>What was done?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat komt hierna?</source>
        <translation>What comes next?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welke hulp vraagt u van het opgavenboard?</source>
        <translation>What help do you ask of the task board?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hulp gevraagd</source>
        <translation>Help asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opgesteld door</source>
        <translation>Written by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapportage opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies een stoplicht: groen, oranje of rood.</source>
        <translation>Choose a traffic light: green, amber or red.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leg uit waarom het stoplicht op %1 staat: bij oranje en rood is een toelichting verplicht.</source>
        <translation>Explain why the traffic light is %1: amber and red need an explanation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vul in wie de rapportage opstelt.</source>
        <translation>Fill in who writes the report.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over een maand die nog moet komen kunt u nog niet rapporteren.</source>
        <translation>You cannot report on a month that is still to come.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deze tekst is te lang; houd hem korter dan 4001 tekens.</source>
        <translation>This text is too long; keep it under 4001 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BO</source>
        <translation>PP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AO</source>
        <translation>SO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ON</source>
        <translation>TL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(getekend)</source>
        <translation>(signed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leeftijd (dagen)</source>
        <translation>Age (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toegezegd (fte)</source>
        <translation>Committed (FTE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gat (fte)</source>
        <translation>Gap (FTE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volgende mijlpaal</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambtelijk opdrachtgever</source>
        <translation>Senior official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opdrachtnemer</source>
        <translation>Task leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagen sinds de laatste rapportage</source>
        <translation>Days since the last report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portefeuille – alle opgaven</source>
        <translation>Portfolio – all tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle opgaven als tabel</source>
        <translation>All tasks as a table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wat kunnen we aan?</source>
        <translation>What can we handle?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Portefeuille</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport voor het opgavenboard (pdf)…</source>
        <translation>Report for the task board (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporteren naar Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voortgangsrapportage invullen…</source>
        <translation>File a progress report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portefeuille – %1 van %2 opgaven – %3</source>
        <translation>Portfolio – %1 of %2 tasks – %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kies eerst een opgave.</source>
        <translation>Choose a task first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport voor het opgavenboard opslaan</source>
        <translation>Save the report for the task board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapport opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portefeuille opslaan als Excel</source>
        <translation>Save the portfolio as Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel-werkmap (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel opslaan</source>
        <translation>Save Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>groen</source>
        <translation>green</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oranje</source>
        <translation>amber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rood</source>
        <translation>red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geen rapportage</source>
        <translation>no report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in gesprek</source>
        <translation>in conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ter ondertekening</source>
        <translation>to be signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>getekend</source>
        <translation>signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>herzien</source>
        <translation>revised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kort en eenvoudig</source>
        <translation>Short and simple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lijnwerk in het team</source>
        <translation>line work in the team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kort en complex</source>
        <translation>Short and complex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>een project met een vast resultaat</source>
        <translation>a project with a fixed result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lang en eenvoudig</source>
        <translation>Long and simple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>een programma dat samenhang houdt</source>
        <translation>a programme that keeps things together</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex en lang</source>
        <translation>Complex and long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opgavegerichte aanpak met partners</source>
        <translation>mission-oriented approach with partners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duur (van de eerste tot de laatste activiteit)</source>
        <translation>Duration (from the first to the last activity)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} jaar</source>
        <translation>{n} yr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eenvoudig</source>
        <translation>simple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zeer complex</source>
        <translation>very complex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nog niet ondertekend</source>
        <translation>not yet signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grootte: gevraagde fte</source>
        <translation>size: FTE asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>,</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../koerskaart/ui/conversation/conflict_dialog.py" line="+32"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
</context>
</TS>
