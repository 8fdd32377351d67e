<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
    <context>
        <name>Channel</name>
        <message>
            <source>Email</source>
            <translation>E-mail</translation>
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
            <translation>Kontor: ét arbejdsområde til alle kundesamtaler.</translation>
        </message>
        <message>
            <source>Use this interface language instead of the system's: en, de, da.</source>
            <translation>Brug dette grænsefladesprog i stedet for systemets: en, de, da.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>kode</translation>
        </message>
        <message>
            <source>Use a light or dark look instead of the system's.</source>
            <translation>Brug et lyst eller mørkt udseende i stedet for systemets.</translation>
        </message>
        <message>
            <source>light|dark</source>
            <translation>light|dark</translation>
        </message>
        <message>
            <source>Unknown language "%1". Available: en, %2.</source>
            <translation>Ukendt sprog "%1". Tilgængelige: en, %2.</translation>
        </message>
        <message>
            <source>Unknown color scheme "%1". Use light or dark.</source>
            <translation>Ukendt farveskema "%1". Brug light eller dark.</translation>
        </message>
    </context>
    <context>
        <name>ConversationStatus</name>
        <message>
            <source>Open</source>
            <translation>Åben</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Afventer</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>Udsat</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Løst</translation>
        </message>
    </context>
    <context>
        <name>DeliveryState</name>
        <message>
            <source>Queued</source>
            <translation>I kø</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Leveret</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Læst</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Mislykkedes</translation>
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
            <translation>Optaget</translation>
        </message>
        <message>
            <source>Away</source>
            <translation>Væk</translation>
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
            <translation>Ingen prioritet</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Lav</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Middel</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Høj</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Haster</translation>
        </message>
    </context>
    <context>
        <name>kontor::ui::ConversationPane</name>
        <message>
            <source>No conversation open</source>
            <translation>Ingen samtale åben</translation>
        </message>
        <message>
            <source>Pick a conversation from the list, or press J and K to move through it.</source>
            <translation>Vælg en samtale på listen, eller gå gennem den med J og K.</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Samtale</translation>
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
            <translation>Hvem du taler med, på alle kanaler personen bruger.</translation>
        </message>
    </context>
    <context>
        <name>kontor::ui::InboxPane</name>
        <message>
            <source>Nothing waiting</source>
            <translation>Intet venter</translation>
        </message>
        <message>
            <source>Conversations in this view appear here as they arrive.</source>
            <translation>Samtaler i denne visning vises her, når de ankommer.</translation>
        </message>
        <message>
            <source>Filter conversations</source>
            <translation>Filtrér samtaler</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Samtaler</translation>
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
            <translation>Mine</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>&amp;Customer panel</source>
            <translation>&amp;Kundepanel</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <source>&amp;About Kontor</source>
            <translation>&amp;Om Kontor</translation>
        </message>
        <message>
            <source>About Kontor</source>
            <translation>Om Kontor</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;One workspace for every customer conversation, on every channel, online or offline.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kontor %1&lt;/h3&gt;&lt;p&gt;Ét arbejdsområde til alle kundesamtaler, på alle kanaler, online og offline.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>kontor::ui::NavigationPane</name>
        <message>
            <source>Views</source>
            <translation>Visninger</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Samtaler</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Ikke tildelt</translation>
        </message>
        <message>
            <source>All open</source>
            <translation>Alle åbne</translation>
        </message>
        <message>
            <source>Mentions</source>
            <translation>Omtaler</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>Udsat</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Løst</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanaler</translation>
        </message>
    </context>
    <context>
        <name>kontor::ui::WorkspaceStatusBar</name>
        <message>
            <source>Connections</source>
            <translation>Forbindelser</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Udbakke</translation>
        </message>
        <message>
            <source>No connection configured</source>
            <translation>Ingen forbindelse opsat</translation>
        </message>
        <message>
            <source>Outbox empty</source>
            <translation>Udbakken er tom</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) waiting to send</source>
            <translation>
                <numerusform>%n handling venter på at blive sendt</numerusform>
                <numerusform>%n handlinger venter på at blive sendt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <translation>
                <numerusform>%n mislykkedes</numerusform>
                <numerusform>%n mislykkedes</numerusform>
            </translation>
        </message>
    </context>
</TS>
