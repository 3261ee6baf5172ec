<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnalysisPresentation</name>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="15"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="17"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="19"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="21"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="30"/>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="32"/>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="34"/>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="42"/>
        <source>public post (+2)</source>
        <translation>publication publique (+2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="44"/>
        <source>negative (+2)</source>
        <translation>négatif (+2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="46"/>
        <source>very negative (+3)</source>
        <translation>très négatif (+3)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="48"/>
        <source>positive (−1)</source>
        <translation>positif (−1)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="50"/>
        <source>1,000+ followers (+1)</source>
        <translation>plus de 1 000 abonnés (+1)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="52"/>
        <source>10,000+ followers (+2)</source>
        <translation>plus de 10 000 abonnés (+2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="54"/>
        <source>100,000+ followers (+3)</source>
        <translation>plus de 100 000 abonnés (+3)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="62"/>
        <source>Priority: %1</source>
        <translation>Priorité : %1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="74"/>
        <source>Topic: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="75"/>
        <source>Topic: %1 (%2)</source>
        <translation>Sujet : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="78"/>
        <source>Reach: %1 followers</source>
        <translation>Portée : %1 abonnés</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="82"/>
        <source>Why: nothing raised or lowered it</source>
        <translation>Pourquoi : rien ne l’a augmentée ni baissée</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="83"/>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
</context>
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
        <location filename="../app/AppOptions.cpp" line="41"/>
        <source>Print how long the start took, and the memory in use, on standard error once the inbox first shows conversations.</source>
        <translation>Afficher sur la sortie d’erreur standard la durée du démarrage et la mémoire utilisée, dès que la boîte de réception affiche des conversations pour la première fois.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="72"/>
        <source>--hub must be an http:// or https:// address
</source>
        <translation>--hub doit être une adresse http:// ou https://
</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="80"/>
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
    <name>FindingText</name>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="18"/>
        <source>Card number — never send card numbers</source>
        <translation>Numéro de carte — n’envoyez jamais de numéro de carte</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="20"/>
        <source>Password, PIN or code — never give these out</source>
        <translation>Mot de passe, code PIN ou code — ne les communiquez jamais</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="22"/>
        <source>IBAN — bank details must not be posted publicly</source>
        <translation>IBAN — les coordonnées bancaires ne doivent pas être publiées</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="24"/>
        <source>Bank account number — must not be posted publicly</source>
        <translation>Numéro de compte bancaire — ne doit pas être publié</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="26"/>
        <source>Social Security number — must not be posted publicly</source>
        <translation>Numéro de sécurité sociale (États-Unis) — ne doit pas être publié</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="28"/>
        <source>National Insurance number — must not be posted publicly</source>
        <translation>Numéro de National Insurance (Royaume-Uni) — ne doit pas être publié</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="30"/>
        <source>Passport number — must not be posted publicly</source>
        <translation>Numéro de passeport — ne doit pas être publié</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="32"/>
        <source>Driving licence number — must not be posted publicly</source>
        <translation>Numéro de permis de conduire — ne doit pas être publié</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="34"/>
        <source>Date of birth — must not be posted publicly</source>
        <translation>Date de naissance — ne doit pas être publiée</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="36"/>
        <source>Health details — must not be posted publicly</source>
        <translation>Données de santé — ne doivent pas être publiées</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="38"/>
        <source>Email address — everyone will see it; is it meant to be public?</source>
        <translation>Adresse e-mail — tout le monde la verra ; doit-elle vraiment être publique ?</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="40"/>
        <source>Phone number — everyone will see it; is it meant to be public?</source>
        <translation>Numéro de téléphone — tout le monde le verra ; doit-il vraiment être public ?</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="42"/>
        <source>Postal address — everyone will see it; is it meant to be public?</source>
        <translation>Adresse postale — tout le monde la verra ; doit-elle vraiment être publique ?</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="45"/>
        <source>Team rule: %1</source>
        <translation>Règle d’équipe : %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="47"/>
        <source>Held back by the reply policy (%1)</source>
        <translation>Retenue par la politique de réponse (%1)</translation>
    </message>
</context>
<context>
    <name>InsightTags</name>
    <message>
        <location filename="../ui/InsightTags.cpp" line="19"/>
        <source>Product feedback</source>
        <translation>Retour sur le produit</translation>
    </message>
    <message>
        <location filename="../ui/InsightTags.cpp" line="21"/>
        <source>Testimonial candidate</source>
        <translation>Témoignage potentiel</translation>
    </message>
    <message>
        <location filename="../ui/InsightTags.cpp" line="23"/>
        <source>Competitor mention</source>
        <translation>Mention d’un concurrent</translation>
    </message>
    <message>
        <location filename="../ui/InsightTags.cpp" line="25"/>
        <source>Sales opportunity</source>
        <translation>Opportunité commerciale</translation>
    </message>
    <message>
        <location filename="../ui/InsightTags.cpp" line="27"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
</context>
<context>
    <name>Switchboard::App::Application</name>
    <message>
        <location filename="../app/Application.cpp" line="104"/>
        <source>The local data was damaged and is being rebuilt from the hub (%1).</source>
        <translation>Les données locales étaient endommagées et sont reconstruites à partir du hub (%1).</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="163"/>
        <source>No keychain is available: you will need to sign in again next time.</source>
        <translation>Aucun trousseau de clés disponible : vous devrez vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="285"/>
        <source>The local data cannot be read: %1</source>
        <translation>Impossible de lire les données locales : %1</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="316"/>
        <source>The call could not be updated: %1</source>
        <translation>Impossible de mettre à jour l’appel : %1</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="464"/>
        <source>signed out</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="580"/>
        <source>Customers not merged</source>
        <translation>Clients non fusionnés</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="581"/>
        <source>Customer not split</source>
        <translation>Client non scindé</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="583"/>
        <source>The hub refused to merge the customers: %1</source>
        <translation>Le hub a refusé de fusionner les clients : %1</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="584"/>
        <source>The hub refused to split the customer: %1</source>
        <translation>Le hub a refusé de scinder le client : %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::App::AttachmentSaver</name>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="39"/>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="47"/>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="52"/>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="63"/>
        <source>Saved %1 (%2)</source>
        <translation>%1 enregistré (%2)</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="70"/>
        <source>Attachment not saved</source>
        <translation>Pièce jointe non enregistrée</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="71"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n&apos;a pas pu être enregistré : %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::App::SupervisorDesk</name>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="57"/>
        <location filename="../app/SupervisorDesk.cpp" line="162"/>
        <source>Live — today&apos;s figures are for %1.</source>
        <translation>En direct – les chiffres du jour portent sur le %1.</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="94"/>
        <source>Su&amp;pervise</source>
        <translation>Su&amp;pervision</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="101"/>
        <source>Supervisor &amp;board</source>
        <translation>&amp;Tableau de supervision</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="101"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="103"/>
        <source>&amp;Monitor conversation</source>
        <translation>&amp;Observer la conversation</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="103"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="105"/>
        <source>&amp;Whisper to agent…</source>
        <translation>&amp;Souffler à l’agent…</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="105"/>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="107"/>
        <source>Take &amp;over</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="108"/>
        <source>&amp;Reassign…</source>
        <translation>Ré&amp;attribuer…</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="126"/>
        <source>Not live: the board resumes when the hub is reached again.</source>
        <translation>Hors direct : le tableau reprend dès que le hub est de nouveau joignable.</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="147"/>
        <source>Could not load the board: %1</source>
        <translation>Impossible de charger le tableau : %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="153"/>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="153"/>
        <source>The export failed: %1</source>
        <translation>L’exportation a échoué : %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="163"/>
        <source>Loading the board…</source>
        <translation>Chargement du tableau…</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="205"/>
        <source>Conversation %1</source>
        <translation>Conversation %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="207"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="248"/>
        <source>Whisper</source>
        <translation>Souffler</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="249"/>
        <source>No agent has this conversation; a whisper goes to the agent who has it.</source>
        <translation>Aucun agent n’a cette conversation ; un message soufflé va à l’agent qui la traite.</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="253"/>
        <source>Whisper to %1</source>
        <translation>Souffler à %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="254"/>
        <source>Only %1 and supervisors see this note; the customer never does.</source>
        <translation>Seuls %1 et les superviseurs voient cette note ; le client ne la voit jamais.</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="280"/>
        <source>Reassign</source>
        <translation>Réattribuer</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="281"/>
        <source>Give “%1” to:</source>
        <translation>Confier « %1 » à :</translation>
    </message>
</context>
<context>
    <name>Switchboard::Item::AgentBoardModel</name>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="43"/>
        <source>on a call</source>
        <translation>en appel</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="116"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="118"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="120"/>
        <source>Time in state</source>
        <translation>Durée dans l’état</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="122"/>
        <source>Current work</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="124"/>
        <source>Handled today</source>
        <translation>Traités aujourd’hui</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="126"/>
        <source>Avg. handle time</source>
        <translation>Durée moy. de traitement</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="128"/>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
</context>
<context>
    <name>Switchboard::Item::QueueBoardModel</name>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="45"/>
        <source>No queue</source>
        <translation>Aucune file</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="115"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="131"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="133"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="135"/>
        <source>Longest wait</source>
        <translation>Attente la plus longue</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="137"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="139"/>
        <source>SLA today</source>
        <translation>SLA du jour</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="141"/>
        <source>Answered in target</source>
        <translation>Répondus dans l’objectif</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="143"/>
        <source>Abandoned calls</source>
        <translation>Appels abandonnés</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::AttachmentDownload</name>
    <message>
        <location filename="../models/sync/AttachmentDownload.cpp" line="37"/>
        <source>the hub answered %1</source>
        <translation>le hub a répondu %1</translation>
    </message>
    <message>
        <location filename="../models/sync/AttachmentDownload.cpp" line="61"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::OutboxSender</name>
    <message>
        <location filename="../models/sync/OutboxSender.cpp" line="147"/>
        <source>the hub answered %1</source>
        <translation>le hub a répondu %1</translation>
    </message>
    <message>
        <location filename="../models/sync/OutboxSender.cpp" line="182"/>
        <source>the hub refused this (HTTP %1)</source>
        <translation>le hub a refusé cette action (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::Session</name>
    <message>
        <location filename="../models/sync/Session.cpp" line="57"/>
        <source>The local cache cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le cache local : %1</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="91"/>
        <location filename="../models/sync/Session.cpp" line="162"/>
        <source>The hub cannot be reached: %1</source>
        <translation>Le hub est injoignable : %1</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="99"/>
        <source>The hub&apos;s answer to the sign-in could not be read.</source>
        <translation>La réponse du hub à la connexion est illisible.</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="129"/>
        <source>Please sign in.</source>
        <translation>Veuillez vous connecter.</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="159"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::SyncEngine</name>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="85"/>
        <source>the hub no longer accepts this session</source>
        <translation>le hub n’accepte plus cette session</translation>
    </message>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="316"/>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="579"/>
        <source>not signed in</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="17"/>
        <source>About Switchboard</source>
        <translation>À propos de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="23"/>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Switchboard %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="28"/>
        <source>Calls, email and social messages in one place.</source>
        <translation>Appels, e-mails et messages des réseaux sociaux au même endroit.</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="30"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="34"/>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Logiciel libre sous la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ActiveCallBar</name>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="22"/>
        <source>Active call</source>
        <translation>Appel en cours</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="29"/>
        <source>On a call</source>
        <translation>En communication</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="32"/>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="39"/>
        <source>Talk time</source>
        <translation>Durée de communication</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="44"/>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="50"/>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="205"/>
        <source>&amp;Hold call</source>
        <translation>&amp;Mettre en attente</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="51"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="54"/>
        <source>&amp;End call</source>
        <translation>&amp;Terminer l’appel</translation>
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
        <translation>Attente</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="64"/>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="209"/>
        <source>Hold call</source>
        <translation>Mettre l’appel en attente</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="65"/>
        <source>Put the caller on hold (%1)</source>
        <translation>Mettre l’appelant en attente (%1)</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="72"/>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="73"/>
        <source>Transfer call</source>
        <translation>Transférer l’appel</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="74"/>
        <source>Offer the call to a colleague</source>
        <translation>Proposer l’appel à un collègue</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="79"/>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="81"/>
        <source>End call</source>
        <translation>Terminer l’appel</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="83"/>
        <source>Hang up (%1)</source>
        <translation>Raccrocher (%1)</translation>
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
        <translation>Aucun collègue à qui transférer</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="205"/>
        <source>&amp;Resume call</source>
        <translation>&amp;Reprendre l’appel</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="208"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="209"/>
        <source>Resume call</source>
        <translation>Reprendre l’appel</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::AgentsBoardPage</name>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="74"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="79"/>
        <source>Set state…</source>
        <translation>Définir l’état…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="89"/>
        <source>Live: rows change as agents work. Changing an agent&apos;s state is recorded in the audit log.</source>
        <translation>En direct : les lignes changent au fil du travail des agents. Changer l’état d’un agent est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="104"/>
        <source>Set state of %1</source>
        <translation>Définir l’état de %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="112"/>
        <source>Set state</source>
        <translation>Définir l’état</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="113"/>
        <source>Reason for setting %1 to %2 (recorded in the audit log):</source>
        <translation>Motif pour passer %1 à l’état %2 (consigné dans le journal d’audit) :</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::AuditLogDialog</name>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="32"/>
        <source>Sent a blocked reply</source>
        <translation>A envoyé une réponse bloquée</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="34"/>
        <source>Changed the reply policy</source>
        <translation>A modifié la politique de réponse</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="36"/>
        <source>Merged two customers</source>
        <translation>Deux clients fusionnés</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="38"/>
        <source>Split a customer</source>
        <translation>Un client scindé</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="50"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="52"/>
        <source>Audit log entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Findings</source>
        <translation>Détections</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="63"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="77"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditLogDialog.cpp" line="89"/>
        <location filename="../ui/AuditLogDialog.cpp" line="124"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
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
        <translation>Impossible de lire le journal d’audit : %1</translation>
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
        <location filename="../ui/composer/Composer.cpp" line="74"/>
        <source>Reply composer</source>
        <translation>Éditeur de réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="76"/>
        <source>&amp;To:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="80"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="81"/>
        <source>Reply to the customer</source>
        <translation>Répondre au client</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="83"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="84"/>
        <source>Write an internal note</source>
        <translation>Rédiger une note interne</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="88"/>
        <source>Switch between reply and internal note (Ctrl+Shift+N)</source>
        <translation>Basculer entre réponse et note interne (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="97"/>
        <source>Internal note — never sent to the customer</source>
        <translation>Note interne — jamais envoyée au client</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="101"/>
        <location filename="../ui/composer/Composer.cpp" line="368"/>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="106"/>
        <source>Canned…</source>
        <translation>Réponses types…</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="107"/>
        <source>Insert a canned response</source>
        <translation>Insérer une réponse type</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="108"/>
        <source>Insert a canned response (Ctrl+Shift+C)</source>
        <translation>Insérer une réponse type (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="112"/>
        <source>Composer status</source>
        <translation>État de l&apos;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="114"/>
        <source>Move to &amp;private</source>
        <translation>Passer en &amp;privé</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="115"/>
        <source>Move the conversation to a private channel</source>
        <translation>Déplacer la conversation vers un canal privé</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="116"/>
        <source>Answer in public that you wrote privately, and continue on the customer&apos;s private channel (Ctrl+Shift+V)</source>
        <translation>Indiquer publiquement que vous avez écrit en privé, puis poursuivre sur le canal privé du client (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="119"/>
        <source>&amp;Override…</source>
        <translation>Passer &amp;outre…</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="120"/>
        <source>Override the reply policy and send</source>
        <translation>Passer outre la politique de réponse et envoyer</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="122"/>
        <source>Send this reply although the reply policy blocks it, with a reason for the audit log</source>
        <translation>Envoyer cette réponse bien que la politique de réponse la bloque, avec un motif pour le journal d’audit</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="227"/>
        <source>We&apos;ve sent you a private message.</source>
        <translation>Nous vous avons envoyé un message privé.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="393"/>
        <source>A note goes on one of the customer&apos;s conversations: choose one.</source>
        <translation>Une note se rattache à l’une des conversations du client : choisissez-en une.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="399"/>
        <source>Not sent as it is — %1. Remove it, or override with a reason.</source>
        <translation>Non envoyée en l’état — %1. Supprimez ce passage, ou passez outre en indiquant un motif.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="401"/>
        <source>Not sent as it is — %1. Remove it to send.</source>
        <translation>Non envoyée en l’état — %1. Supprimez ce passage pour envoyer.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="480"/>
        <source>The customer has no private channel to write to.</source>
        <translation>Le client n’a aucun canal privé sur lequel écrire.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="489"/>
        <source>Told the customer in public; now writing on %1.</source>
        <translation>Client informé publiquement ; vous écrivez maintenant sur %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="126"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="368"/>
        <source>Internal note text</source>
        <translation>Texte de la note interne</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="370"/>
        <source>Write a note for your colleagues. The customer never sees it.</source>
        <translation>Rédigez une note pour vos collègues. Le client ne la voit jamais.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="371"/>
        <source>Write your reply. Ctrl+Enter sends.</source>
        <translation>Rédigez votre réponse. Ctrl+Entrée pour envoyer.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="372"/>
        <source>Add &amp;note</source>
        <translation>Ajouter la &amp;note</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="372"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="374"/>
        <source>Add the internal note</source>
        <translation>Ajouter la note interne</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="374"/>
        <source>Send the reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="391"/>
        <source>Choose a conversation to reply on.</source>
        <translation>Choisissez une conversation à laquelle répondre.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="513"/>
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
        <location filename="../ui/composer/ConflictPanel.cpp" line="96"/>
        <source>Not sent — the conversation moved on while you were writing. New messages: %1</source>
        <translation>Non envoyée — la conversation a évolué pendant que vous écriviez. Nouveaux messages : %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="110"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="110"/>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="112"/>
        <source>%1 (whisper)</source>
        <translation>%1 (soufflé)</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="113"/>
        <source>%1 (internal note)</source>
        <translation>%1 (note interne)</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="123"/>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ConversationTagsMenu</name>
    <message>
        <location filename="../ui/ConversationTagsMenu.cpp" line="10"/>
        <source>Insight ta&amp;gs</source>
        <translation>É&amp;tiquettes d’analyse</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::CustomerPanel</name>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="26"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="28"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="47"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="49"/>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="72"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="76"/>
        <source>S&amp;plit…</source>
        <translation>Sc&amp;inder…</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="85"/>
        <source>Customer identities</source>
        <translation>Identités du client</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="86"/>
        <source>Customer conversations</source>
        <translation>Conversations du client</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="91"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="93"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="95"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="102"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="104"/>
        <source>&amp;Merge with…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="106"/>
        <source>Another record of this person becomes part of this customer</source>
        <translation>Une autre fiche de cette personne devient partie de ce client</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="108"/>
        <source>Move identities and conversations that belong to someone else to a new customer</source>
        <translation>Déplacer vers un nouveau client les identités et conversations qui appartiennent à quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="142"/>
        <source>No customer selected</source>
        <translation>Aucun client sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="150"/>
        <source>Customer since %1</source>
        <translation>Client depuis le %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="152"/>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="157"/>
        <location filename="../ui/CustomerPanel.cpp" line="158"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="164"/>
        <source>%1 · priority %2</source>
        <translation>%1 · priorité %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::Dispositions</name>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="10"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="11"/>
        <source>Follow-up needed</source>
        <translation>Suivi nécessaire</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="12"/>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="13"/>
        <source>Callback requested</source>
        <translation>Rappel demandé</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="14"/>
        <source>Wrong number</source>
        <translation>Faux numéro</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="15"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="16"/>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="38"/>
        <source>Customer history</source>
        <translation>Historique du client</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="117"/>
        <source>Whisper from %1 — only you can see this</source>
        <translation>Soufflé par %1 — vous seul pouvez le voir</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="118"/>
        <source>Whisper from %1 to %2</source>
        <translation>Soufflé par %1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="119"/>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="127"/>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="129"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="131"/>
        <source>delivered</source>
        <translation>distribué</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="133"/>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="135"/>
        <source>not delivered</source>
        <translation>non distribué</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="154"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="165"/>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="165"/>
        <source>Outgoing call</source>
        <translation>Appel sortant</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="166"/>
        <source>%1:%2 min</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="170"/>
        <source>Disposition:</source>
        <translation>Qualification :</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="195"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="208"/>
        <source>Not delivered: %1</source>
        <translation>Non remis : %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="208"/>
        <source>Waiting: %1</source>
        <translation>En attente : %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="243"/>
        <source>Attachments:</source>
        <translation>Pièces jointes :</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="258"/>
        <source>Show older history</source>
        <translation>Afficher l&apos;historique plus ancien</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="264"/>
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
    <name>Switchboard::Ui::IncomingCallDialog</name>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="26"/>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="27"/>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="30"/>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="40"/>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="49"/>
        <source>Calling number</source>
        <translation>Numéro de l’appelant</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="52"/>
        <source>Recent history</source>
        <translation>Historique récent</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="58"/>
        <source>The caller&apos;s recent history</source>
        <translation>Historique récent de l’appelant</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="66"/>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="68"/>
        <source>Decline call</source>
        <translation>Refuser l’appel</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="70"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="72"/>
        <source>Accept call</source>
        <translation>Accepter l’appel</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="126"/>
        <source>Incoming call: %1</source>
        <translation>Appel entrant : %1</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="143"/>
        <source>%1  Missed call</source>
        <translation>%1  Appel manqué</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="145"/>
        <source>%1  Call, %2</source>
        <translation>%1  Appel, %2</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="149"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="151"/>
        <source>%1  Call in progress</source>
        <translation>%1  Appel en cours</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="159"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="163"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="166"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="169"/>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="173"/>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="183"/>
        <source>No earlier contact</source>
        <translation>Aucun contact antérieur</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::InsightsPage</name>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="117"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="117"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="117"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="117"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="120"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="121"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="124"/>
        <source>Export insights</source>
        <translation>Exporter les analyses</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="128"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="130"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="135"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="137"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="142"/>
        <source>Insights</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="162"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="183"/>
        <source>Totals — %1</source>
        <translation>Totaux – %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="188"/>
        <source>Could not load the insights: %1</source>
        <translation>Impossible de charger les analyses : %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="95"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::LengthCounter</name>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="17"/>
        <source>Reply length</source>
        <translation>Longueur de la réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="31"/>
        <location filename="../ui/composer/LengthCounter.cpp" line="39"/>
        <source>Length: %1</source>
        <translation>Longueur : %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="33"/>
        <source>Calls take no written reply: add an internal note or choose another of the customer&apos;s conversations.</source>
        <translation>Un appel n’accepte pas de réponse écrite : ajoutez une note interne ou choisissez une autre conversation du client.</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="41"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="45"/>
        <source>SMS segments: %1 (Unicode)</source>
        <translation>Segments SMS : %1 (Unicode)</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="45"/>
        <source>SMS segments: %1</source>
        <translation>Segments SMS : %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="49"/>
        <source>Too long for %1 by %2.</source>
        <translation>Trop long de %2 caractères pour %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="56"/>
        <source>Over the limit</source>
        <translation>Limite dépassée</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="66"/>
        <source>X counts most CJK characters and emoji as two, and every link as 23.</source>
        <translation>X compte double la plupart des caractères CJK et des emoji, et chaque lien pour 23 caractères.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Search messages and customers (Ctrl+F)</source>
        <translation>Rechercher des messages et des clients (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Unassigned</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Show conversations</source>
        <translation>Afficher les conversations</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Channel filter</source>
        <translation>Filtre de canal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>Open and pending</source>
        <translation>Ouvertes et en attente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Resolved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>SLA due first</source>
        <translation>Échéance SLA d’abord</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Latest activity first</source>
        <translation>Activité récente d’abord</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Presence:</source>
        <translation>Présence :</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Outbox</source>
        <translation>File d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Switchboard</source>
        <translation>&amp;Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;Reconnect now</source>
        <translation>&amp;Reconnecter maintenant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>Sign &amp;out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Boîte de réception</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>&amp;Reply</source>
        <translation>Ré&amp;pondre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>&amp;Next customer</source>
        <translation>Client &amp;suivant</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>&amp;Previous customer</source>
        <translation>Client pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>Show &amp;mine</source>
        <translation>Afficher les &amp;miennes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Show &amp;unassigned</source>
        <translation>Afficher les &amp;non attribuées</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Show &amp;all</source>
        <translation>Afficher &amp;toutes</translation>
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
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>&amp;Take (assign to me)</source>
        <translation>&amp;Prendre (me l&apos;attribuer)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272"/>
        <source>Return to &amp;queue</source>
        <translation>Remettre en &amp;file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Mark &amp;pending</source>
        <translation>Marquer en &amp;attente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>Ca&amp;ll</source>
        <translation>A&amp;ppel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>Send the reply or note</source>
        <translation>Envoyer la réponse ou la note</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Switch between reply and internal note</source>
        <translation>Basculer entre réponse et note interne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>Insert a canned response</source>
        <translation>Insérer une réponse type</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>Move a public conversation to private</source>
        <translation>Passer une conversation publique en privé</translation>
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
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <source>Sign out of Switchboard?</source>
        <translation>Se déconnecter de Switchboard ?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>You can keep this computer&apos;s copy of your conversations for a fast start next time, or delete it. Anything not yet sent is lost if you delete it.</source>
        <translation>Vous pouvez conserver la copie de vos conversations sur cet ordinateur pour démarrer plus vite la prochaine fois, ou la supprimer. Si vous la supprimez, tout ce qui n’a pas encore été envoyé est perdu.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>Sign out and delete local data</source>
        <translation>Se déconnecter et supprimer les données locales</translation>
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
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="611"/>
        <source>Offline — %1</source>
        <translation>Hors ligne — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="615"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="619"/>
        <source>Catching up…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="623"/>
        <source>Live</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="630"/>
        <source>Last sync: %1</source>
        <translation>Dernière synchro : %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="632"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="637"/>
        <source>Everything sent</source>
        <translation>Tout est envoyé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="637"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="639"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n requiert votre attention</numerusform>
            <numerusform>%n requièrent votre attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::MergeCustomersDialog</name>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="42"/>
        <source>Merge customers</source>
        <translation>Fusionner des clients</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="44"/>
        <source>Find the other record of %1 (by name, email address, phone number or handle). It will become part of this customer: its identities, conversations and calls move here, and the other record is removed.</source>
        <translation>Trouvez l’autre fiche de %1 (par nom, adresse e-mail, numéro de téléphone ou identifiant). Elle deviendra partie de ce client : ses identités, conversations et appels sont déplacés ici, et l’autre fiche est supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="51"/>
        <source>Name, address, number or handle</source>
        <translation>Nom, adresse, numéro ou identifiant</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="52"/>
        <source>Find a customer</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="55"/>
        <source>Customers found</source>
        <translation>Clients trouvés</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="60"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="96"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="109"/>
        <source>Choose the record to merge into %1.</source>
        <translation>Choisissez la fiche à fusionner dans %1.</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="110"/>
        <source>No other customer in this desktop&apos;s records matches.</source>
        <translation>Aucun autre client des données de ce poste ne correspond.</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="115"/>
        <source>%1 (%2) will move to %3, with the conversations it has here: %4.</source>
        <translation>%1 (%2) sera fusionné dans %3, avec les conversations présentes ici : %4.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::MonitorWindow</name>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="20"/>
        <source>Starting to monitor…</source>
        <translation>Début de l’observation…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="22"/>
        <source>Monitoring — %1</source>
        <translation>Observation – %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="24"/>
        <source>&amp;Whisper to agent…</source>
        <translation>&amp;Souffler à l’agent…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="25"/>
        <source>&amp;Take over</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="30"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Watching live; nothing is marked read.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Observation en direct ; rien n’est marqué comme lu.</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="44"/>
        <source>Monitoring (recorded in the audit log).</source>
        <translation>Observation en cours (consignée dans le journal d’audit).</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="45"/>
        <source>The hub refused monitoring: %1</source>
        <translation>Le hub a refusé l’observation : %1</translation>
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
        <source>Target missed: %1</source>
        <translation>Objectif dépassé : %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="57"/>
        <source>Near target: %1</source>
        <translation>Objectif bientôt atteint : %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="58"/>
        <source>Work in this queue has waited longer than its first-response target.</source>
        <translation>Du travail dans cette file attend depuis plus longtemps que son objectif de première réponse.</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="59"/>
        <source>Work in this queue is close to its first-response target.</source>
        <translation>Du travail dans cette file approche de son objectif de première réponse.</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="64"/>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::OverrideDialog</name>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="19"/>
        <source>Override the reply policy</source>
        <translation>Passer outre la politique de réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="26"/>
        <source>&lt;p&gt;The reply policy blocks this reply:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Send it anyway only if it must go as written. Your reason is recorded in the audit log with the reply.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La politique de réponse bloque cette réponse :&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Ne l’envoyez quand même que si elle doit partir telle quelle. Votre motif est consigné dans le journal d’audit avec la réponse.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="31"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire) :</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="34"/>
        <source>Reason for the override</source>
        <translation>Motif pour passer outre</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="36"/>
        <source>e.g. The customer asked for the reference in public</source>
        <translation>par ex. le client a demandé la référence en public</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="39"/>
        <source>Send &amp;anyway</source>
        <translation>Envoyer &amp;quand même</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::PolicyHighlighter</name>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="52"/>
        <source>What the reply policy found</source>
        <translation>Détections de la politique de réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="137"/>
        <source>Private — choose where the reply goes</source>
        <translation>Privé — choisissez où envoyer la réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="139"/>
        <source>Public — anyone can see this reply on %1, and it stays findable</source>
        <translation>Public — tout le monde peut voir cette réponse sur %1, et elle reste trouvable par une recherche</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="143"/>
        <source>Private — only the customer sees this reply</source>
        <translation>Privé — seul le client voit cette réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="166"/>
        <source>Card number — it will be masked when the note is saved</source>
        <translation>Numéro de carte — il sera masqué à l’enregistrement de la note</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="169"/>
        <source>Blocked: %1 (“%2”)</source>
        <translation>Bloqué : %1 (« %2 »)</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="170"/>
        <source>Check: %1 (“%2”)</source>
        <translation>À vérifier : %1 (« %2 »)</translation>
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
    <name>Switchboard::Ui::QueuesBoardPage</name>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="130"/>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="133"/>
        <source>Red: the longest wait has passed the queue&apos;s first-response target. Amber: it is past %1 % of it.</source>
        <translation>Rouge : l’attente la plus longue a dépassé l’objectif de première réponse de la file. Orange : elle en a dépassé %1 %.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::RejectedPanel</name>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="15"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="16"/>
        <source>&amp;Override…</source>
        <translation>Passer &amp;outre…</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="17"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="23"/>
        <source>Reply refused by the hub</source>
        <translation>Réponse refusée par le hub</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="25"/>
        <source>The hub did not send this reply</source>
        <translation>Le hub n’a pas envoyé cette réponse</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="34"/>
        <source>Edit the refused reply</source>
        <translation>Modifier la réponse refusée</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="35"/>
        <source>Put the reply back in the editor to fix it</source>
        <translation>Remettre la réponse dans l’éditeur pour la corriger</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="37"/>
        <source>Send the refused reply anyway</source>
        <translation>Envoyer quand même la réponse refusée</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="38"/>
        <source>Send it as written, with a reason for the audit log</source>
        <translation>L’envoyer telle quelle, avec un motif pour le journal d’audit</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="40"/>
        <source>Discard the refused reply</source>
        <translation>Abandonner la réponse refusée</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="78"/>
        <source>The reply policy blocks it: %1</source>
        <translation>La politique de réponse la bloque : %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ReportsPage</name>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="200"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="200"/>
        <source>Handled</source>
        <translation>Traités</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="200"/>
        <source>Avg. handle time</source>
        <translation>Durée moy. de traitement</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="201"/>
        <source>Avg. first response</source>
        <translation>Première réponse moy.</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="201"/>
        <source>Answered in target</source>
        <translation>Répondus dans l’objectif</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="201"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="205"/>
        <source>Per agent</source>
        <translation>Par agent</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="206"/>
        <source>Per queue</source>
        <translation>Par file</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="207"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="208"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="212"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="214"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="216"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="222"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="227"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="247"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="260"/>
        <source>No queue</source>
        <translation>Aucune file</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="265"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supervisor/FigurePages.cpp" line="272"/>
        <source>%n row(s) for %1</source>
        <translation>
            <numerusform>%n ligne pour le %1</numerusform>
            <numerusform>%n lignes pour le %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="278"/>
        <source>Could not load the report: %1</source>
        <translation>Impossible de charger le rapport : %1</translation>
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
<context>
    <name>Switchboard::Ui::SplitCustomerDialog</name>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="64"/>
        <source>Split customer</source>
        <translation>Scinder le client</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="65"/>
        <source>Tick what belongs to someone else. It moves to a new customer; everything else stays with %1.</source>
        <translation>Cochez ce qui appartient à quelqu’un d’autre. Cela passe à un nouveau client ; tout le reste reste avec %1.</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="71"/>
        <source>Identities to move</source>
        <translation>Identités à déplacer</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="74"/>
        <source>Conversations to move</source>
        <translation>Conversations à déplacer</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="77"/>
        <source>New customer&apos;s name</source>
        <translation>Nom du nouveau client</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="97"/>
        <source>&amp;Split</source>
        <translation>&amp;Scinder</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="107"/>
        <source>New customer&apos;s &amp;name:</source>
        <translation>&amp;Nom du nouveau client :</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="110"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="112"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="160"/>
        <source>Tick at least one identity or conversation.</source>
        <translation>Cochez au moins une identité ou une conversation.</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="162"/>
        <source>Something must stay with %1.</source>
        <translation>Quelque chose doit rester avec %1.</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="164"/>
        <source>Give the new customer a name.</source>
        <translation>Donnez un nom au nouveau client.</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="166"/>
        <source>Moving to %1: identities %2 of %3, conversations %4 of %5.</source>
        <translation>Vers %1 : identités %2 sur %3, conversations %4 sur %5.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::SupervisorWindow</name>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="28"/>
        <source>Queue %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="28"/>
        <source>No queue</source>
        <translation>Aucune file</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="34"/>
        <source>Switchboard — Supervisor</source>
        <translation>Switchboard – Supervision</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="43"/>
        <source>&amp;Agents</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="44"/>
        <source>&amp;Queues</source>
        <translation>&amp;Files</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="45"/>
        <source>&amp;Insights</source>
        <translation>A&amp;nalyses</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="46"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::TargetSelector</name>
    <message>
        <location filename="../ui/composer/TargetSelector.cpp" line="13"/>
        <source>Conversation to reply on</source>
        <translation>Conversation à laquelle répondre</translation>
    </message>
    <message>
        <location filename="../ui/composer/TargetSelector.cpp" line="14"/>
        <source>Reply on this conversation or on another of the customer&apos;s channels</source>
        <translation>Répondre dans cette conversation ou sur un autre canal du client</translation>
    </message>
    <message>
        <location filename="../ui/composer/TargetSelector.cpp" line="36"/>
        <source>New %1 conversation</source>
        <translation>Nouvelle conversation (%1)</translation>
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
        <translation>Traitement post-appel</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="38"/>
        <source>Disposition</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="39"/>
        <source>Choose an outcome…</source>
        <translation>Choisissez un résultat…</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="46"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="47"/>
        <source>What was agreed, what happens next</source>
        <translation>Ce qui a été convenu, la suite prévue</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="54"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="55"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="59"/>
        <source>&amp;Submit</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="61"/>
        <source>Submit the wrap-up</source>
        <translation>Valider le post-appel</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="62"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="63"/>
        <source>Wrap up later</source>
        <translation>Terminer le post-appel plus tard</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="81"/>
        <source>Missed call from %1.</source>
        <translation>Appel manqué de %1.</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="82"/>
        <source>Call with %1, %2.</source>
        <translation>Appel avec %1, %2.</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="104"/>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
</context>
</TS>
