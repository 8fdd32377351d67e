<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
            <source>Filter conversations</source>
            <translation>Gespräche filtern</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Gespräche</translation>
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
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Customer panel</source>
            <translation>&amp;Kundenbereich</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Kontor</source>
            <translation>Ü&amp;ber Kontor</translation>
        </message>
        <message>
            <source>About Kontor</source>
            <translation>Über Kontor</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;One workspace for every customer conversation, on every channel, online or offline.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;Ein Arbeitsplatz für jedes Kundengespräch, auf jedem Kanal, online wie offline.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>kontor::ui::NavigationPane</name>
        <message>
            <source>Views</source>
            <translation>Ansichten</translation>
        </message>
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
    </context>
</TS>
