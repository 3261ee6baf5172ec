<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnalysisPresentation</name>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="15"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="17"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="19"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="21"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="30"/>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="32"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="34"/>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="42"/>
        <source>public post (+2)</source>
        <translation>öffentlicher Beitrag (+2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="44"/>
        <source>negative (+2)</source>
        <translation>negativ (+2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="46"/>
        <source>very negative (+3)</source>
        <translation>sehr negativ (+3)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="48"/>
        <source>positive (−1)</source>
        <translation>positiv (−1)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="50"/>
        <source>1,000+ followers (+1)</source>
        <translation>über 1.000 Follower (+1)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="52"/>
        <source>10,000+ followers (+2)</source>
        <translation>über 10.000 Follower (+2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="54"/>
        <source>100,000+ followers (+3)</source>
        <translation>über 100.000 Follower (+3)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="62"/>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="74"/>
        <source>Topic: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="75"/>
        <source>Topic: %1 (%2)</source>
        <translation>Thema: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="78"/>
        <source>Reach: %1 followers</source>
        <translation>Reichweite: %1 Follower</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="82"/>
        <source>Why: nothing raised or lowered it</source>
        <translation>Warum: nichts hat sie erhöht oder gesenkt</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="83"/>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="16"/>
        <source>Switchboard: calls, email and social messages for contact-centre agents.</source>
        <translation>Switchboard: Anrufe, E-Mails und Social-Media-Nachrichten für Contact-Center-Agenten.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="19"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="21"/>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="23"/>
        <source>The hub to sign in to, e.g. https://hub.example.com.</source>
        <translation>Der Hub, bei dem Sie sich anmelden, z. B. https://hub.example.com.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="27"/>
        <source>The user name to sign in with.</source>
        <translation>Der Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="30"/>
        <source>Read the password from the first line of standard input and sign in at once.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen und sofort anmelden.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="33"/>
        <source>Keep settings and local data in DIR instead of the usual places.</source>
        <translation>Einstellungen und lokale Daten in DIR statt an den üblichen Orten speichern.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="37"/>
        <source>Save a picture of the main window to FILE once it shows the inbox, then quit.</source>
        <translation>Ein Bild des Hauptfensters in FILE speichern, sobald es den Posteingang zeigt, dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="41"/>
        <source>Print how long the start took, and the memory in use, on standard error once the inbox first shows conversations.</source>
        <translation>Die Startdauer und den belegten Speicher auf der Standardfehlerausgabe ausgeben, sobald der Posteingang zum ersten Mal Konversationen zeigt.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="72"/>
        <source>--hub must be an http:// or https:// address
</source>
        <translation>--hub muss eine http://- oder https://-Adresse sein
</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="80"/>
        <source>--password-stdin needs --hub and --user
</source>
        <translation>--password-stdin erfordert --hub und --user
</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="26"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="28"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="30"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="32"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="34"/>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="36"/>
        <source>Instagram message</source>
        <translation>Instagram-Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="38"/>
        <source>X message</source>
        <translation>X-Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="40"/>
        <source>Facebook comment</source>
        <translation>Facebook-Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="42"/>
        <source>Instagram comment</source>
        <translation>Instagram-Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="44"/>
        <source>X post</source>
        <translation>X-Beitrag</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="18"/>
        <source>Card number — never send card numbers</source>
        <translation>Kartennummer — niemals Kartennummern senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="20"/>
        <source>Password, PIN or code — never give these out</source>
        <translation>Passwort, PIN oder Code — niemals weitergeben</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="22"/>
        <source>IBAN — bank details must not be posted publicly</source>
        <translation>IBAN — Bankdaten dürfen nicht öffentlich gepostet werden</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="24"/>
        <source>Bank account number — must not be posted publicly</source>
        <translation>Kontonummer — darf nicht öffentlich gepostet werden</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="26"/>
        <source>Social Security number — must not be posted publicly</source>
        <translation>Sozialversicherungsnummer (USA) — darf nicht öffentlich gepostet werden</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="28"/>
        <source>National Insurance number — must not be posted publicly</source>
        <translation>National-Insurance-Nummer (UK) — darf nicht öffentlich gepostet werden</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="30"/>
        <source>Passport number — must not be posted publicly</source>
        <translation>Reisepassnummer — darf nicht öffentlich gepostet werden</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="32"/>
        <source>Driving licence number — must not be posted publicly</source>
        <translation>Führerscheinnummer — darf nicht öffentlich gepostet werden</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="34"/>
        <source>Date of birth — must not be posted publicly</source>
        <translation>Geburtsdatum — darf nicht öffentlich gepostet werden</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="36"/>
        <source>Health details — must not be posted publicly</source>
        <translation>Gesundheitsdaten — dürfen nicht öffentlich gepostet werden</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="38"/>
        <source>Email address — everyone will see it; is it meant to be public?</source>
        <translation>E-Mail-Adresse — alle werden sie sehen; soll sie wirklich öffentlich sein?</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="40"/>
        <source>Phone number — everyone will see it; is it meant to be public?</source>
        <translation>Telefonnummer — alle werden sie sehen; soll sie wirklich öffentlich sein?</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="42"/>
        <source>Postal address — everyone will see it; is it meant to be public?</source>
        <translation>Postanschrift — alle werden sie sehen; soll sie wirklich öffentlich sein?</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="45"/>
        <source>Team rule: %1</source>
        <translation>Teamregel: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="47"/>
        <source>Held back by the reply policy (%1)</source>
        <translation>Von der Antwortrichtlinie zurückgehalten (%1)</translation>
    </message>
</context>
<context>
    <name>InsightTags</name>
    <message>
        <location filename="../ui/InsightTags.cpp" line="19"/>
        <source>Product feedback</source>
        <translation>Produktfeedback</translation>
    </message>
    <message>
        <location filename="../ui/InsightTags.cpp" line="21"/>
        <source>Testimonial candidate</source>
        <translation>Kandidat für Kundenstimme</translation>
    </message>
    <message>
        <location filename="../ui/InsightTags.cpp" line="23"/>
        <source>Competitor mention</source>
        <translation>Erwähnung eines Mitbewerbers</translation>
    </message>
    <message>
        <location filename="../ui/InsightTags.cpp" line="25"/>
        <source>Sales opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location filename="../ui/InsightTags.cpp" line="27"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
</context>
<context>
    <name>Switchboard::App::Application</name>
    <message>
        <location filename="../app/Application.cpp" line="104"/>
        <source>The local data was damaged and is being rebuilt from the hub (%1).</source>
        <translation>Die lokalen Daten waren beschädigt und werden vom Hub neu aufgebaut (%1).</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="163"/>
        <source>No keychain is available: you will need to sign in again next time.</source>
        <translation>Kein Schlüsselbund verfügbar: Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="285"/>
        <source>The local data cannot be read: %1</source>
        <translation>Die lokalen Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="316"/>
        <source>The call could not be updated: %1</source>
        <translation>Der Anruf konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="464"/>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="580"/>
        <source>Customers not merged</source>
        <translation>Kunden nicht zusammengeführt</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="581"/>
        <source>Customer not split</source>
        <translation>Kunde nicht aufgeteilt</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="583"/>
        <source>The hub refused to merge the customers: %1</source>
        <translation>Der Hub hat das Zusammenführen der Kunden abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="584"/>
        <source>The hub refused to split the customer: %1</source>
        <translation>Der Hub hat das Aufteilen des Kunden abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::App::AttachmentSaver</name>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="39"/>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="47"/>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="52"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="63"/>
        <source>Saved %1 (%2)</source>
        <translation>%1 gespeichert (%2)</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="70"/>
        <source>Attachment not saved</source>
        <translation>Anhang nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="71"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::App::SupervisorDesk</name>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="57"/>
        <location filename="../app/SupervisorDesk.cpp" line="162"/>
        <source>Live — today&apos;s figures are for %1.</source>
        <translation>Live – die heutigen Zahlen gelten für %1.</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="94"/>
        <source>Su&amp;pervise</source>
        <translation>Su&amp;pervision</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="101"/>
        <source>Supervisor &amp;board</source>
        <translation>Supervisor-&amp;Übersicht</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="101"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="103"/>
        <source>&amp;Monitor conversation</source>
        <translation>Gespräch &amp;mithören</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="103"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="105"/>
        <source>&amp;Whisper to agent…</source>
        <translation>Dem Agenten &amp;zuflüstern…</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="105"/>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="107"/>
        <source>Take &amp;over</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="108"/>
        <source>&amp;Reassign…</source>
        <translation>&amp;Neu zuweisen…</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="126"/>
        <source>Not live: the board resumes when the hub is reached again.</source>
        <translation>Nicht live: Die Übersicht läuft weiter, sobald der Hub wieder erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="147"/>
        <source>Could not load the board: %1</source>
        <translation>Die Übersicht konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="153"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="153"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="163"/>
        <source>Loading the board…</source>
        <translation>Übersicht wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="205"/>
        <source>Conversation %1</source>
        <translation>Gespräch %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="207"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="248"/>
        <source>Whisper</source>
        <translation>Zuflüstern</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="249"/>
        <source>No agent has this conversation; a whisper goes to the agent who has it.</source>
        <translation>Dieses Gespräch hat kein Agent; ein Zuflüstern geht an den Agenten, der es bearbeitet.</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="253"/>
        <source>Whisper to %1</source>
        <translation>%1 zuflüstern</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="254"/>
        <source>Only %1 and supervisors see this note; the customer never does.</source>
        <translation>Nur %1 und Supervisoren sehen diese Notiz, der Kunde nie.</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="280"/>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="281"/>
        <source>Give “%1” to:</source>
        <translation>„%1“ übergeben an:</translation>
    </message>
</context>
<context>
    <name>Switchboard::Item::AgentBoardModel</name>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="43"/>
        <source>on a call</source>
        <translation>im Anruf</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="116"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="118"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="120"/>
        <source>Time in state</source>
        <translation>Zeit im Status</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="122"/>
        <source>Current work</source>
        <translation>Aktuelle Arbeit</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="124"/>
        <source>Handled today</source>
        <translation>Heute erledigt</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="126"/>
        <source>Avg. handle time</source>
        <translation>Ø Bearbeitungszeit</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="128"/>
        <source>Occupancy</source>
        <translation>Auslastung</translation>
    </message>
</context>
<context>
    <name>Switchboard::Item::QueueBoardModel</name>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="45"/>
        <source>No queue</source>
        <translation>Keine Warteschlange</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="115"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="131"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="133"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="135"/>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="137"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="139"/>
        <source>SLA today</source>
        <translation>SLA heute</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="141"/>
        <source>Answered in target</source>
        <translation>Im Ziel beantwortet</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="143"/>
        <source>Abandoned calls</source>
        <translation>Abgebrochene Anrufe</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::AttachmentDownload</name>
    <message>
        <location filename="../models/sync/AttachmentDownload.cpp" line="37"/>
        <source>the hub answered %1</source>
        <translation>der Hub antwortete mit %1</translation>
    </message>
    <message>
        <location filename="../models/sync/AttachmentDownload.cpp" line="61"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::OutboxSender</name>
    <message>
        <location filename="../models/sync/OutboxSender.cpp" line="147"/>
        <source>the hub answered %1</source>
        <translation>der Hub antwortete mit %1</translation>
    </message>
    <message>
        <location filename="../models/sync/OutboxSender.cpp" line="182"/>
        <source>the hub refused this (HTTP %1)</source>
        <translation>der Hub hat dies abgelehnt (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::Session</name>
    <message>
        <location filename="../models/sync/Session.cpp" line="57"/>
        <source>The local cache cannot be opened: %1</source>
        <translation>Der lokale Zwischenspeicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="91"/>
        <location filename="../models/sync/Session.cpp" line="162"/>
        <source>The hub cannot be reached: %1</source>
        <translation>Der Hub ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="99"/>
        <source>The hub&apos;s answer to the sign-in could not be read.</source>
        <translation>Die Antwort des Hubs auf die Anmeldung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="129"/>
        <source>Please sign in.</source>
        <translation>Bitte melden Sie sich an.</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="159"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::SyncEngine</name>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="85"/>
        <source>the hub no longer accepts this session</source>
        <translation>der Hub akzeptiert diese Sitzung nicht mehr</translation>
    </message>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="316"/>
        <source>connection lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="579"/>
        <source>not signed in</source>
        <translation>nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="17"/>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="23"/>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Switchboard %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="28"/>
        <source>Calls, email and social messages in one place.</source>
        <translation>Anrufe, E-Mails und Social-Media-Nachrichten an einem Ort.</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="30"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="34"/>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ActiveCallBar</name>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="22"/>
        <source>Active call</source>
        <translation>Aktiver Anruf</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="29"/>
        <source>On a call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="32"/>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="39"/>
        <source>Talk time</source>
        <translation>Gesprächsdauer</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="44"/>
        <source>On hold</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="50"/>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="205"/>
        <source>&amp;Hold call</source>
        <translation>Anruf &amp;halten</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="51"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="54"/>
        <source>&amp;End call</source>
        <translation>Anruf &amp;beenden</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="55"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="62"/>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="208"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="64"/>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="209"/>
        <source>Hold call</source>
        <translation>Anruf halten</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="65"/>
        <source>Put the caller on hold (%1)</source>
        <translation>Den Anrufer in die Warteschleife legen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="72"/>
        <source>Transfer</source>
        <translation>Weiterleiten</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="73"/>
        <source>Transfer call</source>
        <translation>Anruf weiterleiten</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="74"/>
        <source>Offer the call to a colleague</source>
        <translation>Den Anruf einem Kollegen anbieten</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="79"/>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="81"/>
        <source>End call</source>
        <translation>Anruf beenden</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="83"/>
        <source>Hang up (%1)</source>
        <translation>Auflegen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="145"/>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="164"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="172"/>
        <source>No colleague to transfer to</source>
        <translation>Kein Kollege zum Weiterleiten verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="205"/>
        <source>&amp;Resume call</source>
        <translation>Anruf &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="208"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="209"/>
        <source>Resume call</source>
        <translation>Anruf fortsetzen</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::AgentsBoardPage</name>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="74"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="79"/>
        <source>Set state…</source>
        <translation>Status setzen…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="89"/>
        <source>Live: rows change as agents work. Changing an agent&apos;s state is recorded in the audit log.</source>
        <translation>Live: Die Zeilen ändern sich, während die Agenten arbeiten. Das Ändern eines Agentenstatus wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="104"/>
        <source>Set state of %1</source>
        <translation>Status von %1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="112"/>
        <source>Set state</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="113"/>
        <source>Reason for setting %1 to %2 (recorded in the audit log):</source>
        <translation>Grund, %1 auf %2 zu setzen (wird im Prüfprotokoll festgehalten):</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::AuditLogDialog</name>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="32"/>
        <source>Sent a blocked reply</source>
        <translation>Blockierte Antwort gesendet</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="34"/>
        <source>Changed the reply policy</source>
        <translation>Antwortrichtlinie geändert</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="36"/>
        <source>Merged two customers</source>
        <translation>Zwei Kunden zusammengeführt</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="38"/>
        <source>Split a customer</source>
        <translation>Einen Kunden aufgeteilt</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="50"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="52"/>
        <source>Audit log entries</source>
        <translation>Einträge im Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Findings</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="63"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="77"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditLogDialog.cpp" line="89"/>
        <location filename="../ui/AuditLogDialog.cpp" line="124"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="106"/>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="129"/>
        <source>The audit log could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::CannedPicker</name>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="25"/>
        <location filename="../ui/composer/CannedPicker.cpp" line="31"/>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="27"/>
        <source>Type to filter canned responses</source>
        <translation>Zum Filtern der Textbausteine tippen</translation>
    </message>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="28"/>
        <source>Filter canned responses</source>
        <translation>Textbausteine filtern</translation>
    </message>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="87"/>
        <source>No canned responses for this channel</source>
        <translation>Keine Textbausteine für diesen Kanal</translation>
    </message>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="88"/>
        <source>Nothing matches “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::Composer</name>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="74"/>
        <source>Reply composer</source>
        <translation>Antworteditor</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="76"/>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="80"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="81"/>
        <source>Reply to the customer</source>
        <translation>Dem Kunden antworten</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="83"/>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="84"/>
        <source>Write an internal note</source>
        <translation>Eine interne Notiz schreiben</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="88"/>
        <source>Switch between reply and internal note (Ctrl+Shift+N)</source>
        <translation>Zwischen Antwort und interner Notiz wechseln (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="97"/>
        <source>Internal note — never sent to the customer</source>
        <translation>Interne Notiz — wird nie an den Kunden gesendet</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="101"/>
        <location filename="../ui/composer/Composer.cpp" line="368"/>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="106"/>
        <source>Canned…</source>
        <translation>Textbausteine…</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="107"/>
        <source>Insert a canned response</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="108"/>
        <source>Insert a canned response (Ctrl+Shift+C)</source>
        <translation>Textbaustein einfügen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="112"/>
        <source>Composer status</source>
        <translation>Status des Editors</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="114"/>
        <source>Move to &amp;private</source>
        <translation>&amp;Privat fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="115"/>
        <source>Move the conversation to a private channel</source>
        <translation>Die Konversation in einen privaten Kanal verlegen</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="116"/>
        <source>Answer in public that you wrote privately, and continue on the customer&apos;s private channel (Ctrl+Shift+V)</source>
        <translation>Öffentlich mitteilen, dass Sie privat geschrieben haben, und im privaten Kanal des Kunden fortfahren (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="119"/>
        <source>&amp;Override…</source>
        <translation>Übe&amp;rsteuern…</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="120"/>
        <source>Override the reply policy and send</source>
        <translation>Antwortrichtlinie übersteuern und senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="122"/>
        <source>Send this reply although the reply policy blocks it, with a reason for the audit log</source>
        <translation>Diese Antwort trotz Sperre durch die Antwortrichtlinie senden, mit einer Begründung für das Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="227"/>
        <source>We&apos;ve sent you a private message.</source>
        <translation>Wir haben Ihnen eine private Nachricht gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="393"/>
        <source>A note goes on one of the customer&apos;s conversations: choose one.</source>
        <translation>Eine Notiz gehört zu einer Konversation des Kunden: Wählen Sie eine aus.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="399"/>
        <source>Not sent as it is — %1. Remove it, or override with a reason.</source>
        <translation>In dieser Form nicht gesendet — %1. Entfernen Sie die Stelle oder übersteuern Sie mit einer Begründung.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="401"/>
        <source>Not sent as it is — %1. Remove it to send.</source>
        <translation>In dieser Form nicht gesendet — %1. Entfernen Sie die Stelle, um zu senden.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="480"/>
        <source>The customer has no private channel to write to.</source>
        <translation>Der Kunde hat keinen privaten Kanal, über den Sie schreiben können.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="489"/>
        <source>Told the customer in public; now writing on %1.</source>
        <translation>Dem Kunden öffentlich Bescheid gegeben; Sie schreiben jetzt über %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="126"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="368"/>
        <source>Internal note text</source>
        <translation>Text der internen Notiz</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="370"/>
        <source>Write a note for your colleagues. The customer never sees it.</source>
        <translation>Schreiben Sie eine Notiz für Ihre Kollegen. Der Kunde sieht sie nie.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="371"/>
        <source>Write your reply. Ctrl+Enter sends.</source>
        <translation>Schreiben Sie Ihre Antwort. Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="372"/>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="372"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="374"/>
        <source>Add the internal note</source>
        <translation>Die interne Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="374"/>
        <source>Send the reply</source>
        <translation>Die Antwort senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="391"/>
        <source>Choose a conversation to reply on.</source>
        <translation>Wählen Sie eine Konversation, auf die Sie antworten möchten.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="513"/>
        <source>Check before sending: %1 left as typed.</source>
        <translation>Vor dem Senden prüfen: %1 unverändert geblieben.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ConflictPanel</name>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="18"/>
        <source>&amp;Revise</source>
        <translation>Ü&amp;berarbeiten</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="19"/>
        <source>Send &amp;anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="20"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="26"/>
        <source>Reply not sent</source>
        <translation>Antwort nicht gesendet</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="44"/>
        <source>Messages that arrived since you started writing</source>
        <translation>Nachrichten, die eingegangen sind, seit Sie zu schreiben begonnen haben</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="47"/>
        <source>Revise the reply</source>
        <translation>Die Antwort überarbeiten</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="49"/>
        <source>Put your reply back in the editor to take the new messages into account</source>
        <translation>Ihre Antwort zurück in den Editor holen, um die neuen Nachrichten zu berücksichtigen</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="51"/>
        <source>Send the reply anyway</source>
        <translation>Die Antwort trotzdem senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="53"/>
        <source>Discard the reply</source>
        <translation>Die Antwort verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="96"/>
        <source>Not sent — the conversation moved on while you were writing. New messages: %1</source>
        <translation>Nicht gesendet — die Konversation ging weiter, während Sie geschrieben haben. Neue Nachrichten: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="110"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="110"/>
        <source>Colleague</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="112"/>
        <source>%1 (whisper)</source>
        <translation>%1 (zugeflüstert)</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="113"/>
        <source>%1 (internal note)</source>
        <translation>%1 (interne Notiz)</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="123"/>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ConversationTagsMenu</name>
    <message>
        <location filename="../ui/ConversationTagsMenu.cpp" line="10"/>
        <source>Insight ta&amp;gs</source>
        <translation>Erkenntnis-&amp;Tags</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::CustomerPanel</name>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="26"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="28"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="30"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="32"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="34"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="36"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="45"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="47"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="49"/>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="72"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="76"/>
        <source>S&amp;plit…</source>
        <translation>Au&amp;fteilen…</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="85"/>
        <source>Customer identities</source>
        <translation>Identitäten des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="86"/>
        <source>Customer conversations</source>
        <translation>Konversationen des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="91"/>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="93"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="95"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="102"/>
        <source>Conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="104"/>
        <source>&amp;Merge with…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="106"/>
        <source>Another record of this person becomes part of this customer</source>
        <translation>Ein anderer Datensatz dieser Person wird Teil dieses Kunden</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="108"/>
        <source>Move identities and conversations that belong to someone else to a new customer</source>
        <translation>Identitäten und Konversationen, die zu jemand anderem gehören, in einen neuen Kunden verschieben</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="142"/>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="150"/>
        <source>Customer since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="152"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="157"/>
        <location filename="../ui/CustomerPanel.cpp" line="158"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="164"/>
        <source>%1 · priority %2</source>
        <translation>%1 · Priorität %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::Dispositions</name>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="10"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="11"/>
        <source>Follow-up needed</source>
        <translation>Nachverfolgung nötig</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="12"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="13"/>
        <source>Callback requested</source>
        <translation>Rückruf gewünscht</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="14"/>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="15"/>
        <source>No answer</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="16"/>
        <source>Transferred</source>
        <translation>Weitergeleitet</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="38"/>
        <source>Customer history</source>
        <translation>Kundenverlauf</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="117"/>
        <source>Whisper from %1 — only you can see this</source>
        <translation>Zugeflüstert von %1 – nur Sie sehen das</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="118"/>
        <source>Whisper from %1 to %2</source>
        <translation>Zugeflüstert von %1 an %2</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="119"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="127"/>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="129"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="131"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="133"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="135"/>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="154"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="165"/>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="165"/>
        <source>Outgoing call</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="166"/>
        <source>%1:%2 min</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="170"/>
        <source>Disposition:</source>
        <translation>Abschlusscode:</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="195"/>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="208"/>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="208"/>
        <source>Waiting: %1</source>
        <translation>Wartet: %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="243"/>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="258"/>
        <source>Show older history</source>
        <translation>Älteren Verlauf anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="264"/>
        <source>Select a customer to see their history.</source>
        <translation>Wählen Sie einen Kunden aus, um seinen Verlauf zu sehen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::InboxDelegate</name>
    <message>
        <location filename="../ui/InboxDelegate.cpp" line="29"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../ui/InboxDelegate.cpp" line="30"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../ui/InboxDelegate.cpp" line="31"/>
        <source>overdue %1</source>
        <translation>überfällig %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InboxDelegate.cpp" line="133"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weitere)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::IncomingCallDialog</name>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="26"/>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="27"/>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="30"/>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="40"/>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="49"/>
        <source>Calling number</source>
        <translation>Rufnummer des Anrufers</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="52"/>
        <source>Recent history</source>
        <translation>Letzte Kontakte</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="58"/>
        <source>The caller&apos;s recent history</source>
        <translation>Letzte Kontakte des Anrufers</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="66"/>
        <source>&amp;Decline</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="68"/>
        <source>Decline call</source>
        <translation>Anruf ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="70"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="72"/>
        <source>Accept call</source>
        <translation>Anruf annehmen</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="126"/>
        <source>Incoming call: %1</source>
        <translation>Eingehender Anruf: %1</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="143"/>
        <source>%1  Missed call</source>
        <translation>%1  Verpasster Anruf</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="145"/>
        <source>%1  Call, %2</source>
        <translation>%1  Anruf, %2</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="149"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="151"/>
        <source>%1  Call in progress</source>
        <translation>%1  Anruf läuft</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="159"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="163"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="166"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="169"/>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="173"/>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="183"/>
        <source>No earlier contact</source>
        <translation>Kein früherer Kontakt</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::InsightsPage</name>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="117"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="117"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="117"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="117"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="120"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="121"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="124"/>
        <source>Export insights</source>
        <translation>Erkenntnisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="128"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="130"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="135"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="137"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="142"/>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="162"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="183"/>
        <source>Totals — %1</source>
        <translation>Summen – %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="188"/>
        <source>Could not load the insights: %1</source>
        <translation>Die Erkenntnisse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="95"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::LengthCounter</name>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="17"/>
        <source>Reply length</source>
        <translation>Länge der Antwort</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="31"/>
        <location filename="../ui/composer/LengthCounter.cpp" line="39"/>
        <source>Length: %1</source>
        <translation>Länge: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="33"/>
        <source>Calls take no written reply: add an internal note or choose another of the customer&apos;s conversations.</source>
        <translation>Auf Anrufe gibt es keine schriftliche Antwort: Fügen Sie eine interne Notiz hinzu oder wählen Sie eine andere Konversation des Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="41"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="45"/>
        <source>SMS segments: %1 (Unicode)</source>
        <translation>SMS-Teile: %1 (Unicode)</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="45"/>
        <source>SMS segments: %1</source>
        <translation>SMS-Teile: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="49"/>
        <source>Too long for %1 by %2.</source>
        <translation>Für %1 um %2 Zeichen zu lang.</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="56"/>
        <source>Over the limit</source>
        <translation>Über dem Limit</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="66"/>
        <source>X counts most CJK characters and emoji as two, and every link as 23.</source>
        <translation>X zählt die meisten CJK-Zeichen und Emojis doppelt und jeden Link als 23 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Search messages and customers (Ctrl+F)</source>
        <translation>Nachrichten und Kunden suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Show conversations</source>
        <translation>Konversationen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Channel filter</source>
        <translation>Kanalfilter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>Open and pending</source>
        <translation>Offen und ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>SLA due first</source>
        <translation>SLA-Frist zuerst</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Latest activity first</source>
        <translation>Neueste Aktivität zuerst</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Presence:</source>
        <translation>Präsenz:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Switchboard</source>
        <translation>&amp;Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;Reconnect now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>Sign &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>&amp;Next customer</source>
        <translation>&amp;Nächster Kunde</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>&amp;Previous customer</source>
        <translation>V&amp;orheriger Kunde</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>Show &amp;mine</source>
        <translation>&amp;Meine anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Show &amp;unassigned</source>
        <translation>Nicht &amp;zugewiesene anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Show &amp;all</source>
        <translation>A&amp;lle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="267"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Konversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>&amp;Take (assign to me)</source>
        <translation>&amp;Übernehmen (mir zuweisen)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272"/>
        <source>Return to &amp;queue</source>
        <translation>In die &amp;Warteschlange zurückgeben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Mark &amp;pending</source>
        <translation>Als &amp;ausstehend markieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>&amp;Resolve</source>
        <translation>Als &amp;gelöst markieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>Re&amp;open</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>&amp;About Switchboard</source>
        <translation>Ü&amp;ber Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>Ca&amp;ll</source>
        <translation>&amp;Anruf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>Send the reply or note</source>
        <translation>Die Antwort oder Notiz senden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Switch between reply and internal note</source>
        <translation>Zwischen Antwort und interner Notiz wechseln</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>Insert a canned response</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>Move a public conversation to private</source>
        <translation>Öffentliche Konversation privat fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="347"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <source>Sign out of Switchboard?</source>
        <translation>Von Switchboard abmelden?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>You can keep this computer&apos;s copy of your conversations for a fast start next time, or delete it. Anything not yet sent is lost if you delete it.</source>
        <translation>Sie können die Kopie Ihrer Konversationen auf diesem Computer für einen schnellen Start beim nächsten Mal behalten oder sie löschen. Wenn Sie sie löschen, geht alles noch nicht Gesendete verloren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>Sign out and delete local data</source>
        <translation>Abmelden und lokale Daten löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="462"/>
        <source>Switchboard — %1</source>
        <translation>Switchboard — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="462"/>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="611"/>
        <source>Offline</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="611"/>
        <source>Offline — %1</source>
        <translation>Nicht verbunden — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="615"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="619"/>
        <source>Catching up…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="623"/>
        <source>Live</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="630"/>
        <source>Last sync: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="632"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="637"/>
        <source>Everything sent</source>
        <translation>Alles gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="637"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n wartet auf Versand</numerusform>
            <numerusform>%n warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="639"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::MergeCustomersDialog</name>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="42"/>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="44"/>
        <source>Find the other record of %1 (by name, email address, phone number or handle). It will become part of this customer: its identities, conversations and calls move here, and the other record is removed.</source>
        <translation>Suchen Sie den anderen Datensatz von %1 (nach Name, E-Mail-Adresse, Telefonnummer oder Handle). Er wird Teil dieses Kunden: Seine Identitäten, Konversationen und Anrufe kommen hierher, und der andere Datensatz wird entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="51"/>
        <source>Name, address, number or handle</source>
        <translation>Name, Adresse, Nummer oder Handle</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="52"/>
        <source>Find a customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="55"/>
        <source>Customers found</source>
        <translation>Gefundene Kunden</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="60"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="96"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="109"/>
        <source>Choose the record to merge into %1.</source>
        <translation>Wählen Sie den Datensatz, der in %1 aufgehen soll.</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="110"/>
        <source>No other customer in this desktop&apos;s records matches.</source>
        <translation>Kein anderer Kunde in den Daten dieses Desktops passt.</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="115"/>
        <source>%1 (%2) will move to %3, with the conversations it has here: %4.</source>
        <translation>%1 (%2) geht in %3 auf, mit den Konversationen, die hier vorliegen: %4.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::MonitorWindow</name>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="20"/>
        <source>Starting to monitor…</source>
        <translation>Mithören wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="22"/>
        <source>Monitoring — %1</source>
        <translation>Mithören – %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="24"/>
        <source>&amp;Whisper to agent…</source>
        <translation>Dem Agenten &amp;zuflüstern…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="25"/>
        <source>&amp;Take over</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="30"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Watching live; nothing is marked read.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Live mitverfolgt; nichts wird als gelesen markiert.</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="44"/>
        <source>Monitoring (recorded in the audit log).</source>
        <translation>Mithören läuft (im Prüfprotokoll festgehalten).</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="45"/>
        <source>The hub refused monitoring: %1</source>
        <translation>Der Hub hat das Mithören abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::Notifier</name>
    <message>
        <location filename="../ui/Notifier.cpp" line="16"/>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="47"/>
        <source>New message from %1</source>
        <translation>Neue Nachricht von %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="52"/>
        <source>Assigned to you: %1</source>
        <translation>Ihnen zugewiesen: %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="57"/>
        <source>Target missed: %1</source>
        <translation>Ziel verfehlt: %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="57"/>
        <source>Near target: %1</source>
        <translation>Ziel fast erreicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="58"/>
        <source>Work in this queue has waited longer than its first-response target.</source>
        <translation>Arbeit in dieser Warteschlange wartet länger als ihr Ziel für die erste Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="59"/>
        <source>Work in this queue is close to its first-response target.</source>
        <translation>Arbeit in dieser Warteschlange nähert sich ihrem Ziel für die erste Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="64"/>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::OverrideDialog</name>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="19"/>
        <source>Override the reply policy</source>
        <translation>Antwortrichtlinie übersteuern</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="26"/>
        <source>&lt;p&gt;The reply policy blocks this reply:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Send it anyway only if it must go as written. Your reason is recorded in the audit log with the reply.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Antwortrichtlinie blockiert diese Antwort:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Senden Sie sie nur dann trotzdem, wenn sie unverändert versendet werden muss. Ihre Begründung wird zusammen mit der Antwort im Prüfprotokoll festgehalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="31"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Begründung (erforderlich):</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="34"/>
        <source>Reason for the override</source>
        <translation>Begründung für das Übersteuern</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="36"/>
        <source>e.g. The customer asked for the reference in public</source>
        <translation>z. B.: Der Kunde hat öffentlich nach der Referenz gefragt</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="39"/>
        <source>Send &amp;anyway</source>
        <translation>&amp;Trotzdem senden</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::PolicyHighlighter</name>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="52"/>
        <source>What the reply policy found</source>
        <translation>Treffer der Antwortrichtlinie</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="137"/>
        <source>Private — choose where the reply goes</source>
        <translation>Privat — wählen Sie, wohin die Antwort geht</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="139"/>
        <source>Public — anyone can see this reply on %1, and it stays findable</source>
        <translation>Öffentlich — jeder kann diese Antwort auf %1 sehen, und sie bleibt auffindbar</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="143"/>
        <source>Private — only the customer sees this reply</source>
        <translation>Privat — nur der Kunde sieht diese Antwort</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="166"/>
        <source>Card number — it will be masked when the note is saved</source>
        <translation>Kartennummer — wird beim Speichern der Notiz maskiert</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="169"/>
        <source>Blocked: %1 (“%2”)</source>
        <translation>Blockiert: %1 („%2“)</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="170"/>
        <source>Check: %1 (“%2”)</source>
        <translation>Prüfen: %1 („%2“)</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::PresenceSelector</name>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="18"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="20"/>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="22"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="24"/>
        <source>Lunch</source>
        <translation>Mittagspause</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="26"/>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="28"/>
        <source>After-call work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="30"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="60"/>
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="61"/>
        <source>Your presence (Ctrl+Shift+P)</source>
        <translation>Ihre Präsenz (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="62"/>
        <source>Time in the current presence</source>
        <translation>Zeit in der aktuellen Präsenz</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::QueuesBoardPage</name>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="130"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="133"/>
        <source>Red: the longest wait has passed the queue&apos;s first-response target. Amber: it is past %1 % of it.</source>
        <translation>Rot: Die längste Wartezeit hat das Ziel für die erste Antwort überschritten. Gelb: Sie liegt über %1 % davon.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::RejectedPanel</name>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="15"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="16"/>
        <source>&amp;Override…</source>
        <translation>Übe&amp;rsteuern…</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="17"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="23"/>
        <source>Reply refused by the hub</source>
        <translation>Antwort vom Hub abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="25"/>
        <source>The hub did not send this reply</source>
        <translation>Der Hub hat diese Antwort nicht gesendet</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="34"/>
        <source>Edit the refused reply</source>
        <translation>Die abgelehnte Antwort bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="35"/>
        <source>Put the reply back in the editor to fix it</source>
        <translation>Die Antwort zum Korrigieren zurück in den Editor holen</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="37"/>
        <source>Send the refused reply anyway</source>
        <translation>Die abgelehnte Antwort trotzdem senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="38"/>
        <source>Send it as written, with a reason for the audit log</source>
        <translation>Unverändert senden, mit einer Begründung für das Prüfprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="40"/>
        <source>Discard the refused reply</source>
        <translation>Die abgelehnte Antwort verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="78"/>
        <source>The reply policy blocks it: %1</source>
        <translation>Die Antwortrichtlinie blockiert sie: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ReportsPage</name>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="200"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="200"/>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="200"/>
        <source>Avg. handle time</source>
        <translation>Ø Bearbeitungszeit</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="201"/>
        <source>Avg. first response</source>
        <translation>Ø erste Antwort</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="201"/>
        <source>Answered in target</source>
        <translation>Im Ziel beantwortet</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="201"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="205"/>
        <source>Per agent</source>
        <translation>Pro Agent</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="206"/>
        <source>Per queue</source>
        <translation>Pro Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="207"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="208"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="212"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="214"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="216"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="222"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="227"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="247"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="260"/>
        <source>No queue</source>
        <translation>Keine Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="265"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supervisor/FigurePages.cpp" line="272"/>
        <source>%n row(s) for %1</source>
        <translation>
            <numerusform>%n Zeile für %1</numerusform>
            <numerusform>%n Zeilen für %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="278"/>
        <source>Could not load the report: %1</source>
        <translation>Der Bericht konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26"/>
        <source>Show desktop notifications</source>
        <translation>Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="27"/>
        <source>Play a sound with notifications</source>
        <translation>Bei Benachrichtigungen einen Ton abspielen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="29"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="30"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="34"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="35"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="36"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="37"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="39"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="43"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="44"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="47"/>
        <source>A new language applies the next time Switchboard starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Switchboard.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="16"/>
        <location filename="../ui/ShortcutsDialog.cpp" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="18"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="18"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="23"/>
        <source>Sign in to Switchboard</source>
        <translation>Bei Switchboard anmelden</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="26"/>
        <source>Hub address</source>
        <translation>Hub-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="27"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="28"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="32"/>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="34"/>
        <location filename="../ui/SignInDialog.cpp" line="107"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="36"/>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="37"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="54"/>
        <source>The hub address must start with https:// (or http:// on a trusted network).</source>
        <translation>Die Hub-Adresse muss mit https:// beginnen (oder http:// in einem vertrauenswürdigen Netz).</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="107"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::SplitCustomerDialog</name>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="64"/>
        <source>Split customer</source>
        <translation>Kunden aufteilen</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="65"/>
        <source>Tick what belongs to someone else. It moves to a new customer; everything else stays with %1.</source>
        <translation>Haken Sie an, was zu jemand anderem gehört. Es kommt zu einem neuen Kunden; alles andere bleibt bei %1.</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="71"/>
        <source>Identities to move</source>
        <translation>Zu verschiebende Identitäten</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="74"/>
        <source>Conversations to move</source>
        <translation>Zu verschiebende Konversationen</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="77"/>
        <source>New customer&apos;s name</source>
        <translation>Name des neuen Kunden</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="97"/>
        <source>&amp;Split</source>
        <translation>&amp;Aufteilen</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="107"/>
        <source>New customer&apos;s &amp;name:</source>
        <translation>&amp;Name des neuen Kunden:</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="110"/>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="112"/>
        <source>Conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="160"/>
        <source>Tick at least one identity or conversation.</source>
        <translation>Haken Sie mindestens eine Identität oder Konversation an.</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="162"/>
        <source>Something must stay with %1.</source>
        <translation>Etwas muss bei %1 bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="164"/>
        <source>Give the new customer a name.</source>
        <translation>Geben Sie dem neuen Kunden einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="166"/>
        <source>Moving to %1: identities %2 of %3, conversations %4 of %5.</source>
        <translation>Zu %1 kommen: Identitäten %2 von %3, Konversationen %4 von %5.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::SupervisorWindow</name>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="28"/>
        <source>Queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="28"/>
        <source>No queue</source>
        <translation>Keine Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="34"/>
        <source>Switchboard — Supervisor</source>
        <translation>Switchboard – Supervisor</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="43"/>
        <source>&amp;Agents</source>
        <translation>&amp;Agenten</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="44"/>
        <source>&amp;Queues</source>
        <translation>&amp;Warteschlangen</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="45"/>
        <source>&amp;Insights</source>
        <translation>&amp;Erkenntnisse</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="46"/>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::TargetSelector</name>
    <message>
        <location filename="../ui/composer/TargetSelector.cpp" line="13"/>
        <source>Conversation to reply on</source>
        <translation>Konversation, auf die Sie antworten</translation>
    </message>
    <message>
        <location filename="../ui/composer/TargetSelector.cpp" line="14"/>
        <source>Reply on this conversation or on another of the customer&apos;s channels</source>
        <translation>Auf diese Konversation oder über einen anderen Kanal des Kunden antworten</translation>
    </message>
    <message>
        <location filename="../ui/composer/TargetSelector.cpp" line="36"/>
        <source>New %1 conversation</source>
        <translation>Neue Konversation (%1)</translation>
    </message>
    <message>
        <location filename="../ui/composer/TargetSelector.cpp" line="38"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::WrapUpDialog</name>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="28"/>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="29"/>
        <source>Wrap up the call</source>
        <translation>Anruf nachbearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="38"/>
        <source>Disposition</source>
        <translation>Abschlusscode</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="39"/>
        <source>Choose an outcome…</source>
        <translation>Ergebnis wählen…</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="46"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="47"/>
        <source>What was agreed, what happens next</source>
        <translation>Was vereinbart wurde und wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="54"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="55"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="59"/>
        <source>&amp;Submit</source>
        <translation>&amp;Absenden</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="61"/>
        <source>Submit the wrap-up</source>
        <translation>Nachbearbeitung absenden</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="62"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="63"/>
        <source>Wrap up later</source>
        <translation>Später nachbearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="81"/>
        <source>Missed call from %1.</source>
        <translation>Verpasster Anruf von %1.</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="82"/>
        <source>Call with %1, %2.</source>
        <translation>Anruf mit %1, %2.</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="104"/>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
</TS>
