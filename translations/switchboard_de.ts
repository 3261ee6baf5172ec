<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <location filename="../app/AppOptions.cpp" line="66"/>
        <source>--hub must be an http:// or https:// address
</source>
        <translation>--hub muss eine http://- oder https://-Adresse sein
</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="74"/>
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
    <name>Switchboard::App::Application</name>
    <message>
        <location filename="../app/Application.cpp" line="89"/>
        <source>The local data was damaged and is being rebuilt from the hub (%1).</source>
        <translation>Die lokalen Daten waren beschädigt und werden vom Hub neu aufgebaut (%1).</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="96"/>
        <source>No keychain is available: you will need to sign in again next time.</source>
        <translation>Kein Schlüsselbund verfügbar: Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="227"/>
        <source>The local data cannot be read: %1</source>
        <translation>Die lokalen Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="329"/>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::Session</name>
    <message>
        <location filename="../models/sync/Session.cpp" line="51"/>
        <source>The local cache cannot be opened: %1</source>
        <translation>Der lokale Zwischenspeicher kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="85"/>
        <location filename="../models/sync/Session.cpp" line="149"/>
        <source>The hub cannot be reached: %1</source>
        <translation>Der Hub ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="93"/>
        <source>The hub&apos;s answer to the sign-in could not be read.</source>
        <translation>Die Antwort des Hubs auf die Anmeldung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="116"/>
        <source>Please sign in.</source>
        <translation>Bitte melden Sie sich an.</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="146"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
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
        <location filename="../ui/composer/Composer.cpp" line="91"/>
        <source>Reply composer</source>
        <translation>Antworteditor</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="93"/>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="96"/>
        <source>Conversation to reply on</source>
        <translation>Konversation, auf die Sie antworten</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="97"/>
        <source>Reply on this conversation or on another of the customer&apos;s channels</source>
        <translation>Auf diese Konversation oder über einen anderen Kanal des Kunden antworten</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="102"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="103"/>
        <source>Reply to the customer</source>
        <translation>Dem Kunden antworten</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="105"/>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="106"/>
        <source>Write an internal note</source>
        <translation>Eine interne Notiz schreiben</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="110"/>
        <source>Switch between reply and internal note (Ctrl+Shift+N)</source>
        <translation>Zwischen Antwort und interner Notiz wechseln (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="119"/>
        <source>Internal note — never sent to the customer</source>
        <translation>Interne Notiz — wird nie an den Kunden gesendet</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="135"/>
        <location filename="../ui/composer/Composer.cpp" line="341"/>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="140"/>
        <source>Canned…</source>
        <translation>Textbausteine…</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="141"/>
        <source>Insert a canned response</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="142"/>
        <source>Insert a canned response (Ctrl+Shift+C)</source>
        <translation>Textbaustein einfügen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="146"/>
        <source>Composer status</source>
        <translation>Status des Editors</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="148"/>
        <source>Reply length</source>
        <translation>Länge der Antwort</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="152"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="264"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="341"/>
        <source>Internal note text</source>
        <translation>Text der internen Notiz</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="343"/>
        <source>Write a note for your colleagues. The customer never sees it.</source>
        <translation>Schreiben Sie eine Notiz für Ihre Kollegen. Der Kunde sieht sie nie.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="344"/>
        <source>Write your reply. Ctrl+Enter sends.</source>
        <translation>Schreiben Sie Ihre Antwort. Strg+Eingabe sendet.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="345"/>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="345"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="347"/>
        <source>Add the internal note</source>
        <translation>Die interne Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="347"/>
        <source>Send the reply</source>
        <translation>Die Antwort senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="374"/>
        <source>Choose a conversation to reply on.</source>
        <translation>Wählen Sie eine Konversation, auf die Sie antworten möchten.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="376"/>
        <location filename="../ui/composer/Composer.cpp" line="384"/>
        <source>Length: %1</source>
        <translation>Länge: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="378"/>
        <source>Calls take no written reply: add an internal note or choose another of the customer&apos;s conversations.</source>
        <translation>Auf Anrufe gibt es keine schriftliche Antwort: Fügen Sie eine interne Notiz hinzu oder wählen Sie eine andere Konversation des Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="386"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="390"/>
        <source>SMS segments: %1 (Unicode)</source>
        <translation>SMS-Teile: %1 (Unicode)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="390"/>
        <source>SMS segments: %1</source>
        <translation>SMS-Teile: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="394"/>
        <source>Too long for %1 by %2.</source>
        <translation>Für %1 um %2 zu lang.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="402"/>
        <source>Over the limit</source>
        <translation>Über dem Limit</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="411"/>
        <source>X counts most CJK characters and emoji as two, and every link as 23.</source>
        <translation>X zählt die meisten CJK-Zeichen und Emojis doppelt und jeden Link als 23 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="422"/>
        <source>Public reply — anyone can see this on %1.</source>
        <translation>Öffentliche Antwort — jeder kann sie auf %1 sehen.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="466"/>
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
        <location filename="../ui/composer/ConflictPanel.cpp" line="74"/>
        <source>Not sent — the conversation moved on while you were writing. New messages: %1</source>
        <translation>Nicht gesendet — die Konversation ging weiter, während Sie geschrieben haben. Neue Nachrichten: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="88"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="88"/>
        <source>Colleague</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="90"/>
        <source>%1 (internal note)</source>
        <translation>%1 (interne Notiz)</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="100"/>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::CustomerPanel</name>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="22"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="24"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="26"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="28"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="30"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="32"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="41"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="43"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="45"/>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="77"/>
        <source>Customer identities</source>
        <translation>Identitäten des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="78"/>
        <source>Customer conversations</source>
        <translation>Konversationen des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="83"/>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="85"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="87"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="89"/>
        <source>Conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="103"/>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="111"/>
        <source>Customer since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="113"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="118"/>
        <location filename="../ui/CustomerPanel.cpp" line="119"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="34"/>
        <source>Customer history</source>
        <translation>Kundenverlauf</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="104"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="115"/>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="115"/>
        <source>Outgoing call</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="116"/>
        <source>%1:%2 min</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="120"/>
        <source>Disposition:</source>
        <translation>Abschlusscode:</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="138"/>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="152"/>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="167"/>
        <source>Show older history</source>
        <translation>Älteren Verlauf anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="173"/>
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
    <name>Switchboard::Ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>Search messages and customers (Ctrl+F)</source>
        <translation>Nachrichten und Kunden suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Show conversations</source>
        <translation>Konversationen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>Channel filter</source>
        <translation>Kanalfilter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Open and pending</source>
        <translation>Offen und ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>SLA due first</source>
        <translation>SLA-Frist zuerst</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Latest activity first</source>
        <translation>Neueste Aktivität zuerst</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Presence:</source>
        <translation>Präsenz:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Switchboard</source>
        <translation>&amp;Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>&amp;Reconnect now</source>
        <translation>&amp;Jetzt neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Sign &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;Next customer</source>
        <translation>&amp;Nächster Kunde</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>&amp;Previous customer</source>
        <translation>V&amp;orheriger Kunde</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Show &amp;mine</source>
        <translation>&amp;Meine anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>Show &amp;unassigned</source>
        <translation>Nicht &amp;zugewiesene anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>Show &amp;all</source>
        <translation>A&amp;lle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Konversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>&amp;Take (assign to me)</source>
        <translation>&amp;Übernehmen (mir zuweisen)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Return to &amp;queue</source>
        <translation>In die &amp;Warteschlange zurückgeben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Mark &amp;pending</source>
        <translation>Als &amp;ausstehend markieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;Resolve</source>
        <translation>Als &amp;gelöst markieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Re&amp;open</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>&amp;About Switchboard</source>
        <translation>Ü&amp;ber Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;Calls, email and social messages in one place.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;Anrufe, E-Mails und Social-Media-Nachrichten an einem Ort.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>Send the reply or note</source>
        <translation>Die Antwort oder Notiz senden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>Switch between reply and internal note</source>
        <translation>Zwischen Antwort und interner Notiz wechseln</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="282"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="283"/>
        <source>Insert a canned response</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <location filename="../ui/MainWindow.cpp" line="298"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>Sign out of Switchboard?</source>
        <translation>Von Switchboard abmelden?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="295"/>
        <source>You can keep this computer&apos;s copy of your conversations for a fast start next time, or delete it. Anything not yet sent is lost if you delete it.</source>
        <translation>Sie können die Kopie Ihrer Konversationen auf diesem Computer für einen schnellen Start beim nächsten Mal behalten oder sie löschen. Wenn Sie sie löschen, geht alles noch nicht Gesendete verloren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Sign out and delete local data</source>
        <translation>Abmelden und lokale Daten löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>Switchboard — %1</source>
        <translation>Switchboard — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>Offline</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>Offline — %1</source>
        <translation>Nicht verbunden — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="505"/>
        <source>Catching up…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="509"/>
        <source>Live</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="516"/>
        <source>Last sync: %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="518"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>Everything sent</source>
        <translation>Alles gesendet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n wartet auf Versand</numerusform>
            <numerusform>%n warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="525"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Aufmerksamkeit</numerusform>
        </translation>
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
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
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
</TS>
