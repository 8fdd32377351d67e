// Danish texts of the demo contact center.
#include "connectors/demo/backend/DemoContent.h"

namespace kontor {

namespace {

// Forsinket levering
constexpr const char *deliverySubjects[] = {
    "Hvor er min ordre {order}?",
    "Ordre {order} er stadig ikke leveret",
};
constexpr const char *deliveryOpenings[] = {
    "Hej, jeg bestilte {product} den {date} (ordre {order}), men den er stadig ikke kommet. Track & trace "
    "har "
    "vist „undervejs“ i {days} dage nu. Kan I se, hvad der sker?",
    "Hej, min ordre {order} skulle være leveret senest den {date}, men der er ikke kommet noget. "
    "Forsendelsesnummer {tracking} hos {carrier} er ikke blevet opdateret siden sidste uge.\n\nJeg skal "
    "bruge "
    "den til en fødselsdagsgave i weekenden, så jeg vil sætte stor pris på et hurtigt svar.",
    "Ordre {order} – venter stadig. Noget nyt?",
};
constexpr const char *deliveryFollowUps[] = {
    "Tak. Jeg har lige tjekket igen, og {carrier} viser stadig samme status.",
    "Kan I ikke sende en ny i stedet? Jeg kan ikke vente meget længere.",
    "Nu er der gået to dage mere. Kan I eskalere sagen?",
};
constexpr const char *deliveryReplies[] = {
    "Tak for din tålmodighed. Jeg har kigget på ordre {order}: Pakken forlod vores lager den {date} og er "
    "hos "
    "{carrier} med forsendelsesnummer {tracking}. Den ser ud til at sidde fast på deres terminal, så jeg har "
    "oprettet en efterlysning. Jeg vender tilbage inden for 48 timer.",
    "Undskyld ventetiden. Hvis pakken ikke har rykket sig i morgen, sender vi en ny uden beregning – du skal "
    "ikke returnere noget.",
    "Godt nyt: {carrier} har fundet pakken. Den er ude til levering og burde være hos dig i morgen inden kl. "
    "18.",
};
constexpr const char *deliveryNotes[] = {
    "Efterlysning oprettet hos {carrier}, reference {tracking}. Følg op torsdag, hvis der ikke kommer en ny "
    "scanning.",
    "Kunden har bestilt den som gave – prioritér en ny forsendelse, hvis pakken er væk. {colleague} kan du "
    "godkende genforsendelsen?",
};
constexpr const char *deliveryThanks[] = {
    "Den er lige kommet. Tusind tak for hjælpen!",
    "Super, mange tak.",
};

// Refusion
constexpr const char *refundSubjects[] = {
    "Refusion for ordre {order}",
    "Returnering modtaget – hvor bliver pengene af?",
};
constexpr const char *refundOpenings[] = {
    "Hej, jeg returnerede {product} fra ordre {order} for to uger siden. Pakken blev leveret på jeres lager "
    "den "
    "{date}, men jeg har endnu ikke fået de {amount} tilbage.",
    "Hej, jeg vil gerne returnere {product} (ordre {order}). Den passer ikke til vores opsætning. Hvordan "
    "får jeg "
    "pengene tilbage?",
    "Hvornår får jeg pengene for ordre {order}? Det er {days} dage siden.",
};
constexpr const char *refundFollowUps[] = {
    "Jeg kan stadig ikke se de {amount} på mit kort. Hvilken konto har I refunderet til?",
    "Tak. Skal jeg printe returlabelen, eller kan jeg vise en QR-kode i pakkeshoppen?",
    "Refusionen er på {amount}, men jeg betalte også fragt. Får jeg den også retur?",
};
constexpr const char *refundReplies[] = {
    "Din returnering af ordre {order} kom frem den {date}. Refusionen på {amount} er sendt i dag til den "
    "oprindelige betalingsmetode; afhængigt af din bank går der 3–5 hverdage, før du kan se den.",
    "Du kan returnere varen inden for 30 dage. Jeg har sendt en gratis returlabel til din e-mail – sæt den "
    "bare "
    "på kassen og aflever den i en {carrier}-pakkeshop.",
    "Fragten refunderes også, når hele ordren returneres. Jeg har tilføjet den, så du ser en ekstra, mindre "
    "refusion om et par dage.",
};
constexpr const char *refundNotes[] = {
    "Refusion på {amount} godkendt. Over grænsen på 100 EUR, så {colleague} tjek den venligst, før den "
    "sendes.",
    "Returnering scannet på lageret den {date}; varen kan sælges igen.",
};
constexpr const char *refundThanks[] = {
    "Pengene er kommet, tak!",
    "Perfekt, tak fordi I ordnede det.",
};

// Login-problemer
constexpr const char *loginSubjects[] = {
    "Kan ikke logge ind på min konto",
    "Mail til nulstilling af adgangskode kommer aldrig",
};
constexpr const char *loginOpenings[] = {
    "Hej, jeg kan ikke logge ind i Brightlane-appen siden sidste opdatering. Den siger hele tiden „Ugyldige "
    "loginoplysninger“, selvom jeg har nulstillet min adgangskode to gange.",
    "Hej, jeg har bedt om en ny adgangskode tre gange, men mailen kommer aldrig. Jeg har også kigget i spam. "
    "Min konto-e-mail er {email}.",
    "Appen viser det her, når jeg prøver at logge ind:\n\n{snippet}\n\nHvad betyder det?",
};
constexpr const char *loginFollowUps[] = {
    "Det har jeg prøvet, samme fejl. Det her står i appens log:\n\n{snippet}",
    "Stadig ingen mail. Kan det være, at min konto er spærret?",
    "Det virker på telefonen, men ikke på tabletten.",
};
constexpr const char *loginReplies[] = {
    "Tak for detaljerne. Din konto blev spærret efter fem mislykkede forsøg – jeg har låst den op nu. Prøv "
    "venligst linket til nulstilling igen; det er gyldigt i 30 minutter.",
    "Loggen viser, at appen stadig bruger en udløbet session. Log ud, ryd appens cache (Indstillinger > "
    "Lager > "
    "Ryd cache), og log ind igen.",
    "Tabletten kører stadig app-version 3.8.1 med det gamle login. En opdatering til 4.2 fra App Store løser "
    "det.",
};
constexpr const char *loginNotes[] = {
    "Auth-service-loggen viser gentagne 401 fra et gammelt app-build (3.8.1). Har bedt kunden opdatere.",
    "Nulstillingsmails er kommet retur: kundens postkasse er fuld. {colleague} kan du tjekke bounce-loggen?",
};
constexpr const char *loginThanks[] = {
    "Det virkede, jeg er inde igen. Tak!",
    "Alt i orden nu, mange tak.",
};

// Faktura
constexpr const char *invoiceSubjects[] = {
    "Faktura {invoice} – forkert firmaadresse",
    "Trukket to gange for ordre {order}",
};
constexpr const char *invoiceOpenings[] = {
    "Hej, på faktura {invoice} til ordre {order} står vores gamle firmaadresse. Vores bogholderi skal bruge "
    "en "
    "rettet faktura med vores CVR-nummer 38 21 44 07.",
    "Hej, kan I sende mig en kopi af faktura {invoice}? Jeg kan ikke finde den på min konto.",
    "Jeg er blevet trukket to gange for ordre {order} – {amount} står to gange på min kontoudskrift.",
};
constexpr const char *invoiceFollowUps[] = {
    "Tak, men CVR-nummeret mangler stadig på den nye faktura.",
    "Har I den også som PDF? Vores system tager ikke imod HTML-versionen.",
};
constexpr const char *invoiceReplies[] = {
    "Jeg har udstedt en rettet faktura {invoice} med jeres nye adresse og CVR-nummer. Du finder den "
    "vedhæftet og "
    "på din konto under Ordrer > Fakturaer.",
    ("Du har ret: Den anden trækning på {amount} var en reservation, der skulle have været frigivet. Jeg har "
     "annulleret den, og den forsvinder fra din kontoudskrift inden for et par dage."),
    "Her er faktura {invoice} som PDF. HTML-versionen på kontoen er det samme dokument.",
};
constexpr const char *invoiceNotes[] = {
    "Dobbelt trækning bekræftet i betalingsudbyderens dashboard (2 x {amount}); den anden er annulleret.",
    "Den rettede faktura kræver en kreditnota til den oprindelige {invoice}. {colleague} kan du udstede den?",
};
constexpr const char *invoiceThanks[] = {
    "Modtaget, tak!",
    "Det var lige det, vi manglede. Tak.",
};

// Adresseændring
constexpr const char *addressSubjects[] = {
    "Ændr leveringsadresse for ordre {order}",
    "Forkert adresse på min ordre",
};
constexpr const char *addressOpenings[] = {
    "Hej, jeg har lige afgivet ordre {order} og kan se, at jeg brugte min gamle adresse. Kan I ændre den til "
    "{street}, {city}?",
    "Vi flytter i næste uge – lever venligst ordre {order} til {street}, {city} i stedet.",
};
constexpr const char *addressFollowUps[] = {
    "Er adressen blevet ændret? Ordrebekræftelsen viser stadig den gamle.",
    "Undskyld, en ting mere: Det er 2. sal tv.",
};
constexpr const char *addressReplies[] = {
    "Jeg har ændret leveringsadressen for ordre {order} til {street}, {city}. Pakken er ikke afleveret til "
    "{carrier} endnu, så den bliver sendt til den nye adresse.",
    "Desværre havde pakken allerede forladt vores lager. Jeg har bedt {carrier} om at omdirigere den til "
    "{street}, {city}; de sender dig en sms til bekræftelse.",
};
constexpr const char *addressNotes[] = {
    "Adresseændring efter afsendelse – anmodning om omdirigering sendt til {carrier}.",
};
constexpr const char *addressThanks[] = {
    "Tak, det var en lettelse!",
    "Perfekt, tak.",
};

// API-fejl
constexpr const char *apiSubjects[] = {
    "API returnerer {error} på {endpoint}",
    "Webhooks fejler siden i morges",
};
constexpr const char *apiOpenings[] = {
    "Hej, siden i morges får vores integration {error}, når vi kalder {endpoint}. Intet er ændret hos os. "
    "Eksempel på request og response:\n\n{snippet}",
    "Hej, vores webhook-endpoint har ikke modtaget events siden omkring {time}. Vores log viser:\n\n{snippet}"
    "\n\nKan I tjekke, om leveringerne fejler hos jer?",
    "Vi får {error} på ca. 5 % af kaldene til {endpoint} siden sidste deploy. Er der en driftsforstyrrelse?",
};
constexpr const char *apiFollowUps[] = {
    "Vi har tilføjet backoff, men nu returnerer nogle kald det her:\n\n{snippet}",
    "Det virker igen for de fleste enheder, men nogle requests får stadig timeout efter 30 s.",
    "Har I en statusside, vi kan abonnere på?",
};
constexpr const char *apiReplies[] = {
    "Tak for den grundige beskrivelse. {error} kommer fra rate limiteren: Jeres nøgle har sendt over 600 "
    "requests i minuttet. Vent venligst, når I får en `Retry-After`-header, for eksempel sådan "
    "her:\n\n{snippet}",
    "Vi havde et delvist nedbrud i enhedstjenesten mellem 09:12 og 09:47 UTC; webhook-leveringer fra det "
    "tidsrum "
    "bliver sendt igen nu. I kan følge status i udviklerkonsollen under Webhooks > Leveringer.",
    ("422 betyder, at starttidspunktet mangler en tidszone. Send det som ISO 8601 med offset, fx "
     "`2025-03-04T07:30:00+01:00`, så bliver det accepteret."),
};
constexpr const char *apiNotes[] = {
    "Kundens nøgle rammer rate limit fra én IP – sandsynligvis et retry-loop uden backoff. {colleague} til "
    "info.",
    "Knyttet til incident INC-2291 (enhedstjeneste). Replay startet for alle berørte webhooks.",
};
constexpr const char *apiThanks[] = {
    "Bekræftet, alt er grønt hos os igen. Tak for den hurtige hjælp!",
    "Det virker. Tak for den hurtige reaktion.",
};

// Beskadiget vare
constexpr const char *damagedSubjects[] = {
    "{product} ankom i stykker",
    "Defekt vare i ordre {order}",
};
constexpr const char *damagedOpenings[] = {
    "Hej, {product} fra ordre {order} kom i dag med et revnet kabinet. Jeg har vedhæftet et billede.",
    "Kassen var mast, og {product} kan ikke tænde. Hvad gør jeg nu?",
};
constexpr const char *damagedFollowUps[] = {
    "Skal jeg sende den ødelagte retur først?",
    "Her er et billede mere af emballagen.",
};
constexpr const char *damagedReplies[] = {
    "Det er jeg ked af. Jeg har sendt en ny {product} i dag – du får et forsendelsesnummer fra {carrier} om "
    "lidt. "
    "Du skal ikke returnere den beskadigede; aflever den venligst til genbrug.",
    "Tak for billederne. Det er tydeligvis en transportskade, så jeg har anmeldt den hos {carrier}, og en ny "
    "er "
    "på vej.",
};
constexpr const char *damagedNotes[] = {
    "Anden beskadigede levering via {carrier} i denne uge i samme postnummer – meldt videre til logistik.",
};
constexpr const char *damagedThanks[] = {
    "Den nye kom helt. Tak!",
    "Mange tak, det er pænt af jer.",
};

// Abonnement
constexpr const char *subscriptionSubjects[] = {
    "Opsig mit Brightlane {plan}-abonnement",
    "Opgradering til {plan}",
};
constexpr const char *subscriptionOpenings[] = {
    "Hej, jeg vil gerne opsige mit Brightlane {plan}-abonnement ved udgangen af den nuværende periode. "
    "Bekræft "
    "venligst.",
    "Hej, hvordan opgraderer jeg til {plan}, og bliver prisen beregnet forholdsmæssigt?",
};
constexpr const char *subscriptionFollowUps[] = {
    "Bliver mine kameraoptagelser slettet, når abonnementet slutter?",
    "Og kan jeg skifte tilbage senere uden at miste mine automatiseringer?",
};
constexpr const char *subscriptionReplies[] = {
    "Dit {plan}-abonnement er opsagt og er aktivt til og med den {date}. Du bliver ikke trukket igen.",
    ("Du kan opgradere når som helst i appen under Konto > Abonnement. Vi modregner den ubrugte del af dit "
     "nuværende abonnement, så forskellen denne måned er {amount}."),
    "Optagelser er tilgængelige i 30 dage efter abonnementets udløb, så du har tid til at hente dem.",
};
constexpr const char *subscriptionNotes[] = {
    "Tilbudt en gratis måned for at beholde kunden; afslået.",
};
constexpr const char *subscriptionThanks[] = {
    "Tak for den hurtige bekræftelse.",
    "Super, tak!",
};

constexpr const char *emailGreetings[] = {"Hej,", "Hej Brightlane,", "Kære Brightlane,", "Goddag,"};
constexpr const char *emailSignOffs[] = {"Venlig hilsen", "Med venlig hilsen", "Mvh.", "Hilsen"};
constexpr const char *mobileFooters[] = {"Sendt fra min iPhone", "Sendt fra Outlook til Android"};
constexpr const char *agentGreetings[] = {"Hej {first},", "Kære {first},"};
constexpr const char *agentSignOffs[] = {"Venlig hilsen", "Med venlig hilsen", "De bedste hilsner"};
constexpr const char *customerChat[] = {
    "ok", "øjeblik", "tak", "hallo?", "er du der stadig?", "👍", "undskyld, jeg fik et opkald",
};
constexpr const char *agentChat[] = {
    "Jeg kigger lige på det for dig.",
    "Et øjeblik, jeg undersøger det.",
    "Tak fordi du ventede!",
    "Er der andet, jeg kan hjælpe med?",
};
constexpr const char *channelSwitches[] = {
    "Jeg har allerede skrevet til jer på {previous} om det her – ordre {order}.",
    "Jeg følger op på min besked på {previous} fra tidligere, da ingen har svaret der endnu.",
    "Hej igen, samme sag som på {previous} (ordre {order}). Det er nemmere for mig her.",
};
constexpr const char *voicemails[] = {
    "Hej, det er {name}, jeg ringer angående ordre {order}. Ring venligst tilbage på dette nummer. Tak.",
    "Hej, {name} her. Jeg venter på svar om min ordre {order} – kan nogen ringe mig op i eftermiddag?",
};
constexpr const char *callNotes[] = {
    "Opkald ({duration}): kunden spurgte til ordre {order}. Forklarede de næste skridt og lovede en "
    "opdatering "
    "på mail.",
    "Opkald ({duration}): gennemgik problemet trin for trin med kunden; løst i telefonen.",
    "Ringede tilbage ({duration}), intet svar. Lagt besked på telefonsvareren.",
};
constexpr const char *csatGood[] = {
    "Hurtig og venlig hjælp, tak!",
    "Problemet løst på få minutter.",
    "Meget hjælpsom, tak {agent}.",
};
constexpr const char *csatMixed[] = {
    "OK til sidst, men det tog sin tid.",
    "Løst, men jeg måtte skrive to gange.",
};
constexpr const char *csatBad[] = {
    "Måtte forklare alt to gange.",
    "Venter stadig på en rigtig løsning.",
};

} // namespace

const DemoPhrasebook &danishPhrasebook()
{
    static const DemoPhrasebook book{
        .topics =
            {
                {deliverySubjects, deliveryOpenings, deliveryFollowUps, deliveryReplies, deliveryNotes,
                 deliveryThanks},
                {refundSubjects, refundOpenings, refundFollowUps, refundReplies, refundNotes, refundThanks},
                {loginSubjects, loginOpenings, loginFollowUps, loginReplies, loginNotes, loginThanks},
                {invoiceSubjects, invoiceOpenings, invoiceFollowUps, invoiceReplies, invoiceNotes,
                 invoiceThanks},
                {addressSubjects, addressOpenings, addressFollowUps, addressReplies, addressNotes,
                 addressThanks},
                {apiSubjects, apiOpenings, apiFollowUps, apiReplies, apiNotes, apiThanks},
                {damagedSubjects, damagedOpenings, damagedFollowUps, damagedReplies, damagedNotes,
                 damagedThanks},
                {subscriptionSubjects, subscriptionOpenings, subscriptionFollowUps, subscriptionReplies,
                 subscriptionNotes, subscriptionThanks},
            },
        .emailGreetings = emailGreetings,
        .emailSignOffs = emailSignOffs,
        .mobileFooters = mobileFooters,
        .agentGreetings = agentGreetings,
        .agentSignOffs = agentSignOffs,
        .customerChat = customerChat,
        .agentChat = agentChat,
        .channelSwitches = channelSwitches,
        .voicemails = voicemails,
        .callNotes = callNotes,
        .csatGood = csatGood,
        .csatMixed = csatMixed,
        .csatBad = csatBad,
        .quoteHeader = "Den {qdate} skrev {qfrom}:",
        .quoteDate = "{wd} {d}. {mon} {y} kl. {hh}.{mm}",
        .dateFormat = "{d}. {mon}",
        .months = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                   "oktober", "november", "december"},
        .weekdays = {"man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."},
        .channelNames = {"mail", "webchat", "sms", "WhatsApp", "Messenger", "Instagram", "Telegram",
                         "telefon", "kontaktformularen"},
        .durationFormat = "{m} min. {s} sek.",
        .currencyFormat = "{v} kr.",
        .currencyPerMille = 7460,
        .decimalSeparator = ',',
        .teamSignature = "Brightlane Kundeservice",
    };
    return book;
}

} // namespace kontor
