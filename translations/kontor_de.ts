<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutKontor</name>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>One workspace for every customer conversation, on every channel, online or offline.</source>
        <translation>Ein Arbeitsplatz für jedes Kundengespräch, auf jedem Kanal, online wie offline.</translation>
    </message>
    <message>
        <source>© 2026 The Kontor developers</source>
        <translation>© 2026 Die Kontor-Entwickler</translation>
    </message>
    <message>
        <source>The Kontor developers</source>
        <translation>Die Kontor-Entwickler</translation>
    </message>
</context>
<context>
    <name>AccessibleText</name>
    <message>
        <source>snoozed until %1</source>
        <translation>zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>snoozed until the customer replies</source>
        <translation>zurückgestellt, bis der Kunde antwortet</translation>
    </message>
    <message>
        <source>SLA broken %1 ago</source>
        <translation>SLA seit %1 verletzt</translation>
    </message>
    <message>
        <source>SLA about to break, due in %1</source>
        <translation>SLA läuft bald ab, fällig in %1</translation>
    </message>
    <message>
        <source>SLA due in %1</source>
        <translation>SLA fällig in %1</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>wartet seit %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>Internal note by %1</source>
        <translation>Interne Notiz von %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform><numerusform>%n ungelesen</numerusform></translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>letzte Aktivität %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>nicht zugestellt</translation>
    </message>
    <message>
        <source>not delivered: %1</source>
        <translation>nicht zugestellt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform><numerusform>%n Anhänge</numerusform></translation>
    </message>
</context>
<context>
    <name>AccountsEntry</name>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Add &amp;Chatwoot account…</source>
        <translation>&amp;Chatwoot-Konto hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>Konten &amp;verwalten …</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Erneut anmelden …</translation>
    </message>
    <message>
        <source>Explore the &amp;demo contact center</source>
        <translation>&amp;Demo-Kontaktcenter erkunden</translation>
    </message>
</context>
<context>
    <name>ActionMenus</name>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Zuweisung &amp;aufheben</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 open)</source>
        <translation>%1 (%2 von %3 offen)</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 offen)</translation>
    </message>
    <message>
        <source>&amp;New label…</source>
        <translation>&amp;Neues Label …</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Neues Label</translation>
    </message>
    <message>
        <source>Label name:</source>
        <translation>Name des Labels:</translation>
    </message>
    <message>
        <source>Until a &amp;date and time…</source>
        <translation>Bis zu einem &amp;Zeitpunkt…</translation>
    </message>
    <message>
        <source>Mark as &amp;pending</source>
        <translation>Als &amp;wartend markieren</translation>
    </message>
    <message>
        <source>Set aside without a time: waiting on something outside the conversation</source>
        <translation>Ohne Zeitpunkt zurückstellen: wartet auf etwas außerhalb der Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;No team</source>
        <translation>&amp;Kein Team</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Webchat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
</context>
<context>
    <name>ChatwootConnector</name>
    <message>
        <source>The server sent an empty response.</source>
        <translation>Der Server hat eine leere Antwort geschickt.</translation>
    </message>
    <message>
        <source>The server sent malformed data (%1 at byte %2).</source>
        <translation>Der Server hat fehlerhafte Daten geschickt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Chatwoot sent something other than the expected list.</source>
        <translation>Chatwoot hat etwas anderes als die erwartete Liste geschickt.</translation>
    </message>
    <message>
        <source>Chatwoot sent something other than the expected record.</source>
        <translation>Chatwoot hat etwas anderes als den erwarteten Datensatz geschickt.</translation>
    </message>
    <message>
        <source>The server answered, but not like a Chatwoot server does.</source>
        <translation>Der Server hat geantwortet, aber nicht wie ein Chatwoot-Server.</translation>
    </message>
    <message>
        <source>Chatwoot cannot carry out this kind of action.</source>
        <translation>Chatwoot kann diese Art von Aktion nicht ausführen.</translation>
    </message>
    <message>
        <source>This Chatwoot user no longer belongs to the account %1.</source>
        <translation>Dieser Chatwoot-Benutzer gehört nicht mehr zum Konto %1.</translation>
    </message>
    <message>
        <source>Chatwoot did not accept the sign-in; please sign in again.</source>
        <translation>Chatwoot hat die Anmeldung nicht akzeptiert; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your Chatwoot role does not allow this.</source>
        <translation>Ihre Chatwoot-Rolle erlaubt das nicht.</translation>
    </message>
    <message>
        <source>Chatwoot no longer has this item; it may have been deleted.</source>
        <translation>Chatwoot hat diesen Eintrag nicht mehr; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Chatwoot refused the change.</source>
        <translation>Chatwoot hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Chatwoot refused the change: %1</source>
        <translation>Chatwoot hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Chatwoot asks to slow down; trying again shortly.</source>
        <translation>Chatwoot bittet um weniger Anfragen; neuer Versuch in Kürze.</translation>
    </message>
    <message>
        <source>Chatwoot had a server error (HTTP %1); trying again later.</source>
        <translation>Chatwoot hatte einen Serverfehler (HTTP %1); neuer Versuch später.</translation>
    </message>
    <message>
        <source>Chatwoot answered with HTTP %1.</source>
        <translation>Chatwoot hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Chatwoot did not answer in time.</source>
        <translation>Chatwoot hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server address could not be found. Check the URL.</source>
        <translation>Die Serveradresse wurde nicht gefunden. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the URL and the port.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie URL und Port.</translation>
    </message>
    <message>
        <source>The connection to Chatwoot broke off.</source>
        <translation>Die Verbindung zu Chatwoot ist abgebrochen.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified, so the connection was not made.</source>
        <translation>Das Zertifikat des Servers konnte nicht geprüft werden, daher wurde keine Verbindung aufgebaut.</translation>
    </message>
    <message>
        <source>Chatwoot sent data that could not be read.</source>
        <translation>Chatwoot hat Daten geschickt, die nicht gelesen werden konnten.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The attached file “%1” is no longer there.</source>
        <translation>Die angehängte Datei „%1“ ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>der Schlüsselbund des Systems hat nicht geantwortet</translation>
    </message>
    <message>
        <source>This Chatwoot account has no inbox for that channel.</source>
        <translation>Dieses Chatwoot-Konto hat keinen Posteingang für diesen Kanal.</translation>
    </message>
    <message>
        <source>The answer to this message was lost, and this channel does not let Kontor check whether it arrived. Look at the conversation in Chatwoot, then send it again or discard it.</source>
        <translation>Die Antwort des Servers auf diese Nachricht ging verloren, und dieser Kanal erlaubt Kontor nicht zu prüfen, ob sie angekommen ist. Sehen Sie sich das Gespräch in Chatwoot an, und senden Sie die Nachricht dann erneut oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>The answer to this new conversation was lost, and the customer has too many recent conversations for Kontor to check whether it was opened. Look in Chatwoot, then send it again or discard it.</source>
        <translation>Die Antwort des Servers auf dieses neue Gespräch ging verloren, und der Kunde hat zu viele aktuelle Gespräche, als dass Kontor prüfen könnte, ob es eröffnet wurde. Sehen Sie in Chatwoot nach, und senden Sie es dann erneut oder verwerfen Sie es.</translation>
    </message>
    <message>
        <source>the server's address is not https://; add the account again with it</source>
        <translation>die Adresse des Servers ist nicht https://; fügen Sie das Konto mit einer https://-Adresse erneut hinzu</translation>
    </message>
    <message>
        <source>Chatwoot no longer has this contact.</source>
        <translation>Chatwoot hat diesen Kontakt nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ChatwootContact</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Kontor: one workspace for every customer conversation.</source>
        <translation>Kontor: ein Arbeitsplatz für jedes Kundengespräch.</translation>
    </message>
    <message>
        <source>Use this interface language instead of the system's: en, de, da.</source>
        <translation>Diese Oberflächensprache statt der des Systems verwenden: en, de, da.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Use a light or dark look instead of the system's.</source>
        <translation>Helles oder dunkles Erscheinungsbild statt dem des Systems verwenden.</translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation>light|dark</translation>
    </message>
    <message>
        <source>Unknown language "%1". Available: en, %2.</source>
        <translation>Unbekannte Sprache „%1“. Verfügbar: en, %2.</translation>
    </message>
    <message>
        <source>Unknown color scheme "%1". Use light or dark.</source>
        <translation>Unbekanntes Farbschema „%1“. Verwenden Sie light oder dark.</translation>
    </message>
    <message>
        <source>Use the store at this path instead of the default one.</source>
        <translation>Den Speicher unter diesem Pfad statt des Standardspeichers verwenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Show the store only; connect to no backend.</source>
        <translation>Nur den lokalen Speicher zeigen; mit keinem Backend verbinden.</translation>
    </message>
    <message>
        <source>Seed of the demo contact center on its first start.</source>
        <translation>Startwert des Demo-Kontaktcenters beim ersten Start.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>The demo seed must be a positive whole number.</source>
        <translation>Der Demo-Startwert muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Open the supervisor's live queues at start, e.g. on a wallboard.</source>
        <translation>Beim Start die Live-Warteschlangen der Teamleitung öffnen, z. B. auf einem Wandbildschirm.</translation>
    </message>
    <message>
        <source>Keep the local store unencrypted and do not ask the system keychain for its key, e.g. where there is none. Kontor warns while it runs so; a store that is encrypted already is not opened.</source>
        <translation>Den lokalen Speicher unverschlüsselt lassen und den Schlüsselbund des Systems nicht nach seinem Schlüssel fragen, z. B. wo es keinen gibt. Kontor warnt, solange es so läuft; ein bereits verschlüsselter Speicher wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>Explore the demo contact center: it is added to the accounts and runs from now on, until it is removed.</source>
        <translation>Das Demo-Kontaktcenter erkunden: Es wird zu den Konten hinzugefügt und läuft von nun an, bis es entfernt wird.</translation>
    </message>
</context>
<context>
    <name>ConnectorState</name>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: verbinde …</translation>
    </message>
    <message>
        <source>%1: syncing %2 of %3</source>
        <translation>%1: synchronisiere %2 von %3</translation>
    </message>
    <message>
        <source>%1: syncing, %2 so far</source>
        <translation>%1: synchronisiere, bisher %2</translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation>%1: online</translation>
    </message>
    <message>
        <source>%1: offline since %2</source>
        <translation>%1: offline seit %2</translation>
    </message>
    <message>
        <source>%1: working offline</source>
        <translation>%1: Offline-Modus</translation>
    </message>
    <message>
        <source>%1: sign in again</source>
        <translation>%1: bitte erneut anmelden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConversationStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
</context>
<context>
    <name>DeliveryState</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DemoBackend</name>
    <message>
        <source>The action carries no idempotency key.</source>
        <translation>Die Aktion hat keinen Idempotenzschlüssel.</translation>
    </message>
    <message>
        <source>The conversation does not exist on the server.</source>
        <translation>Das Gespräch existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <source>The customer does not exist on the server.</source>
        <translation>Der Kunde existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <source>The agent does not exist on the server.</source>
        <translation>Der Agent existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <source>The team does not exist on the server.</source>
        <translation>Das Team existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <source>The customer cannot be reached on that channel.</source>
        <translation>Der Kunde ist auf diesem Kanal nicht erreichbar.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The snooze must end in the future.</source>
        <translation>Das Zurückstellen muss in der Zukunft enden.</translation>
    </message>
    <message>
        <source>A label cannot be empty.</source>
        <translation>Ein Label darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The customer was merged into another customer.</source>
        <translation>Der Kunde wurde mit einem anderen Kunden zusammengeführt.</translation>
    </message>
    <message>
        <source>A customer cannot be merged into themselves.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The demo contact center has no saved state yet.</source>
        <translation>Das Demo-Kontaktcenter hat noch keinen gespeicherten Zustand.</translation>
    </message>
    <message>
        <source>The demo contact center's state file cannot be read.</source>
        <translation>Die Zustandsdatei des Demo-Kontaktcenters kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is not a demo contact center state file.</source>
        <translation>Die Datei ist keine Zustandsdatei des Demo-Kontaktcenters.</translation>
    </message>
    <message>
        <source>The demo contact center's state file was written by another version.</source>
        <translation>Die Zustandsdatei des Demo-Kontaktcenters stammt von einer anderen Version.</translation>
    </message>
    <message>
        <source>The demo contact center's state file is incomplete.</source>
        <translation>Die Zustandsdatei des Demo-Kontaktcenters ist unvollständig.</translation>
    </message>
    <message>
        <source>The demo contact center's state file is damaged.</source>
        <translation>Die Zustandsdatei des Demo-Kontaktcenters ist beschädigt.</translation>
    </message>
    <message>
        <source>The demo contact center's state file does not describe a valid state.</source>
        <translation>Die Zustandsdatei des Demo-Kontaktcenters beschreibt keinen gültigen Zustand.</translation>
    </message>
    <message>
        <source>The demo contact center's state could not be saved.</source>
        <translation>Der Zustand des Demo-Kontaktcenters konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>DemoConnector</name>
    <message>
        <source>Demo contact center</source>
        <translation>Demo-Kontaktcenter</translation>
    </message>
    <message>
        <source>The demo contact center cannot be reached.</source>
        <translation>Das Demo-Kontaktcenter ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The demo contact center answered with error %1.</source>
        <translation>Das Demo-Kontaktcenter antwortete mit Fehler %1.</translation>
    </message>
    <message>
        <source>The demo contact center did not answer in time.</source>
        <translation>Das Demo-Kontaktcenter hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection to the demo contact center broke.</source>
        <translation>Die Verbindung zum Demo-Kontaktcenter ist abgebrochen.</translation>
    </message>
    <message>
        <source>The demo contact center cannot do this.</source>
        <translation>Das Demo-Kontaktcenter kann das nicht.</translation>
    </message>
    <message>
        <source>The demo contact center could not save this; it will be sent again.</source>
        <translation>Das Demo-Kontaktcenter konnte das nicht speichern; es wird erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>DemoWorld</name>
    <message>
        <source>The history size cannot be negative.</source>
        <translation>Der Umfang der Vorgeschichte darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The history needs at least one message per conversation.</source>
        <translation>Die Vorgeschichte braucht mindestens eine Nachricht je Gespräch.</translation>
    </message>
    <message>
        <source>A history with messages needs conversations.</source>
        <translation>Eine Vorgeschichte mit Nachrichten braucht Gespräche.</translation>
    </message>
    <message>
        <source>The history must span at least one day.</source>
        <translation>Die Vorgeschichte muss mindestens einen Tag umfassen.</translation>
    </message>
    <message>
        <source>The simulation step must be at least 10 ms.</source>
        <translation>Der Simulationsschritt muss mindestens 10 ms betragen.</translation>
    </message>
    <message>
        <source>A simulation rate is out of range.</source>
        <translation>Eine Simulationsrate liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>IdentityRejection</name>
    <message>
        <source>Nothing was given.</source>
        <translation>Es wurde nichts angegeben.</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>Der Wert ist zu lang.</translation>
    </message>
    <message>
        <source>The value contains control characters.</source>
        <translation>Der Wert enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>An email address needs an @ between the name and the domain.</source>
        <translation>Eine E-Mail-Adresse braucht ein @ zwischen Name und Domain.</translation>
    </message>
    <message>
        <source>An email address may contain only one @.</source>
        <translation>Eine E-Mail-Adresse darf nur ein @ enthalten.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ is empty.</source>
        <translation>Der Teil der E-Mail-Adresse vor dem @ ist leer.</translation>
    </message>
    <message>
        <source>The domain after the @ is empty.</source>
        <translation>Die Domain nach dem @ ist leer.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces.</source>
        <translation>Eine E-Mail-Adresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed in an email address.</source>
        <translation>Der Teil vor dem @ enthält ein Zeichen, das in E-Mail-Adressen nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>An email address cannot contain two dots in a row.</source>
        <translation>Eine E-Mail-Adresse darf keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <source>The part before the @ cannot begin or end with a dot.</source>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Der Teil vor dem @ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>The email address is longer than 254 characters.</source>
        <translation>Die E-Mail-Adresse ist länger als 254 Zeichen.</translation>
    </message>
    <message>
        <source>Addresses at an IP address instead of a domain name are not accepted.</source>
        <translation>Adressen mit IP-Adresse statt Domainname werden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The domain has no dot; a public domain such as example.com is needed.</source>
        <translation>Die Domain enthält keinen Punkt; nötig ist eine öffentliche Domain wie example.com.</translation>
    </message>
    <message>
        <source>The domain after the @ is not a valid domain name.</source>
        <translation>Die Domain nach dem @ ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <source>A part of the domain between two dots is longer than 63 characters.</source>
        <translation>Ein Teil der Domain zwischen zwei Punkten ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <source>A phone number cannot contain letters.</source>
        <translation>Eine Telefonnummer darf keine Buchstaben enthalten.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus.</translation>
    </message>
    <message>
        <source>The number has no country code and no default region is set; write it with + and the country code.</source>
        <translation>Die Nummer hat keine Ländervorwahl und es ist keine Standardregion eingestellt; schreiben Sie sie mit + und Ländervorwahl.</translation>
    </message>
    <message>
        <source>The country code of the phone number does not exist.</source>
        <translation>Die Ländervorwahl der Telefonnummer existiert nicht.</translation>
    </message>
    <message>
        <source>The phone number is too short.</source>
        <translation>Die Telefonnummer ist zu kurz.</translation>
    </message>
    <message>
        <source>The phone number is too long.</source>
        <translation>Die Telefonnummer ist zu lang.</translation>
    </message>
    <message>
        <source>No phone number in its country has this many digits.</source>
        <translation>Keine Telefonnummer in diesem Land hat so viele Ziffern.</translation>
    </message>
    <message>
        <source>The number can only be dialled locally; the area code is missing.</source>
        <translation>Die Nummer ist nur im Ortsnetz wählbar; die Vorwahl fehlt.</translation>
    </message>
    <message>
        <source>This is a WhatsApp group, not a person.</source>
        <translation>Das ist eine WhatsApp-Gruppe, keine Person.</translation>
    </message>
    <message>
        <source>This channel has no handles; its people are known by email address or phone number.</source>
        <translation>Dieser Kanal kennt keine Benutzernamen; Personen werden dort über E-Mail-Adresse oder Telefonnummer erkannt.</translation>
    </message>
    <message>
        <source>The handle contains characters that the platform does not allow.</source>
        <translation>Der Benutzername enthält Zeichen, die die Plattform nicht erlaubt.</translation>
    </message>
    <message>
        <source>The handle is shorter than the platform allows.</source>
        <translation>Der Benutzername ist kürzer, als die Plattform erlaubt.</translation>
    </message>
    <message>
        <source>The handle is longer than the platform allows.</source>
        <translation>Der Benutzername ist länger, als die Plattform erlaubt.</translation>
    </message>
    <message>
        <source>The handle must begin with a letter.</source>
        <translation>Der Benutzername muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>The handle has a dot or underscore at a place where the platform does not allow one.</source>
        <translation>Der Benutzername hat einen Punkt oder Unterstrich an einer Stelle, an der die Plattform keinen erlaubt.</translation>
    </message>
    <message>
        <source>This platform identifies people by a numeric id; this is not one.</source>
        <translation>Diese Plattform erkennt Personen an einer numerischen ID; dies ist keine.</translation>
    </message>
    <message>
        <source>The contact id has no account that it belongs to.</source>
        <translation>Die Kontakt-ID gehört zu keinem Konto.</translation>
    </message>
</context>
<context>
    <name>MessageInteraction</name>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Options offered:</source>
        <translation>Angebotene Optionen:</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>Gewählt:</translation>
    </message>
    <message>
        <source>Form, as submitted:</source>
        <translation>Formular, wie abgeschickt:</translation>
    </message>
    <message>
        <source>Form sent:</source>
        <translation>Formular gesendet:</translation>
    </message>
    <message>
        <source>Articles suggested:</source>
        <translation>Vorgeschlagene Artikel:</translation>
    </message>
    <message>
        <source>Satisfaction survey:</source>
        <translation>Zufriedenheitsumfrage:</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>mit %1 von 5 bewertet</translation>
    </message>
    <message>
        <source>Asked for an email address:</source>
        <translation>Nach einer E-Mail-Adresse gefragt:</translation>
    </message>
    <message>
        <source>A “%1” message: Kontor shows its text only.</source>
        <translation>Eine Nachricht vom Typ „%1“: Kontor zeigt nur ihren Text.</translation>
    </message>
    <message>
        <source>special</source>
        <translation>besonders</translation>
    </message>
</context>
<context>
    <name>OutboxActionText</name>
    <message>
        <source>the customer</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <source>Internal note on the conversation with %1</source>
        <translation>Interne Notiz im Gespräch mit %1</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>Start a conversation with %1 on %2</source>
        <translation>Gespräch mit %1 über %2 beginnen</translation>
    </message>
    <message>
        <source>Start a conversation with %1</source>
        <translation>Gespräch mit %1 beginnen</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>Assign to team %1</source>
        <translation>Team %1 zuweisen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Mark as pending</source>
        <translation>Als wartend markieren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Remove the priority</source>
        <translation>Priorität entfernen</translation>
    </message>
    <message>
        <source>Set priority to %1</source>
        <translation>Priorität auf %1 setzen</translation>
    </message>
    <message>
        <source>Add label “%1”</source>
        <translation>Label „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove label “%1”</source>
        <translation>Label „%1“ entfernen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Merge contacts %1 and %2</source>
        <translation>Kontakte %1 und %2 zusammenführen</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>eine Nachricht</translation>
    </message>
    <message>
        <source>starting the conversation</source>
        <translation>den Gesprächsbeginn</translation>
    </message>
    <message>
        <source>an assignment</source>
        <translation>eine Zuweisung</translation>
    </message>
    <message>
        <source>a status change</source>
        <translation>eine Statusänderung</translation>
    </message>
    <message>
        <source>a priority change</source>
        <translation>eine Prioritätsänderung</translation>
    </message>
    <message>
        <source>a label change</source>
        <translation>eine Label-Änderung</translation>
    </message>
    <message>
        <source>marking as read</source>
        <translation>das Markieren als gelesen</translation>
    </message>
    <message>
        <source>a contact merge</source>
        <translation>eine Kontaktzusammenführung</translation>
    </message>
    <message>
        <source>an action this version does not know</source>
        <translation>eine Aktion, die diese Version nicht kennt</translation>
    </message>
    <message>
        <source>Contacts at the backend</source>
        <translation>Kontakte im Backend</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Kein Gespräch</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Trying again</source>
        <translation>Neuer Versuch</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>The backend refused it without giving a reason.</source>
        <translation>Das Backend hat es ohne Angabe von Gründen abgelehnt.</translation>
    </message>
    <message>
        <source>Waits for %1 before it, which failed: retry or discard that first.</source>
        <translation>Wartet auf %1 davor, das fehlgeschlagen ist: zuerst das erneut versuchen oder verwerfen.</translation>
    </message>
    <message>
        <source>Waits for %1 before it to be sent.</source>
        <translation>Wartet, bis %1 davor gesendet ist.</translation>
    </message>
    <message>
        <source>Waits until the backend has started the conversation.</source>
        <translation>Wartet, bis das Backend das Gespräch begonnen hat.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>The conversation with %1 was never started at the backend. Discarding removes it from Kontor together with its first message and everything else you did in it. The text of the message is lost.</source>
        <translation>Das Gespräch mit %1 wurde im Backend nie begonnen. Verwerfen entfernt es aus Kontor, zusammen mit seiner ersten Nachricht und allem, was Sie darin getan haben. Der Text der Nachricht geht verloren.</translation>
    </message>
    <message>
        <source>The internal note is removed and nobody else will see it. Its text is lost.</source>
        <translation>Die interne Notiz wird entfernt und niemand sonst wird sie sehen. Ihr Text geht verloren.</translation>
    </message>
    <message>
        <source>%1 will not receive this reply. It is removed from the conversation and its text is lost.</source>
        <translation>%1 erhält diese Antwort nicht. Sie wird aus dem Gespräch entfernt und ihr Text geht verloren.</translation>
    </message>
    <message>
        <source>The two contacts stay separate at the backend. The merge in Kontor is kept.</source>
        <translation>Die beiden Kontakte bleiben im Backend getrennt. Die Zusammenführung in Kontor bleibt bestehen.</translation>
    </message>
    <message>
        <source>“%1” will not be done at the backend. The conversation shows the backend's state again the next time it syncs.</source>
        <translation>„%1“ wird im Backend nicht ausgeführt. Das Gespräch zeigt beim nächsten Abgleich wieder den Stand des Backends.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Kontor could not find out whether this arrived. Check again, send it again or discard it.</source>
        <translation>Kontor konnte nicht herausfinden, ob dies angekommen ist. Prüfen Sie noch einmal, senden Sie es erneut oder verwerfen Sie es.</translation>
    </message>
    <message>
        <source>It may have arrived; Kontor asks the backend before sending it again.</source>
        <translation>Es ist vielleicht angekommen; Kontor fragt beim Backend nach, bevor es erneut gesendet wird.</translation>
    </message>
    <message>
        <source>It may have arrived (%1); Kontor asks the backend before sending it again.</source>
        <translation>Es ist vielleicht angekommen (%1); Kontor fragt beim Backend nach, bevor es erneut gesendet wird.</translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation>Name „%1“</translation>
    </message>
    <message>
        <source>email address %1</source>
        <translation>E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>Telefonnummer %1</translation>
    </message>
    <message>
        <source>Update the contact: %1</source>
        <translation>Kontakt aktualisieren: %1</translation>
    </message>
    <message>
        <source>a contact update</source>
        <translation>eine Kontaktänderung</translation>
    </message>
    <message>
        <source>A contact at the backend</source>
        <translation>Ein Kontakt im Backend</translation>
    </message>
    <message>
        <source>%1's contact at the backend</source>
        <translation>Kontakt von %1 im Backend</translation>
    </message>
    <message>
        <source>The contact at the backend keeps what it has. The change in Kontor is kept.</source>
        <translation>Der Kontakt im Backend behält, was er hat. Die Änderung in Kontor bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>PhoneFormatter</name>
    <message>
        <source>%1 ext. %2</source>
        <translation>%1 Durchwahl %2</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>No priority</source>
        <translation>Keine Priorität</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
</context>
<context>
    <name>SnoozePresets</name>
    <message>
        <source>For an hour (%1)</source>
        <translation>Eine Stunde (%1)</translation>
    </message>
    <message>
        <source>For three hours (%1)</source>
        <translation>Drei Stunden (%1)</translation>
    </message>
    <message>
        <source>Until this evening (%1)</source>
        <translation>Bis heute Abend (%1)</translation>
    </message>
    <message>
        <source>Until tomorrow morning (%1)</source>
        <translation>Bis morgen früh (%1)</translation>
    </message>
    <message>
        <source>Until Monday morning (%1)</source>
        <translation>Bis Montagmorgen (%1)</translation>
    </message>
    <message>
        <source>For a week (%1)</source>
        <translation>Eine Woche (%1)</translation>
    </message>
    <message>
        <source>Until the customer replies</source>
        <translation>Bis der Kunde antwortet</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The disk is full, so Kontor could not save your latest change. Free some disk space; everything saved before is intact.</source>
        <translation>Der Datenträger ist voll, deshalb konnte Kontor Ihre letzte Änderung nicht speichern. Geben Sie Speicherplatz frei; alles bisher Gespeicherte ist unversehrt.</translation>
    </message>
    <message>
        <source>Kontor's local store is damaged and could not save your latest change. Restart Kontor to repair it.</source>
        <translation>Der lokale Speicher von Kontor ist beschädigt und konnte Ihre letzte Änderung nicht speichern. Starten Sie Kontor neu, um ihn zu reparieren.</translation>
    </message>
    <message>
        <source>Kontor could not save to its local store: %1</source>
        <translation>Kontor konnte nicht in seinen lokalen Speicher schreiben: %1</translation>
    </message>
    <message>
        <source>That conversation is no longer in the local store.</source>
        <translation>Dieses Gespräch ist nicht mehr im lokalen Speicher.</translation>
    </message>
    <message>
        <source>Kontor could not save to its local store.</source>
        <translation>Kontor konnte nicht in seinen lokalen Speicher schreiben.</translation>
    </message>
    <message>
        <source>This local store was made by a newer version of Kontor (store format %1; this version reads up to %2). Update Kontor to open it. The store was left unchanged.</source>
        <translation>Dieser lokale Speicher wurde von einer neueren Kontor-Version angelegt (Speicherformat %1; diese Version liest bis %2). Aktualisieren Sie Kontor, um ihn zu öffnen. Der Speicher wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Kontor's local store is damaged and could not be moved aside. Check the permissions of %1.</source>
        <translation>Der lokale Speicher von Kontor ist beschädigt und konnte nicht beiseitegelegt werden. Prüfen Sie die Berechtigungen von %1.</translation>
    </message>
    <message>
        <source>The disk holding Kontor's data (%1) is full. Free some space, then choose Retry. Nothing was lost.</source>
        <translation>Der Datenträger mit den Daten von Kontor (%1) ist voll. Geben Sie Speicherplatz frei und wählen Sie dann „Wiederholen“. Es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>Kontor cannot write to the folder holding its data (%1): it is read-only. Make it writable for you, then choose Retry. Nothing was lost.</source>
        <translation>Kontor kann nicht in den Ordner mit seinen Daten (%1) schreiben: Er ist schreibgeschützt. Geben Sie sich Schreibrechte dafür und wählen Sie dann „Wiederholen“. Es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>Kontor is not allowed to open its local store (%1). Check that the file belongs to you and that you may read and write it, then choose Retry.</source>
        <translation>Kontor darf seinen lokalen Speicher (%1) nicht öffnen. Prüfen Sie, ob die Datei Ihnen gehört und ob Sie sie lesen und schreiben dürfen, und wählen Sie dann „Wiederholen“.</translation>
    </message>
    <message>
        <source>Kontor could not create a working file beside its local store (%1-shm). The disk may be full or the file protected: free some space or remove that file, then choose Retry. Nothing was lost.</source>
        <translation>Kontor konnte neben seinem lokalen Speicher keine Arbeitsdatei anlegen (%1-shm). Vielleicht ist der Datenträger voll oder die Datei geschützt: Geben Sie Speicherplatz frei oder entfernen Sie diese Datei, und wählen Sie dann „Wiederholen“. Es ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>Another program is using Kontor's local store (%1). Close it, then choose Retry.</source>
        <translation>Ein anderes Programm verwendet den lokalen Speicher von Kontor (%1). Schließen Sie es und wählen Sie dann „Wiederholen“.</translation>
    </message>
    <message>
        <source>Kontor's local store is in a network folder (%1) that does not support what the store needs. Move it to a local disk, or start Kontor with --store and a local file.</source>
        <translation>Der lokale Speicher von Kontor liegt in einem Netzwerkordner (%1), der nicht unterstützt, was der Speicher braucht. Verschieben Sie ihn auf einen lokalen Datenträger, oder starten Sie Kontor mit --store und einer lokalen Datei.</translation>
    </message>
    <message>
        <source>The disk holding Kontor's data (%1) reported an error while reading the local store. Check the disk, then choose Retry.</source>
        <translation>Der Datenträger mit den Daten von Kontor (%1) hat beim Lesen des lokalen Speichers einen Fehler gemeldet. Prüfen Sie den Datenträger und wählen Sie dann „Wiederholen“.</translation>
    </message>
    <message>
        <source>Kontor could not open its local store: %1. Choose Retry to try again.</source>
        <translation>Kontor konnte seinen lokalen Speicher nicht öffnen: %1. Wählen Sie „Wiederholen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Kontor is already running with this store (process %1). Switch to its window, or close it and start Kontor again.</source>
        <translation>Kontor läuft bereits mit diesem Speicher (Prozess %1). Wechseln Sie zu dessen Fenster, oder beenden Sie es und starten Sie Kontor erneut.</translation>
    </message>
    <message>
        <source>Kontor is already running with this store on another computer (process %1 on %2). Close it there, then start Kontor again.</source>
        <translation>Kontor läuft bereits mit diesem Speicher auf einem anderen Computer (Prozess %1 auf %2). Beenden Sie es dort und starten Sie Kontor dann erneut.</translation>
    </message>
    <message>
        <source>Kontor's local store was damaged. It was set aside as %1 and Kontor starts with a fresh store; your conversations are fetched again.</source>
        <translation>Der lokale Speicher von Kontor war beschädigt. Er wurde als %1 beiseitegelegt, und Kontor beginnt mit einem neuen Speicher; Ihre Gespräche werden erneut abgerufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent action(s) were saved from it and will be sent.</source>
        <translation>
            <numerusform>%n nicht gesendete Aktion wurde daraus gerettet und wird gesendet.</numerusform>
            <numerusform>%n nicht gesendete Aktionen wurden daraus gerettet und werden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be read back from it: any action not sent yet is lost.</source>
        <translation>Daraus konnte nichts zurückgelesen werden: Alle noch nicht gesendeten Aktionen sind verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent action(s) could not be read and are lost.</source>
        <translation>
            <numerusform>%n nicht gesendete Aktion konnte nicht gelesen werden und ist verloren.</numerusform>
            <numerusform>%n nicht gesendete Aktionen konnten nicht gelesen werden und sind verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the list of unsent actions could not be read: actions you took shortly before may be lost.</source>
        <translation>Ein Teil der Liste nicht gesendeter Aktionen konnte nicht gelesen werden: Aktionen, die Sie kurz zuvor ausgeführt haben, sind möglicherweise verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) of those actions are missing.</source>
        <translation>
            <numerusform>%n angehängte Datei dieser Aktionen fehlt.</numerusform>
            <numerusform>%n angehängte Dateien dieser Aktionen fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are kept apart from the store and are not affected.</source>
        <translation>Entwürfe werden getrennt vom Speicher aufbewahrt und sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Kontor's local store (%1) is encrypted, and the key kept for it in the system keychain does not open it. The key may have been removed or replaced in the keychain. The store was left unchanged: restore the keychain, then choose Retry.</source>
        <translation>Der lokale Speicher von Kontor (%1) ist verschlüsselt, und der dafür im Schlüsselbund des Systems abgelegte Schlüssel öffnet ihn nicht. Der Schlüssel wurde im Schlüsselbund vielleicht entfernt oder ersetzt. Der Speicher blieb unverändert: Stellen Sie den Schlüsselbund wieder her und wählen Sie dann „Wiederholen“.</translation>
    </message>
    <message>
        <source>This build of Kontor cannot encrypt its local store, so it does not open it. Install Kontor with its SQLCipher library.</source>
        <translation>Diese Kontor-Version kann ihren lokalen Speicher nicht verschlüsseln und öffnet ihn deshalb nicht. Installieren Sie Kontor mit seiner SQLCipher-Bibliothek.</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>Agents free</source>
        <translation>Freie Agenten</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (ohne Limit)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Zeit im Status</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>SupervisorEntry</name>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Teamleitung</translation>
    </message>
    <message>
        <source>&amp;Live queues and agents</source>
        <translation>&amp;Live-Warteschlangen und Agenten</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The conversation of this action was deleted.</source>
        <translation>Das Gespräch dieser Aktion wurde gelöscht.</translation>
    </message>
    <message>
        <source>This action cannot be read; it was made by another version of Kontor.</source>
        <translation>Diese Aktion kann nicht gelesen werden; sie stammt von einer anderen Kontor-Version.</translation>
    </message>
    <message>
        <source>Waiting for the backend to confirm the conversation.</source>
        <translation>Warte darauf, dass das Backend das Gespräch bestätigt.</translation>
    </message>
    <message>
        <source>The agent or team of this assignment no longer exists.</source>
        <translation>Der Agent oder das Team dieser Zuweisung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No connection configured</source>
        <translation>Keine Verbindung eingerichtet</translation>
    </message>
    <message>
        <source>Changes from the backend could not be saved; they will be fetched again.</source>
        <translation>Änderungen vom Backend konnten nicht gespeichert werden; sie werden erneut abgerufen.</translation>
    </message>
    <message>
        <source>The customer has no contact record on this account to write to.</source>
        <translation>Der Kunde hat in diesem Konto keinen Kontakteintrag, an den geschrieben werden kann.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes ago, abbreviated</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours ago, abbreviated</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>day and short month, for dates of this year</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes, abbreviated</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration in hours, abbreviated</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration in hours and minutes</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration in days, abbreviated</comment>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration in days and hours</comment>
        <translation>%1 T. %2 Std.</translation>
    </message>
</context>
<context>
    <name>kontor::CustomerMerge</name>
    <message>
        <source>A customer cannot be merged with themselves.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>One of the customers no longer exists.</source>
        <translation>Einer der Kunden existiert nicht mehr.</translation>
    </message>
    <message>
        <source>One of the customers has already been merged into another.</source>
        <translation>Einer der Kunden wurde bereits mit einem anderen zusammengeführt.</translation>
    </message>
    <message>
        <source>This merge does not exist.</source>
        <translation>Diese Zusammenführung existiert nicht.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>Diese Zusammenführung wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>This identity cannot be changed here.</source>
        <translation>Diese Identität kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>A customer's only identity cannot be split off.</source>
        <translation>Die einzige Identität eines Kunden kann nicht abgetrennt werden.</translation>
    </message>
    <message>
        <source>Another customer already has this identity. Merge the two customers instead.</source>
        <translation>Ein anderer Kunde hat diese Identität bereits. Führen Sie stattdessen die beiden Kunden zusammen.</translation>
    </message>
    <message>
        <source>A customer's name cannot be empty.</source>
        <translation>Der Name eines Kunden darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Das ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>kontor::SyncEngine</name>
    <message>
        <source>This backend cannot receive files. Discard the message and send it without them.</source>
        <translation>Dieses Backend kann keine Dateien empfangen. Verwerfen Sie die Nachricht und senden Sie sie ohne Dateien.</translation>
    </message>
    <message>
        <source>This backend cannot carry out this kind of action.</source>
        <translation>Dieses Backend kann diese Art von Aktion nicht ausführen.</translation>
    </message>
    <message>
        <source>Kontor stopped while this was on its way.</source>
        <translation>Kontor wurde beendet, während dies unterwegs war.</translation>
    </message>
    <message>
        <source>The connection ended while this was on its way.</source>
        <translation>Die Verbindung wurde beendet, während dies unterwegs war.</translation>
    </message>
    <message>
        <source>The account was removed while this was on its way.</source>
        <translation>Das Konto wurde entfernt, während dies unterwegs war.</translation>
    </message>
</context>
<context>
    <name>kontor::chatwoot::ChatwootAccounts</name>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>kontor::chatwoot::ChatwootJob</name>
    <message>
        <source>An attached file could not be read.</source>
        <translation>Eine angehängte Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The Chatwoot server redirected the request more often than Kontor follows.</source>
        <translation>Der Chatwoot-Server hat die Anfrage öfter umgeleitet, als Kontor Umleitungen folgt.</translation>
    </message>
    <message>
        <source>The Chatwoot server sent Kontor to another address (%1). Kontor does not send your sign-in there; if that is your server, use that address instead.</source>
        <translation>Der Chatwoot-Server hat Kontor an eine andere Adresse verwiesen (%1). Kontor sendet Ihre Anmeldung nicht dorthin; wenn das Ihr Server ist, verwenden Sie stattdessen diese Adresse.</translation>
    </message>
    <message>
        <source>Chatwoot sent an answer larger than %1; it was not read.</source>
        <translation>Chatwoot hat eine Antwort geschickt, die größer als %1 ist; sie wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>kontor::chatwoot::ChatwootSignIn</name>
    <message>
        <source>Enter the address of your Chatwoot server, for example https://chat.example.com.</source>
        <translation>Geben Sie die Adresse Ihres Chatwoot-Servers ein, zum Beispiel https://chat.example.com.</translation>
    </message>
    <message>
        <source>No Chatwoot server answers at %1. Check the address.</source>
        <translation>Unter %1 antwortet kein Chatwoot-Server. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes and try again.</source>
        <translation>Zu viele Anmeldeversuche. Warten Sie einige Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The code was not accepted. Try the current one.</source>
        <translation>Der Code wurde nicht akzeptiert. Versuchen Sie den aktuellen.</translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Enter the access token from your Chatwoot profile.</source>
        <translation>Geben Sie das Zugangstoken aus Ihrem Chatwoot-Profil ein.</translation>
    </message>
    <message>
        <source>The access token was not accepted.</source>
        <translation>Das Zugangstoken wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>This user does not belong to the chosen account.</source>
        <translation>Dieser Benutzer gehört nicht zum gewählten Konto.</translation>
    </message>
    <message numerus="yes">
        <source>Connected as %1 to %2, with %n inbox(es).</source>
        <translation>
            <numerusform>Als %1 mit %2 verbunden, mit %n Posteingang.</numerusform>
            <numerusform>Als %1 mit %2 verbunden, mit %n Posteingängen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in before saving the account.</source>
        <translation>Melden Sie sich an, bevor Sie das Konto speichern.</translation>
    </message>
    <message>
        <source>The sign-in could not be kept safe: %1</source>
        <translation>Die Anmeldung konnte nicht sicher aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Kontor connects to Chatwoot only over https://, so that your password and token cannot be read on the way. Enter the https:// address of your server.</source>
        <translation>Kontor verbindet sich mit Chatwoot nur über https://, damit Ihr Passwort und Ihr Token unterwegs nicht mitgelesen werden können. Geben Sie die https://-Adresse Ihres Servers ein.</translation>
    </message>
</context>
<context>
    <name>kontor::models</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>Gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>Same messenger account</source>
        <translation>Gleiches Messenger-Konto</translation>
    </message>
    <message>
        <source>Share an identity, but their names differ</source>
        <translation>Teilen eine Identität, haben aber verschiedene Namen</translation>
    </message>
    <message>
        <source>Share an identity that other people use too</source>
        <translation>Teilen eine Identität, die auch andere Personen nutzen</translation>
    </message>
    <message>
        <source>Share an organisation's number</source>
        <translation>Teilen die Nummer einer Organisation</translation>
    </message>
    <message>
        <source>Their identities point to different customers</source>
        <translation>Ihre Identitäten verweisen auf verschiedene Kunden</translation>
    </message>
    <message>
        <source>Merged by an agent</source>
        <translation>Von einem Agenten zusammengeführt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kontor::models::AgentListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>kontor::models::CustomerConversationsModel</name>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 über %2, %3</translation>
    </message>
</context>
<context>
    <name>kontor::models::NavigationModel</name>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Inboxes</source>
        <translation>Posteingänge</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation>
            <numerusform>%1, %n Konversation</numerusform>
            <numerusform>%1, %n Konversationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::models::OutboxModel</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Ausgeführt um</translation>
    </message>
</context>
<context>
    <name>kontor::models::SearchResultsModel</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>kontor::models::TimelineModel</name>
    <message>
        <source>Unnamed file</source>
        <translation>Unbenannte Datei</translation>
    </message>
    <message>
        <source>Continued on %1</source>
        <translation>Fortgesetzt über %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AccountsDialog</name>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>No Chatwoot account yet. Add one to work on its conversations here, in the same inbox as every other account.</source>
        <translation>Noch kein Chatwoot-Konto. Fügen Sie eines hinzu, um seine Gespräche hier zu bearbeiten, im selben Posteingang wie alle anderen Konten.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add Chatwoot account…</source>
        <translation>Chatwoot-Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Erneut anmelden …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>Konto &amp;entfernen</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 was removed, but its sign-in could not be deleted from the system keychain: %2</source>
        <translation>%1 wurde entfernt, aber die Anmeldung konnte nicht aus dem Schlüsselbund des Systems gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Removing an account stops its connection and deletes its sign-in from the system keychain. You choose whether what it brought is deleted from this computer too, or stays readable and searchable but no longer updated.</source>
        <translation>Das Entfernen eines Kontos beendet seine Verbindung und löscht seine Anmeldung aus dem Schlüsselbund des Systems. Sie wählen, ob auch gelöscht wird, was es auf diesen Computer gebracht hat, oder ob es lesbar und durchsuchbar bleibt, aber nicht mehr aktualisiert wird.</translation>
    </message>
    <message>
        <source>Kontor stops syncing %1 and deletes its sign-in from the system keychain.</source>
        <translation>Kontor synchronisiert %1 nicht mehr und löscht die Anmeldung aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>You can also delete everything it brought to this computer: its conversations and messages, customers known only through it, actions not yet sent and the copies of files sent. Otherwise its conversations stay here, readable but no longer updated, and unsent actions wait until you add the account again.</source>
        <translation>Sie können auch alles löschen, was es auf diesen Computer gebracht hat: seine Gespräche und Nachrichten, nur darüber bekannte Kunden, noch nicht gesendete Aktionen und die Kopien gesendeter Dateien. Andernfalls bleiben seine Gespräche hier, lesbar, aber nicht mehr aktualisiert, und nicht gesendete Aktionen warten, bis Sie das Konto wieder hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Delete everything this account brought to this computer</source>
        <translation>&amp;Alles löschen, was dieses Konto auf diesen Computer gebracht hat</translation>
    </message>
    <message>
        <source>%1 was removed with everything it brought.</source>
        <translation>%1 wurde mit allem entfernt, was es gebracht hat.</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>K&amp;onten:</translation>
    </message>
    <message>
        <source>a simulated agent</source>
        <translation>ein simulierter Mitarbeiter</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>Kontor stops the demo contact center and does not start it again unless you choose it.</source>
        <translation>Kontor beendet das Demo-Kontaktcenter und startet es erst wieder, wenn Sie es auswählen.</translation>
    </message>
    <message>
        <source>You can also delete everything it brought to this computer: its conversations, customers and colleagues, and its simulated backend. Otherwise its conversations stay here, readable but no longer updated.</source>
        <translation>Sie können auch alles löschen, was es auf diesen Computer gebracht hat: seine Gespräche, Kunden und Kollegen sowie sein simuliertes Backend. Sonst bleiben seine Gespräche hier, lesbar, aber nicht mehr aktualisiert.</translation>
    </message>
    <message>
        <source>&amp;Delete everything the demo brought to this computer</source>
        <translation>Alles &amp;löschen, was die Demo auf diesen Computer gebracht hat</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AppearancePage</name>
    <message>
        <source>Colors</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Density of the inbox list</source>
        <translation>Dichte der Gesprächsliste</translation>
    </message>
    <message>
        <source>&amp;Comfortable</source>
        <translation>&amp;Komfortabel</translation>
    </message>
    <message>
        <source>Co&amp;mpact: more conversations on the screen</source>
        <translation>Ko&amp;mpakt: mehr Gespräche auf dem Bildschirm</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AvailabilityButton</name>
    <message>
        <source>%1 (idle)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Your status: %1</source>
        <translation>Ihr Status: %1</translation>
    </message>
    <message>
        <source>You are shown as away because you were idle; you are back at your next input.</source>
        <translation>Sie werden als abwesend angezeigt, weil Sie inaktiv waren; mit Ihrer nächsten Eingabe sind Sie wieder da.</translation>
    </message>
    <message>
        <source>Your status. Click to change it.</source>
        <translation>Ihr Status. Zum Ändern klicken.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AvailabilityPage</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Show me as &amp;away after:</source>
        <translation>Als &amp;abwesend anzeigen nach:</translation>
    </message>
    <message>
        <source>After this time without typing or moving the mouse, your status changes to Away, and back when you return. Your own choice of Busy or Away stays.</source>
        <translation>Nach dieser Zeit ohne Tippen oder Mausbewegung wechselt Ihr Status zu „Abwesend“ und bei Ihrer Rückkehr zurück. Ein selbst gewähltes „Beschäftigt“ oder „Abwesend“ bleibt.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::BulkActionBar</name>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Actions on the selected conversations</source>
        <translation>Aktionen für die ausgewählten Konversationen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Clear the selection (Esc)</source>
        <translation>Auswahl aufheben (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ChatwootAccountDialog</name>
    <message>
        <source>Add a Chatwoot account</source>
        <translation>Chatwoot-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Saving the sign-in in the system keychain…</source>
        <translation>Anmeldung wird im Schlüsselbund des Systems gespeichert …</translation>
    </message>
    <message>
        <source>Kontor connects to your Chatwoot server as you. Your password is sent to Chatwoot once; only the access token is kept, in the system keychain.</source>
        <translation>Kontor verbindet sich in Ihrem Namen mit Ihrem Chatwoot-Server. Ihr Passwort wird einmal an Chatwoot gesendet; aufbewahrt wird nur das Zugangstoken, im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>https://chat.example.com</source>
        <translation>https://chat.example.com</translation>
    </message>
    <message>
        <source>Sign in with &amp;email and password</source>
        <translation>Mit &amp;E-Mail und Passwort anmelden</translation>
    </message>
    <message>
        <source>Use an access &amp;token from your Chatwoot profile</source>
        <translation>Ein Zugangs&amp;token aus Ihrem Chatwoot-Profil verwenden</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Zugangs&amp;token:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>This account has two-factor authentication turned on.</source>
        <translation>Für dieses Konto ist die Zwei-Faktor-Authentifizierung eingeschaltet.</translation>
    </message>
    <message>
        <source>This is a &amp;backup code</source>
        <translation>Dies ist ein &amp;Backup-Code</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Chatwoot &amp;account:</source>
        <translation>Chatwoot-&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This user belongs to no Chatwoot account.</source>
        <translation>Dieser Benutzer gehört zu keinem Chatwoot-Konto.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft …</translation>
    </message>
    <message>
        <source>Sign in to %1 again</source>
        <translation>Erneut bei %1 anmelden</translation>
    </message>
    <message>
        <source>The Chatwoot server no longer accepts Kontor's sign-in for %1. Sign in again as %2; actions waiting in the outbox are sent once you are connected.</source>
        <translation>Der Chatwoot-Server akzeptiert Kontors Anmeldung für %1 nicht mehr. Melden Sie sich erneut als %2 an; Aktionen im Postausgang werden gesendet, sobald die Verbindung steht.</translation>
    </message>
    <message>
        <source>You signed in as %1, but this account was added for %2. Sign in as %2.</source>
        <translation>Sie haben sich als %1 angemeldet, aber dieses Konto wurde für %2 hinzugefügt. Melden Sie sich als %2 an.</translation>
    </message>
    <message>
        <source>This user no longer belongs to the Chatwoot account %1.</source>
        <translation>Dieser Benutzer gehört nicht mehr zum Chatwoot-Konto %1.</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://). Kontor allows that only for a server on this computer, for development.</source>
        <translation>Diese Adresse ist nicht verschlüsselt (http://). Kontor erlaubt das nur für einen Server auf diesem Computer, zur Entwicklung.</translation>
    </message>
    <message>
        <source>Kontor connects only over https://, so that your password and token cannot be read on the way.</source>
        <translation>Kontor verbindet sich nur über https://, damit Ihr Passwort und Ihr Token unterwegs nicht mitgelesen werden können.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ChatwootLiveReportPanel</name>
    <message>
        <source>Chatwoot live figures</source>
        <translation>Chatwoot-Live-Kennzahlen</translation>
    </message>
    <message>
        <source>Chatwoot, live from the server</source>
        <translation>Chatwoot, live vom Server</translation>
    </message>
    <message>
        <source>Chatwoot live figures by account and agent</source>
        <translation>Chatwoot-Live-Kennzahlen nach Konto und Agent</translation>
    </message>
    <message>
        <source>Account / agent</source>
        <translation>Konto / Agent</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Unattended</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CommandPalette</name>
    <message>
        <source>Type a command or a view…</source>
        <translation>Befehl oder Ansicht eingeben …</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
</context>
<context>
    <name>kontor::ui::Composer</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Reply to the customer (R)</source>
        <translation>Dem Kunden antworten (R)</translation>
    </message>
    <message>
        <source>Write an internal note only your team sees (N)</source>
        <translation>Eine interne Notiz schreiben, die nur Ihr Team sieht (N)</translation>
    </message>
    <message>
        <source>Reply on channel</source>
        <translation>Antwort über Kanal</translation>
    </message>
    <message>
        <source>The channel the reply goes out on</source>
        <translation>Der Kanal, über den die Antwort hinausgeht</translation>
    </message>
    <message>
        <source>Insert a canned response (type / in the text)</source>
        <translation>Textbaustein einfügen (/ im Text tippen)</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Continues %1's conversation on %2</source>
        <translation>Setzt die Konversation von %1 über %2 fort</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Internal note — only your team sees it. Type @ to mention a colleague.</source>
        <translation>Interne Notiz – nur Ihr Team sieht sie. Tippen Sie @, um Kollegen zu erwähnen.</translation>
    </message>
    <message>
        <source>Reply to %1 on %2 — / for canned responses, Ctrl+Enter to send</source>
        <translation>Antwort an %1 über %2 – / für Textbausteine, Strg+Eingabe zum Senden</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>den Kunden</translation>
    </message>
    <message>
        <source>You are offline: what you send is queued and goes out when the connection is back.</source>
        <translation>Sie sind offline: Was Sie senden, wird vorgemerkt und geht hinaus, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>%1 (%2) ✕</source>
        <translation>%1 (%2) ✕</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Anhang %1 entfernen</translation>
    </message>
    <message>
        <source>The message was sent without the attached files: this connection cannot send files yet. They stay attached here.</source>
        <translation>Die Nachricht wurde ohne die angehängten Dateien gesendet: Diese Verbindung kann noch keine Dateien senden. Sie bleiben hier angehängt.</translation>
    </message>
    <message>
        <source>The message could not be saved. It is back in the text field.</source>
        <translation>Die Nachricht konnte nicht gespeichert werden. Sie steht wieder im Textfeld.</translation>
    </message>
    <message>
        <source>Starts a new conversation with %1 on %2, in the inbox “%3”.</source>
        <translation>Beginnt eine neue Unterhaltung mit %1 über %2, im Posteingang „%3“.</translation>
    </message>
    <message>
        <source>None of your accounts has an inbox that reaches %1 on %2.</source>
        <translation>Keines Ihrer Konten hat einen Posteingang, der %1 über %2 erreicht.</translation>
    </message>
    <message>
        <source>Start a new conversation with %1 on %2 — Ctrl+Enter to send</source>
        <translation>Neue Unterhaltung mit %1 über %2 beginnen — Strg+Eingabe zum Senden</translation>
    </message>
    <message>
        <source>The conversation was started without the attached files: a first message carries text only. They stay attached here.</source>
        <translation>Die Unterhaltung wurde ohne die angehängten Dateien begonnen: Eine erste Nachricht enthält nur Text. Die Dateien bleiben hier angehängt.</translation>
    </message>
    <message>
        <source>The conversation could not be started. The message is back in the text field.</source>
        <translation>Die Unterhaltung konnte nicht begonnen werden. Die Nachricht steht wieder im Textfeld.</translation>
    </message>
    <message>
        <source>This reply still contains %1. Fill it in, or press Ctrl+Enter again to send it as it is.</source>
        <translation>Diese Antwort enthält noch %1. Füllen Sie es aus, oder drücken Sie erneut Strg+Eingabe, um sie so zu senden.</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Write a</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Check the spelling of this message</source>
        <translation>Rechtschreibung dieser Nachricht prüfen</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed for this language</source>
        <translation>Für diese Sprache ist kein Wörterbuch installiert</translation>
    </message>
    <message>
        <source>Check the spelling of this message (%1)</source>
        <translation>Rechtschreibung dieser Nachricht prüfen (%1)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ComposerEditor</name>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ComposerPage</name>
    <message>
        <source>Check &amp;spelling while typing</source>
        <translation>&amp;Rechtschreibung beim Tippen prüfen</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Keine Signatur</translation>
    </message>
    <message>
        <source>Signature for &amp;inbox:</source>
        <translation>Signatur für &amp;Posteingang:</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>Send &amp;with:</source>
        <translation>Senden &amp;mit:</translation>
    </message>
    <message>
        <source>The signature goes below every reply sent through that inbox, never below internal notes.</source>
        <translation>Die Signatur steht unter jeder Antwort, die über diesen Posteingang gesendet wird, nie unter internen Notizen.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ConversationCommands</name>
    <message numerus="yes">
        <source>%n action(s) could not be saved.</source>
        <translation>
            <numerusform>%n Aktion konnte nicht gespeichert werden.</numerusform>
            <numerusform>%n Aktionen konnten nicht gespeichert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n conversation(s) to you.</source>
        <translation>
            <numerusform>%n Konversation Ihnen zugewiesen.</numerusform>
            <numerusform>%n Konversationen Ihnen zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n Konversation %1 zugewiesen.</numerusform>
            <numerusform>%n Konversationen %1 zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %n conversation(s).</source>
        <translation>
            <numerusform>Zuweisung von %n Konversation aufgehoben.</numerusform>
            <numerusform>Zuweisung von %n Konversationen aufgehoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) belong to another account and were left as they were.</source>
        <translation>
            <numerusform>%n Konversation gehört zu einem anderen Konto und blieb unverändert.</numerusform>
            <numerusform>%n Konversationen gehören zu einem anderen Konto und blieben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n conversation(s).</source>
        <translation>
            <numerusform>%n Konversation erledigt.</numerusform>
            <numerusform>%n Konversationen erledigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snoozed %n conversation(s).</source>
        <translation>
            <numerusform>%n Konversation zurückgestellt.</numerusform>
            <numerusform>%n Konversationen zurückgestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n conversation(s).</source>
        <translation>
            <numerusform>%n Konversation wieder geöffnet.</numerusform>
            <numerusform>%n Konversationen wieder geöffnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) as pending.</source>
        <translation>
            <numerusform>%n Konversation als wartend markiert.</numerusform>
            <numerusform>%n Konversationen als wartend markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority set to %1.</source>
        <translation>Priorität auf %1 gesetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n conversation(s) “%1”.</source>
        <translation>
            <numerusform>%n Konversation mit „%1“ gekennzeichnet.</numerusform>
            <numerusform>%n Konversationen mit „%1“ gekennzeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the label “%1”.</source>
        <translation>Label „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Sending again.</source>
        <translation>Wird erneut gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to the team %1.</source>
        <translation>
            <numerusform>%n Unterhaltung in das Team %1 verschoben.</numerusform><numerusform>%n Unterhaltungen in das Team %1 verschoben.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Took %n conversation(s) out of their team.</source>
        <translation>
            <numerusform>%n Unterhaltung aus ihrem Team genommen.</numerusform><numerusform>%n Unterhaltungen aus ihrem Team genommen.</numerusform></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ConversationDelegate</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>wartet %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>until reply</source>
        <translation>bis zur Antwort</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ConversationHeader</name>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Show the customer's messages on every channel and account (C)</source>
        <translation>Nachrichten des Kunden auf allen Kanälen und Konten zeigen (C)</translation>
    </message>
    <message>
        <source>Assign to an agent (A)</source>
        <translation>Einem Agenten zuweisen (A)</translation>
    </message>
    <message>
        <source>Snooze until later (S)</source>
        <translation>Auf später zurückstellen (S)</translation>
    </message>
    <message>
        <source>Set the priority (P)</source>
        <translation>Priorität setzen (P)</translation>
    </message>
    <message>
        <source>Add or remove labels (L)</source>
        <translation>Labels hinzufügen oder entfernen (L)</translation>
    </message>
    <message>
        <source>Resolve (E)</source>
        <translation>Erledigen (E)</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies</source>
        <translation>Zurückgestellt, bis der Kunde antwortet</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>%1 zugewiesen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen (E)</source>
        <translation>Wieder öffnen (E)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Move to another team</source>
        <translation>In ein anderes Team verschieben</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ConversationPane</name>
    <message>
        <source>No conversation open</source>
        <translation>Kein Gespräch geöffnet</translation>
    </message>
    <message>
        <source>Pick a conversation from the list, or press J and K to move through it.</source>
        <translation>Wählen Sie ein Gespräch aus der Liste oder blättern Sie mit J und K.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Source of the message from %1</source>
        <translation>Quelltext der Nachricht von %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomerAttributesView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Customer attributes</source>
        <translation>Kundenmerkmale</translation>
    </message>
    <message>
        <source>According to %1</source>
        <translation>Laut %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomerEditDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Kind of identity</source>
        <translation>Art der Identität</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>Neue Identität</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Contact %1 on %2</source>
        <translation>Kontakt %1 bei %2</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Abtrennen</translation>
    </message>
    <message>
        <source>Split %1 off into a customer of its own</source>
        <translation>%1 als eigenen Kunden abtrennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Name saved.</source>
        <translation>Name gespeichert.</translation>
    </message>
    <message>
        <source>The name could not be saved.</source>
        <translation>Der Name konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Identity added.</source>
        <translation>Identität hinzugefügt.</translation>
    </message>
    <message>
        <source>The identity could not be added.</source>
        <translation>Die Identität konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Split off into a customer of its own.</source>
        <translation>Als eigener Kunde abgetrennt.</translation>
    </message>
    <message>
        <source>The identity could not be split off.</source>
        <translation>Die Identität konnte nicht abgetrennt werden.</translation>
    </message>
    <message>
        <source>Identity removed.</source>
        <translation>Identität entfernt.</translation>
    </message>
    <message>
        <source>The identity could not be removed.</source>
        <translation>Die Identität konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>No backend has a contact record of this customer: changes are kept in Kontor only.</source>
        <translation>Kein Backend hat einen Kontakteintrag dieses Kunden: Änderungen bleiben nur in Kontor.</translation>
    </message>
    <message>
        <source>A new name, and an email address or phone number the contact does not have yet, are also sent to the customer's contact record on %1. Splits and removals change Kontor only.</source>
        <translation>Ein neuer Name sowie eine E-Mail-Adresse oder Telefonnummer, die der Kontakt noch nicht hat, werden auch an den Kontakteintrag des Kunden bei %1 gesendet. Abtrennen und Entfernen ändern nur Kontor.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomerPanel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Who you are talking to, on every channel they use.</source>
        <translation>Mit wem Sie sprechen, auf jedem Kanal, den die Person nutzt.</translation>
    </message>
    <message>
        <source>Earlier conversations</source>
        <translation>Frühere Konversationen</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message numerus="yes">
        <source>Customer since %1 · %n conversation(s)</source>
        <translation>
            <numerusform>Kunde seit %1 · %n Konversation</numerusform>
            <numerusform>Kunde seit %1 · %n Konversationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable on</source>
        <translation>Erreichbar über</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Guessed from %1</source>
        <translation>Geschätzt anhand von %1</translation>
    </message>
    <message>
        <source>Language and local time unknown</source>
        <translation>Sprache und Ortszeit unbekannt</translation>
    </message>
    <message>
        <source>Last wrote via %1, %2</source>
        <translation>Schrieb zuletzt über %1, %2</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Nachrichten: %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message numerus="yes">
        <source>%1 % satisfied (%n answer(s))</source>
        <translation>
            <numerusform>%1 % zufrieden (%n Antwort)</numerusform>
            <numerusform>%1 % zufrieden (%n Antworten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into this customer</source>
        <translation>%1 mit diesem Kunden zusammenführen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Möglicherweise dieselbe Person</translation>
    </message>
    <message>
        <source>Local time: %1 (%2)</source>
        <translation>Ortszeit: %1 (%2)</translation>
    </message>
    <message>
        <source>Customers merged. You can undo it in the customer panel.</source>
        <translation>Kunden zusammengeführt. Sie können es im Kundenbereich rückgängig machen.</translation>
    </message>
    <message>
        <source>The customers could not be merged.</source>
        <translation>Die Kunden konnten nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>Die Zusammenführung wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The merge could not be undone.</source>
        <translation>Die Zusammenführung konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Zusammenführen mit …</translation>
    </message>
    <message>
        <source>Merge another customer who is the same person into this one</source>
        <translation>Einen anderen Kunden, der dieselbe Person ist, mit diesem zusammenführen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Correct the name, add or remove identities, or split one off</source>
        <translation>Namen korrigieren, Identitäten hinzufügen oder entfernen oder eine davon abtrennen</translation>
    </message>
    <message>
        <source>joined automatically on %1</source>
        <translation>am %1 automatisch zusammengeführt</translation>
    </message>
    <message>
        <source>merged by an agent on %1</source>
        <translation>am %1 von einem Agenten zusammengeführt</translation>
    </message>
    <message>
        <source>Undo the join with %1</source>
        <translation>Zusammenführung mit %1 rückgängig machen</translation>
    </message>
    <message>
        <source>How these were joined</source>
        <translation>Wie diese zusammengeführt wurden</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Erase this customer and everything about them from this computer</source>
        <translation>Diesen Kunden und alles über ihn von diesem Computer löschen</translation>
    </message>
    <message>
        <source>There was nothing left to erase.</source>
        <translation>Es war nichts mehr zu löschen.</translation>
    </message>
    <message>
        <source>The customer was erased from this computer.</source>
        <translation>Der Kunde wurde von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>The customer could not be erased.</source>
        <translation>Der Kunde konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>kontor::ui::EmailAccountDialog</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Add email account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Shared mailbox</source>
        <translation>Gemeinsames Postfach</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>Example Support</source>
        <translation>Beispiel-Support</translation>
    </message>
    <message>
        <source>the address, when empty</source>
        <translation>die Adresse, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Name on replies:</source>
        <translation>&amp;Name in Antworten:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Incoming (IMAP):</source>
        <translation>&amp;Eingehend (IMAP):</translation>
    </message>
    <message>
        <source>&amp;Outgoing (SMTP):</source>
        <translation>A&amp;usgehend (SMTP):</translation>
    </message>
    <message>
        <source>Incoming mail server</source>
        <translation>Server für eingehende E-Mails</translation>
    </message>
    <message>
        <source>Incoming mail port</source>
        <translation>Port für eingehende E-Mails</translation>
    </message>
    <message>
        <source>Incoming mail encryption</source>
        <translation>Verschlüsselung für eingehende E-Mails</translation>
    </message>
    <message>
        <source>Outgoing mail server</source>
        <translation>Server für ausgehende E-Mails</translation>
    </message>
    <message>
        <source>Outgoing mail port</source>
        <translation>Port für ausgehende E-Mails</translation>
    </message>
    <message>
        <source>Outgoing mail encryption</source>
        <translation>Verschlüsselung für ausgehende E-Mails</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The folders whose mail becomes conversations, separated by commas.</source>
        <translation>Die Ordner, deren E-Mails zu Unterhaltungen werden, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>&amp;Beobachten:</translation>
    </message>
    <message>
        <source>&amp;Sent mail goes to:</source>
        <translation>&amp;Gesendete E-Mails nach:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Enter the mailbox's address and both servers.</source>
        <translation>Geben Sie die Adresse des Postfachs und beide Server ein.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Both servers answer, and the login works.</source>
        <translation>Beide Server antworten, und die Anmeldung funktioniert.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Add &amp;email account…</source>
        <translation>&amp;E-Mail-Konto hinzufügen…</translation>
    </message>
</context>
<context>
    <name>kontor::ui::EraseCustomerDialog</name>
    <message>
        <source>this customer</source>
        <translation>diesen Kunden</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) for them not sent yet will be discarded first:</source>
        <translation>
            <numerusform>%n noch nicht gesendete Aktion für ihn wird zuerst verworfen:</numerusform>
            <numerusform>%n noch nicht gesendete Aktionen für ihn werden zuerst verworfen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard these unsent actions</source>
        <translation>Diese nicht gesendeten Aktionen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged copy(ies) of the store set aside earlier hold(s) them too and will be deleted.</source>
        <translation>
            <numerusform>%n früher beiseitegelegte beschädigte Kopie des Speichers enthält ihn ebenfalls und wird gelöscht.</numerusform>
            <numerusform>%n früher beiseitegelegte beschädigte Kopien des Speichers enthalten ihn ebenfalls und werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. It removes them from this computer only: the records your backends keep about them are not changed, and a new message from them brings them back.</source>
        <translation>Das kann nicht rückgängig gemacht werden. Es entfernt ihn nur von diesem Computer: Die Einträge Ihrer Backends über ihn bleiben unverändert, und eine neue Nachricht von ihm bringt ihn zurück.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>This customer is no longer in the store.</source>
        <translation>Dieser Kunde ist nicht mehr im Speicher.</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Dieser Kunde</translation>
    </message>
    <message>
        <source>%1 and everything about them will be erased from this computer: %2, %3, %4 and %5, with their notes, attributes, satisfaction answers, join history, drafts and sent files.</source>
        <translation>%1 und alles über ihn wird von diesem Computer gelöscht: %2, %3, %4 und %5, mit Notizen, Attributen, Zufriedenheitsantworten, Zusammenführungsverlauf, Entwürfen und gesendeten Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies)</source>
        <translation>
            <numerusform>%n Identität</numerusform>
            <numerusform>%n Identitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::InboxPane</name>
    <message>
        <source>Nothing waiting</source>
        <translation>Nichts wartet</translation>
    </message>
    <message>
        <source>Conversations in this view appear here as they arrive.</source>
        <translation>Gespräche dieser Ansicht erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Sort conversations</source>
        <translation>Konversationen sortieren</translation>
    </message>
    <message>
        <source>Newest activity</source>
        <translation>Neueste Aktivität</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>Am längsten wartend</translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation>SLA zuerst fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Nothing in “%1”</source>
        <translation>Nichts in „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Konversation</numerusform>
            <numerusform>%n Konversationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::LanguagePage</name>
    <message>
        <source>The system's language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>Kontor speaks the chosen language from its next start on.</source>
        <translation>Kontor spricht die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>kontor::ui::MainWindow</name>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Konversation</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>K&amp;unde</translation>
    </message>
    <message>
        <source>&amp;Sort the list</source>
        <translation>Liste &amp;sortieren</translation>
    </message>
    <message>
        <source>Get next: you belong to no team, so no queue is yours.</source>
        <translation>Nächste holen: Sie gehören zu keinem Team, daher ist keine Warteschlange Ihre.</translation>
    </message>
    <message>
        <source>Get next: every open conversation of your teams has someone. Nothing waits for you.</source>
        <translation>Nächste holen: Jede offene Unterhaltung Ihrer Teams hat jemanden. Nichts wartet auf Sie.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::MergeCustomerDialog</name>
    <message>
        <source>Merge into %1</source>
        <translation>Mit %1 zusammenführen</translation>
    </message>
    <message>
        <source>Find the customer who is the same person as %1. Their conversations and identities become %1's; you can undo it in the customer panel.</source>
        <translation>Suchen Sie den Kunden, der dieselbe Person ist wie %1. Dessen Gespräche und Identitäten gehen auf %1 über; Sie können das im Kundenbereich rückgängig machen.</translation>
    </message>
    <message>
        <source>Name, email address or phone number</source>
        <translation>Name, E-Mail-Adresse oder Telefonnummer</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Gefundene Kunden</translation>
    </message>
    <message>
        <source>Pick a customer to see what the merge changes.</source>
        <translation>Wählen Sie einen Kunden, um zu sehen, was die Zusammenführung ändert.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Unbekannter Kunde</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Moves %n conversation(s)</source>
        <translation>
            <numerusform>Verschiebt %n Gespräch</numerusform>
            <numerusform>Verschiebt %n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity(s)</source>
        <translation>
            <numerusform>%n Identität</numerusform>
            <numerusform>%n Identitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n Merkmal</numerusform>
            <numerusform>%n Merkmale</numerusform>
        </translation>
    </message>
    <message>
        <source>No backend knows both as contacts: the merge stays in Kontor.</source>
        <translation>Kein Backend kennt beide als Kontakte: Die Zusammenführung bleibt in Kontor.</translation>
    </message>
    <message>
        <source>%1 will be asked to merge its contacts too; that cannot be undone there.</source>
        <translation>%1 wird gebeten, die Kontakte ebenfalls zusammenzuführen; dort lässt sich das nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::MessageSourceDialog</name>
    <message>
        <source>Message source</source>
        <translation>Quelltext der Nachricht</translation>
    </message>
</context>
<context>
    <name>kontor::ui::NavigationPane</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;Delete saved filter “%1”</source>
        <translation>Gespeicherten Filter „%1“ &amp;löschen</translation>
    </message>
</context>
<context>
    <name>kontor::ui::NotificationsPage</name>
    <message>
        <source>Silenced inboxes</source>
        <translation>Stummgeschaltete Posteingänge</translation>
    </message>
    <message>
        <source>&amp;Silence these inboxes: their conversations raise no notification (they still count as unread):</source>
        <translation>Diese Posteingänge &amp;stummschalten: Ihre Gespräche lösen keine Benachrichtigung aus (sie zählen weiter als ungelesen):</translation>
    </message>
</context>
<context>
    <name>kontor::ui::OutboxDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>Gespräch ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Unfinished actions</source>
        <translation>Unerledigte Aktionen</translation>
    </message>
    <message>
        <source>Details of the selected action</source>
        <translation>Details der gewählten Aktion</translation>
    </message>
    <message>
        <source>Send the selected action again now</source>
        <translation>Die gewählte Aktion jetzt erneut senden</translation>
    </message>
    <message>
        <source>Give up the selected action; asks first</source>
        <translation>Die gewählte Aktion aufgeben; fragt vorher</translation>
    </message>
    <message>
        <source>Show the conversation of the selected action</source>
        <translation>Das Gespräch der gewählten Aktion zeigen</translation>
    </message>
    <message>
        <source>Everything you did has reached its backend.</source>
        <translation>Alles, was Sie getan haben, hat sein Backend erreicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n Aktion wartet auf das Senden.</numerusform>
            <numerusform>%n Aktionen warten auf das Senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask the backend once more whether the selected action arrived</source>
        <translation>Das Backend noch einmal fragen, ob die gewählte Aktion angekommen ist</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) need you: the backend refused them, or nobody could find out whether they arrived. Decide for each.</source>
        <translation>
            <numerusform>%n Aktion braucht Ihre Entscheidung: Das Backend hat sie abgelehnt, oder niemand konnte herausfinden, ob sie angekommen ist. Entscheiden Sie, was damit geschehen soll.</numerusform>
            <numerusform>%n Aktionen brauchen Ihre Entscheidung: Das Backend hat sie abgelehnt, oder niemand konnte herausfinden, ob sie angekommen sind. Entscheiden Sie für jede einzeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send again…</source>
        <translation>&amp;Erneut senden…</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>Kontor could not find out whether this arrived. If it did, sending it again means it arrives twice.

Send it again anyway?</source>
        <translation>Kontor konnte nicht herausfinden, ob dies angekommen ist. Falls ja, kommt es durch erneutes Senden doppelt an.

Trotzdem erneut senden?</translation>
    </message>
</context>
<context>
    <name>kontor::ui::OutboxDiscard</name>
    <message>
        <source>Discard this action?</source>
        <translation>Diese Aktion verwerfen?</translation>
    </message>
    <message>
        <source>Discard “%1”?</source>
        <translation>„%1“ verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>It could not be discarded: it is being sent right now.</source>
        <translation>Sie konnte nicht verworfen werden: Sie wird gerade gesendet.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SavedFilterDialog</name>
    <message>
        <source>Save a filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name of the filter</source>
        <translation>Name des Filters</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Everyone's</source>
        <translation>Von allen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Mentioning me</source>
        <translation>Mit Erwähnung von mir</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>Wessen Unterhaltungen</translation>
    </message>
    <message>
        <source>&amp;Conversations:</source>
        <translation>&amp;Unterhaltungen:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Beliebiger Kanal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Any inbox</source>
        <translation>Beliebiger Posteingang</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>&amp;Inbox:</source>
        <translation>&amp;Posteingang:</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>Beliebiges Team</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Beliebiges Label</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search customers, conversations and messages</source>
        <translation>Kunden, Konversationen und Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>↑↓ to move · Enter to open · Esc to close</source>
        <translation>↑↓ zum Bewegen · Eingabe zum Öffnen · Esc zum Schließen</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Nichts gefunden für „%1“</translation>
    </message>
    <message>
        <source>Nothing found for “%1” with these filters</source>
        <translation>Nichts gefunden für „%1“ mit diesen Filtern</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SearchFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Any inbox</source>
        <translation>Alle Posteingänge</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SearchResultDelegate</name>
    <message>
        <source>Note by %1</source>
        <translation>Notiz von %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Kontor works with several accounts at once; their conversations meet in one inbox. Add an account, sign in to one again, or remove one with what it brought, the demo contact center included.</source>
        <translation>Kontor arbeitet mit mehreren Konten zugleich; ihre Gespräche treffen sich in einem Posteingang. Fügen Sie ein Konto hinzu, melden Sie sich erneut bei einem an oder entfernen Sie eines mit allem, was es gebracht hat, das Demo-Kontaktcenter eingeschlossen.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Every action of Kontor can have a keyboard shortcut of your choice. The command palette finds any action by its name.</source>
        <translation>Jede Aktion von Kontor kann ein Tastenkürzel Ihrer Wahl haben. Die Befehlspalette findet jede Aktion über ihren Namen.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Your availability</source>
        <translation>Ihre Verfügbarkeit</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Change them in Help → %1.</source>
        <translation>Ändern Sie sie unter Hilfe → %1.</translation>
    </message>
    <message>
        <source>Change them in Help → %1 (%2).</source>
        <translation>Ändern Sie sie unter Hilfe → %1 (%2).</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SignInAgainButton</name>
    <message>
        <source>Sign in to %1 again…</source>
        <translation>Erneut bei %1 anmelden …</translation>
    </message>
    <message>
        <source>The server no longer accepts Kontor's sign-in for %1. Its outbox waits until you sign in again.</source>
        <translation>Der Server akzeptiert Kontors Anmeldung für %1 nicht mehr. Der Postausgang wartet, bis Sie sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SnoozeUntilDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <source>Snooze &amp;until:</source>
        <translation>Zurückstellen &amp;bis:</translation>
    </message>
    <message>
        <source>Choose a moment in the future.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::StoreKeyChoiceDialog</name>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Kontor keeps its local store encrypted, with the key in the system keychain, but the keychain cannot be used now.</source>
        <translation>Kontor hält seinen lokalen Speicher verschlüsselt, mit dem Schlüssel im Schlüsselbund des Systems, aber der Schlüsselbund ist gerade nicht verfügbar.</translation>
    </message>
    <message>
        <source>The store is encrypted and opens only with its key: start or unlock the keychain (GNOME Keyring, KWallet or KeePassXC), then choose Try Again.</source>
        <translation>Der Speicher ist verschlüsselt und öffnet sich nur mit seinem Schlüssel: Starten oder entsperren Sie den Schlüsselbund (GNOME Keyring, KWallet oder KeePassXC) und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Start or unlock the keychain (GNOME Keyring, KWallet or KeePassXC), then choose Try Again. Or keep working with an unencrypted store: anyone who gets hold of this computer's files can then read your customers' conversations. Kontor shows a warning while it runs so, and encrypts the store at a later start once the keychain answers.</source>
        <translation>Starten oder entsperren Sie den Schlüsselbund (GNOME Keyring, KWallet oder KeePassXC) und wählen Sie dann „Erneut versuchen“. Oder arbeiten Sie mit einem unverschlüsselten Speicher weiter: Wer an die Dateien dieses Computers gelangt, kann dann die Gespräche Ihrer Kunden lesen. Kontor zeigt dabei eine Warnung und verschlüsselt den Speicher bei einem späteren Start, sobald der Schlüsselbund antwortet.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Continue Unencrypted</source>
        <translation>Unverschlüsselt fortfahren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SupervisorView</name>
    <message>
        <source>Supervisor view</source>
        <translation>Teamleitungsansicht</translation>
    </message>
    <message>
        <source>Live queues</source>
        <translation>Live-Warteschlangen</translation>
    </message>
    <message>
        <source>By inbox</source>
        <translation>Nach Posteingang</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Nach Kanal</translation>
    </message>
    <message>
        <source>Group queues</source>
        <translation>Warteschlangen gruppieren</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Waiting conversations</source>
        <translation>Wartende Gespräche</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Zuweisen an …</translation>
    </message>
    <message>
        <source>&amp;Priority…</source>
        <translation>&amp;Priorität …</translation>
    </message>
    <message>
        <source>Open conversations, longest waiting first</source>
        <translation>Offene Gespräche, am längsten wartende zuerst</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Durchschnittliche Antwortzeit</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Erste Antwort (Median)</translation>
    </message>
    <message>
        <source>Resolved today</source>
        <translation>Heute gelöst</translation>
    </message>
    <message>
        <source>Past SLA</source>
        <translation>SLA überschritten</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>answered within %1 s</source>
        <translation>innerhalb von %1 s beantwortet</translation>
    </message>
    <message>
        <source>of %1 open</source>
        <translation>von %1 offenen</translation>
    </message>
    <message>
        <source>within %1: %2</source>
        <translation>innerhalb %1: %2</translation>
    </message>
    <message>
        <source>abandoned: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source>resolved first time: %1</source>
        <translation>beim ersten Kontakt gelöst: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 (%2, %3 open)</source>
        <translation>%1 (%2, %3 offen)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Schwellenwerte …</translation>
    </message>
    <message>
        <source>Kontor — Supervisor</source>
        <translation>Kontor — Supervisor</translation>
    </message>
    <message>
        <source>Show the hours as a &amp;table</source>
        <translation>Stunden als &amp;Tabelle zeigen</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ThresholdsDialog</name>
    <message>
        <source>Wallboard thresholds</source>
        <translation>Schwellenwerte der Übersichtstafel</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Service level: answered within</source>
        <translation>Servicelevel: beantwortet innerhalb von</translation>
    </message>
    <message>
        <source>Service level below (%)</source>
        <translation>Servicelevel unter (%)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Waiting contacts above</source>
        <translation>Wartende Kontakte über</translation>
    </message>
    <message>
        <source>Longest wait above</source>
        <translation>Längste Wartezeit über</translation>
    </message>
    <message>
        <source>Average speed of answer above</source>
        <translation>Durchschnittliche Antwortzeit über</translation>
    </message>
    <message>
        <source>Contacts past SLA above</source>
        <translation>Kontakte über SLA mehr als</translation>
    </message>
    <message>
        <source>CSAT below (%)</source>
        <translation>CSAT unter (%)</translation>
    </message>
    <message>
        <source>Each figure turns amber past the first value and red past the second.</source>
        <translation>Jede Zahl wird ab dem ersten Wert gelb und ab dem zweiten rot.</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rot</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TimelineDelegate</name>
    <message>
        <source>○ Queued</source>
        <translation>○ Vorgemerkt</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Gesendet</translation>
    </message>
    <message>
        <source>✓✓ Delivered</source>
        <translation>✓✓ Zugestellt</translation>
    </message>
    <message>
        <source>✓✓ Read</source>
        <translation>✓✓ Gelesen</translation>
    </message>
    <message>
        <source>⚠ Not delivered</source>
        <translation>⚠ Nicht zugestellt</translation>
    </message>
    <message>
        <source>Load remote content</source>
        <translation>Externe Inhalte laden</translation>
    </message>
    <message>
        <source>View source</source>
        <translation>Quelltext anzeigen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Switched from %1 to %2</source>
        <translation>Von %1 zu %2 gewechselt</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Remote content cannot be loaded in this workspace</source>
        <translation>Externe Inhalte können in diesem Arbeitsbereich nicht geladen werden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Too long to show in full</source>
        <translation>Zu lang, um vollständig angezeigt zu werden</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles anzeigen</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TimelineView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>View &amp;source</source>
        <translation>&amp;Quelltext anzeigen</translation>
    </message>
    <message>
        <source>&amp;Load remote content</source>
        <translation>Externe Inhalte &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Retry sending</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>„%1“ öffnen</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alles anzeigen</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TrayNotifier</name>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <translation>Ihnen zugewiesen: %1</translation>
    </message>
    <message>
        <source>You were mentioned about %1</source>
        <translation>Sie wurden erwähnt: %1</translation>
    </message>
    <message>
        <source>%1 replied</source>
        <translation>%1 hat geantwortet</translation>
    </message>
    <message>
        <source>New in your queue: %1</source>
        <translation>Neu in Ihrer Warteschlange: %1</translation>
    </message>
    <message>
        <source>SLA about to break: %1</source>
        <translation>SLA läuft bald ab: %1</translation>
    </message>
    <message>
        <source>SLA broken: %1</source>
        <translation>SLA verletzt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) with unread messages</source>
        <translation>
            <numerusform>%n Gespräch mit ungelesenen Nachrichten</numerusform>
            <numerusform>%n Gespräche mit ungelesenen Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>Keine ungelesenen Nachrichten</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TrendChart</name>
    <message>
        <source>Contacts and service level by hour</source>
        <translation>Kontakte und Servicelevel je Stunde</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No contacts yet today.</source>
        <translation>Heute noch keine Kontakte.</translation>
    </message>
    <message>
        <source>%1 hours: %2 contacts offered, %3 answered. The table below has every hour.</source>
        <translation>%1 Stunden: %2 Kontakte angeboten, %3 beantwortet. Die Tabelle darunter zeigt jede Stunde.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WallboardTile</name>
    <message>
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WelcomeDialog</name>
    <message>
        <source>&amp;Explore the demo contact center</source>
        <translation>Das Demo-Kontaktcenter &amp;erkunden</translation>
    </message>
    <message>
        <source>&amp;Connect a Chatwoot account</source>
        <translation>Ein Chatwoot-Konto &amp;verbinden</translation>
    </message>
    <message>
        <source>Welcome to Kontor</source>
        <translation>Willkommen bei Kontor</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Kontor&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Kontor&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every customer conversation of every channel and account in one inbox, and every customer as one person. How do you want to begin?</source>
        <translation>Jedes Kundengespräch aus jedem Kanal und Konto in einem Posteingang, und jeder Kunde als eine Person. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>A simulated contact center with customers, colleagues and live traffic on every channel, with no server needed. You can remove it with its data under Accounts at any time.</source>
        <translation>Ein simuliertes Kontaktcenter mit Kunden, Kollegen und Live-Verkehr auf jedem Kanal, ganz ohne Server. Sie können es jederzeit unter Konten mit seinen Daten entfernen.</translation>
    </message>
    <message>
        <source>Work on your team's conversations: sign in to your Chatwoot server. More accounts can be added later under Accounts.</source>
        <translation>Arbeiten Sie an den Gesprächen Ihres Teams: Melden Sie sich bei Ihrem Chatwoot-Server an. Weitere Konten können später unter Konten hinzugefügt werden.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WorkspaceActions</name>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Nächste Konversation</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Vorige Konversation</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>Konversation ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>Zurück zur &amp;Liste</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Interne &amp;Notiz</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>S&amp;enden</translation>
    </message>
    <message>
        <source>R&amp;esolve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen …</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>Zurück&amp;stellen …</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>&amp;Labels …</translation>
    </message>
    <message>
        <source>&amp;Priority…</source>
        <translation>&amp;Priorität …</translation>
    </message>
    <message>
        <source>All &amp;channels of the customer</source>
        <translation>Alle &amp;Kanäle des Kunden</translation>
    </message>
    <message>
        <source>Select &amp;all in the list</source>
        <translation>&amp;Alle in der Liste auswählen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Save view as &amp;filter…</source>
        <translation>Ansicht als &amp;Filter speichern …</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Sichtung</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postausgang…</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Go to &amp;Mine</source>
        <translation>Zu &amp;Meinen</translation>
    </message>
    <message>
        <source>Go to &amp;Unassigned</source>
        <translation>Zu &amp;Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Go to &amp;All open</source>
        <translation>Zu &amp;Alle offenen</translation>
    </message>
    <message>
        <source>Go to M&amp;entions</source>
        <translation>Zu &amp;Erwähnungen</translation>
    </message>
    <message>
        <source>Go to Sn&amp;oozed</source>
        <translation>Zu &amp;Zurückgestellt</translation>
    </message>
    <message>
        <source>Go to &amp;Resolved</source>
        <translation>Zu &amp;Erledigt</translation>
    </message>
    <message>
        <source>Sort by newest &amp;activity</source>
        <translation>Nach neuester &amp;Aktivität sortieren</translation>
    </message>
    <message>
        <source>Sort by &amp;waiting longest</source>
        <translation>Nach längster &amp;Wartezeit sortieren</translation>
    </message>
    <message>
        <source>Sort by SLA &amp;due first</source>
        <translation>Nach &amp;fälligem SLA sortieren</translation>
    </message>
    <message>
        <source>Sort by &amp;priority</source>
        <translation>Nach &amp;Priorität sortieren</translation>
    </message>
    <message>
        <source>&amp;Merge the customer with…</source>
        <translation>Kunden &amp;zusammenführen mit …</translation>
    </message>
    <message>
        <source>&amp;Edit the customer…</source>
        <translation>Kunden &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Split an identity off the customer…</source>
        <translation>Identität vom Kunden &amp;abtrennen …</translation>
    </message>
    <message>
        <source>&amp;Erase customer from this computer…</source>
        <translation>Kunden von diesem Computer &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Customer panel</source>
        <translation>&amp;Kundenbereich</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Befehlspalette …</translation>
    </message>
    <message>
        <source>Configure S&amp;hortcuts…</source>
        <translation>&amp;Tastenkürzel festlegen …</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>Über &amp;Kontor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Get next conversation</source>
        <translation>&amp;Nächste Unterhaltung holen</translation>
    </message>
    <message>
        <source>Mark as pe&amp;nding</source>
        <translation>Als wa&amp;rtend markieren</translation>
    </message>
    <message>
        <source>Move to &amp;team…</source>
        <translation>In &amp;Team verschieben…</translation>
    </message>
    <message>
        <source>Set my status: &amp;Online</source>
        <translation>Mein Status: &amp;Online</translation>
    </message>
    <message>
        <source>Set my status: &amp;Busy</source>
        <translation>Mein Status: &amp;Beschäftigt</translation>
    </message>
    <message>
        <source>Set my status: A&amp;way</source>
        <translation>Mein Status: A&amp;bwesend</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WorkspaceStatusBar</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>No connection configured</source>
        <translation>Keine Verbindung eingerichtet</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Postausgang leer</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to send</source>
        <translation>
            <numerusform>%n Aktion wartet auf Versand</numerusform>
            <numerusform>%n Aktionen warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisation</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <source>Stop using the network: keep working, and send everything when you go online again</source>
        <translation>Das Netz nicht mehr nutzen: weiterarbeiten und alles senden, sobald Sie wieder online sind</translation>
    </message>
    <message>
        <source>Show what waits to be sent and what failed</source>
        <translation>Zeigen, was auf das Senden wartet und was fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Store not encrypted</source>
        <translation>Speicher nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Kontor's local store is not encrypted: anyone with this computer's files can read it. Kontor encrypts it at the next start once the system keychain answers.</source>
        <translation>Der lokale Speicher von Kontor ist nicht verschlüsselt: Wer die Dateien dieses Computers hat, kann ihn lesen. Kontor verschlüsselt ihn beim nächsten Start, sobald der Schlüsselbund des Systems antwortet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor cannot start</source>
        <translation>Kontor kann nicht starten</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Kontor found damage in its local store. Restart Kontor to repair it: the damaged store is set aside and your conversations are fetched again.</source>
        <translation>Kontor hat Schäden in seinem lokalen Speicher gefunden. Starten Sie Kontor neu, um ihn zu reparieren: Der beschädigte Speicher wird beiseitegelegt, und Ihre Gespräche werden erneut abgerufen.</translation>
    </message>
    <message>
        <source>Kontor's local store is encrypted: it opens only with its key from the system keychain. Start Kontor without --unencrypted-store.</source>
        <translation>Der lokale Speicher von Kontor ist verschlüsselt: Er öffnet sich nur mit seinem Schlüssel aus dem Schlüsselbund des Systems. Starten Sie Kontor ohne --unencrypted-store.</translation>
    </message>
    <message>
        <source>The store was left unchanged: restore the key in the keychain, then choose Retry.</source>
        <translation>Der Speicher blieb unverändert: Stellen Sie den Schlüssel im Schlüsselbund wieder her und wählen Sie dann „Wiederholen“.</translation>
    </message>
</context>
</TS>
