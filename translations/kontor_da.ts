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
        <name>ConnectorState</name>
        <message>
            <source>%1: connecting…</source>
            <translation>%1: forbinder …</translation>
        </message>
        <message>
            <source>%1: syncing %2 of %3</source>
            <translation>%1: synkroniserer %2 af %3</translation>
        </message>
        <message>
            <source>%1: syncing, %2 so far</source>
            <translation>%1: synkroniserer, %2 indtil nu</translation>
        </message>
        <message>
            <source>%1: online</source>
            <translation>%1: online</translation>
        </message>
        <message>
            <source>%1: offline since %2</source>
            <translation>%1: offline siden %2</translation>
        </message>
        <message>
            <source>%1: working offline</source>
            <translation>%1: arbejder offline</translation>
        </message>
        <message>
            <source>%1: sign in again</source>
            <translation>%1: log ind igen</translation>
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
        <name>IdentityRejection</name>
        <message>
            <source>Nothing was given.</source>
            <translation>Der blev ikke angivet noget.</translation>
        </message>
        <message>
            <source>The value is too long.</source>
            <translation>Værdien er for lang.</translation>
        </message>
        <message>
            <source>The value contains control characters.</source>
            <translation>Værdien indeholder kontroltegn.</translation>
        </message>
        <message>
            <source>An email address needs an @ between the name and the domain.</source>
            <translation>En e-mailadresse skal have et @ mellem navn og domæne.</translation>
        </message>
        <message>
            <source>An email address may contain only one @.</source>
            <translation>En e-mailadresse må kun indeholde ét @.</translation>
        </message>
        <message>
            <source>The part of the email address before the @ is empty.</source>
            <translation>Delen af e-mailadressen før @ er tom.</translation>
        </message>
        <message>
            <source>The domain after the @ is empty.</source>
            <translation>Domænet efter @ er tomt.</translation>
        </message>
        <message>
            <source>An email address cannot contain spaces.</source>
            <translation>En e-mailadresse må ikke indeholde mellemrum.</translation>
        </message>
        <message>
            <source>The part before the @ contains a character that is not allowed in an email address.</source>
            <translation>Delen før @ indeholder et tegn, der ikke er tilladt i en e-mailadresse.</translation>
        </message>
        <message>
            <source>An email address cannot contain two dots in a row.</source>
            <translation>En e-mailadresse må ikke indeholde to punktummer i træk.</translation>
        </message>
        <message>
            <source>The part before the @ cannot begin or end with a dot.</source>
            <translation>Delen før @ må ikke begynde eller slutte med et punktum.</translation>
        </message>
        <message>
            <source>The part before the @ is longer than 64 characters.</source>
            <translation>Delen før @ er længere end 64 tegn.</translation>
        </message>
        <message>
            <source>The email address is longer than 254 characters.</source>
            <translation>E-mailadressen er længere end 254 tegn.</translation>
        </message>
        <message>
            <source>Addresses at an IP address instead of a domain name are not accepted.</source>
            <translation>Adresser med en IP-adresse i stedet for et domænenavn accepteres ikke.</translation>
        </message>
        <message>
            <source>The domain has no dot; a public domain such as example.com is needed.</source>
            <translation>Domænet har intet punktum; der kræves et offentligt domæne som example.com.</translation>
        </message>
        <message>
            <source>The domain after the @ is not a valid domain name.</source>
            <translation>Domænet efter @ er ikke et gyldigt domænenavn.</translation>
        </message>
        <message>
            <source>A part of the domain between two dots is longer than 63 characters.</source>
            <translation>En del af domænet mellem to punktummer er længere end 63 tegn.</translation>
        </message>
        <message>
            <source>A phone number cannot contain letters.</source>
            <translation>Et telefonnummer må ikke indeholde bogstaver.</translation>
        </message>
        <message>
            <source>This does not look like a phone number.</source>
            <translation>Dette ligner ikke et telefonnummer.</translation>
        </message>
        <message>
            <source>The number has no country code and no default region is set; write it with + and the country code.</source>
            <translation>Nummeret har ingen landekode, og der er ikke angivet en standardregion; skriv det med + og landekoden.</translation>
        </message>
        <message>
            <source>The country code of the phone number does not exist.</source>
            <translation>Telefonnummerets landekode findes ikke.</translation>
        </message>
        <message>
            <source>The phone number is too short.</source>
            <translation>Telefonnummeret er for kort.</translation>
        </message>
        <message>
            <source>The phone number is too long.</source>
            <translation>Telefonnummeret er for langt.</translation>
        </message>
        <message>
            <source>No phone number in its country has this many digits.</source>
            <translation>Intet telefonnummer i landet har så mange cifre.</translation>
        </message>
        <message>
            <source>The number can only be dialled locally; the area code is missing.</source>
            <translation>Nummeret kan kun ringes op lokalt; områdekoden mangler.</translation>
        </message>
        <message>
            <source>This is a WhatsApp group, not a person.</source>
            <translation>Dette er en WhatsApp-gruppe, ikke en person.</translation>
        </message>
        <message>
            <source>This channel has no handles; its people are known by email address or phone number.</source>
            <translation>Denne kanal har ingen brugernavne; personer kendes på e-mailadresse eller telefonnummer.</translation>
        </message>
        <message>
            <source>The handle contains characters that the platform does not allow.</source>
            <translation>Brugernavnet indeholder tegn, som platformen ikke tillader.</translation>
        </message>
        <message>
            <source>The handle is shorter than the platform allows.</source>
            <translation>Brugernavnet er kortere, end platformen tillader.</translation>
        </message>
        <message>
            <source>The handle is longer than the platform allows.</source>
            <translation>Brugernavnet er længere, end platformen tillader.</translation>
        </message>
        <message>
            <source>The handle must begin with a letter.</source>
            <translation>Brugernavnet skal begynde med et bogstav.</translation>
        </message>
        <message>
            <source>The handle has a dot or underscore at a place where the platform does not allow one.</source>
            <translation>Brugernavnet har et punktum eller en understregning et sted, hvor platformen ikke tillader det.</translation>
        </message>
        <message>
            <source>This platform identifies people by a numeric id; this is not one.</source>
            <translation>Denne platform identificerer personer med et numerisk id; dette er ikke et.</translation>
        </message>
        <message>
            <source>The contact id has no account that it belongs to.</source>
            <translation>Kontakt-id'et hører ikke til nogen konto.</translation>
        </message>
    </context>
    <context>
        <name>PhoneFormatter</name>
        <message>
            <source>%1 ext. %2</source>
            <translation>%1 lokal %2</translation>
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
