<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <location filename="../app/AppOptions.cpp" line="66"/>
        <source>--hub must be an http:// or https:// address
</source>
        <translation>--hub debe ser una dirección http:// o https://
</translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="74"/>
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
    <name>Switchboard::App::Application</name>
    <message>
        <location filename="../app/Application.cpp" line="89"/>
        <source>The local data was damaged and is being rebuilt from the hub (%1).</source>
        <translation>Los datos locales estaban dañados y se están reconstruyendo desde el hub (%1).</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="96"/>
        <source>No keychain is available: you will need to sign in again next time.</source>
        <translation>No hay ningún llavero disponible: tendrá que volver a iniciar sesión la próxima vez.</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="227"/>
        <source>The local data cannot be read: %1</source>
        <translation>No se pueden leer los datos locales: %1</translation>
    </message>
    <message>
        <location filename="../app/Application.cpp" line="329"/>
        <source>signed out</source>
        <translation>sesión cerrada</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sync::Session</name>
    <message>
        <location filename="../models/sync/Session.cpp" line="51"/>
        <source>The local cache cannot be opened: %1</source>
        <translation>No se puede abrir la caché local: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="85"/>
        <location filename="../models/sync/Session.cpp" line="149"/>
        <source>The hub cannot be reached: %1</source>
        <translation>No se puede contactar con el hub: %1</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="93"/>
        <source>The hub&apos;s answer to the sign-in could not be read.</source>
        <translation>No se pudo leer la respuesta del hub al inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="116"/>
        <source>Please sign in.</source>
        <translation>Inicie sesión.</translation>
    </message>
    <message>
        <location filename="../models/sync/Session.cpp" line="146"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha finalizado. Vuelva a iniciar sesión.</translation>
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
        <location filename="../ui/composer/Composer.cpp" line="91"/>
        <source>Reply composer</source>
        <translation>Editor de respuestas</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="93"/>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="96"/>
        <source>Conversation to reply on</source>
        <translation>Conversación en la que responder</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="97"/>
        <source>Reply on this conversation or on another of the customer&apos;s channels</source>
        <translation>Responder en esta conversación o en otro canal del cliente</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="102"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="103"/>
        <source>Reply to the customer</source>
        <translation>Responder al cliente</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="105"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="106"/>
        <source>Write an internal note</source>
        <translation>Escribir una nota interna</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="110"/>
        <source>Switch between reply and internal note (Ctrl+Shift+N)</source>
        <translation>Cambiar entre respuesta y nota interna (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="119"/>
        <source>Internal note — never sent to the customer</source>
        <translation>Nota interna — nunca se envía al cliente</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="135"/>
        <location filename="../ui/composer/Composer.cpp" line="341"/>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="140"/>
        <source>Canned…</source>
        <translation>Predefinidas…</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="141"/>
        <source>Insert a canned response</source>
        <translation>Insertar una respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="142"/>
        <source>Insert a canned response (Ctrl+Shift+C)</source>
        <translation>Insertar una respuesta predefinida (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="146"/>
        <source>Composer status</source>
        <translation>Estado del editor</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="148"/>
        <source>Reply length</source>
        <translation>Longitud de la respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="152"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="264"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="341"/>
        <source>Internal note text</source>
        <translation>Texto de la nota interna</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="343"/>
        <source>Write a note for your colleagues. The customer never sees it.</source>
        <translation>Escriba una nota para sus compañeros. El cliente nunca la verá.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="344"/>
        <source>Write your reply. Ctrl+Enter sends.</source>
        <translation>Escriba su respuesta. Ctrl+Intro la envía.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="345"/>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="345"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="347"/>
        <source>Add the internal note</source>
        <translation>Añadir la nota interna</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="347"/>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="374"/>
        <source>Choose a conversation to reply on.</source>
        <translation>Elija una conversación en la que responder.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="376"/>
        <location filename="../ui/composer/Composer.cpp" line="384"/>
        <source>Length: %1</source>
        <translation>Longitud: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="378"/>
        <source>Calls take no written reply: add an internal note or choose another of the customer&apos;s conversations.</source>
        <translation>Las llamadas no admiten respuesta escrita: añada una nota interna o elija otra conversación del cliente.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="386"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="390"/>
        <source>SMS segments: %1 (Unicode)</source>
        <translation>Segmentos SMS: %1 (Unicode)</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="390"/>
        <source>SMS segments: %1</source>
        <translation>Segmentos SMS: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="394"/>
        <source>Too long for %1 by %2.</source>
        <translation>Demasiado largo para %1 por %2.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="402"/>
        <source>Over the limit</source>
        <translation>Por encima del límite</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="411"/>
        <source>X counts most CJK characters and emoji as two, and every link as 23.</source>
        <translation>X cuenta como dos la mayoría de los caracteres CJK y emojis, y cada enlace como 23.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="422"/>
        <source>Public reply — anyone can see this on %1.</source>
        <translation>Respuesta pública — cualquiera puede verla en %1.</translation>
    </message>
    <message>
        <location filename="../ui/composer/Composer.cpp" line="466"/>
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
        <location filename="../ui/composer/ConflictPanel.cpp" line="74"/>
        <source>Not sent — the conversation moved on while you were writing. New messages: %1</source>
        <translation>No enviada — la conversación avanzó mientras escribía. Mensajes nuevos: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="88"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="88"/>
        <source>Colleague</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="90"/>
        <source>%1 (internal note)</source>
        <translation>%1 (nota interna)</translation>
    </message>
    <message>
        <location filename="../ui/composer/ConflictPanel.cpp" line="100"/>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::CustomerPanel</name>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="22"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="24"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="43"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="45"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="77"/>
        <source>Customer identities</source>
        <translation>Identidades del cliente</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="78"/>
        <source>Customer conversations</source>
        <translation>Conversaciones del cliente</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="83"/>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="85"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="87"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="89"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="103"/>
        <source>No customer selected</source>
        <translation>Ningún cliente seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="111"/>
        <source>Customer since %1</source>
        <translation>Cliente desde el %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="113"/>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerPanel.cpp" line="118"/>
        <location filename="../ui/CustomerPanel.cpp" line="119"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>Switchboard::Ui::HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="34"/>
        <source>Customer history</source>
        <translation>Historial del cliente</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="104"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="115"/>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="115"/>
        <source>Outgoing call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="116"/>
        <source>%1:%2 min</source>
        <translation>%1:%2 min</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="120"/>
        <source>Disposition:</source>
        <translation>Tipificación:</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="138"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="152"/>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="167"/>
        <source>Show older history</source>
        <translation>Mostrar historial anterior</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="173"/>
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
    <name>Switchboard::Ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="65"/>
        <source>Search messages and customers (Ctrl+F)</source>
        <translation>Buscar mensajes y clientes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="67"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="69"/>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="72"/>
        <source>Show conversations</source>
        <translation>Mostrar conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="74"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="78"/>
        <source>Channel filter</source>
        <translation>Filtro de canal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>Open and pending</source>
        <translation>Abiertas y pendientes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="83"/>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="86"/>
        <source>SLA due first</source>
        <translation>Vencimiento de SLA primero</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="87"/>
        <source>Latest activity first</source>
        <translation>Actividad reciente primero</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="88"/>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="91"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="137"/>
        <location filename="../ui/MainWindow.cpp" line="237"/>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Presence:</source>
        <translation>Presencia:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201"/>
        <source>&amp;Switchboard</source>
        <translation>&amp;Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>&amp;Reconnect now</source>
        <translation>&amp;Reconectar ahora</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Sign &amp;out…</source>
        <translation>Cerrar sesió&amp;n…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>&amp;Inbox</source>
        <translation>Bandeja de &amp;entrada</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="220"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Reply</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>&amp;Next customer</source>
        <translation>Cliente &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>&amp;Previous customer</source>
        <translation>Cliente &amp;anterior</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Show &amp;mine</source>
        <translation>Mostrar las &amp;mías</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>Show &amp;unassigned</source>
        <translation>Mostrar sin asi&amp;gnar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todas</translation>
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
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>&amp;Take (assign to me)</source>
        <translation>&amp;Tomar (asignármela)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Return to &amp;queue</source>
        <translation>Devolver a la &amp;cola</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Mark &amp;pending</source>
        <translation>Marcar como &amp;pendiente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Re&amp;open</source>
        <translation>Reabr&amp;ir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="256"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>&amp;About Switchboard</source>
        <translation>A&amp;cerca de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>About Switchboard</source>
        <translation>Acerca de Switchboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;Calls, email and social messages in one place.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Switchboard %1&lt;/b&gt;&lt;p&gt;Llamadas, correo electrónico y mensajes de redes sociales en un solo lugar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>Send the reply or note</source>
        <translation>Enviar la respuesta o la nota</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="280"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>Switch between reply and internal note</source>
        <translation>Cambiar entre respuesta y nota interna</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="282"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="283"/>
        <source>Insert a canned response</source>
        <translation>Insertar una respuesta predefinida</translation>
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
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>Sign out of Switchboard?</source>
        <translation>¿Cerrar sesión en Switchboard?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="295"/>
        <source>You can keep this computer&apos;s copy of your conversations for a fast start next time, or delete it. Anything not yet sent is lost if you delete it.</source>
        <translation>Puede conservar la copia de sus conversaciones en este equipo para empezar más rápido la próxima vez, o eliminarla. Si la elimina, se perderá todo lo que aún no se haya enviado.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Sign out and delete local data</source>
        <translation>Cerrar sesión y eliminar los datos locales</translation>
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
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="497"/>
        <source>Offline — %1</source>
        <translation>Sin conexión — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="505"/>
        <source>Catching up…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="509"/>
        <source>Live</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="516"/>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="518"/>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>Everything sent</source>
        <translation>Todo enviado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="523"/>
        <source>%n waiting to send</source>
        <translation>
            <numerusform>%n pendiente de envío</numerusform>
            <numerusform>%n pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="525"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n requiere atención</numerusform>
            <numerusform>%n requieren atención</numerusform>
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
        <translation>Nuevo mensaje de %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="52"/>
        <source>Assigned to you: %1</source>
        <translation>Asignado a usted: %1</translation>
    </message>
    <message>
        <location filename="../ui/Notifier.cpp" line="57"/>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
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
</TS>
