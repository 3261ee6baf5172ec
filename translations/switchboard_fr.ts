<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="16"/>
        <source>Switchboard: calls, email and social messages for contact-centre agents.</source>
        <translation>Switchboard : appels, e-mails et messages des réseaux sociaux pour les conseillers de centre de contact.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="19"/>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="21"/>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="23"/>
        <source>The hub to sign in to, e.g. https://hub.example.com.</source>
        <translation>Le hub auquel se connecter, par ex. https://hub.example.com.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="27"/>
        <source>The user name to sign in with.</source>
        <translation>Le nom d&apos;utilisateur pour la connexion.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="30"/>
        <source>Read the password from the first line of standard input and sign in at once.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard et se connecter aussitôt.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="33"/>
        <source>Keep settings and local data in DIR instead of the usual places.</source>
        <translation>Conserver les paramètres et les données locales dans DIR plutôt qu’aux emplacements habituels.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="37"/>
        <source>Save a picture of the main window to FILE once it shows the inbox, then quit.</source>
        <translation>Enregistrer une image de la fenêtre principale dans FILE dès qu’elle affiche la boîte de réception, puis quitter.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="66"/>
        <source>--hub must be an http:// or https:// address
</source>
        <translation>--hub doit être une adresse http:// ou https://
</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="74"/>
        <source>--password-stdin needs --hub and --user
</source>
        <translation>--password-stdin nécessite --hub et --user
</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="26"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="28"/>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Message Instagram</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="38"/>
        <source>X message</source>
        <translation>Message X</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="40"/>
        <source>Facebook comment</source>
        <translation>Commentaire Facebook</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="42"/>
        <source>Instagram comment</source>
        <translation>Commentaire Instagram</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="44"/>
        <source>X post</source>
        <translation>Publication X</translation>
    </message>
</context>
<context>
    <name>Switchboard::App::Application</name>
    <message>
        <location filename="../app/Application.cpp" line="89"/>
        <source>The local data was damaged and is being rebuilt from the hub (%1).</source>
        <translation>Les données locales étaient endommagées et sont reconstruites à partir du hub (%1).</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="96"/>
        <source>No keychain is available: you will need to sign in again next time.</source>
        <translation>Aucun trousseau de clés disponible : vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="227"/>
        <source>The local data cannot be read: %1</source>
        <translation>Impossible de lire les données locales : %1</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="329"/>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::Session</name>
    <message>
        <location filename="../models/sync/Session.cpp" line="51"/>
        <source>The local cache cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le cache local : %1</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="85"/>
        <location filename="../models/sync/Session.cpp" line="149"/>
        <source>The hub cannot be reached: %1</source>
        <translation>Le hub est injoignable : %1</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="93"/>
        <source>The hub&apos;s answer to the sign-in could not be read.</source>
        <translation>La réponse du hub à la connexion est illisible.</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="116"/>
        <source>Please sign in.</source>
        <translation>Veuillez vous connecter.</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="146"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::CannedPicker</name>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="25"/>
        <location filename="../ui/composer/CannedPicker.cpp" line="31"/>
        <source>Canned responses</source>
        <translation>Réponses types</translation>
    </message>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="27"/>
        <source>Type to filter canned responses</source>
        <translation>Saisissez du texte pour filtrer les réponses types</translation>
    </message>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="28"/>
        <source>Filter canned responses</source>
        <translation>Filtrer les réponses types</translation>
    </message>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="87"/>
        <source>No canned responses for this channel</source>
        <translation>Aucune réponse type pour ce canal</translation>
    </message>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="88"/>
        <source>Nothing matches “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::Composer</name>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="91"/>
        <source>Reply composer</source>
        <translation>Éditeur de réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="93"/>
        <source>&amp;To:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="96"/>
        <source>Conversation to reply on</source>
        <translation>Conversation à laquelle répondre</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="97"/>
        <source>Reply on this conversation or on another of the customer&apos;s channels</source>
        <translation>Répondre dans cette conversation ou sur un autre canal du client</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="102"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="103"/>
        <source>Reply to the customer</source>
        <translation>Répondre au client</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="105"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="106"/>
        <source>Write an internal note</source>
        <translation>Rédiger une note interne</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="110"/>
        <source>Switch between reply and internal note (Ctrl+Shift+N)</source>
        <translation>Basculer entre réponse et note interne (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="119"/>
        <source>Internal note — never sent to the customer</source>
        <translation>Note interne — jamais envoyée au client</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="135"/>
        <location filename="../ui/composer/Composer.cpp" line="341"/>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="140"/>
        <source>Canned…</source>
        <translation>Réponses types…</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="141"/>
        <source>Insert a canned response</source>
        <translation>Insérer une réponse type</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="142"/>
        <source>Insert a canned response (Ctrl+Shift+C)</source>
        <translation>Insérer une réponse type (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="146"/>
        <source>Composer status</source>
        <translation>État de l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="148"/>
        <source>Reply length</source>
        <translation>Longueur de la réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="152"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="264"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="341"/>
        <source>Internal note text</source>
        <translation>Texte de la note interne</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="343"/>
        <source>Write a note for your colleagues. The customer never sees it.</source>
        <translation>Rédigez une note pour vos collègues. Le client ne la voit jamais.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="344"/>
        <source>Write your reply. Ctrl+Enter sends.</source>
        <translation>Rédigez votre réponse. Ctrl+Entrée pour envoyer.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="345"/>
        <source>Add &amp;note</source>
        <translation>Ajouter la &amp;note</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="345"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="347"/>
        <source>Add the internal note</source>
        <translation>Ajouter la note interne</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="347"/>
        <source>Send the reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="374"/>
        <source>Choose a conversation to reply on.</source>
        <translation>Choisissez une conversation à laquelle répondre.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="376"/>
        <location filename="../ui/composer/Composer.cpp" line="384"/>
        <source>Length: %1</source>
        <translation>Longueur : %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="378"/>
        <source>Calls take no written reply: add an internal note or choose another of the customer&apos;s conversations.</source>
        <translation>Un appel n&apos;accepte pas de réponse écrite : ajoutez une note interne ou choisissez une autre conversation du client.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="386"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="390"/>
        <source>SMS segments: %1 (Unicode)</source>
        <translation>Segments SMS : %1 (Unicode)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="390"/>
        <source>SMS segments: %1</source>
        <translation>Segments SMS : %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="394"/>
        <source>Too long for %1 by %2.</source>
        <translation>Trop long de %2 pour %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="402"/>
        <source>Over the limit</source>
        <translation>Limite dépassée</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="411"/>
        <source>X counts most CJK characters and emoji as two, and every link as 23.</source>
        <translation>X compte double la plupart des caractères CJK et des emoji, et chaque lien pour 23.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="422"/>
        <source>Public reply — anyone can see this on %1.</source>
        <translation>Réponse publique — tout le monde peut la voir sur %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="466"/>
        <source>Check before sending: %1 left as typed.</source>
        <translation>Vérifiez avant d&apos;envoyer : %1 laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ConflictPanel</name>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="18"/>
        <source>&amp;Revise</source>
        <translation>&amp;Réviser</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="19"/>
        <source>Send &amp;anyway</source>
        <translation>Envoyer &amp;quand même</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="20"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="26"/>
        <source>Reply not sent</source>
        <translation>Réponse non envoyée</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="44"/>
        <source>Messages that arrived since you started writing</source>
        <translation>Messages arrivés depuis que vous avez commencé à écrire</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="47"/>
        <source>Revise the reply</source>
        <translation>Réviser la réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="49"/>
        <source>Put your reply back in the editor to take the new messages into account</source>
        <translation>Remettre votre réponse dans l&apos;éditeur pour tenir compte des nouveaux messages</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="51"/>
        <source>Send the reply anyway</source>
        <translation>Envoyer la réponse quand même</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="53"/>
        <source>Discard the reply</source>
        <translation>Abandonner la réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="74"/>
        <source>Not sent — the conversation moved on while you were writing. New messages: %1</source>
        <translation>Non envoyée — la conversation a évolué pendant que vous écriviez. Nouveaux messages : %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="88"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="88"/>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="90"/>
        <source>%1 (internal note)</source>
        <translation>%1 (note interne)</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="100"/>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::CustomerPanel</name>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="22"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="24"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="43"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="45"/>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="77"/>
        <source>Customer identities</source>
        <translation>Identités du client</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="78"/>
        <source>Customer conversations</source>
        <translation>Conversations du client</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="83"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="85"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="87"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="89"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="103"/>
        <source>No customer selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="111"/>
        <source>Customer since %1</source>
        <translation>Client depuis le %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="113"/>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="118"/>
        <location filename="../ui/CustomerPanel.cpp" line="119"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="34"/>
        <source>Customer history</source>
        <translation>Historique du client</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="104"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="115"/>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="115"/>
        <source>Outgoing call</source>
        <translation>Appel sortant</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="116"/>
        <source>%1:%2 min</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="120"/>
        <source>Disposition:</source>
        <translation>Qualification :</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="138"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="152"/>
        <source>Attachments:</source>
        <translation>Pièces jointes :</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="167"/>
        <source>Show older history</source>
        <translation>Afficher l&apos;historique plus ancien</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="173"/>
        <source>Select a customer to see their history.</source>
        <translation>Sélectionnez un client pour voir son historique.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::InboxDelegate</name>
    <message>
        <location filename="../ui/InboxDelegate.cpp" line="29"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/InboxDelegate.cpp" line="30"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/InboxDelegate.cpp" line="31"/>
        <source>overdue %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InboxDelegate.cpp" line="133"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n autre)</numerusform>
            <numerusform>%1 (+%n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>Search messages and customers (Ctrl+F)</source>
        <translation>Rechercher des messages et des clients (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Unassigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Show conversations</source>
        <translation>Afficher les conversations</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>Channel filter</source>
        <translation>Filtre de canal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Open and pending</source>
        <translation>Ouvertes et en attente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>SLA due first</source>
        <translation>Échéance SLA d’abord</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Latest activity first</source>
        <translation>Activité récente d’abord</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Presence:</source>
        <translation>Présence :</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Outbox</source>
        <translation>File d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Switchboard</source>
        <translation>&amp;Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>&amp;Reconnect now</source>
        <translation>&amp;Reconnecter maintenant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Sign &amp;out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Boîte de réception</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Reply</source>
        <translation>Ré&amp;pondre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;Next customer</source>
        <translation>Client &amp;suivant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>&amp;Previous customer</source>
        <translation>Client pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Show &amp;mine</source>
        <translation>Afficher les &amp;miennes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>Show &amp;unassigned</source>
        <translation>Afficher les &amp;non attribuées</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>Show &amp;all</source>
        <translation>Afficher &amp;toutes</translation>
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
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>&amp;Take (assign to me)</source>
        <translation>&amp;Prendre (me l&apos;attribuer)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Return to &amp;queue</source>
        <translation>Remettre en &amp;file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Mark &amp;pending</source>
        <translation>Marquer en &amp;attente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>About Switchboard</source>
        <translation>À propos de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;Calls, email and social messages in one place.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;Appels, e-mails et messages des réseaux sociaux au même endroit.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>Send the reply or note</source>
        <translation>Envoyer la réponse ou la note</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>Switch between reply and internal note</source>
        <translation>Basculer entre réponse et note interne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="282"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="283"/>
        <source>Insert a canned response</source>
        <translation>Insérer une réponse type</translation>
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
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>Sign out of Switchboard?</source>
        <translation>Se déconnecter de Switchboard ?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="295"/>
        <source>You can keep this computer&apos;s copy of your conversations for a fast start next time, or delete it. Anything not yet sent is lost if you delete it.</source>
        <translation>Vous pouvez conserver la copie de vos conversations sur cet ordinateur pour démarrer plus vite la prochaine fois, ou la supprimer. Si vous la supprimez, tout ce qui n’a pas encore été envoyé est perdu.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Sign out and delete local data</source>
        <translation>Se déconnecter et supprimer les données locales</translation>
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
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>Offline — %1</source>
        <translation>Hors ligne — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="505"/>
        <source>Catching up…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="509"/>
        <source>Live</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="516"/>
        <source>Last sync: %1</source>
        <translation>Dernière synchro : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="518"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>Everything sent</source>
        <translation>Tout est envoyé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="525"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n requiert votre attention</numerusform>
            <numerusform>%n requièrent votre attention</numerusform>
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
        <translation>Nouveau message de %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="52"/>
        <source>Assigned to you: %1</source>
        <translation>Attribué à vous : %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="57"/>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::PresenceSelector</name>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="18"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="20"/>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="22"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="24"/>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="26"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="28"/>
        <source>After-call work</source>
        <translation>Post-appel</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="30"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="60"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="61"/>
        <source>Your presence (Ctrl+Shift+P)</source>
        <translation>Votre présence (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="62"/>
        <source>Time in the current presence</source>
        <translation>Temps passé dans la présence actuelle</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26"/>
        <source>Show desktop notifications</source>
        <translation>Afficher les notifications du bureau</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="27"/>
        <source>Play a sound with notifications</source>
        <translation>Émettre un son avec les notifications</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="29"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="30"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="34"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="35"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="36"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="37"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="39"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="43"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="44"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="47"/>
        <source>A new language applies the next time Switchboard starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Switchboard.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="16"/>
        <location filename="../ui/ShortcutsDialog.cpp" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="18"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="18"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="23"/>
        <source>Sign in to Switchboard</source>
        <translation>Connexion à Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="26"/>
        <source>Hub address</source>
        <translation>Adresse du hub</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="27"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="28"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="32"/>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="34"/>
        <location filename="../ui/SignInDialog.cpp" line="107"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="36"/>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub :</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="37"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="54"/>
        <source>The hub address must start with https:// (or http:// on a trusted network).</source>
        <translation>L&apos;adresse du hub doit commencer par https:// (ou http:// sur un réseau de confiance).</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="107"/>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
</TS>
