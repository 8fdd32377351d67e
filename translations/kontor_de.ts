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
