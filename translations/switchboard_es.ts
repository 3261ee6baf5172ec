<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AnalysisPresentation</name>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="15"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="17"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="19"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="21"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="30"/>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="32"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="34"/>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="42"/>
        <source>public post (+2)</source>
        <translation>publicación pública (+2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="44"/>
        <source>negative (+2)</source>
        <translation>negativo (+2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="46"/>
        <source>very negative (+3)</source>
        <translation>muy negativo (+3)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="48"/>
        <source>positive (−1)</source>
        <translation>positivo (−1)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="50"/>
        <source>1,000+ followers (+1)</source>
        <translation>más de 1.000 seguidores (+1)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="52"/>
        <source>10,000+ followers (+2)</source>
        <translation>más de 10.000 seguidores (+2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="54"/>
        <source>100,000+ followers (+3)</source>
        <translation>más de 100.000 seguidores (+3)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="62"/>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="74"/>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="75"/>
        <source>Topic: %1 (%2)</source>
        <translation>Tema: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="78"/>
        <source>Reach: %1 followers</source>
        <translation>Alcance: %1 seguidores</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="82"/>
        <source>Why: nothing raised or lowered it</source>
        <translation>Por qué: nada la subió ni la bajó</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisPresentation.cpp" line="83"/>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="16"/>
        <source>Switchboard: calls, email and social messages for contact-centre agents.</source>
        <translation>Switchboard: llamadas, correo electrónico y mensajes de redes sociales para agentes de centro de contacto.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="19"/>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="21"/>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="23"/>
        <source>The hub to sign in to, e.g. https://hub.example.com.</source>
        <translation>El hub en el que iniciar sesión, p. ej., https://hub.example.com.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="27"/>
        <source>The user name to sign in with.</source>
        <translation>El nombre de usuario con el que iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="30"/>
        <source>Read the password from the first line of standard input and sign in at once.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar e iniciar sesión de inmediato.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="33"/>
        <source>Keep settings and local data in DIR instead of the usual places.</source>
        <translation>Guardar la configuración y los datos locales en DIR en lugar de las ubicaciones habituales.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="37"/>
        <source>Save a picture of the main window to FILE once it shows the inbox, then quit.</source>
        <translation>Guardar una imagen de la ventana principal en FILE en cuanto muestre la bandeja de entrada y salir.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="41"/>
        <source>Print how long the start took, and the memory in use, on standard error once the inbox first shows conversations.</source>
        <translation>Mostrar en la salida de error estándar cuánto tardó el inicio y la memoria en uso, en cuanto la bandeja de entrada muestre conversaciones por primera vez.</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="72"/>
        <source>--hub must be an http:// or https:// address
</source>
        <translation>--hub debe ser una dirección http:// o https://
</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="80"/>
        <source>--password-stdin needs --hub and --user
</source>
        <translation>--password-stdin requiere --hub y --user
</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="26"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="28"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
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
        <translation>Mensaje de Instagram</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="38"/>
        <source>X message</source>
        <translation>Mensaje de X</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="40"/>
        <source>Facebook comment</source>
        <translation>Comentario de Facebook</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="42"/>
        <source>Instagram comment</source>
        <translation>Comentario de Instagram</translation>
    </message>
    <message>
        <location filename="../ui/ChannelPresentation.cpp" line="44"/>
        <source>X post</source>
        <translation>Publicación de X</translation>
    </message>
</context>
<context>
    <name>FindingText</name>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="18"/>
        <source>Card number — never send card numbers</source>
        <translation>Número de tarjeta — nunca envíe números de tarjeta</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="20"/>
        <source>Password, PIN or code — never give these out</source>
        <translation>Contraseña, PIN o código — nunca los facilite</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="22"/>
        <source>IBAN — bank details must not be posted publicly</source>
        <translation>IBAN — los datos bancarios no deben publicarse</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="24"/>
        <source>Bank account number — must not be posted publicly</source>
        <translation>Número de cuenta bancaria — no debe publicarse</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="26"/>
        <source>Social Security number — must not be posted publicly</source>
        <translation>Número de la Seguridad Social (EE. UU.) — no debe publicarse</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="28"/>
        <source>National Insurance number — must not be posted publicly</source>
        <translation>Número de National Insurance (Reino Unido) — no debe publicarse</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="30"/>
        <source>Passport number — must not be posted publicly</source>
        <translation>Número de pasaporte — no debe publicarse</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="32"/>
        <source>Driving licence number — must not be posted publicly</source>
        <translation>Número de permiso de conducir — no debe publicarse</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="34"/>
        <source>Date of birth — must not be posted publicly</source>
        <translation>Fecha de nacimiento — no debe publicarse</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="36"/>
        <source>Health details — must not be posted publicly</source>
        <translation>Datos de salud — no deben publicarse</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="38"/>
        <source>Email address — everyone will see it; is it meant to be public?</source>
        <translation>Dirección de correo electrónico — todos la verán; ¿debe ser pública?</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="40"/>
        <source>Phone number — everyone will see it; is it meant to be public?</source>
        <translation>Número de teléfono — todos lo verán; ¿debe ser público?</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="42"/>
        <source>Postal address — everyone will see it; is it meant to be public?</source>
        <translation>Dirección postal — todos la verán; ¿debe ser pública?</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="45"/>
        <source>Team rule: %1</source>
        <translation>Regla del equipo: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/FindingText.cpp" line="47"/>
        <source>Held back by the reply policy (%1)</source>
        <translation>Retenida por la política de respuesta (%1)</translation>
    </message>
</context>
<context>
    <name>InsightTags</name>
    <message>
        <location filename="../ui/InsightTags.cpp" line="19"/>
        <source>Product feedback</source>
        <translation>Opinión sobre el producto</translation>
    </message>
    <message>
        <location filename="../ui/InsightTags.cpp" line="21"/>
        <source>Testimonial candidate</source>
        <translation>Posible testimonio</translation>
    </message>
    <message>
        <location filename="../ui/InsightTags.cpp" line="23"/>
        <source>Competitor mention</source>
        <translation>Mención de la competencia</translation>
    </message>
    <message>
        <location filename="../ui/InsightTags.cpp" line="25"/>
        <source>Sales opportunity</source>
        <translation>Oportunidad de venta</translation>
    </message>
    <message>
        <location filename="../ui/InsightTags.cpp" line="27"/>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
</context>
<context>
    <name>Switchboard::App::Application</name>
    <message>
        <location filename="../app/Application.cpp" line="104"/>
        <source>The local data was damaged and is being rebuilt from the hub (%1).</source>
        <translation>Los datos locales estaban dañados y se están reconstruyendo desde el hub (%1).</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="163"/>
        <source>No keychain is available: you will need to sign in again next time.</source>
        <translation>No hay ningún llavero disponible: tendrá que volver a iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="285"/>
        <source>The local data cannot be read: %1</source>
        <translation>No se pueden leer los datos locales: %1</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="316"/>
        <source>The call could not be updated: %1</source>
        <translation>No se pudo actualizar la llamada: %1</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="464"/>
        <source>signed out</source>
        <translation>sesión cerrada</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="580"/>
        <source>Customers not merged</source>
        <translation>Clientes no fusionados</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="581"/>
        <source>Customer not split</source>
        <translation>Cliente no dividido</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="583"/>
        <source>The hub refused to merge the customers: %1</source>
        <translation>El hub se negó a fusionar los clientes: %1</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="584"/>
        <source>The hub refused to split the customer: %1</source>
        <translation>El hub se negó a dividir el cliente: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::App::AttachmentSaver</name>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="39"/>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="47"/>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="52"/>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="63"/>
        <source>Saved %1 (%2)</source>
        <translation>%1 guardado (%2)</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="70"/>
        <source>Attachment not saved</source>
        <translation>Adjunto no guardado</translation>
    </message>
    <message>
        <location filename="../app/AttachmentSaver.cpp" line="71"/>
        <source>%1 could not be saved: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::App::SupervisorDesk</name>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="57"/>
        <location filename="../app/SupervisorDesk.cpp" line="162"/>
        <source>Live — today&apos;s figures are for %1.</source>
        <translation>En directo: las cifras de hoy son del %1.</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="94"/>
        <source>Su&amp;pervise</source>
        <translation>Su&amp;pervisión</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="101"/>
        <source>Supervisor &amp;board</source>
        <translation>&amp;Panel de supervisión</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="101"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="103"/>
        <source>&amp;Monitor conversation</source>
        <translation>&amp;Supervisar la conversación</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="103"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="105"/>
        <source>&amp;Whisper to agent…</source>
        <translation>&amp;Susurrar al agente…</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="105"/>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="107"/>
        <source>Take &amp;over</source>
        <translation>&amp;Hacerse cargo</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="108"/>
        <source>&amp;Reassign…</source>
        <translation>&amp;Reasignar…</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="126"/>
        <source>Not live: the board resumes when the hub is reached again.</source>
        <translation>Sin conexión en directo: el panel se reanuda cuando se vuelva a alcanzar el hub.</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="147"/>
        <source>Could not load the board: %1</source>
        <translation>No se pudo cargar el panel: %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="153"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="153"/>
        <source>The export failed: %1</source>
        <translation>La exportación ha fallado: %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="163"/>
        <source>Loading the board…</source>
        <translation>Cargando el panel…</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="205"/>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="207"/>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="248"/>
        <source>Whisper</source>
        <translation>Susurrar</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="249"/>
        <source>No agent has this conversation; a whisper goes to the agent who has it.</source>
        <translation>Ningún agente tiene esta conversación; un susurro va al agente que la atiende.</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="253"/>
        <source>Whisper to %1</source>
        <translation>Susurrar a %1</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="254"/>
        <source>Only %1 and supervisors see this note; the customer never does.</source>
        <translation>Solo %1 y los supervisores ven esta nota; el cliente nunca.</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="280"/>
        <source>Reassign</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <location filename="../app/SupervisorDesk.cpp" line="281"/>
        <source>Give “%1” to:</source>
        <translation>Asignar «%1» a:</translation>
    </message>
</context>
<context>
    <name>Switchboard::Item::AgentBoardModel</name>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="43"/>
        <source>on a call</source>
        <translation>en una llamada</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="116"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="118"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="120"/>
        <source>Time in state</source>
        <translation>Tiempo en el estado</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="122"/>
        <source>Current work</source>
        <translation>Trabajo actual</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="124"/>
        <source>Handled today</source>
        <translation>Atendidos hoy</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="126"/>
        <source>Avg. handle time</source>
        <translation>Tiempo medio de gestión</translation>
    </message>
    <message>
        <location filename="../models/item/AgentBoardModel.cpp" line="128"/>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
</context>
<context>
    <name>Switchboard::Item::QueueBoardModel</name>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="45"/>
        <source>No queue</source>
        <translation>Sin cola</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="115"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="131"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="133"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="135"/>
        <source>Longest wait</source>
        <translation>Espera más larga</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="137"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="139"/>
        <source>SLA today</source>
        <translation>SLA de hoy</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="141"/>
        <source>Answered in target</source>
        <translation>Respondidos a tiempo</translation>
    </message>
    <message>
        <location filename="../models/item/QueueBoardModel.cpp" line="143"/>
        <source>Abandoned calls</source>
        <translation>Llamadas abandonadas</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::AttachmentDownload</name>
    <message>
        <location filename="../models/sync/AttachmentDownload.cpp" line="37"/>
        <source>the hub answered %1</source>
        <translation>el hub respondió %1</translation>
    </message>
    <message>
        <location filename="../models/sync/AttachmentDownload.cpp" line="61"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::OutboxSender</name>
    <message>
        <location filename="../models/sync/OutboxSender.cpp" line="147"/>
        <source>the hub answered %1</source>
        <translation>el hub respondió %1</translation>
    </message>
    <message>
        <location filename="../models/sync/OutboxSender.cpp" line="182"/>
        <source>the hub refused this (HTTP %1)</source>
        <translation>el hub lo rechazó (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::Session</name>
    <message>
        <location filename="../models/sync/Session.cpp" line="57"/>
        <source>The local cache cannot be opened: %1</source>
        <translation>No se puede abrir la caché local: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="91"/>
        <location filename="../models/sync/Session.cpp" line="162"/>
        <source>The hub cannot be reached: %1</source>
        <translation>No se puede contactar con el hub: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="99"/>
        <source>The hub&apos;s answer to the sign-in could not be read.</source>
        <translation>No se pudo leer la respuesta del hub al inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="129"/>
        <source>Please sign in.</source>
        <translation>Inicie sesión.</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="159"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha finalizado. Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::SyncEngine</name>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="85"/>
        <source>the hub no longer accepts this session</source>
        <translation>el hub ya no acepta esta sesión</translation>
    </message>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="316"/>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <location filename="../models/sync/SyncEngine.cpp" line="579"/>
        <source>not signed in</source>
        <translation>sesión no iniciada</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="17"/>
        <source>About Switchboard</source>
        <translation>Acerca de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="23"/>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Switchboard %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="28"/>
        <source>Calls, email and social messages in one place.</source>
        <translation>Llamadas, correo electrónico y mensajes de redes sociales en un solo lugar.</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="30"/>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="34"/>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior. Se ofrece sin ninguna garantía.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ActiveCallBar</name>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="22"/>
        <source>Active call</source>
        <translation>Llamada activa</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="29"/>
        <source>On a call</source>
        <translation>En una llamada</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="32"/>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="39"/>
        <source>Talk time</source>
        <translation>Tiempo de conversación</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="44"/>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="50"/>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="205"/>
        <source>&amp;Hold call</source>
        <translation>&amp;Poner en espera</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="51"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="54"/>
        <source>&amp;End call</source>
        <translation>&amp;Finalizar llamada</translation>
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
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="64"/>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="209"/>
        <source>Hold call</source>
        <translation>Poner la llamada en espera</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="65"/>
        <source>Put the caller on hold (%1)</source>
        <translation>Poner al llamante en espera (%1)</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="72"/>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="73"/>
        <source>Transfer call</source>
        <translation>Transferir la llamada</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="74"/>
        <source>Offer the call to a colleague</source>
        <translation>Ofrecer la llamada a un compañero</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="79"/>
        <source>End</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="81"/>
        <source>End call</source>
        <translation>Finalizar la llamada</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="83"/>
        <source>Hang up (%1)</source>
        <translation>Colgar (%1)</translation>
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
        <translation>No hay ningún compañero al que transferir</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="205"/>
        <source>&amp;Resume call</source>
        <translation>&amp;Reanudar llamada</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="208"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/calls/ActiveCallBar.cpp" line="209"/>
        <source>Resume call</source>
        <translation>Reanudar la llamada</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::AgentsBoardPage</name>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="74"/>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="79"/>
        <source>Set state…</source>
        <translation>Cambiar estado…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="89"/>
        <source>Live: rows change as agents work. Changing an agent&apos;s state is recorded in the audit log.</source>
        <translation>En directo: las filas cambian mientras trabajan los agentes. Cambiar el estado de un agente queda registrado en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="104"/>
        <source>Set state of %1</source>
        <translation>Cambiar el estado de %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="112"/>
        <source>Set state</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="113"/>
        <source>Reason for setting %1 to %2 (recorded in the audit log):</source>
        <translation>Motivo para poner a %1 en %2 (queda en el registro de auditoría):</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::AuditLogDialog</name>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="32"/>
        <source>Sent a blocked reply</source>
        <translation>Envió una respuesta bloqueada</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="34"/>
        <source>Changed the reply policy</source>
        <translation>Cambió la política de respuesta</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="36"/>
        <source>Merged two customers</source>
        <translation>Fusionó dos clientes</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="38"/>
        <source>Split a customer</source>
        <translation>Dividió un cliente</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="50"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="52"/>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="54"/>
        <source>Findings</source>
        <translation>Detecciones</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="63"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="77"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditLogDialog.cpp" line="89"/>
        <location filename="../ui/AuditLogDialog.cpp" line="124"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
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
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::CannedPicker</name>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="25"/>
        <location filename="../ui/composer/CannedPicker.cpp" line="31"/>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="27"/>
        <source>Type to filter canned responses</source>
        <translation>Escriba para filtrar las respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="28"/>
        <source>Filter canned responses</source>
        <translation>Filtrar respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="87"/>
        <source>No canned responses for this channel</source>
        <translation>No hay respuestas predefinidas para este canal</translation>
    </message>
    <message>
        <location filename="../ui/composer/CannedPicker.cpp" line="88"/>
        <source>Nothing matches “%1”</source>
        <translation>Nada coincide con «%1»</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::Composer</name>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="74"/>
        <source>Reply composer</source>
        <translation>Editor de respuestas</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="76"/>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="80"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="81"/>
        <source>Reply to the customer</source>
        <translation>Responder al cliente</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="83"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="84"/>
        <source>Write an internal note</source>
        <translation>Escribir una nota interna</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="88"/>
        <source>Switch between reply and internal note (Ctrl+Shift+N)</source>
        <translation>Cambiar entre respuesta y nota interna (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="97"/>
        <source>Internal note — never sent to the customer</source>
        <translation>Nota interna — nunca se envía al cliente</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="101"/>
        <location filename="../ui/composer/Composer.cpp" line="368"/>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="106"/>
        <source>Canned…</source>
        <translation>Predefinidas…</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="107"/>
        <source>Insert a canned response</source>
        <translation>Insertar una respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="108"/>
        <source>Insert a canned response (Ctrl+Shift+C)</source>
        <translation>Insertar una respuesta predefinida (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="112"/>
        <source>Composer status</source>
        <translation>Estado del editor</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="114"/>
        <source>Move to &amp;private</source>
        <translation>Pasar a pri&amp;vado</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="115"/>
        <source>Move the conversation to a private channel</source>
        <translation>Trasladar la conversación a un canal privado</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="116"/>
        <source>Answer in public that you wrote privately, and continue on the customer&apos;s private channel (Ctrl+Shift+V)</source>
        <translation>Responder en público que ha escrito en privado y continuar en el canal privado del cliente (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="119"/>
        <source>&amp;Override…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="120"/>
        <source>Override the reply policy and send</source>
        <translation>Anular la política de respuesta y enviar</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="122"/>
        <source>Send this reply although the reply policy blocks it, with a reason for the audit log</source>
        <translation>Enviar esta respuesta aunque la política de respuesta la bloquee, con un motivo para el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="227"/>
        <source>We&apos;ve sent you a private message.</source>
        <translation>Le hemos enviado un mensaje privado.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="393"/>
        <source>A note goes on one of the customer&apos;s conversations: choose one.</source>
        <translation>Una nota va en una de las conversaciones del cliente: elija una.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="399"/>
        <source>Not sent as it is — %1. Remove it, or override with a reason.</source>
        <translation>No se envía tal cual — %1. Elimine ese fragmento o anule la política indicando un motivo.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="401"/>
        <source>Not sent as it is — %1. Remove it to send.</source>
        <translation>No se envía tal cual — %1. Elimine ese fragmento para enviar.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="480"/>
        <source>The customer has no private channel to write to.</source>
        <translation>El cliente no tiene ningún canal privado en el que escribir.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="489"/>
        <source>Told the customer in public; now writing on %1.</source>
        <translation>Se ha avisado al cliente en público; ahora escribe por %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="126"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="368"/>
        <source>Internal note text</source>
        <translation>Texto de la nota interna</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="370"/>
        <source>Write a note for your colleagues. The customer never sees it.</source>
        <translation>Escriba una nota para sus compañeros. El cliente nunca la verá.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="371"/>
        <source>Write your reply. Ctrl+Enter sends.</source>
        <translation>Escriba su respuesta. Ctrl+Intro la envía.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="372"/>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="372"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="374"/>
        <source>Add the internal note</source>
        <translation>Añadir la nota interna</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="374"/>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="391"/>
        <source>Choose a conversation to reply on.</source>
        <translation>Elija una conversación en la que responder.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="513"/>
        <source>Check before sending: %1 left as typed.</source>
        <translation>Revise antes de enviar: %1 se ha quedado tal cual.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ConflictPanel</name>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="18"/>
        <source>&amp;Revise</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="19"/>
        <source>Send &amp;anyway</source>
        <translation>Enviar &amp;de todos modos</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="20"/>
        <source>&amp;Discard</source>
        <translation>Des&amp;cartar</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="26"/>
        <source>Reply not sent</source>
        <translation>Respuesta no enviada</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="44"/>
        <source>Messages that arrived since you started writing</source>
        <translation>Mensajes que llegaron desde que empezó a escribir</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="47"/>
        <source>Revise the reply</source>
        <translation>Revisar la respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="49"/>
        <source>Put your reply back in the editor to take the new messages into account</source>
        <translation>Devolver su respuesta al editor para tener en cuenta los nuevos mensajes</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="51"/>
        <source>Send the reply anyway</source>
        <translation>Enviar la respuesta de todos modos</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="53"/>
        <source>Discard the reply</source>
        <translation>Descartar la respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="96"/>
        <source>Not sent — the conversation moved on while you were writing. New messages: %1</source>
        <translation>No enviada — la conversación avanzó mientras escribía. Mensajes nuevos: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="110"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="110"/>
        <source>Colleague</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="112"/>
        <source>%1 (whisper)</source>
        <translation>%1 (susurro)</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="113"/>
        <source>%1 (internal note)</source>
        <translation>%1 (nota interna)</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="123"/>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ConversationTagsMenu</name>
    <message>
        <location filename="../ui/ConversationTagsMenu.cpp" line="10"/>
        <source>Insight ta&amp;gs</source>
        <translation>Etiquetas de aná&amp;lisis</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::CustomerPanel</name>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="26"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="28"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="47"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="49"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="72"/>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="76"/>
        <source>S&amp;plit…</source>
        <translation>Di&amp;vidir…</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="85"/>
        <source>Customer identities</source>
        <translation>Identidades del cliente</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="86"/>
        <source>Customer conversations</source>
        <translation>Conversaciones del cliente</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="91"/>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="93"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="95"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="102"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="104"/>
        <source>&amp;Merge with…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="106"/>
        <source>Another record of this person becomes part of this customer</source>
        <translation>Otro registro de esta persona pasa a formar parte de este cliente</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="108"/>
        <source>Move identities and conversations that belong to someone else to a new customer</source>
        <translation>Mover a un cliente nuevo las identidades y conversaciones que pertenecen a otra persona</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="142"/>
        <source>No customer selected</source>
        <translation>Ningún cliente seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="150"/>
        <source>Customer since %1</source>
        <translation>Cliente desde el %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="152"/>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="157"/>
        <location filename="../ui/CustomerPanel.cpp" line="158"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="164"/>
        <source>%1 · priority %2</source>
        <translation>%1 · prioridad %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::Dispositions</name>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="10"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="11"/>
        <source>Follow-up needed</source>
        <translation>Requiere seguimiento</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="12"/>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="13"/>
        <source>Callback requested</source>
        <translation>Devolución de llamada solicitada</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="14"/>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="15"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../ui/calls/Dispositions.cpp" line="16"/>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="38"/>
        <source>Customer history</source>
        <translation>Historial del cliente</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="117"/>
        <source>Whisper from %1 — only you can see this</source>
        <translation>Susurro de %1: solo usted puede verlo</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="118"/>
        <source>Whisper from %1 to %2</source>
        <translation>Susurro de %1 a %2</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="119"/>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="127"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="129"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="131"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="133"/>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="135"/>
        <source>not delivered</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="154"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="165"/>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="165"/>
        <source>Outgoing call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="166"/>
        <source>%1:%2 min</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="170"/>
        <source>Disposition:</source>
        <translation>Tipificación:</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="195"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="208"/>
        <source>Not delivered: %1</source>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="208"/>
        <source>Waiting: %1</source>
        <translation>En espera: %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="243"/>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="258"/>
        <source>Show older history</source>
        <translation>Mostrar historial anterior</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="264"/>
        <source>Select a customer to see their history.</source>
        <translation>Seleccione un cliente para ver su historial.</translation>
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
        <translation>vencido hace %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/InboxDelegate.cpp" line="133"/>
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n más)</numerusform>
            <numerusform>%1 (+%n más)</numerusform>
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
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="40"/>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="49"/>
        <source>Calling number</source>
        <translation>Número del llamante</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="52"/>
        <source>Recent history</source>
        <translation>Historial reciente</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="58"/>
        <source>The caller&apos;s recent history</source>
        <translation>Historial reciente del llamante</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="66"/>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="68"/>
        <source>Decline call</source>
        <translation>Rechazar la llamada</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="70"/>
        <source>&amp;Accept</source>
        <translation>&amp;Contestar</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="72"/>
        <source>Accept call</source>
        <translation>Contestar la llamada</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="126"/>
        <source>Incoming call: %1</source>
        <translation>Llamada entrante: %1</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="143"/>
        <source>%1  Missed call</source>
        <translation>%1  Llamada perdida</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="145"/>
        <source>%1  Call, %2</source>
        <translation>%1  Llamada, %2</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="149"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="151"/>
        <source>%1  Call in progress</source>
        <translation>%1  Llamada en curso</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="159"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="163"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="166"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="169"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="173"/>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/calls/IncomingCallDialog.cpp" line="183"/>
        <source>No earlier contact</source>
        <translation>Ningún contacto anterior</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::InsightsPage</name>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="117"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="117"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="117"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="117"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="120"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="121"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="124"/>
        <source>Export insights</source>
        <translation>Exportar el análisis</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="128"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="130"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="135"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="137"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="142"/>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="162"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="183"/>
        <source>Totals — %1</source>
        <translation>Totales: %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="188"/>
        <source>Could not load the insights: %1</source>
        <translation>No se pudo cargar el análisis: %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="95"/>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::LengthCounter</name>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="17"/>
        <source>Reply length</source>
        <translation>Longitud de la respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="31"/>
        <location filename="../ui/composer/LengthCounter.cpp" line="39"/>
        <source>Length: %1</source>
        <translation>Longitud: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="33"/>
        <source>Calls take no written reply: add an internal note or choose another of the customer&apos;s conversations.</source>
        <translation>Las llamadas no admiten respuesta escrita: añada una nota interna o elija otra conversación del cliente.</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="41"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="45"/>
        <source>SMS segments: %1 (Unicode)</source>
        <translation>Segmentos SMS: %1 (Unicode)</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="45"/>
        <source>SMS segments: %1</source>
        <translation>Segmentos SMS: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="49"/>
        <source>Too long for %1 by %2.</source>
        <translation>Supera el límite de %1 en %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="56"/>
        <source>Over the limit</source>
        <translation>Límite superado</translation>
    </message>
    <message>
        <location filename="../ui/composer/LengthCounter.cpp" line="66"/>
        <source>X counts most CJK characters and emoji as two, and every link as 23.</source>
        <translation>X cuenta como dos la mayoría de los caracteres CJK y emojis, y cada enlace como 23 caracteres.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="68"/>
        <source>Search messages and customers (Ctrl+F)</source>
        <translation>Buscar mensajes y clientes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="75"/>
        <source>Show conversations</source>
        <translation>Mostrar conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Channel filter</source>
        <translation>Filtro de canal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>Open and pending</source>
        <translation>Abiertas y pendientes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="85"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="89"/>
        <source>SLA due first</source>
        <translation>Vencimiento de SLA primero</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="90"/>
        <source>Latest activity first</source>
        <translation>Actividad reciente primero</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="94"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Presence:</source>
        <translation>Presencia:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Switchboard</source>
        <translation>&amp;Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;Reconnect now</source>
        <translation>&amp;Reconectar ahora</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="234"/>
        <source>&amp;Audit log…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="236"/>
        <source>Sign &amp;out…</source>
        <translation>Cerrar sesió&amp;n…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="239"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>&amp;Inbox</source>
        <translation>Bandeja de &amp;entrada</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>&amp;Next customer</source>
        <translation>Cliente &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>&amp;Previous customer</source>
        <translation>Cliente &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>Show &amp;mine</source>
        <translation>Mostrar las &amp;mías</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="259"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Show &amp;unassigned</source>
        <translation>Mostrar sin asi&amp;gnar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todas</translation>
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
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>&amp;Take (assign to me)</source>
        <translation>&amp;Tomar (asignármela)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="268"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272"/>
        <source>Return to &amp;queue</source>
        <translation>Devolver a la &amp;cola</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="272"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Mark &amp;pending</source>
        <translation>Marcar como &amp;pendiente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="276"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>Re&amp;open</source>
        <translation>Reabr&amp;ir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="301"/>
        <source>&amp;About Switchboard</source>
        <translation>A&amp;cerca de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>Ca&amp;ll</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>Send the reply or note</source>
        <translation>Enviar la respuesta o la nota</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Switch between reply and internal note</source>
        <translation>Cambiar entre respuesta y nota interna</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>Insert a canned response</source>
        <translation>Insertar una respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="345"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>Move a public conversation to private</source>
        <translation>Pasar una conversación pública a privado</translation>
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
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="356"/>
        <source>Sign out of Switchboard?</source>
        <translation>¿Cerrar sesión en Switchboard?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>You can keep this computer&apos;s copy of your conversations for a fast start next time, or delete it. Anything not yet sent is lost if you delete it.</source>
        <translation>Puede conservar la copia de sus conversaciones en este equipo para empezar más rápido la próxima vez, o eliminarla. Si la elimina, se perderá todo lo que aún no se haya enviado.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="363"/>
        <source>Sign out and delete local data</source>
        <translation>Cerrar sesión y eliminar los datos locales</translation>
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
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="611"/>
        <source>Offline — %1</source>
        <translation>Sin conexión — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="615"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="619"/>
        <source>Catching up…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="623"/>
        <source>Live</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="630"/>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="632"/>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="637"/>
        <source>Everything sent</source>
        <translation>Todo enviado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="637"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n pendiente de envío</numerusform>
            <numerusform>%n pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="639"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n requiere atención</numerusform>
            <numerusform>%n requieren atención</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::MergeCustomersDialog</name>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="42"/>
        <source>Merge customers</source>
        <translation>Fusionar clientes</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="44"/>
        <source>Find the other record of %1 (by name, email address, phone number or handle). It will become part of this customer: its identities, conversations and calls move here, and the other record is removed.</source>
        <translation>Busque el otro registro de %1 (por nombre, dirección de correo, número de teléfono o usuario). Pasará a formar parte de este cliente: sus identidades, conversaciones y llamadas se mueven aquí, y el otro registro se elimina.</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="51"/>
        <source>Name, address, number or handle</source>
        <translation>Nombre, dirección, número o usuario</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="52"/>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="55"/>
        <source>Customers found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="60"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="96"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="109"/>
        <source>Choose the record to merge into %1.</source>
        <translation>Elija el registro que se fusionará en %1.</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="110"/>
        <source>No other customer in this desktop&apos;s records matches.</source>
        <translation>Ningún otro cliente de los datos de este escritorio coincide.</translation>
    </message>
    <message>
        <location filename="../ui/MergeCustomersDialog.cpp" line="115"/>
        <source>%1 (%2) will move to %3, with the conversations it has here: %4.</source>
        <translation>%1 (%2) pasará a %3, con las conversaciones que tiene aquí: %4.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::MonitorWindow</name>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="20"/>
        <source>Starting to monitor…</source>
        <translation>Iniciando la supervisión…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="22"/>
        <source>Monitoring — %1</source>
        <translation>Supervisión: %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="24"/>
        <source>&amp;Whisper to agent…</source>
        <translation>&amp;Susurrar al agente…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="25"/>
        <source>&amp;Take over</source>
        <translation>&amp;Hacerse cargo</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="30"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Watching live; nothing is marked read.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Siguiendo en directo; no se marca nada como leído.</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="44"/>
        <source>Monitoring (recorded in the audit log).</source>
        <translation>Supervisando (queda en el registro de auditoría).</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MonitorWindow.cpp" line="45"/>
        <source>The hub refused monitoring: %1</source>
        <translation>El hub ha rechazado la supervisión: %1</translation>
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
        <translation>Nuevo mensaje de %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="52"/>
        <source>Assigned to you: %1</source>
        <translation>Asignado a usted: %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="57"/>
        <source>Target missed: %1</source>
        <translation>Objetivo incumplido: %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="57"/>
        <source>Near target: %1</source>
        <translation>Cerca del objetivo: %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="58"/>
        <source>Work in this queue has waited longer than its first-response target.</source>
        <translation>Hay trabajo en esta cola que lleva esperando más que su objetivo de primera respuesta.</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="59"/>
        <source>Work in this queue is close to its first-response target.</source>
        <translation>Hay trabajo en esta cola cerca de su objetivo de primera respuesta.</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="64"/>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::OverrideDialog</name>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="19"/>
        <source>Override the reply policy</source>
        <translation>Anular la política de respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="26"/>
        <source>&lt;p&gt;The reply policy blocks this reply:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Send it anyway only if it must go as written. Your reason is recorded in the audit log with the reply.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La política de respuesta bloquea esta respuesta:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Envíela de todos modos solo si debe salir tal como está. Su motivo se guarda en el registro de auditoría junto con la respuesta.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="31"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motivo (obligatorio):</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="34"/>
        <source>Reason for the override</source>
        <translation>Motivo de la anulación</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="36"/>
        <source>e.g. The customer asked for the reference in public</source>
        <translation>p. ej., el cliente pidió la referencia en público</translation>
    </message>
    <message>
        <location filename="../ui/composer/OverrideDialog.cpp" line="39"/>
        <source>Send &amp;anyway</source>
        <translation>Enviar &amp;de todos modos</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::PolicyHighlighter</name>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="52"/>
        <source>What the reply policy found</source>
        <translation>Detecciones de la política de respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="137"/>
        <source>Private — choose where the reply goes</source>
        <translation>Privado — elija adónde va la respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="139"/>
        <source>Public — anyone can see this reply on %1, and it stays findable</source>
        <translation>Público — cualquiera puede ver esta respuesta en %1, y seguirá apareciendo en las búsquedas</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="143"/>
        <source>Private — only the customer sees this reply</source>
        <translation>Privado — solo el cliente ve esta respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="166"/>
        <source>Card number — it will be masked when the note is saved</source>
        <translation>Número de tarjeta — se enmascarará al guardar la nota</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="169"/>
        <source>Blocked: %1 (“%2”)</source>
        <translation>Bloqueado: %1 («%2»)</translation>
    </message>
    <message>
        <location filename="../ui/composer/PolicyHighlighter.cpp" line="170"/>
        <source>Check: %1 (“%2”)</source>
        <translation>Revisar: %1 («%2»)</translation>
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
        <translation>Ocupado</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="22"/>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="24"/>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="26"/>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="28"/>
        <source>After-call work</source>
        <translation>Tareas postllamada</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="30"/>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="60"/>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="61"/>
        <source>Your presence (Ctrl+Shift+P)</source>
        <translation>Su presencia (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <location filename="../ui/PresenceSelector.cpp" line="62"/>
        <source>Time in the current presence</source>
        <translation>Tiempo en la presencia actual</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::QueuesBoardPage</name>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="130"/>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/BoardPages.cpp" line="133"/>
        <source>Red: the longest wait has passed the queue&apos;s first-response target. Amber: it is past %1 % of it.</source>
        <translation>Rojo: la espera más larga ha superado el objetivo de primera respuesta de la cola. Ámbar: ha superado el %1 % del mismo.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::RejectedPanel</name>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="15"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modificar</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="16"/>
        <source>&amp;Override…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="17"/>
        <source>&amp;Discard</source>
        <translation>Des&amp;cartar</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="23"/>
        <source>Reply refused by the hub</source>
        <translation>Respuesta rechazada por el hub</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="25"/>
        <source>The hub did not send this reply</source>
        <translation>El hub no envió esta respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="34"/>
        <source>Edit the refused reply</source>
        <translation>Modificar la respuesta rechazada</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="35"/>
        <source>Put the reply back in the editor to fix it</source>
        <translation>Devolver la respuesta al editor para corregirla</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="37"/>
        <source>Send the refused reply anyway</source>
        <translation>Enviar de todos modos la respuesta rechazada</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="38"/>
        <source>Send it as written, with a reason for the audit log</source>
        <translation>Enviarla tal como está, con un motivo para el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="40"/>
        <source>Discard the refused reply</source>
        <translation>Descartar la respuesta rechazada</translation>
    </message>
    <message>
        <location filename="../ui/composer/RejectedPanel.cpp" line="78"/>
        <source>The reply policy blocks it: %1</source>
        <translation>La política de respuesta la bloquea: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ReportsPage</name>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="200"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="200"/>
        <source>Handled</source>
        <translation>Atendidos</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="200"/>
        <source>Avg. handle time</source>
        <translation>Tiempo medio de gestión</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="201"/>
        <source>Avg. first response</source>
        <translation>Primera respuesta media</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="201"/>
        <source>Answered in target</source>
        <translation>Respondidos a tiempo</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="201"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="205"/>
        <source>Per agent</source>
        <translation>Por agente</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="206"/>
        <source>Per queue</source>
        <translation>Por cola</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="207"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="208"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="212"/>
        <source>Export report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="214"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="216"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="222"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="227"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="247"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="260"/>
        <source>No queue</source>
        <translation>Sin cola</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="265"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supervisor/FigurePages.cpp" line="272"/>
        <source>%n row(s) for %1</source>
        <translation>
            <numerusform>%n fila del %1</numerusform>
            <numerusform>%n filas del %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/supervisor/FigurePages.cpp" line="278"/>
        <source>Could not load the report: %1</source>
        <translation>No se pudo cargar el informe: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="26"/>
        <source>Show desktop notifications</source>
        <translation>Mostrar notificaciones de escritorio</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="27"/>
        <source>Play a sound with notifications</source>
        <translation>Reproducir un sonido con las notificaciones</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="29"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="30"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="34"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="35"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="36"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="37"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="39"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="43"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="44"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="47"/>
        <source>A new language applies the next time Switchboard starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie Switchboard.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="16"/>
        <location filename="../ui/ShortcutsDialog.cpp" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="18"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="18"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="23"/>
        <source>Sign in to Switchboard</source>
        <translation>Iniciar sesión en Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="26"/>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="27"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="28"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="32"/>
        <source>Sign-in error</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="34"/>
        <location filename="../ui/SignInDialog.cpp" line="107"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="36"/>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="37"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="54"/>
        <source>The hub address must start with https:// (or http:// on a trusted network).</source>
        <translation>La dirección del hub debe empezar por https:// (o http:// en una red de confianza).</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="107"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::SplitCustomerDialog</name>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="64"/>
        <source>Split customer</source>
        <translation>Dividir cliente</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="65"/>
        <source>Tick what belongs to someone else. It moves to a new customer; everything else stays with %1.</source>
        <translation>Marque lo que pertenece a otra persona. Pasa a un cliente nuevo; todo lo demás se queda con %1.</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="71"/>
        <source>Identities to move</source>
        <translation>Identidades que se mueven</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="74"/>
        <source>Conversations to move</source>
        <translation>Conversaciones que se mueven</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="77"/>
        <source>New customer&apos;s name</source>
        <translation>Nombre del cliente nuevo</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="97"/>
        <source>&amp;Split</source>
        <translation>&amp;Dividir</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="107"/>
        <source>New customer&apos;s &amp;name:</source>
        <translation>&amp;Nombre del cliente nuevo:</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="110"/>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="112"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="160"/>
        <source>Tick at least one identity or conversation.</source>
        <translation>Marque al menos una identidad o conversación.</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="162"/>
        <source>Something must stay with %1.</source>
        <translation>Algo debe quedarse con %1.</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="164"/>
        <source>Give the new customer a name.</source>
        <translation>Dé un nombre al cliente nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/SplitCustomerDialog.cpp" line="166"/>
        <source>Moving to %1: identities %2 of %3, conversations %4 of %5.</source>
        <translation>Pasan a %1: identidades %2 de %3, conversaciones %4 de %5.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::SupervisorWindow</name>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="28"/>
        <source>Queue %1</source>
        <translation>Cola %1</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="28"/>
        <source>No queue</source>
        <translation>Sin cola</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="34"/>
        <source>Switchboard — Supervisor</source>
        <translation>Switchboard: supervisión</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="43"/>
        <source>&amp;Agents</source>
        <translation>&amp;Agentes</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="44"/>
        <source>&amp;Queues</source>
        <translation>&amp;Colas</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="45"/>
        <source>&amp;Insights</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorWindow.cpp" line="46"/>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::TargetSelector</name>
    <message>
        <location filename="../ui/composer/TargetSelector.cpp" line="13"/>
        <source>Conversation to reply on</source>
        <translation>Conversación en la que responder</translation>
    </message>
    <message>
        <location filename="../ui/composer/TargetSelector.cpp" line="14"/>
        <source>Reply on this conversation or on another of the customer&apos;s channels</source>
        <translation>Responder en esta conversación o en otro canal del cliente</translation>
    </message>
    <message>
        <location filename="../ui/composer/TargetSelector.cpp" line="36"/>
        <source>New %1 conversation</source>
        <translation>Nueva conversación (%1)</translation>
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
        <translation>Cierre de llamada</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="38"/>
        <source>Disposition</source>
        <translation>Tipificación</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="39"/>
        <source>Choose an outcome…</source>
        <translation>Elija un resultado…</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="46"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="47"/>
        <source>What was agreed, what happens next</source>
        <translation>Qué se acordó y cuáles son los próximos pasos</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="54"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="55"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="59"/>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="61"/>
        <source>Submit the wrap-up</source>
        <translation>Enviar el cierre de llamada</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="62"/>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="63"/>
        <source>Wrap up later</source>
        <translation>Completar el cierre más tarde</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="81"/>
        <source>Missed call from %1.</source>
        <translation>Llamada perdida de %1.</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="82"/>
        <source>Call with %1, %2.</source>
        <translation>Llamada con %1, %2.</translation>
    </message>
    <message>
        <location filename="../ui/calls/WrapUpDialog.cpp" line="104"/>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
</TS>
