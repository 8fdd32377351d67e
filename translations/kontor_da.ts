<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AboutKontor</name>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>One workspace for every customer conversation, on every channel, online or offline.</source>
        <translation>Ét arbejdsområde til enhver kundesamtale, på enhver kanal, online eller offline.</translation>
    </message>
    <message>
        <source>© 2026 The Kontor developers</source>
        <translation>© 2026 Kontor-udviklerne</translation>
    </message>
    <message>
        <source>The Kontor developers</source>
        <translation>Kontor-udviklerne</translation>
    </message>
</context>
<context>
    <name>AccessibleText</name>
    <message>
        <source>snoozed until %1</source>
        <translation>udsat til %1</translation>
    </message>
    <message>
        <source>snoozed until the customer replies</source>
        <translation>udsat, til kunden svarer</translation>
    </message>
    <message>
        <source>SLA broken %1 ago</source>
        <translation>SLA brudt for %1 siden</translation>
    </message>
    <message>
        <source>SLA about to break, due in %1</source>
        <translation>SLA er ved at blive brudt, forfalder om %1</translation>
    </message>
    <message>
        <source>SLA due in %1</source>
        <translation>SLA forfalder om %1</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>venter %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>Svar fra %1</translation>
    </message>
    <message>
        <source>Internal note by %1</source>
        <translation>Intern note fra %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Ukendt kunde</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ulæst</numerusform><numerusform>%n ulæste</numerusform></translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>seneste aktivitet %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioritet %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>ikke tildelt</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>tildelt %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>ikke leveret</translation>
    </message>
    <message>
        <source>not delivered: %1</source>
        <translation>ikke leveret: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n vedhæftet fil</numerusform><numerusform>%n vedhæftede filer</numerusform></translation>
    </message>
</context>
<context>
    <name>AccountsEntry</name>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konti</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Add &amp;Chatwoot account…</source>
        <translation>Tilføj &amp;Chatwoot-konto …</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Administrer konti …</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Log ind igen …</translation>
    </message>
    <message>
        <source>Explore the &amp;demo contact center</source>
        <translation>Udforsk &amp;demo-kontaktcentret</translation>
    </message>
</context>
<context>
    <name>ActionMenus</name>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Tildel til &amp;mig</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Fjern tildeling</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenter</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 open)</source>
        <translation>%1 (%2 af %3 åbne)</translation>
    </message>
    <message>
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 åbne)</translation>
    </message>
    <message>
        <source>&amp;New label…</source>
        <translation>&amp;Ny etiket …</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Ny etiket</translation>
    </message>
    <message>
        <source>Label name:</source>
        <translation>Etikettens navn:</translation>
    </message>
    <message>
        <source>Until a &amp;date and time…</source>
        <translation>Til et &amp;tidspunkt…</translation>
    </message>
    <message>
        <source>Mark as &amp;pending</source>
        <translation>Markér som &amp;afventende</translation>
    </message>
    <message>
        <source>Set aside without a time: waiting on something outside the conversation</source>
        <translation>Læg til side uden tidspunkt: venter på noget uden for samtalen</translation>
    </message>
    <message>
        <source>&amp;No team</source>
        <translation>&amp;Intet team</translation>
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
    <name>ChatwootConnector</name>
    <message>
        <source>The server sent an empty response.</source>
        <translation>Serveren sendte et tomt svar.</translation>
    </message>
    <message>
        <source>The server sent malformed data (%1 at byte %2).</source>
        <translation>Serveren sendte fejlbehæftede data (%1 ved byte %2).</translation>
    </message>
    <message>
        <source>Chatwoot sent something other than the expected list.</source>
        <translation>Chatwoot sendte noget andet end den forventede liste.</translation>
    </message>
    <message>
        <source>Chatwoot sent something other than the expected record.</source>
        <translation>Chatwoot sendte noget andet end den forventede post.</translation>
    </message>
    <message>
        <source>The server answered, but not like a Chatwoot server does.</source>
        <translation>Serveren svarede, men ikke som en Chatwoot-server gør.</translation>
    </message>
    <message>
        <source>Chatwoot cannot carry out this kind of action.</source>
        <translation>Chatwoot kan ikke udføre denne slags handling.</translation>
    </message>
    <message>
        <source>This Chatwoot user no longer belongs to the account %1.</source>
        <translation>Denne Chatwoot-bruger hører ikke længere til kontoen %1.</translation>
    </message>
    <message>
        <source>Chatwoot did not accept the sign-in; please sign in again.</source>
        <translation>Chatwoot accepterede ikke login; log venligst ind igen.</translation>
    </message>
    <message>
        <source>Your Chatwoot role does not allow this.</source>
        <translation>Din Chatwoot-rolle tillader ikke dette.</translation>
    </message>
    <message>
        <source>Chatwoot no longer has this item; it may have been deleted.</source>
        <translation>Chatwoot har ikke længere dette element; det er måske blevet slettet.</translation>
    </message>
    <message>
        <source>Chatwoot refused the change.</source>
        <translation>Chatwoot afviste ændringen.</translation>
    </message>
    <message>
        <source>Chatwoot refused the change: %1</source>
        <translation>Chatwoot afviste ændringen: %1</translation>
    </message>
    <message>
        <source>Chatwoot asks to slow down; trying again shortly.</source>
        <translation>Chatwoot beder om færre forespørgsler; prøver igen om lidt.</translation>
    </message>
    <message>
        <source>Chatwoot had a server error (HTTP %1); trying again later.</source>
        <translation>Chatwoot havde en serverfejl (HTTP %1); prøver igen senere.</translation>
    </message>
    <message>
        <source>Chatwoot answered with HTTP %1.</source>
        <translation>Chatwoot svarede med HTTP %1.</translation>
    </message>
    <message>
        <source>Chatwoot did not answer in time.</source>
        <translation>Chatwoot svarede ikke i tide.</translation>
    </message>
    <message>
        <source>The server address could not be found. Check the URL.</source>
        <translation>Serveradressen blev ikke fundet. Kontrollér URL’en.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the URL and the port.</source>
        <translation>Serveren afviste forbindelsen. Kontrollér URL og port.</translation>
    </message>
    <message>
        <source>The connection to Chatwoot broke off.</source>
        <translation>Forbindelsen til Chatwoot blev afbrudt.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified, so the connection was not made.</source>
        <translation>Serverens certifikat kunne ikke verificeres, så forbindelsen blev ikke oprettet.</translation>
    </message>
    <message>
        <source>Chatwoot sent data that could not be read.</source>
        <translation>Chatwoot sendte data, der ikke kunne læses.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Forespørgslen blev annulleret.</translation>
    </message>
    <message>
        <source>The attached file “%1” is no longer there.</source>
        <translation>Den vedhæftede fil “%1” findes ikke længere.</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>systemets nøglering svarede ikke</translation>
    </message>
    <message>
        <source>This Chatwoot account has no inbox for that channel.</source>
        <translation>Denne Chatwoot-konto har ingen indbakke til den kanal.</translation>
    </message>
    <message>
        <source>The answer to this message was lost, and this channel does not let Kontor check whether it arrived. Look at the conversation in Chatwoot, then send it again or discard it.</source>
        <translation>Serverens svar på denne besked gik tabt, og denne kanal lader ikke Kontor kontrollere, om den kom frem. Se samtalen i Chatwoot, og send den så igen, eller kassér den.</translation>
    </message>
    <message>
        <source>The answer to this new conversation was lost, and the customer has too many recent conversations for Kontor to check whether it was opened. Look in Chatwoot, then send it again or discard it.</source>
        <translation>Serverens svar på denne nye samtale gik tabt, og kunden har for mange nylige samtaler til, at Kontor kan kontrollere, om den blev oprettet. Se efter i Chatwoot, og send den så igen, eller kassér den.</translation>
    </message>
    <message>
        <source>the server's address is not https://; add the account again with it</source>
        <translation>serverens adresse er ikke https://; tilføj kontoen igen med en https://-adresse</translation>
    </message>
    <message>
        <source>Chatwoot no longer has this contact.</source>
        <translation>Chatwoot har ikke længere denne kontakt.</translation>
    </message>
</context>
<context>
    <name>ChatwootContact</name>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
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
    <message>
        <source>Use the store at this path instead of the default one.</source>
        <translation>Brug lageret på denne sti i stedet for standardlageret.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Show the store only; connect to no backend.</source>
        <translation>Vis kun det lokale lager; forbind ikke til nogen backend.</translation>
    </message>
    <message>
        <source>Seed of the demo contact center on its first start.</source>
        <translation>Startværdi for demo-kontaktcentret ved første start.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>The demo seed must be a positive whole number.</source>
        <translation>Demo-startværdien skal være et positivt heltal.</translation>
    </message>
    <message>
        <source>Open the supervisor's live queues at start, e.g. on a wallboard.</source>
        <translation>Åbn teamlederens live-køer ved start, fx på en vægskærm.</translation>
    </message>
    <message>
        <source>Keep the local store unencrypted and do not ask the system keychain for its key, e.g. where there is none. Kontor warns while it runs so; a store that is encrypted already is not opened.</source>
        <translation>Behold det lokale lager ukrypteret, og spørg ikke systemets nøglering om dets nøgle, fx hvor der ikke er nogen. Kontor advarer, så længe det kører sådan; et lager, der allerede er krypteret, åbnes ikke.</translation>
    </message>
    <message>
        <source>Explore the demo contact center: it is added to the accounts and runs from now on, until it is removed.</source>
        <translation>Udforsk demo-kontaktcentret: det føjes til kontiene og kører fra nu af, indtil det fjernes.</translation>
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
    <name>DemoBackend</name>
    <message>
        <source>The action carries no idempotency key.</source>
        <translation>Handlingen har ingen idempotensnøgle.</translation>
    </message>
    <message>
        <source>The conversation does not exist on the server.</source>
        <translation>Samtalen findes ikke på serveren.</translation>
    </message>
    <message>
        <source>The customer does not exist on the server.</source>
        <translation>Kunden findes ikke på serveren.</translation>
    </message>
    <message>
        <source>The agent does not exist on the server.</source>
        <translation>Agenten findes ikke på serveren.</translation>
    </message>
    <message>
        <source>The team does not exist on the server.</source>
        <translation>Teamet findes ikke på serveren.</translation>
    </message>
    <message>
        <source>The customer cannot be reached on that channel.</source>
        <translation>Kunden kan ikke kontaktes på den kanal.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Beskeden er tom.</translation>
    </message>
    <message>
        <source>The snooze must end in the future.</source>
        <translation>Udsættelsen skal slutte i fremtiden.</translation>
    </message>
    <message>
        <source>A label cannot be empty.</source>
        <translation>En etiket kan ikke være tom.</translation>
    </message>
    <message>
        <source>The customer was merged into another customer.</source>
        <translation>Kunden er flettet ind i en anden kunde.</translation>
    </message>
    <message>
        <source>A customer cannot be merged into themselves.</source>
        <translation>En kunde kan ikke flettes ind i sig selv.</translation>
    </message>
    <message>
        <source>The demo contact center has no saved state yet.</source>
        <translation>Demo-kontaktcentret har endnu ingen gemt tilstand.</translation>
    </message>
    <message>
        <source>The demo contact center's state file cannot be read.</source>
        <translation>Demo-kontaktcentrets tilstandsfil kan ikke læses.</translation>
    </message>
    <message>
        <source>The file is not a demo contact center state file.</source>
        <translation>Filen er ikke en tilstandsfil for demo-kontaktcentret.</translation>
    </message>
    <message>
        <source>The demo contact center's state file was written by another version.</source>
        <translation>Demo-kontaktcentrets tilstandsfil er skrevet af en anden version.</translation>
    </message>
    <message>
        <source>The demo contact center's state file is incomplete.</source>
        <translation>Demo-kontaktcentrets tilstandsfil er ufuldstændig.</translation>
    </message>
    <message>
        <source>The demo contact center's state file is damaged.</source>
        <translation>Demo-kontaktcentrets tilstandsfil er beskadiget.</translation>
    </message>
    <message>
        <source>The demo contact center's state file does not describe a valid state.</source>
        <translation>Demo-kontaktcentrets tilstandsfil beskriver ikke en gyldig tilstand.</translation>
    </message>
    <message>
        <source>The demo contact center's state could not be saved.</source>
        <translation>Demo-kontaktcentrets tilstand kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>En kunde skal have et navn.</translation>
    </message>
</context>
<context>
    <name>DemoConnector</name>
    <message>
        <source>Demo contact center</source>
        <translation>Demo-kontaktcenter</translation>
    </message>
    <message>
        <source>The demo contact center cannot be reached.</source>
        <translation>Demo-kontaktcentret kan ikke nås.</translation>
    </message>
    <message>
        <source>The demo contact center answered with error %1.</source>
        <translation>Demo-kontaktcentret svarede med fejl %1.</translation>
    </message>
    <message>
        <source>The demo contact center did not answer in time.</source>
        <translation>Demo-kontaktcentret svarede ikke i tide.</translation>
    </message>
    <message>
        <source>The connection to the demo contact center broke.</source>
        <translation>Forbindelsen til demo-kontaktcentret blev afbrudt.</translation>
    </message>
    <message>
        <source>The demo contact center cannot do this.</source>
        <translation>Demo-kontaktcentret kan ikke gøre dette.</translation>
    </message>
    <message>
        <source>The demo contact center could not save this; it will be sent again.</source>
        <translation>Demo-kontaktcentret kunne ikke gemme dette; det bliver sendt igen.</translation>
    </message>
</context>
<context>
    <name>DemoWorld</name>
    <message>
        <source>The history size cannot be negative.</source>
        <translation>Historikkens størrelse kan ikke være negativ.</translation>
    </message>
    <message>
        <source>The history needs at least one message per conversation.</source>
        <translation>Historikken kræver mindst én besked pr. samtale.</translation>
    </message>
    <message>
        <source>A history with messages needs conversations.</source>
        <translation>En historik med beskeder kræver samtaler.</translation>
    </message>
    <message>
        <source>The history must span at least one day.</source>
        <translation>Historikken skal strække sig over mindst én dag.</translation>
    </message>
    <message>
        <source>The simulation step must be at least 10 ms.</source>
        <translation>Simuleringstrinnet skal være mindst 10 ms.</translation>
    </message>
    <message>
        <source>A simulation rate is out of range.</source>
        <translation>En simuleringsrate er uden for det tilladte område.</translation>
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
    <name>MessageInteraction</name>
    <message>
        <source>Not answered yet</source>
        <translation>Endnu ikke besvaret</translation>
    </message>
    <message>
        <source>Options offered:</source>
        <translation>Tilbudte valgmuligheder:</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>Valgt:</translation>
    </message>
    <message>
        <source>Form, as submitted:</source>
        <translation>Formular, som indsendt:</translation>
    </message>
    <message>
        <source>Form sent:</source>
        <translation>Formular sendt:</translation>
    </message>
    <message>
        <source>Articles suggested:</source>
        <translation>Foreslåede artikler:</translation>
    </message>
    <message>
        <source>Satisfaction survey:</source>
        <translation>Tilfredshedsundersøgelse:</translation>
    </message>
    <message>
        <source>rated %1 of 5</source>
        <translation>bedømt %1 af 5</translation>
    </message>
    <message>
        <source>Asked for an email address:</source>
        <translation>Bedt om en e-mailadresse:</translation>
    </message>
    <message>
        <source>A “%1” message: Kontor shows its text only.</source>
        <translation>En »%1«-besked: Kontor viser kun dens tekst.</translation>
    </message>
    <message>
        <source>special</source>
        <translation>særlig</translation>
    </message>
</context>
<context>
    <name>OutboxActionText</name>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>Internal note on the conversation with %1</source>
        <translation>Intern note i samtalen med %1</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Svar til %1</translation>
    </message>
    <message>
        <source>Start a conversation with %1 on %2</source>
        <translation>Start en samtale med %1 på %2</translation>
    </message>
    <message>
        <source>Start a conversation with %1</source>
        <translation>Start en samtale med %1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Tildel til %1</translation>
    </message>
    <message>
        <source>Assign to team %1</source>
        <translation>Tildel til team %1</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Fjern tildeling</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Løs</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Udsæt</translation>
    </message>
    <message>
        <source>Mark as pending</source>
        <translation>Markér som afventende</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <source>Remove the priority</source>
        <translation>Fjern prioriteten</translation>
    </message>
    <message>
        <source>Set priority to %1</source>
        <translation>Sæt prioritet til %1</translation>
    </message>
    <message>
        <source>Add label “%1”</source>
        <translation>Tilføj etiket “%1”</translation>
    </message>
    <message>
        <source>Remove label “%1”</source>
        <translation>Fjern etiket “%1”</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Markér som læst</translation>
    </message>
    <message>
        <source>Merge contacts %1 and %2</source>
        <translation>Flet kontakterne %1 og %2</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Flet kontakter</translation>
    </message>
    <message>
        <source>a message</source>
        <translation>en besked</translation>
    </message>
    <message>
        <source>starting the conversation</source>
        <translation>starten af samtalen</translation>
    </message>
    <message>
        <source>an assignment</source>
        <translation>en tildeling</translation>
    </message>
    <message>
        <source>a status change</source>
        <translation>en statusændring</translation>
    </message>
    <message>
        <source>a priority change</source>
        <translation>en prioritetsændring</translation>
    </message>
    <message>
        <source>a label change</source>
        <translation>en etiketændring</translation>
    </message>
    <message>
        <source>marking as read</source>
        <translation>markeringen som læst</translation>
    </message>
    <message>
        <source>a contact merge</source>
        <translation>en fletning af kontakter</translation>
    </message>
    <message>
        <source>an action this version does not know</source>
        <translation>en handling, som denne version ikke kender</translation>
    </message>
    <message>
        <source>Contacts at the backend</source>
        <translation>Kontakter i backend</translation>
    </message>
    <message>
        <source>No conversation</source>
        <translation>Ingen samtale</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sender…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Trying again</source>
        <translation>Prøver igen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>The backend refused it without giving a reason.</source>
        <translation>Backend afviste den uden at angive en grund.</translation>
    </message>
    <message>
        <source>Waits for %1 before it, which failed: retry or discard that first.</source>
        <translation>Venter på %1 før den, som mislykkedes: prøv den igen eller kassér den først.</translation>
    </message>
    <message>
        <source>Waits for %1 before it to be sent.</source>
        <translation>Venter på, at %1 før den bliver sendt.</translation>
    </message>
    <message>
        <source>Waits until the backend has started the conversation.</source>
        <translation>Venter, til backend har startet samtalen.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Seneste forsøg: %1</translation>
    </message>
    <message>
        <source>The conversation with %1 was never started at the backend. Discarding removes it from Kontor together with its first message and everything else you did in it. The text of the message is lost.</source>
        <translation>Samtalen med %1 blev aldrig startet i backend. Kassering fjerner den fra Kontor sammen med dens første besked og alt andet, du har gjort i den. Beskedens tekst går tabt.</translation>
    </message>
    <message>
        <source>The internal note is removed and nobody else will see it. Its text is lost.</source>
        <translation>Den interne note fjernes, og ingen andre vil se den. Dens tekst går tabt.</translation>
    </message>
    <message>
        <source>%1 will not receive this reply. It is removed from the conversation and its text is lost.</source>
        <translation>%1 modtager ikke dette svar. Det fjernes fra samtalen, og dets tekst går tabt.</translation>
    </message>
    <message>
        <source>The two contacts stay separate at the backend. The merge in Kontor is kept.</source>
        <translation>De to kontakter forbliver adskilte i backend. Fletningen i Kontor bevares.</translation>
    </message>
    <message>
        <source>“%1” will not be done at the backend. The conversation shows the backend's state again the next time it syncs.</source>
        <translation>“%1” bliver ikke udført i backend. Samtalen viser igen backends tilstand, næste gang den synkroniseres.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontrollerer</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultat ukendt</translation>
    </message>
    <message>
        <source>Kontor could not find out whether this arrived. Check again, send it again or discard it.</source>
        <translation>Kontor kunne ikke finde ud af, om dette kom frem. Tjek igen, send det igen, eller kassér det.</translation>
    </message>
    <message>
        <source>It may have arrived; Kontor asks the backend before sending it again.</source>
        <translation>Det er måske kommet frem; Kontor spørger backend, før det sendes igen.</translation>
    </message>
    <message>
        <source>It may have arrived (%1); Kontor asks the backend before sending it again.</source>
        <translation>Det er måske kommet frem (%1); Kontor spørger backend, før det sendes igen.</translation>
    </message>
    <message>
        <source>name “%1”</source>
        <translation>navn »%1«</translation>
    </message>
    <message>
        <source>email address %1</source>
        <translation>e-mailadresse %1</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>telefonnummer %1</translation>
    </message>
    <message>
        <source>Update the contact: %1</source>
        <translation>Opdatér kontakten: %1</translation>
    </message>
    <message>
        <source>a contact update</source>
        <translation>en kontaktopdatering</translation>
    </message>
    <message>
        <source>A contact at the backend</source>
        <translation>En kontakt i backend</translation>
    </message>
    <message>
        <source>%1's contact at the backend</source>
        <translation>%1s kontakt i backend</translation>
    </message>
    <message>
        <source>The contact at the backend keeps what it has. The change in Kontor is kept.</source>
        <translation>Kontakten i backend beholder det, den har. Ændringen i Kontor bevares.</translation>
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
    <name>SnoozePresets</name>
    <message>
        <source>For an hour (%1)</source>
        <translation>En time (%1)</translation>
    </message>
    <message>
        <source>For three hours (%1)</source>
        <translation>Tre timer (%1)</translation>
    </message>
    <message>
        <source>Until this evening (%1)</source>
        <translation>Til i aften (%1)</translation>
    </message>
    <message>
        <source>Until tomorrow morning (%1)</source>
        <translation>Til i morgen tidlig (%1)</translation>
    </message>
    <message>
        <source>Until Monday morning (%1)</source>
        <translation>Til mandag morgen (%1)</translation>
    </message>
    <message>
        <source>For a week (%1)</source>
        <translation>En uge (%1)</translation>
    </message>
    <message>
        <source>Until the customer replies</source>
        <translation>Indtil kunden svarer</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The disk is full, so Kontor could not save your latest change. Free some disk space; everything saved before is intact.</source>
        <translation>Disken er fuld, så Kontor kunne ikke gemme din seneste ændring. Frigør diskplads; alt, der er gemt før, er intakt.</translation>
    </message>
    <message>
        <source>Kontor's local store is damaged and could not save your latest change. Restart Kontor to repair it.</source>
        <translation>Kontors lokale lager er beskadiget og kunne ikke gemme din seneste ændring. Genstart Kontor for at reparere det.</translation>
    </message>
    <message>
        <source>Kontor could not save to its local store: %1</source>
        <translation>Kontor kunne ikke gemme i sit lokale lager: %1</translation>
    </message>
    <message>
        <source>That conversation is no longer in the local store.</source>
        <translation>Denne samtale findes ikke længere i det lokale lager.</translation>
    </message>
    <message>
        <source>Kontor could not save to its local store.</source>
        <translation>Kontor kunne ikke gemme i sit lokale lager.</translation>
    </message>
    <message>
        <source>This local store was made by a newer version of Kontor (store format %1; this version reads up to %2). Update Kontor to open it. The store was left unchanged.</source>
        <translation>Dette lokale lager er oprettet af en nyere version af Kontor (lagerformat %1; denne version læser op til %2). Opdatér Kontor for at åbne det. Lageret er ikke ændret.</translation>
    </message>
    <message>
        <source>Kontor's local store is damaged and could not be moved aside. Check the permissions of %1.</source>
        <translation>Kontors lokale lager er beskadiget og kunne ikke flyttes til side. Kontrollér rettighederne for %1.</translation>
    </message>
    <message>
        <source>The disk holding Kontor's data (%1) is full. Free some space, then choose Retry. Nothing was lost.</source>
        <translation>Disken med Kontors data (%1) er fuld. Frigør plads, og vælg så “Prøv igen”. Intet er gået tabt.</translation>
    </message>
    <message>
        <source>Kontor cannot write to the folder holding its data (%1): it is read-only. Make it writable for you, then choose Retry. Nothing was lost.</source>
        <translation>Kontor kan ikke skrive i mappen med sine data (%1): den er skrivebeskyttet. Giv dig selv skriveadgang til den, og vælg så “Prøv igen”. Intet er gået tabt.</translation>
    </message>
    <message>
        <source>Kontor is not allowed to open its local store (%1). Check that the file belongs to you and that you may read and write it, then choose Retry.</source>
        <translation>Kontor har ikke tilladelse til at åbne sit lokale lager (%1). Kontrollér, at filen tilhører dig, og at du må læse og skrive i den, og vælg så “Prøv igen”.</translation>
    </message>
    <message>
        <source>Kontor could not create a working file beside its local store (%1-shm). The disk may be full or the file protected: free some space or remove that file, then choose Retry. Nothing was lost.</source>
        <translation>Kontor kunne ikke oprette en arbejdsfil ved siden af sit lokale lager (%1-shm). Disken er måske fuld, eller filen er beskyttet: frigør plads, eller fjern den fil, og vælg så “Prøv igen”. Intet er gået tabt.</translation>
    </message>
    <message>
        <source>Another program is using Kontor's local store (%1). Close it, then choose Retry.</source>
        <translation>Et andet program bruger Kontors lokale lager (%1). Luk det, og vælg så “Prøv igen”.</translation>
    </message>
    <message>
        <source>Kontor's local store is in a network folder (%1) that does not support what the store needs. Move it to a local disk, or start Kontor with --store and a local file.</source>
        <translation>Kontors lokale lager ligger i en netværksmappe (%1), der ikke understøtter det, lageret kræver. Flyt det til en lokal disk, eller start Kontor med --store og en lokal fil.</translation>
    </message>
    <message>
        <source>The disk holding Kontor's data (%1) reported an error while reading the local store. Check the disk, then choose Retry.</source>
        <translation>Disken med Kontors data (%1) rapporterede en fejl under læsning af det lokale lager. Kontrollér disken, og vælg så “Prøv igen”.</translation>
    </message>
    <message>
        <source>Kontor could not open its local store: %1. Choose Retry to try again.</source>
        <translation>Kontor kunne ikke åbne sit lokale lager: %1. Vælg “Prøv igen” for at forsøge igen.</translation>
    </message>
    <message>
        <source>Kontor is already running with this store (process %1). Switch to its window, or close it and start Kontor again.</source>
        <translation>Kontor kører allerede med dette lager (proces %1). Skift til dets vindue, eller luk det, og start Kontor igen.</translation>
    </message>
    <message>
        <source>Kontor is already running with this store on another computer (process %1 on %2). Close it there, then start Kontor again.</source>
        <translation>Kontor kører allerede med dette lager på en anden computer (proces %1 på %2). Luk det der, og start så Kontor igen.</translation>
    </message>
    <message>
        <source>Kontor's local store was damaged. It was set aside as %1 and Kontor starts with a fresh store; your conversations are fetched again.</source>
        <translation>Kontors lokale lager var beskadiget. Det blev lagt til side som %1, og Kontor starter med et nyt lager; dine samtaler hentes igen.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent action(s) were saved from it and will be sent.</source>
        <translation>
            <numerusform>%n ikke-sendt handling blev reddet fra det og bliver sendt.</numerusform>
            <numerusform>%n ikke-sendte handlinger blev reddet fra det og bliver sendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be read back from it: any action not sent yet is lost.</source>
        <translation>Intet kunne læses fra det: alle handlinger, der endnu ikke var sendt, er gået tabt.</translation>
    </message>
    <message numerus="yes">
        <source>%n unsent action(s) could not be read and are lost.</source>
        <translation>
            <numerusform>%n ikke-sendt handling kunne ikke læses og er gået tabt.</numerusform>
            <numerusform>%n ikke-sendte handlinger kunne ikke læses og er gået tabt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the list of unsent actions could not be read: actions you took shortly before may be lost.</source>
        <translation>En del af listen over ikke-sendte handlinger kunne ikke læses: handlinger, du foretog kort forinden, kan være gået tabt.</translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) of those actions are missing.</source>
        <translation>
            <numerusform>%n vedhæftet fil til disse handlinger mangler.</numerusform>
            <numerusform>%n vedhæftede filer til disse handlinger mangler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drafts are kept apart from the store and are not affected.</source>
        <translation>Kladder opbevares adskilt fra lageret og er ikke berørt.</translation>
    </message>
    <message>
        <source>Kontor's local store (%1) is encrypted, and the key kept for it in the system keychain does not open it. The key may have been removed or replaced in the keychain. The store was left unchanged: restore the keychain, then choose Retry.</source>
        <translation>Kontors lokale lager (%1) er krypteret, og nøglen til det i systemets nøglering åbner det ikke. Nøglen er måske fjernet eller erstattet i nøgleringen. Lageret blev ikke ændret: gendan nøgleringen, og vælg så Prøv igen.</translation>
    </message>
    <message>
        <source>This build of Kontor cannot encrypt its local store, so it does not open it. Install Kontor with its SQLCipher library.</source>
        <translation>Denne udgave af Kontor kan ikke kryptere sit lokale lager og åbner det derfor ikke. Installér Kontor med dets SQLCipher-bibliotek.</translation>
    </message>
</context>
<context>
    <name>Supervisor</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t. %2 min.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Længste ventetid</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Serviceniveau</translation>
    </message>
    <message>
        <source>Agents free</source>
        <translation>Ledige agenter</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (ingen grænse)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
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
        <translation>Belastning</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tid i status</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
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
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
</context>
<context>
    <name>SupervisorEntry</name>
    <message>
        <source>&amp;Supervisor</source>
        <translation>&amp;Teamleder</translation>
    </message>
    <message>
        <source>&amp;Live queues and agents</source>
        <translation>&amp;Live-køer og agenter</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The conversation of this action was deleted.</source>
        <translation>Samtalen for denne handling er slettet.</translation>
    </message>
    <message>
        <source>This action cannot be read; it was made by another version of Kontor.</source>
        <translation>Denne handling kan ikke læses; den er lavet af en anden version af Kontor.</translation>
    </message>
    <message>
        <source>Waiting for the backend to confirm the conversation.</source>
        <translation>Venter på, at backenden bekræfter samtalen.</translation>
    </message>
    <message>
        <source>The agent or team of this assignment no longer exists.</source>
        <translation>Agenten eller teamet for denne tildeling findes ikke længere.</translation>
    </message>
    <message>
        <source>No connection configured</source>
        <translation>Ingen forbindelse opsat</translation>
    </message>
    <message>
        <source>Changes from the backend could not be saved; they will be fetched again.</source>
        <translation>Ændringer fra backenden kunne ikke gemmes; de hentes igen.</translation>
    </message>
    <message>
        <source>The customer has no contact record on this account to write to.</source>
        <translation>Kunden har ingen kontaktpost på denne konto, der kan skrives til.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes ago, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours ago, abbreviated</comment>
        <translation>
            <numerusform>%n t</numerusform>
            <numerusform>%n t</numerusform>
        </translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>day and short month, for dates of this year</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration in minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>duration in hours, abbreviated</comment>
        <translation>
            <numerusform>%n t</numerusform>
            <numerusform>%n t</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration in hours and minutes</comment>
        <translation>%1 t. %2 min.</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>duration in days, abbreviated</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>duration in days and hours</comment>
        <translation>%1 d %2 t</translation>
    </message>
</context>
<context>
    <name>kontor::CustomerMerge</name>
    <message>
        <source>A customer cannot be merged with themselves.</source>
        <translation>En kunde kan ikke flettes med sig selv.</translation>
    </message>
    <message>
        <source>One of the customers no longer exists.</source>
        <translation>En af kunderne findes ikke længere.</translation>
    </message>
    <message>
        <source>One of the customers has already been merged into another.</source>
        <translation>En af kunderne er allerede flettet ind i en anden.</translation>
    </message>
    <message>
        <source>This merge does not exist.</source>
        <translation>Denne fletning findes ikke.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>Denne fletning er allerede fortrudt.</translation>
    </message>
    <message>
        <source>This identity cannot be changed here.</source>
        <translation>Denne identitet kan ikke ændres her.</translation>
    </message>
    <message>
        <source>A customer's only identity cannot be split off.</source>
        <translation>En kundes eneste identitet kan ikke udskilles.</translation>
    </message>
    <message>
        <source>Another customer already has this identity. Merge the two customers instead.</source>
        <translation>En anden kunde har allerede denne identitet. Flet i stedet de to kunder.</translation>
    </message>
    <message>
        <source>A customer's name cannot be empty.</source>
        <translation>En kundes navn kan ikke være tomt.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Dette er ikke et telefonnummer.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Dette er ikke en e-mailadresse.</translation>
    </message>
</context>
<context>
    <name>kontor::SyncEngine</name>
    <message>
        <source>This backend cannot receive files. Discard the message and send it without them.</source>
        <translation>Denne backend kan ikke modtage filer. Kassér beskeden, og send den uden dem.</translation>
    </message>
    <message>
        <source>This backend cannot carry out this kind of action.</source>
        <translation>Denne backend kan ikke udføre denne slags handling.</translation>
    </message>
    <message>
        <source>Kontor stopped while this was on its way.</source>
        <translation>Kontor blev lukket, mens dette var undervejs.</translation>
    </message>
    <message>
        <source>The connection ended while this was on its way.</source>
        <translation>Forbindelsen blev afbrudt, mens dette var undervejs.</translation>
    </message>
    <message>
        <source>The account was removed while this was on its way.</source>
        <translation>Kontoen blev fjernet, mens dette var på vej.</translation>
    </message>
</context>
<context>
    <name>kontor::chatwoot::ChatwootAccounts</name>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
</context>
<context>
    <name>kontor::chatwoot::ChatwootJob</name>
    <message>
        <source>An attached file could not be read.</source>
        <translation>En vedhæftet fil kunne ikke læses.</translation>
    </message>
    <message>
        <source>The Chatwoot server redirected the request more often than Kontor follows.</source>
        <translation>Chatwoot-serveren omdirigerede forespørgslen flere gange, end Kontor følger.</translation>
    </message>
    <message>
        <source>The Chatwoot server sent Kontor to another address (%1). Kontor does not send your sign-in there; if that is your server, use that address instead.</source>
        <translation>Chatwoot-serveren sendte Kontor videre til en anden adresse (%1). Kontor sender ikke dit login dertil; hvis det er din server, så brug den adresse i stedet.</translation>
    </message>
    <message>
        <source>Chatwoot sent an answer larger than %1; it was not read.</source>
        <translation>Chatwoot sendte et svar, der er større end %1; det blev ikke læst.</translation>
    </message>
</context>
<context>
    <name>kontor::chatwoot::ChatwootSignIn</name>
    <message>
        <source>Enter the address of your Chatwoot server, for example https://chat.example.com.</source>
        <translation>Angiv adressen på din Chatwoot-server, for eksempel https://chat.example.com.</translation>
    </message>
    <message>
        <source>No Chatwoot server answers at %1. Check the address.</source>
        <translation>Ingen Chatwoot-server svarer på %1. Kontrollér adressen.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a few minutes and try again.</source>
        <translation>For mange loginforsøg. Vent et par minutter, og prøv igen.</translation>
    </message>
    <message>
        <source>The code was not accepted. Try the current one.</source>
        <translation>Koden blev ikke accepteret. Prøv den aktuelle.</translation>
    </message>
    <message>
        <source>The email address or the password is wrong.</source>
        <translation>E-mailadressen eller adgangskoden er forkert.</translation>
    </message>
    <message>
        <source>Enter the access token from your Chatwoot profile.</source>
        <translation>Angiv adgangstokenet fra din Chatwoot-profil.</translation>
    </message>
    <message>
        <source>The access token was not accepted.</source>
        <translation>Adgangstokenet blev ikke accepteret.</translation>
    </message>
    <message>
        <source>This user does not belong to the chosen account.</source>
        <translation>Denne bruger hører ikke til den valgte konto.</translation>
    </message>
    <message numerus="yes">
        <source>Connected as %1 to %2, with %n inbox(es).</source>
        <translation>
            <numerusform>Forbundet som %1 til %2 med %n indbakke.</numerusform>
            <numerusform>Forbundet som %1 til %2 med %n indbakker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in before saving the account.</source>
        <translation>Log ind, før du gemmer kontoen.</translation>
    </message>
    <message>
        <source>The sign-in could not be kept safe: %1</source>
        <translation>Login kunne ikke opbevares sikkert: %1</translation>
    </message>
    <message>
        <source>Kontor connects to Chatwoot only over https://, so that your password and token cannot be read on the way. Enter the https:// address of your server.</source>
        <translation>Kontor forbinder kun til Chatwoot via https://, så din adgangskode og dit token ikke kan læses undervejs. Angiv din servers https://-adresse.</translation>
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
        <translation>Nej</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>Samme e-mailadresse</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Samme telefonnummer</translation>
    </message>
    <message>
        <source>Same messenger account</source>
        <translation>Samme messengerkonto</translation>
    </message>
    <message>
        <source>Share an identity, but their names differ</source>
        <translation>Deler en identitet, men har forskellige navne</translation>
    </message>
    <message>
        <source>Share an identity that other people use too</source>
        <translation>Deler en identitet, som andre personer også bruger</translation>
    </message>
    <message>
        <source>Share an organisation's number</source>
        <translation>Deler en organisations nummer</translation>
    </message>
    <message>
        <source>Their identities point to different customers</source>
        <translation>Deres identiteter peger på forskellige kunder</translation>
    </message>
    <message>
        <source>Merged by an agent</source>
        <translation>Flettet af en agent</translation>
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
        <translation>%1 via %2, %3</translation>
    </message>
</context>
<context>
    <name>kontor::models::NavigationModel</name>
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
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Inboxes</source>
        <translation>Indbakker</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gemte filtre</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation>
            <numerusform>%1, %n samtale</numerusform>
            <numerusform>%1, %n samtaler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::models::OutboxModel</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n forsøg</numerusform>
            <numerusform>%n forsøg</numerusform>
        </translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Udført kl.</translation>
    </message>
</context>
<context>
    <name>kontor::models::SearchResultsModel</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Beskeder</translation>
    </message>
</context>
<context>
    <name>kontor::models::TimelineModel</name>
    <message>
        <source>Unnamed file</source>
        <translation>Unavngiven fil</translation>
    </message>
    <message>
        <source>Continued on %1</source>
        <translation>Fortsat via %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AccountsDialog</name>
    <message>
        <source>connecting</source>
        <translation>forbinder</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synkroniserer</translation>
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
        <translation>ikke forbundet</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>login påkrævet</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Logget ind som</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <source>No Chatwoot account yet. Add one to work on its conversations here, in the same inbox as every other account.</source>
        <translation>Endnu ingen Chatwoot-konto. Tilføj en for at arbejde med dens samtaler her, i samme indbakke som alle andre konti.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add Chatwoot account…</source>
        <translation>&amp;Tilføj Chatwoot-konto …</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Log ind igen …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern …</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Fjern %1?</translation>
    </message>
    <message>
        <source>&amp;Remove account</source>
        <translation>&amp;Fjern konto</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 er fjernet.</translation>
    </message>
    <message>
        <source>%1 was removed, but its sign-in could not be deleted from the system keychain: %2</source>
        <translation>%1 er fjernet, men dens login kunne ikke slettes fra systemets nøglering: %2</translation>
    </message>
    <message>
        <source>Removing an account stops its connection and deletes its sign-in from the system keychain. You choose whether what it brought is deleted from this computer too, or stays readable and searchable but no longer updated.</source>
        <translation>Når en konto fjernes, stopper dens forbindelse, og dens login slettes fra systemets nøglering. Du vælger, om det, den har bragt, også slettes fra denne computer, eller om det forbliver læsbart og søgbart, men ikke længere opdateres.</translation>
    </message>
    <message>
        <source>Kontor stops syncing %1 and deletes its sign-in from the system keychain.</source>
        <translation>Kontor holder op med at synkronisere %1 og sletter dens login fra systemets nøglering.</translation>
    </message>
    <message>
        <source>You can also delete everything it brought to this computer: its conversations and messages, customers known only through it, actions not yet sent and the copies of files sent. Otherwise its conversations stay here, readable but no longer updated, and unsent actions wait until you add the account again.</source>
        <translation>Du kan også slette alt, hvad den har bragt til denne computer: dens samtaler og beskeder, kunder, der kun kendes gennem den, handlinger, der endnu ikke er sendt, og kopierne af sendte filer. Ellers bliver dens samtaler her, læsbare, men ikke længere opdateret, og usendte handlinger venter, til du tilføjer kontoen igen.</translation>
    </message>
    <message>
        <source>&amp;Delete everything this account brought to this computer</source>
        <translation>&amp;Slet alt, hvad denne konto har bragt til denne computer</translation>
    </message>
    <message>
        <source>%1 was removed with everything it brought.</source>
        <translation>%1 blev fjernet med alt, hvad den bragte.</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>K&amp;onti:</translation>
    </message>
    <message>
        <source>a simulated agent</source>
        <translation>en simuleret medarbejder</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>denne computer</translation>
    </message>
    <message>
        <source>Kontor stops the demo contact center and does not start it again unless you choose it.</source>
        <translation>Kontor stopper demo-kontaktcentret og starter det ikke igen, medmindre du vælger det.</translation>
    </message>
    <message>
        <source>You can also delete everything it brought to this computer: its conversations, customers and colleagues, and its simulated backend. Otherwise its conversations stay here, readable but no longer updated.</source>
        <translation>Du kan også slette alt, hvad det har bragt til denne computer: dets samtaler, kunder og kolleger og dets simulerede backend. Ellers bliver dets samtaler her, læsbare, men ikke længere opdaterede.</translation>
    </message>
    <message>
        <source>&amp;Delete everything the demo brought to this computer</source>
        <translation>&amp;Slet alt, hvad demoen har bragt til denne computer</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AppearancePage</name>
    <message>
        <source>Colors</source>
        <translation>Farver</translation>
    </message>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Følg systemet</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Lys</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mørk</translation>
    </message>
    <message>
        <source>Density of the inbox list</source>
        <translation>Tæthed i samtalelisten</translation>
    </message>
    <message>
        <source>&amp;Comfortable</source>
        <translation>L&amp;uftig</translation>
    </message>
    <message>
        <source>Co&amp;mpact: more conversations on the screen</source>
        <translation>Ko&amp;mpakt: flere samtaler på skærmen</translation>
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
        <translation>Din status: %1</translation>
    </message>
    <message>
        <source>You are shown as away because you were idle; you are back at your next input.</source>
        <translation>Du vises som væk, fordi du var inaktiv; ved dit næste input er du tilbage.</translation>
    </message>
    <message>
        <source>Your status. Click to change it.</source>
        <translation>Din status. Klik for at ændre den.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::AvailabilityPage</name>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Show me as &amp;away after:</source>
        <translation>Vis mig som &amp;væk efter:</translation>
    </message>
    <message>
        <source>After this time without typing or moving the mouse, your status changes to Away, and back when you return. Your own choice of Busy or Away stays.</source>
        <translation>Efter så lang tid uden at skrive eller bevæge musen skifter din status til Væk og tilbage, når du vender tilbage. Dit eget valg af Optaget eller Væk bliver stående.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::BulkActionBar</name>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Udsæt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Løs</translation>
    </message>
    <message>
        <source>Actions on the selected conversations</source>
        <translation>Handlinger på de valgte samtaler</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>Clear the selection (Esc)</source>
        <translation>Ryd markeringen (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
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
        <translation>Tilføj en Chatwoot-konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Log ind</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Tester forbindelsen …</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Angiv koden fra din godkendelsesapp.</translation>
    </message>
    <message>
        <source>Saving the sign-in in the system keychain…</source>
        <translation>Gemmer login i systemets nøglering …</translation>
    </message>
    <message>
        <source>Kontor connects to your Chatwoot server as you. Your password is sent to Chatwoot once; only the access token is kept, in the system keychain.</source>
        <translation>Kontor forbinder til din Chatwoot-server som dig. Din adgangskode sendes til Chatwoot én gang; kun adgangstokenet gemmes, i systemets nøglering.</translation>
    </message>
    <message>
        <source>https://chat.example.com</source>
        <translation>https://chat.example.com</translation>
    </message>
    <message>
        <source>Sign in with &amp;email and password</source>
        <translation>Log ind med &amp;e-mail og adgangskode</translation>
    </message>
    <message>
        <source>Use an access &amp;token from your Chatwoot profile</source>
        <translation>Brug et adgangs&amp;token fra din Chatwoot-profil</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Adgangs&amp;token:</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>This account has two-factor authentication turned on.</source>
        <translation>Denne konto har totrinsgodkendelse slået til.</translation>
    </message>
    <message>
        <source>This is a &amp;backup code</source>
        <translation>Dette er en &amp;reservekode</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>Chatwoot &amp;account:</source>
        <translation>Chatwoot-&amp;konto:</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bekræft</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Tilføj konto</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Logget ind som %1 (%2).</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This user belongs to no Chatwoot account.</source>
        <translation>Denne bruger hører ikke til nogen Chatwoot-konto.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger ind …</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Kontrollerer koden …</translation>
    </message>
    <message>
        <source>Sign in to %1 again</source>
        <translation>Log ind på %1 igen</translation>
    </message>
    <message>
        <source>The Chatwoot server no longer accepts Kontor's sign-in for %1. Sign in again as %2; actions waiting in the outbox are sent once you are connected.</source>
        <translation>Chatwoot-serveren accepterer ikke længere Kontors login til %1. Log ind igen som %2; handlinger i udbakken sendes, så snart du er forbundet.</translation>
    </message>
    <message>
        <source>You signed in as %1, but this account was added for %2. Sign in as %2.</source>
        <translation>Du loggede ind som %1, men denne konto blev tilføjet for %2. Log ind som %2.</translation>
    </message>
    <message>
        <source>This user no longer belongs to the Chatwoot account %1.</source>
        <translation>Denne bruger hører ikke længere til Chatwoot-kontoen %1.</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://). Kontor allows that only for a server on this computer, for development.</source>
        <translation>Denne adresse er ikke krypteret (http://). Kontor tillader det kun for en server på denne computer, til udvikling.</translation>
    </message>
    <message>
        <source>Kontor connects only over https://, so that your password and token cannot be read on the way.</source>
        <translation>Kontor forbinder kun via https://, så din adgangskode og dit token ikke kan læses undervejs.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ChatwootLiveReportPanel</name>
    <message>
        <source>Chatwoot live figures</source>
        <translation>Chatwoot-livetal</translation>
    </message>
    <message>
        <source>Chatwoot, live from the server</source>
        <translation>Chatwoot, live fra serveren</translation>
    </message>
    <message>
        <source>Chatwoot live figures by account and agent</source>
        <translation>Chatwoot-livetal efter konto og agent</translation>
    </message>
    <message>
        <source>Account / agent</source>
        <translation>Konto / agent</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Unattended</source>
        <translation>Ubesvarede</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Afventer</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Opdateret %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CommandPalette</name>
    <message>
        <source>Type a command or a view…</source>
        <translation>Skriv en kommando eller en visning …</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Kommandopalet</translation>
    </message>
</context>
<context>
    <name>kontor::ui::Composer</name>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Reply to the customer (R)</source>
        <translation>Svar kunden (R)</translation>
    </message>
    <message>
        <source>Write an internal note only your team sees (N)</source>
        <translation>Skriv en intern note, som kun dit team ser (N)</translation>
    </message>
    <message>
        <source>Reply on channel</source>
        <translation>Svar via kanal</translation>
    </message>
    <message>
        <source>The channel the reply goes out on</source>
        <translation>Kanalen, som svaret sendes via</translation>
    </message>
    <message>
        <source>Insert a canned response (type / in the text)</source>
        <translation>Indsæt et standardsvar (skriv / i teksten)</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Standardsvar</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Vedhæft filer</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Send (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Continues %1's conversation on %2</source>
        <translation>Fortsætter samtalen med %1 via %2</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tilføj note</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Internal note — only your team sees it. Type @ to mention a colleague.</source>
        <translation>Intern note – kun dit team ser den. Skriv @ for at nævne en kollega.</translation>
    </message>
    <message>
        <source>Reply to %1 on %2 — / for canned responses, Ctrl+Enter to send</source>
        <translation>Svar til %1 via %2 – / for standardsvar, Ctrl+Enter for at sende</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>kunden</translation>
    </message>
    <message>
        <source>You are offline: what you send is queued and goes out when the connection is back.</source>
        <translation>Du er offline: Det, du sender, sættes i kø og sendes, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>%1 (%2) ✕</source>
        <translation>%1 (%2) ✕</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Fjern vedhæftningen %1</translation>
    </message>
    <message>
        <source>The message was sent without the attached files: this connection cannot send files yet. They stay attached here.</source>
        <translation>Beskeden blev sendt uden de vedhæftede filer: Denne forbindelse kan endnu ikke sende filer. De forbliver vedhæftet her.</translation>
    </message>
    <message>
        <source>The message could not be saved. It is back in the text field.</source>
        <translation>Beskeden kunne ikke gemmes. Den er tilbage i tekstfeltet.</translation>
    </message>
    <message>
        <source>Starts a new conversation with %1 on %2, in the inbox “%3”.</source>
        <translation>Starter en ny samtale med %1 via %2 i indbakken “%3”.</translation>
    </message>
    <message>
        <source>None of your accounts has an inbox that reaches %1 on %2.</source>
        <translation>Ingen af dine konti har en indbakke, der når %1 via %2.</translation>
    </message>
    <message>
        <source>Start a new conversation with %1 on %2 — Ctrl+Enter to send</source>
        <translation>Start en ny samtale med %1 via %2 — Ctrl+Enter for at sende</translation>
    </message>
    <message>
        <source>The conversation was started without the attached files: a first message carries text only. They stay attached here.</source>
        <translation>Samtalen blev startet uden de vedhæftede filer: en første besked indeholder kun tekst. De forbliver vedhæftet her.</translation>
    </message>
    <message>
        <source>The conversation could not be started. The message is back in the text field.</source>
        <translation>Samtalen kunne ikke startes. Beskeden er tilbage i tekstfeltet.</translation>
    </message>
    <message>
        <source>This reply still contains %1. Fill it in, or press Ctrl+Enter again to send it as it is.</source>
        <translation>Svaret indeholder stadig %1. Udfyld det, eller tryk Ctrl+Enter igen for at sende det, som det er.</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Stavning</translation>
    </message>
    <message>
        <source>Write a</source>
        <translation>Skriv</translation>
    </message>
    <message>
        <source>Check the spelling of this message</source>
        <translation>Kontrollér stavningen i denne besked</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed for this language</source>
        <translation>Der er ingen stavekontrolordbog installeret for dette sprog</translation>
    </message>
    <message>
        <source>Check the spelling of this message (%1)</source>
        <translation>Kontrollér stavningen i denne besked (%1)</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ComposerEditor</name>
    <message>
        <source>Suggestions</source>
        <translation>Forslag</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ComposerPage</name>
    <message>
        <source>Check &amp;spelling while typing</source>
        <translation>Kontrollér &amp;stavning under skrivning</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>Ingen signatur</translation>
    </message>
    <message>
        <source>Signature for &amp;inbox:</source>
        <translation>Signatur til &amp;indbakke:</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>Send &amp;with:</source>
        <translation>Send &amp;med:</translation>
    </message>
    <message>
        <source>The signature goes below every reply sent through that inbox, never below internal notes.</source>
        <translation>Signaturen står under hvert svar, der sendes gennem den indbakke, aldrig under interne noter.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ConversationCommands</name>
    <message numerus="yes">
        <source>%n action(s) could not be saved.</source>
        <translation>
            <numerusform>%n handling kunne ikke gemmes.</numerusform>
            <numerusform>%n handlinger kunne ikke gemmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n conversation(s) to you.</source>
        <translation>
            <numerusform>%n samtale tildelt til dig.</numerusform>
            <numerusform>%n samtaler tildelt til dig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n conversation(s) to %1.</source>
        <translation>
            <numerusform>%n samtale tildelt til %1.</numerusform>
            <numerusform>%n samtaler tildelt til %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassigned %n conversation(s).</source>
        <translation>
            <numerusform>Tildeling fjernet fra %n samtale.</numerusform>
            <numerusform>Tildeling fjernet fra %n samtaler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) belong to another account and were left as they were.</source>
        <translation>
            <numerusform>%n samtale hører til en anden konto og blev ikke ændret.</numerusform>
            <numerusform>%n samtaler hører til en anden konto og blev ikke ændret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolved %n conversation(s).</source>
        <translation>
            <numerusform>%n samtale løst.</numerusform>
            <numerusform>%n samtaler løst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snoozed %n conversation(s).</source>
        <translation>
            <numerusform>%n samtale udsat.</numerusform>
            <numerusform>%n samtaler udsat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n conversation(s).</source>
        <translation>
            <numerusform>%n samtale genåbnet.</numerusform>
            <numerusform>%n samtaler genåbnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n conversation(s) as pending.</source>
        <translation>
            <numerusform>%n samtale markeret som afventende.</numerusform>
            <numerusform>%n samtaler markeret som afventende.</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority set to %1.</source>
        <translation>Prioritet sat til %1.</translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n conversation(s) “%1”.</source>
        <translation>
            <numerusform>%n samtale mærket "%1".</numerusform>
            <numerusform>%n samtaler mærket "%1".</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the label “%1”.</source>
        <translation>Etiketten "%1" er fjernet.</translation>
    </message>
    <message>
        <source>Sending again.</source>
        <translation>Sender igen.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n conversation(s) to the team %1.</source>
        <translation>
            <numerusform>Flyttede %n samtale til teamet %1.</numerusform><numerusform>Flyttede %n samtaler til teamet %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Took %n conversation(s) out of their team.</source>
        <translation>
            <numerusform>Tog %n samtale ud af sit team.</numerusform><numerusform>Tog %n samtaler ud af deres team.</numerusform></translation>
    </message>
</context>
<context>
    <name>kontor::ui::ConversationDelegate</name>
    <message>
        <source>Urgent</source>
        <translation>Haster</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høj</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 for sent</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>venter %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>until reply</source>
        <translation>til svar</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ConversationHeader</name>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Udsæt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Løs</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Show the customer's messages on every channel and account (C)</source>
        <translation>Vis kundens beskeder på alle kanaler og konti (C)</translation>
    </message>
    <message>
        <source>Assign to an agent (A)</source>
        <translation>Tildel til en agent (A)</translation>
    </message>
    <message>
        <source>Snooze until later (S)</source>
        <translation>Udsæt til senere (S)</translation>
    </message>
    <message>
        <source>Set the priority (P)</source>
        <translation>Angiv prioritet (P)</translation>
    </message>
    <message>
        <source>Add or remove labels (L)</source>
        <translation>Tilføj eller fjern etiketter (L)</translation>
    </message>
    <message>
        <source>Resolve (E)</source>
        <translation>Løs (E)</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Ukendt kunde</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Udsat til %1</translation>
    </message>
    <message>
        <source>Snoozed until the customer replies</source>
        <translation>Udsat, indtil kunden svarer</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Tildelt til %1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <source>Reopen (E)</source>
        <translation>Genåbn (E)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Move to another team</source>
        <translation>Flyt til et andet team</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Prioritet %1</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Etiketter: %1</translation>
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
    <message>
        <source>Source of the message from %1</source>
        <translation>Kilde til beskeden fra %1</translation>
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
        <translation>Kundeegenskaber</translation>
    </message>
    <message>
        <source>According to %1</source>
        <translation>Ifølge %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::CustomerEditDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Redigér kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-mailadresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Kind of identity</source>
        <translation>Identitetstype</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>Ny identitet</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identiteter</translation>
    </message>
    <message>
        <source>Contact %1 on %2</source>
        <translation>Kontakt %1 på %2</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>Udskil</translation>
    </message>
    <message>
        <source>Split %1 off into a customer of its own</source>
        <translation>Udskil %1 som en selvstændig kunde</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
    <message>
        <source>Name saved.</source>
        <translation>Navnet er gemt.</translation>
    </message>
    <message>
        <source>The name could not be saved.</source>
        <translation>Navnet kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>Identity added.</source>
        <translation>Identiteten er tilføjet.</translation>
    </message>
    <message>
        <source>The identity could not be added.</source>
        <translation>Identiteten kunne ikke tilføjes.</translation>
    </message>
    <message>
        <source>Split off into a customer of its own.</source>
        <translation>Udskilt som en selvstændig kunde.</translation>
    </message>
    <message>
        <source>The identity could not be split off.</source>
        <translation>Identiteten kunne ikke udskilles.</translation>
    </message>
    <message>
        <source>Identity removed.</source>
        <translation>Identiteten er fjernet.</translation>
    </message>
    <message>
        <source>The identity could not be removed.</source>
        <translation>Identiteten kunne ikke fjernes.</translation>
    </message>
    <message>
        <source>No backend has a contact record of this customer: changes are kept in Kontor only.</source>
        <translation>Ingen backend har en kontaktpost for denne kunde: ændringer gemmes kun i Kontor.</translation>
    </message>
    <message>
        <source>A new name, and an email address or phone number the contact does not have yet, are also sent to the customer's contact record on %1. Splits and removals change Kontor only.</source>
        <translation>Et nyt navn samt en e-mailadresse eller et telefonnummer, som kontakten endnu ikke har, sendes også til kundens kontaktpost på %1. Udskillelser og fjernelser ændrer kun Kontor.</translation>
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
    <message>
        <source>Earlier conversations</source>
        <translation>Tidligere samtaler</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Ukendt kunde</translation>
    </message>
    <message numerus="yes">
        <source>Customer since %1 · %n conversation(s)</source>
        <translation>
            <numerusform>Kunde siden %1 · %n samtale</numerusform>
            <numerusform>Kunde siden %1 · %n samtaler</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable on</source>
        <translation>Kan nås via</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprog: %1</translation>
    </message>
    <message>
        <source>Guessed from %1</source>
        <translation>Gættet ud fra %1</translation>
    </message>
    <message>
        <source>Language and local time unknown</source>
        <translation>Sprog og lokal tid ukendt</translation>
    </message>
    <message>
        <source>Last wrote via %1, %2</source>
        <translation>Skrev senest via %1, %2</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Beskeder: %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message numerus="yes">
        <source>%1 % satisfied (%n answer(s))</source>
        <translation>
            <numerusform>%1 % tilfredse (%n svar)</numerusform>
            <numerusform>%1 % tilfredse (%n svar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Tilfredshed</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <source>Merge %1 into this customer</source>
        <translation>Flet %1 ind i denne kunde</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Possibly the same person</source>
        <translation>Muligvis samme person</translation>
    </message>
    <message>
        <source>Local time: %1 (%2)</source>
        <translation>Lokal tid: %1 (%2)</translation>
    </message>
    <message>
        <source>Customers merged. You can undo it in the customer panel.</source>
        <translation>Kunderne er flettet. Du kan fortryde det i kundepanelet.</translation>
    </message>
    <message>
        <source>The customers could not be merged.</source>
        <translation>Kunderne kunne ikke flettes.</translation>
    </message>
    <message>
        <source>The merge was undone.</source>
        <translation>Fletningen blev fortrudt.</translation>
    </message>
    <message>
        <source>The merge could not be undone.</source>
        <translation>Fletningen kunne ikke fortrydes.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Egenskaber</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Flet med …</translation>
    </message>
    <message>
        <source>Merge another customer who is the same person into this one</source>
        <translation>Flet en anden kunde, der er samme person, ind i denne</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér …</translation>
    </message>
    <message>
        <source>Correct the name, add or remove identities, or split one off</source>
        <translation>Ret navnet, tilføj eller fjern identiteter, eller udskil en af dem</translation>
    </message>
    <message>
        <source>joined automatically on %1</source>
        <translation>flettet automatisk den %1</translation>
    </message>
    <message>
        <source>merged by an agent on %1</source>
        <translation>flettet af en agent den %1</translation>
    </message>
    <message>
        <source>Undo the join with %1</source>
        <translation>Fortryd fletningen med %1</translation>
    </message>
    <message>
        <source>How these were joined</source>
        <translation>Sådan blev de flettet</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Slet …</translation>
    </message>
    <message>
        <source>Erase this customer and everything about them from this computer</source>
        <translation>Slet denne kunde og alt om dem fra denne computer</translation>
    </message>
    <message>
        <source>There was nothing left to erase.</source>
        <translation>Der var intet tilbage at slette.</translation>
    </message>
    <message>
        <source>The customer was erased from this computer.</source>
        <translation>Kunden blev slettet fra denne computer.</translation>
    </message>
    <message>
        <source>The customer could not be erased.</source>
        <translation>Kunden kunne ikke slettes.</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Kundeoplysninger</translation>
    </message>
</context>
<context>
    <name>kontor::ui::DesktopNotificationSink</name>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
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
        <translation>Tilføj e-mailkonto</translation>
    </message>
    <message>
        <source>Shared mailbox</source>
        <translation>Delt postkasse</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>Example Support</source>
        <translation>Eksempel-support</translation>
    </message>
    <message>
        <source>the address, when empty</source>
        <translation>adressen, hvis tom</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Name on replies:</source>
        <translation>&amp;Navn på svar:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Adgangs&amp;kode:</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servere</translation>
    </message>
    <message>
        <source>&amp;Incoming (IMAP):</source>
        <translation>&amp;Indgående (IMAP):</translation>
    </message>
    <message>
        <source>&amp;Outgoing (SMTP):</source>
        <translation>&amp;Udgående (SMTP):</translation>
    </message>
    <message>
        <source>Incoming mail server</source>
        <translation>Server til indgående e-mail</translation>
    </message>
    <message>
        <source>Incoming mail port</source>
        <translation>Port til indgående e-mail</translation>
    </message>
    <message>
        <source>Incoming mail encryption</source>
        <translation>Kryptering af indgående e-mail</translation>
    </message>
    <message>
        <source>Outgoing mail server</source>
        <translation>Server til udgående e-mail</translation>
    </message>
    <message>
        <source>Outgoing mail port</source>
        <translation>Port til udgående e-mail</translation>
    </message>
    <message>
        <source>Outgoing mail encryption</source>
        <translation>Kryptering af udgående e-mail</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>The folders whose mail becomes conversations, separated by commas.</source>
        <translation>Mapperne, hvis e-mails bliver til samtaler, adskilt af kommaer.</translation>
    </message>
    <message>
        <source>&amp;Watch:</source>
        <translation>&amp;Overvåg:</translation>
    </message>
    <message>
        <source>&amp;Sent mail goes to:</source>
        <translation>&amp;Sendt e-mail gemmes i:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>&amp;Stol på dette certifikat</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Tilføj &amp;konto</translation>
    </message>
    <message>
        <source>Enter the mailbox's address and both servers.</source>
        <translation>Angiv postkassens adresse og begge servere.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Tester forbindelsen…</translation>
    </message>
    <message>
        <source>Both servers answer, and the login works.</source>
        <translation>Begge servere svarer, og login virker.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-fingeraftryk: %1</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>Adgangskoden kunne ikke gemmes i nøgleringen: %1</translation>
    </message>
    <message>
        <source>Add &amp;email account…</source>
        <translation>Tilføj &amp;e-mailkonto…</translation>
    </message>
</context>
<context>
    <name>kontor::ui::EraseCustomerDialog</name>
    <message>
        <source>this customer</source>
        <translation>denne kunde</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Slet %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) for them not sent yet will be discarded first:</source>
        <translation>
            <numerusform>%n handling for dem, der endnu ikke er sendt, kasseres først:</numerusform>
            <numerusform>%n handlinger for dem, der endnu ikke er sendt, kasseres først:</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard these unsent actions</source>
        <translation>Kassér disse usendte handlinger</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged copy(ies) of the store set aside earlier hold(s) them too and will be deleted.</source>
        <translation>
            <numerusform>%n beskadiget kopi af lageret, der tidligere blev lagt til side, indeholder dem også og slettes.</numerusform>
            <numerusform>%n beskadigede kopier af lageret, der tidligere blev lagt til side, indeholder dem også og slettes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. It removes them from this computer only: the records your backends keep about them are not changed, and a new message from them brings them back.</source>
        <translation>Det kan ikke fortrydes. Det fjerner dem kun fra denne computer: de oplysninger, dine backends har om dem, ændres ikke, og en ny besked fra dem bringer dem tilbage.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>This customer is no longer in the store.</source>
        <translation>Denne kunde er ikke længere i lageret.</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Denne kunde</translation>
    </message>
    <message>
        <source>%1 and everything about them will be erased from this computer: %2, %3, %4 and %5, with their notes, attributes, satisfaction answers, join history, drafts and sent files.</source>
        <translation>%1 og alt om dem slettes fra denne computer: %2, %3, %4 og %5, med noter, attributter, tilfredshedssvar, sammenlægningshistorik, kladder og sendte filer.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtaler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n besked</numerusform>
            <numerusform>%n beskeder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity(ies)</source>
        <translation>
            <numerusform>%n identitet</numerusform>
            <numerusform>%n identiteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n vedhæftet fil</numerusform>
            <numerusform>%n vedhæftede filer</numerusform>
        </translation>
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
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>Sort conversations</source>
        <translation>Sortér samtaler</translation>
    </message>
    <message>
        <source>Newest activity</source>
        <translation>Nyeste aktivitet</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>Ventet længst</translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation>SLA forfalder først</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Nothing in “%1”</source>
        <translation>Intet i "%1"</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtaler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kontor::ui::LanguagePage</name>
    <message>
        <source>The system's language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <source>Kontor speaks the chosen language from its next start on.</source>
        <translation>Kontor taler det valgte sprog fra næste start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Samtale</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>K&amp;unde</translation>
    </message>
    <message>
        <source>&amp;Sort the list</source>
        <translation>&amp;Sortér listen</translation>
    </message>
    <message>
        <source>Get next: you belong to no team, so no queue is yours.</source>
        <translation>Hent næste: du hører ikke til noget team, så ingen kø er din.</translation>
    </message>
    <message>
        <source>Get next: every open conversation of your teams has someone. Nothing waits for you.</source>
        <translation>Hent næste: alle åbne samtaler i dine teams har en ansvarlig. Intet venter på dig.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::MergeCustomerDialog</name>
    <message>
        <source>Merge into %1</source>
        <translation>Flet ind i %1</translation>
    </message>
    <message>
        <source>Find the customer who is the same person as %1. Their conversations and identities become %1's; you can undo it in the customer panel.</source>
        <translation>Find den kunde, der er samme person som %1. Kundens samtaler og identiteter overgår til %1; du kan fortryde det i kundepanelet.</translation>
    </message>
    <message>
        <source>Name, email address or phone number</source>
        <translation>Navn, e-mailadresse eller telefonnummer</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Søg efter kunder</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Fundne kunder</translation>
    </message>
    <message>
        <source>Pick a customer to see what the merge changes.</source>
        <translation>Vælg en kunde for at se, hvad fletningen ændrer.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Ukendt kunde</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Moves %n conversation(s)</source>
        <translation>
            <numerusform>Flytter %n samtale</numerusform>
            <numerusform>Flytter %n samtaler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identity(s)</source>
        <translation>
            <numerusform>%n identitet</numerusform>
            <numerusform>%n identiteter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n egenskab</numerusform>
            <numerusform>%n egenskaber</numerusform>
        </translation>
    </message>
    <message>
        <source>No backend knows both as contacts: the merge stays in Kontor.</source>
        <translation>Ingen backend kender begge som kontakter: fletningen forbliver i Kontor.</translation>
    </message>
    <message>
        <source>%1 will be asked to merge its contacts too; that cannot be undone there.</source>
        <translation>%1 bliver også bedt om at flette kontakterne; det kan ikke fortrydes der.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::MessageSourceDialog</name>
    <message>
        <source>Message source</source>
        <translation>Beskedens kilde</translation>
    </message>
</context>
<context>
    <name>kontor::ui::NavigationPane</name>
    <message>
        <source>Views</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <source>&amp;Delete saved filter “%1”</source>
        <translation>&amp;Slet det gemte filter "%1"</translation>
    </message>
</context>
<context>
    <name>kontor::ui::NotificationsPage</name>
    <message>
        <source>Silenced inboxes</source>
        <translation>Lydløse indbakker</translation>
    </message>
    <message>
        <source>&amp;Silence these inboxes: their conversations raise no notification (they still count as unread):</source>
        <translation>Gør disse indbakker &amp;lydløse: deres samtaler giver ingen notifikation (de tæller stadig som ulæste):</translation>
    </message>
</context>
<context>
    <name>kontor::ui::OutboxDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Kassér…</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>Å&amp;bn samtale</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Udbakke</translation>
    </message>
    <message>
        <source>Unfinished actions</source>
        <translation>Ufærdige handlinger</translation>
    </message>
    <message>
        <source>Details of the selected action</source>
        <translation>Detaljer om den valgte handling</translation>
    </message>
    <message>
        <source>Send the selected action again now</source>
        <translation>Send den valgte handling igen nu</translation>
    </message>
    <message>
        <source>Give up the selected action; asks first</source>
        <translation>Opgiv den valgte handling; spørger først</translation>
    </message>
    <message>
        <source>Show the conversation of the selected action</source>
        <translation>Vis samtalen for den valgte handling</translation>
    </message>
    <message>
        <source>Everything you did has reached its backend.</source>
        <translation>Alt, hvad du har gjort, er nået frem til backend.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n handling venter på at blive sendt.</numerusform>
            <numerusform>%n handlinger venter på at blive sendt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n forsøg</numerusform>
            <numerusform>%n forsøg</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;heck again</source>
        <translation>&amp;Tjek igen</translation>
    </message>
    <message>
        <source>Ask the backend once more whether the selected action arrived</source>
        <translation>Spørg backend én gang til, om den valgte handling er kommet frem</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) need you: the backend refused them, or nobody could find out whether they arrived. Decide for each.</source>
        <translation>
            <numerusform>%n handling har brug for dig: backend afviste den, eller ingen kunne finde ud af, om den kom frem. Beslut, hvad der skal ske med den.</numerusform>
            <numerusform>%n handlinger har brug for dig: backend afviste dem, eller ingen kunne finde ud af, om de kom frem. Tag stilling til hver enkelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send again…</source>
        <translation>&amp;Send igen…</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Send igen?</translation>
    </message>
    <message>
        <source>Kontor could not find out whether this arrived. If it did, sending it again means it arrives twice.

Send it again anyway?</source>
        <translation>Kontor kunne ikke finde ud af, om dette kom frem. Hvis det gjorde, kommer det frem to gange, når du sender det igen.

Vil du sende det igen alligevel?</translation>
    </message>
</context>
<context>
    <name>kontor::ui::OutboxDiscard</name>
    <message>
        <source>Discard this action?</source>
        <translation>Kassér denne handling?</translation>
    </message>
    <message>
        <source>Discard “%1”?</source>
        <translation>Kassér “%1”?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behold</translation>
    </message>
    <message>
        <source>It could not be discarded: it is being sent right now.</source>
        <translation>Den kunne ikke kasseres: den bliver sendt lige nu.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SavedFilterDialog</name>
    <message>
        <source>Save a filter</source>
        <translation>Gem et filter</translation>
    </message>
    <message>
        <source>Name of the filter</source>
        <translation>Filterets navn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Everyone's</source>
        <translation>Alles</translation>
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
        <source>Mentioning me</source>
        <translation>Der nævner mig</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>Hvis samtaler</translation>
    </message>
    <message>
        <source>&amp;Conversations:</source>
        <translation>&amp;Samtaler:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Enhver kanal</translation>
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
        <translation>Enhver indbakke</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <source>&amp;Inbox:</source>
        <translation>&amp;Indbakke:</translation>
    </message>
    <message>
        <source>Any team</source>
        <translation>Ethvert team</translation>
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
        <translation>Enhver etiket</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiket:</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Search customers, conversations and messages</source>
        <translation>Søg i kunder, samtaler og beskeder</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>↑↓ to move · Enter to open · Esc to close</source>
        <translation>↑↓ for at flytte · Enter for at åbne · Esc for at lukke</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Intet fundet for "%1"</translation>
    </message>
    <message>
        <source>Nothing found for “%1” with these filters</source>
        <translation>Intet fundet for “%1” med disse filtre</translation>
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
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Enhver status</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mig</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Any inbox</source>
        <translation>Alle indbakker</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;til</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SearchResultDelegate</name>
    <message>
        <source>Note by %1</source>
        <translation>Note af %1</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Kontor works with several accounts at once; their conversations meet in one inbox. Add an account, sign in to one again, or remove one with what it brought, the demo contact center included.</source>
        <translation>Kontor arbejder med flere konti på én gang; deres samtaler mødes i én indbakke. Tilføj en konto, log ind på en igen, eller fjern en med alt, hvad den har bragt, demo-kontaktcentret medregnet.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikationer</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Udseende</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Every action of Kontor can have a keyboard shortcut of your choice. The command palette finds any action by its name.</source>
        <translation>Enhver handling i Kontor kan have en tastaturgenvej efter dit valg. Kommandopaletten finder enhver handling ud fra dens navn.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Genveje</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>Your availability</source>
        <translation>Din tilgængelighed</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Change them in Help → %1.</source>
        <translation>Skift dem under Hjælp → %1.</translation>
    </message>
    <message>
        <source>Change them in Help → %1 (%2).</source>
        <translation>Skift dem under Hjælp → %1 (%2).</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SignInAgainButton</name>
    <message>
        <source>Sign in to %1 again…</source>
        <translation>Log ind på %1 igen …</translation>
    </message>
    <message>
        <source>The server no longer accepts Kontor's sign-in for %1. Its outbox waits until you sign in again.</source>
        <translation>Serveren accepterer ikke længere Kontors login til %1. Udbakken venter, til du logger ind igen.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SnoozeUntilDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Udsæt til</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Udsæt</translation>
    </message>
    <message>
        <source>Snooze &amp;until:</source>
        <translation>Udsæt &amp;til:</translation>
    </message>
    <message>
        <source>Choose a moment in the future.</source>
        <translation>Vælg et tidspunkt i fremtiden.</translation>
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
        <translation>Kontor holder sit lokale lager krypteret med nøglen i systemets nøglering, men nøgleringen kan ikke bruges lige nu.</translation>
    </message>
    <message>
        <source>The store is encrypted and opens only with its key: start or unlock the keychain (GNOME Keyring, KWallet or KeePassXC), then choose Try Again.</source>
        <translation>Lageret er krypteret og åbner kun med sin nøgle: start eller lås nøgleringen op (GNOME Keyring, KWallet eller KeePassXC), og vælg så Prøv igen.</translation>
    </message>
    <message>
        <source>Start or unlock the keychain (GNOME Keyring, KWallet or KeePassXC), then choose Try Again. Or keep working with an unencrypted store: anyone who gets hold of this computer's files can then read your customers' conversations. Kontor shows a warning while it runs so, and encrypts the store at a later start once the keychain answers.</source>
        <translation>Start eller lås nøgleringen op (GNOME Keyring, KWallet eller KeePassXC), og vælg så Prøv igen. Eller arbejd videre med et ukrypteret lager: alle, der får fat i denne computers filer, kan så læse dine kunders samtaler. Kontor viser en advarsel, så længe det kører sådan, og krypterer lageret ved en senere start, når nøgleringen svarer.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Continue Unencrypted</source>
        <translation>Fortsæt ukrypteret</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>kontor::ui::SupervisorView</name>
    <message>
        <source>Supervisor view</source>
        <translation>Teamlederoversigt</translation>
    </message>
    <message>
        <source>Live queues</source>
        <translation>Live-køer</translation>
    </message>
    <message>
        <source>By inbox</source>
        <translation>Efter indbakke</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Efter team</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Efter kanal</translation>
    </message>
    <message>
        <source>Group queues</source>
        <translation>Gruppér køer</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Køer</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenter</translation>
    </message>
    <message>
        <source>Waiting conversations</source>
        <translation>Ventende samtaler</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Tildel til …</translation>
    </message>
    <message>
        <source>&amp;Priority…</source>
        <translation>&amp;Prioritet …</translation>
    </message>
    <message>
        <source>Open conversations, longest waiting first</source>
        <translation>Åbne samtaler, længst ventende først</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Længste ventetid</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Serviceniveau</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Gennemsnitlig svartid</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Første svar (median)</translation>
    </message>
    <message>
        <source>Resolved today</source>
        <translation>Løst i dag</translation>
    </message>
    <message>
        <source>Past SLA</source>
        <translation>Over SLA</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>answered within %1 s</source>
        <translation>besvaret inden for %1 s</translation>
    </message>
    <message>
        <source>of %1 open</source>
        <translation>af %1 åbne</translation>
    </message>
    <message>
        <source>within %1: %2</source>
        <translation>inden for %1: %2</translation>
    </message>
    <message>
        <source>abandoned: %1</source>
        <translation>afbrudt: %1</translation>
    </message>
    <message>
        <source>resolved first time: %1</source>
        <translation>løst ved første kontakt: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Opdateret %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 (%2, %3 open)</source>
        <translation>%1 (%2, %3 åbne)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Fjern tildeling</translation>
    </message>
    <message>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Tærskler …</translation>
    </message>
    <message>
        <source>Kontor — Supervisor</source>
        <translation>Kontor — Supervisor</translation>
    </message>
    <message>
        <source>Show the hours as a &amp;table</source>
        <translation>Vis timerne som &amp;tabel</translation>
    </message>
</context>
<context>
    <name>kontor::ui::ThresholdsDialog</name>
    <message>
        <source>Wallboard thresholds</source>
        <translation>Tærskler for oversigtstavlen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Service level: answered within</source>
        <translation>Serviceniveau: besvaret inden for</translation>
    </message>
    <message>
        <source>Service level below (%)</source>
        <translation>Serviceniveau under (%)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Waiting contacts above</source>
        <translation>Ventende kontakter over</translation>
    </message>
    <message>
        <source>Longest wait above</source>
        <translation>Længste ventetid over</translation>
    </message>
    <message>
        <source>Average speed of answer above</source>
        <translation>Gennemsnitlig svartid over</translation>
    </message>
    <message>
        <source>Contacts past SLA above</source>
        <translation>Kontakter over SLA flere end</translation>
    </message>
    <message>
        <source>CSAT below (%)</source>
        <translation>CSAT under (%)</translation>
    </message>
    <message>
        <source>Each figure turns amber past the first value and red past the second.</source>
        <translation>Hvert tal bliver gult efter den første værdi og rødt efter den anden.</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>gul</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rød</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TimelineDelegate</name>
    <message>
        <source>○ Queued</source>
        <translation>○ I kø</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ Sendt</translation>
    </message>
    <message>
        <source>✓✓ Delivered</source>
        <translation>✓✓ Leveret</translation>
    </message>
    <message>
        <source>✓✓ Read</source>
        <translation>✓✓ Læst</translation>
    </message>
    <message>
        <source>⚠ Not delivered</source>
        <translation>⚠ Ikke leveret</translation>
    </message>
    <message>
        <source>Load remote content</source>
        <translation>Indlæs eksternt indhold</translation>
    </message>
    <message>
        <source>View source</source>
        <translation>Vis kilde</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <source>Switched from %1 to %2</source>
        <translation>Skiftede fra %1 til %2</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Intern note</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Dig</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Remote content cannot be loaded in this workspace</source>
        <translation>Eksternt indhold kan ikke indlæses i dette arbejdsområde</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Årsag: %1</translation>
    </message>
    <message>
        <source>Too long to show in full</source>
        <translation>For lang til at blive vist helt</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Vis alt</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TimelineView</name>
    <message>
        <source>Messages</source>
        <translation>Beskeder</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Kopiér tekst</translation>
    </message>
    <message>
        <source>View &amp;source</source>
        <translation>Vis &amp;kilde</translation>
    </message>
    <message>
        <source>&amp;Load remote content</source>
        <translation>&amp;Indlæs eksternt indhold</translation>
    </message>
    <message>
        <source>&amp;Retry sending</source>
        <translation>&amp;Send igen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Kassér…</translation>
    </message>
    <message>
        <source>Open “%1”</source>
        <translation>Åbn “%1”</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Vis &amp;alt</translation>
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
        <translation>Tildelt til dig: %1</translation>
    </message>
    <message>
        <source>You were mentioned about %1</source>
        <translation>Du blev nævnt: %1</translation>
    </message>
    <message>
        <source>%1 replied</source>
        <translation>%1 har svaret</translation>
    </message>
    <message>
        <source>New in your queue: %1</source>
        <translation>Ny i din kø: %1</translation>
    </message>
    <message>
        <source>SLA about to break: %1</source>
        <translation>SLA udløber snart: %1</translation>
    </message>
    <message>
        <source>SLA broken: %1</source>
        <translation>SLA overskredet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) with unread messages</source>
        <translation>
            <numerusform>%n samtale med ulæste beskeder</numerusform>
            <numerusform>%n samtaler med ulæste beskeder</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread messages</source>
        <translation>Ingen ulæste beskeder</translation>
    </message>
</context>
<context>
    <name>kontor::ui::TrendChart</name>
    <message>
        <source>Contacts and service level by hour</source>
        <translation>Kontakter og serviceniveau pr. time</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Serviceniveau</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>No contacts yet today.</source>
        <translation>Ingen kontakter endnu i dag.</translation>
    </message>
    <message>
        <source>%1 hours: %2 contacts offered, %3 answered. The table below has every hour.</source>
        <translation>%1 timer: %2 kontakter tilbudt, %3 besvaret. Tabellen nedenfor viser hver time.</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WallboardTile</name>
    <message>
        <source>needs attention</source>
        <translation>kræver opmærksomhed</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisk</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>ingen data endnu</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WelcomeDialog</name>
    <message>
        <source>&amp;Explore the demo contact center</source>
        <translation>&amp;Udforsk demo-kontaktcentret</translation>
    </message>
    <message>
        <source>&amp;Connect a Chatwoot account</source>
        <translation>&amp;Forbind en Chatwoot-konto</translation>
    </message>
    <message>
        <source>Welcome to Kontor</source>
        <translation>Velkommen til Kontor</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Kontor&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Velkommen til Kontor&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every customer conversation of every channel and account in one inbox, and every customer as one person. How do you want to begin?</source>
        <translation>Enhver kundesamtale fra enhver kanal og konto i én indbakke, og enhver kunde som én person. Hvordan vil du begynde?</translation>
    </message>
    <message>
        <source>A simulated contact center with customers, colleagues and live traffic on every channel, with no server needed. You can remove it with its data under Accounts at any time.</source>
        <translation>Et simuleret kontaktcenter med kunder, kolleger og live-trafik på alle kanaler, uden brug for en server. Du kan til enhver tid fjerne det med dets data under Konti.</translation>
    </message>
    <message>
        <source>Work on your team's conversations: sign in to your Chatwoot server. More accounts can be added later under Accounts.</source>
        <translation>Arbejd med dit teams samtaler: log ind på din Chatwoot-server. Flere konti kan tilføjes senere under Konti.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
</context>
<context>
    <name>kontor::ui::WorkspaceActions</name>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Søg …</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Næste samtale</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Forrige samtale</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;Åbn samtale</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>Tilbage til &amp;listen</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Intern &amp;note</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>S&amp;end</translation>
    </message>
    <message>
        <source>R&amp;esolve</source>
        <translation>L&amp;øs</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Tildel …</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Tildel til &amp;mig</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>&amp;Udsæt …</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>&amp;Etiketter …</translation>
    </message>
    <message>
        <source>&amp;Priority…</source>
        <translation>&amp;Prioritet …</translation>
    </message>
    <message>
        <source>All &amp;channels of the customer</source>
        <translation>Alle kundens &amp;kanaler</translation>
    </message>
    <message>
        <source>Select &amp;all in the list</source>
        <translation>Vælg &amp;alle på listen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>Save view as &amp;filter…</source>
        <translation>Gem visning som &amp;filter …</translation>
    </message>
    <message>
        <source>Moving around</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Besvarelse</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Sortering</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Udbakke…</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Go to &amp;Mine</source>
        <translation>Gå til &amp;Mine</translation>
    </message>
    <message>
        <source>Go to &amp;Unassigned</source>
        <translation>Gå til &amp;Ikke tildelt</translation>
    </message>
    <message>
        <source>Go to &amp;All open</source>
        <translation>Gå til &amp;Alle åbne</translation>
    </message>
    <message>
        <source>Go to M&amp;entions</source>
        <translation>Gå til &amp;Omtaler</translation>
    </message>
    <message>
        <source>Go to Sn&amp;oozed</source>
        <translation>Gå til &amp;Udsat</translation>
    </message>
    <message>
        <source>Go to &amp;Resolved</source>
        <translation>Gå til &amp;Løst</translation>
    </message>
    <message>
        <source>Sort by newest &amp;activity</source>
        <translation>Sortér efter nyeste &amp;aktivitet</translation>
    </message>
    <message>
        <source>Sort by &amp;waiting longest</source>
        <translation>Sortér efter længst &amp;ventetid</translation>
    </message>
    <message>
        <source>Sort by SLA &amp;due first</source>
        <translation>Sortér efter &amp;SLA-frist</translation>
    </message>
    <message>
        <source>Sort by &amp;priority</source>
        <translation>Sortér efter &amp;prioritet</translation>
    </message>
    <message>
        <source>&amp;Merge the customer with…</source>
        <translation>&amp;Læg kunden sammen med …</translation>
    </message>
    <message>
        <source>&amp;Edit the customer…</source>
        <translation>&amp;Redigér kunden …</translation>
    </message>
    <message>
        <source>&amp;Split an identity off the customer…</source>
        <translation>&amp;Udskil en identitet fra kunden …</translation>
    </message>
    <message>
        <source>&amp;Erase customer from this computer…</source>
        <translation>&amp;Slet kunden fra denne computer …</translation>
    </message>
    <message>
        <source>&amp;Customer panel</source>
        <translation>&amp;Kundepanel</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>Arbejd &amp;offline</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Kommandopalet …</translation>
    </message>
    <message>
        <source>Configure S&amp;hortcuts…</source>
        <translation>Indstil &amp;genveje …</translation>
    </message>
    <message>
        <source>&amp;About Kontor</source>
        <translation>&amp;Om Kontor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbejdsområde</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Get next conversation</source>
        <translation>&amp;Hent næste samtale</translation>
    </message>
    <message>
        <source>Mark as pe&amp;nding</source>
        <translation>Markér som a&amp;fventende</translation>
    </message>
    <message>
        <source>Move to &amp;team…</source>
        <translation>Flyt til &amp;team…</translation>
    </message>
    <message>
        <source>Set my status: &amp;Online</source>
        <translation>Min status: &amp;Online</translation>
    </message>
    <message>
        <source>Set my status: &amp;Busy</source>
        <translation>Min status: &amp;Optaget</translation>
    </message>
    <message>
        <source>Set my status: A&amp;way</source>
        <translation>Min status: &amp;Væk</translation>
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
    <message>
        <source>Sync progress</source>
        <translation>Synkroniseringsstatus</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Arbejd offline</translation>
    </message>
    <message>
        <source>Stop using the network: keep working, and send everything when you go online again</source>
        <translation>Stop med at bruge netværket: arbejd videre, og send alt, når du går online igen</translation>
    </message>
    <message>
        <source>Show what waits to be sent and what failed</source>
        <translation>Vis, hvad der venter på at blive sendt, og hvad der mislykkedes</translation>
    </message>
    <message>
        <source>Store not encrypted</source>
        <translation>Lager ikke krypteret</translation>
    </message>
    <message>
        <source>Kontor's local store is not encrypted: anyone with this computer's files can read it. Kontor encrypts it at the next start once the system keychain answers.</source>
        <translation>Kontors lokale lager er ikke krypteret: alle med denne computers filer kan læse det. Kontor krypterer det ved næste start, når systemets nøglering svarer.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kontor cannot start</source>
        <translation>Kontor kan ikke starte</translation>
    </message>
    <message>
        <source>Kontor</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <source>Kontor found damage in its local store. Restart Kontor to repair it: the damaged store is set aside and your conversations are fetched again.</source>
        <translation>Kontor har fundet skader i sit lokale lager. Genstart Kontor for at reparere det: det beskadigede lager lægges til side, og dine samtaler hentes igen.</translation>
    </message>
    <message>
        <source>Kontor's local store is encrypted: it opens only with its key from the system keychain. Start Kontor without --unencrypted-store.</source>
        <translation>Kontors lokale lager er krypteret: det åbner kun med sin nøgle fra systemets nøglering. Start Kontor uden --unencrypted-store.</translation>
    </message>
    <message>
        <source>The store was left unchanged: restore the key in the keychain, then choose Retry.</source>
        <translation>Lageret blev ikke ændret: gendan nøglen i nøgleringen, og vælg så Prøv igen.</translation>
    </message>
</context>
</TS>
