// German texts of the demo contact center.
#include "connectors/demo/backend/DemoContent.h"

namespace kontor {

namespace {

// Verspätete Lieferung
constexpr const char *deliverySubjects[] = {
    "Wo bleibt meine Bestellung {order}?",
    "Bestellung {order} noch nicht angekommen",
};
constexpr const char *deliveryOpenings[] = {
    "Hallo, ich habe am {date} den {product} bestellt (Bestellung {order}), aber er ist immer noch nicht da. "
    "Die Sendungsverfolgung zeigt seit {days} Tagen „in Zustellung“. Können Sie bitte nachsehen, was los "
    "ist?",
    "Guten Tag, meine Bestellung {order} sollte bis zum {date} ankommen, aber bisher ist nichts passiert. "
    "Die "
    "Sendungsnummer {tracking} bei {carrier} zeigt seit letzter Woche keinen neuen Status.\n\nIch brauche "
    "das "
    "Paket für ein Geburtstagsgeschenk am Wochenende und wäre für eine schnelle Antwort dankbar.",
    "Bestellung {order} – immer noch nichts angekommen. Gibt es Neuigkeiten?",
};
constexpr const char *deliveryFollowUps[] = {
    "Danke. Ich habe eben noch einmal nachgesehen, {carrier} zeigt immer noch denselben Status.",
    "Können Sie mir stattdessen einen Ersatz schicken? Ich kann nicht mehr lange warten.",
    "Jetzt sind wieder zwei Tage vergangen. Könnten Sie das bitte eskalieren?",
};
constexpr const char *deliveryReplies[] = {
    "Vielen Dank für Ihre Geduld. Ich habe mir die Bestellung {order} angesehen: Das Paket hat unser Lager "
    "am "
    "{date} verlassen und ist bei {carrier} unter der Sendungsnummer {tracking} unterwegs. Es hängt offenbar "
    "im "
    "Verteilzentrum fest, deshalb habe ich einen Nachforschungsauftrag gestellt. Ich melde mich innerhalb "
    "von "
    "48 Stunden bei Ihnen.",
    "Entschuldigen Sie die Verzögerung. Wenn sich das Paket bis morgen nicht bewegt, schicken wir Ihnen "
    "kostenlos Ersatz – Sie müssen nichts zurücksenden.",
    "Gute Nachrichten: {carrier} hat das Paket gefunden. Es ist in der Zustellung und sollte morgen bis 18 "
    "Uhr "
    "bei Ihnen sein.",
};
constexpr const char *deliveryNotes[] = {
    "Nachforschung bei {carrier} beauftragt, Referenz {tracking}. Am Donnerstag nachfassen, falls kein neuer "
    "Scan kommt.",
    "Kunde hat als Geschenk bestellt – bei Verlust bitte Ersatz priorisieren. {colleague} kannst du die "
    "Ersatzlieferung freigeben?",
};
constexpr const char *deliveryThanks[] = {
    "Es ist gerade angekommen. Vielen Dank für Ihre Hilfe!",
    "Super, danke schön.",
};

// Erstattung
constexpr const char *refundSubjects[] = {
    "Erstattung für Bestellung {order}",
    "Rücksendung angekommen – wo bleibt die Erstattung?",
};
constexpr const char *refundOpenings[] = {
    "Hallo, ich habe den {product} aus Bestellung {order} vor zwei Wochen zurückgeschickt. Laut "
    "Sendungsverfolgung ist das Paket am {date} bei Ihnen angekommen, aber die Erstattung über {amount} habe "
    "ich noch nicht erhalten.",
    ("Guten Tag, ich möchte den {product} (Bestellung {order}) zurückgeben, er passt nicht zu unserer "
     "Installation. Wie bekomme ich mein Geld zurück?"),
    "Wann bekomme ich mein Geld für Bestellung {order} zurück? Es sind jetzt {days} Tage.",
};
constexpr const char *refundFollowUps[] = {
    "Ich sehe die {amount} immer noch nicht auf meiner Karte. Auf welches Konto haben Sie erstattet?",
    "Danke. Muss ich das Rücksendeetikett ausdrucken oder reicht ein QR-Code in der Filiale?",
    "Erstattet wurden {amount}, ich hatte aber auch Versand bezahlt. Wird der auch erstattet?",
};
constexpr const char *refundReplies[] = {
    "Ihre Rücksendung zu Bestellung {order} ist am {date} bei uns eingegangen. Die Erstattung über {amount} "
    "wurde heute auf Ihr ursprüngliches Zahlungsmittel veranlasst; je nach Bank dauert es 3–5 Werktage, bis "
    "sie sichtbar ist.",
    "Sie können den Artikel innerhalb von 30 Tagen zurückgeben. Ich habe Ihnen ein kostenloses "
    "Rücksendeetikett per E-Mail geschickt – einfach auf den Karton kleben und bei {carrier} abgeben.",
    "Bei einer vollständigen Rücksendung erstatten wir auch die Versandkosten. Ich habe sie nachgetragen, "
    "Sie "
    "sehen in ein paar Tagen eine zweite, kleinere Gutschrift.",
};
constexpr const char *refundNotes[] = {
    "Erstattung über {amount} genehmigt. Über der 100-EUR-Grenze, {colleague} bitte gegenprüfen.",
    "Rücksendung am {date} im Lager gescannt; Artikel ist wiederverkaufsfähig.",
};
constexpr const char *refundThanks[] = {
    "Erstattung ist da, danke!",
    "Perfekt, vielen Dank für die schnelle Klärung.",
};

// Anmeldeprobleme
constexpr const char *loginSubjects[] = {
    "Anmeldung nicht möglich",
    "E-Mail zum Zurücksetzen des Passworts kommt nicht an",
};
constexpr const char *loginOpenings[] = {
    "Hallo, seit dem letzten Update kann ich mich nicht mehr in der Brightlane-App anmelden. Es kommt immer "
    "„Ungültige Zugangsdaten“, obwohl ich das Passwort schon zweimal zurückgesetzt habe.",
    "Guten Tag, ich habe dreimal ein neues Passwort angefordert, aber die E-Mail kommt nie an. Im "
    "Spam-Ordner "
    "ist auch nichts. Meine Konto-E-Mail ist {email}.",
    "Beim Anmelden zeigt die App Folgendes an:\n\n{snippet}\n\nWas bedeutet das?",
};
constexpr const char *loginFollowUps[] = {
    "Habe ich gemacht, gleicher Fehler. Das steht im App-Protokoll:\n\n{snippet}",
    "Immer noch keine E-Mail. Kann es sein, dass mein Konto gesperrt ist?",
    "Auf dem Handy geht es jetzt, auf dem Tablet nicht.",
};
constexpr const char *loginReplies[] = {
    "Danke für die Details. Ihr Konto wurde nach fünf Fehlversuchen gesperrt – ich habe es jetzt entsperrt. "
    "Bitte nutzen Sie den Link zum Zurücksetzen noch einmal; er ist 30 Minuten gültig.",
    "Im Protokoll sieht man, dass die App noch eine abgelaufene Sitzung verwendet. Bitte melden Sie sich ab, "
    "leeren Sie den App-Cache (Einstellungen > Speicher > Cache leeren) und melden Sie sich neu an.",
    "Auf dem Tablet läuft noch App-Version 3.8.1 mit der alten Anmeldung. Ein Update auf 4.2 aus dem App "
    "Store "
    "behebt das.",
};
constexpr const char *loginNotes[] = {
    "Auth-Service-Logs zeigen wiederholt 401 von einem alten App-Build (3.8.1). Kunde soll aktualisieren.",
    "Reset-Mails kamen zurück: Postfach des Kunden ist voll. {colleague} kannst du das Bounce-Log prüfen?",
};
constexpr const char *loginThanks[] = {
    "Hat geklappt, ich bin wieder drin. Danke!",
    "Alles gut jetzt, vielen Dank.",
};

// Rechnung
constexpr const char *invoiceSubjects[] = {
    "Rechnung {invoice} – falsche Firmenadresse",
    "Doppelte Abbuchung für Bestellung {order}",
};
constexpr const char *invoiceOpenings[] = {
    "Hallo, auf der Rechnung {invoice} zu Bestellung {order} steht noch unsere alte Firmenadresse. Unsere "
    "Buchhaltung braucht eine korrigierte Rechnung mit unserer USt-IdNr. DE 298 114 503.",
    "Guten Tag, könnten Sie mir bitte eine Kopie der Rechnung {invoice} schicken? Ich finde sie nicht in "
    "meinem "
    "Konto.",
    "Mir wurde die Bestellung {order} doppelt abgebucht – {amount} steht zweimal auf meinem Kontoauszug.",
};
constexpr const char *invoiceFollowUps[] = {
    "Danke, aber auf der neuen Rechnung fehlt die USt-IdNr. immer noch.",
    "Haben Sie die Rechnung auch als PDF? Unser System nimmt die HTML-Version nicht an.",
};
constexpr const char *invoiceReplies[] = {
    "Ich habe eine korrigierte Rechnung {invoice} mit Ihrer neuen Adresse und USt-IdNr. erstellt. Sie finden "
    "sie im Anhang und in Ihrem Konto unter Bestellungen > Rechnungen.",
    "Sie haben recht: Die zweite Buchung über {amount} war eine Vorautorisierung, die hätte freigegeben "
    "werden "
    "müssen. Ich habe sie storniert; sie verschwindet in wenigen Tagen von Ihrem Kontoauszug.",
    "Anbei die Rechnung {invoice} als PDF. Die HTML-Version im Konto ist inhaltlich identisch.",
};
constexpr const char *invoiceNotes[] = {
    "Doppelbuchung im Dashboard des Zahlungsdienstleisters bestätigt (2 x {amount}); zweite storniert.",
    "Für die korrigierte Rechnung braucht es eine Gutschrift zur ursprünglichen {invoice}. {colleague} "
    "kannst "
    "du die erstellen?",
};
constexpr const char *invoiceThanks[] = {
    "Habe sie erhalten, danke!",
    "Genau das haben wir gebraucht, vielen Dank.",
};

// Adressänderung
constexpr const char *addressSubjects[] = {
    "Lieferadresse für Bestellung {order} ändern",
    "Falsche Adresse in meiner Bestellung",
};
constexpr const char *addressOpenings[] = {
    "Hallo, ich habe gerade die Bestellung {order} aufgegeben und gemerkt, dass noch meine alte Adresse "
    "drinsteht. "
    "Können Sie sie auf {street}, {city} ändern?",
    "Wir ziehen nächste Woche um – bitte liefern Sie die Bestellung {order} an {street}, {city}.",
};
constexpr const char *addressFollowUps[] = {
    "Wurde die Adresse geändert? In der Bestätigungsmail steht noch die alte.",
    "Entschuldigung, noch etwas: Die Wohnung ist im 3. OG links.",
};
constexpr const char *addressReplies[] = {
    "Ich habe die Lieferadresse der Bestellung {order} auf {street}, {city} geändert. Das Paket ist noch "
    "nicht "
    "an {carrier} übergeben, es geht also an die neue Adresse.",
    "Leider hatte das Paket unser Lager schon verlassen. Ich habe {carrier} gebeten, es an {street}, {city} "
    "umzuleiten; Sie bekommen dazu eine SMS zur Bestätigung.",
};
constexpr const char *addressNotes[] = {
    "Adressänderung nach Versand – Umleitungsauftrag an {carrier} geschickt.",
};
constexpr const char *addressThanks[] = {
    "Danke, da bin ich erleichtert!",
    "Perfekt, danke.",
};

// API-Fehler
constexpr const char *apiSubjects[] = {
    "API liefert {error} bei {endpoint}",
    "Webhooks kommen seit heute Morgen nicht mehr an",
};
constexpr const char *apiOpenings[] = {
    "Hallo, seit heute Morgen bekommt unsere Integration {error} beim Aufruf von {endpoint}. Bei uns hat "
    "sich "
    "nichts geändert. Beispiel für Anfrage und Antwort:\n\n{snippet}",
    "Guten Tag, unser Webhook-Endpunkt empfängt seit etwa {time} keine Events mehr. Unsere Logs:\n\n{snippet}"
    "\n\nKönnen Sie prüfen, ob die Zustellung bei Ihnen fehlschlägt?",
    "Seit dem letzten Deployment bekommen wir bei etwa 5 % der Aufrufe von {endpoint} ein {error}. Gibt es "
    "eine "
    "Störung?",
};
constexpr const char *apiFollowUps[] = {
    "Wir haben das Backoff eingebaut, jetzt liefern manche Aufrufe das hier:\n\n{snippet}",
    "Bei den meisten Geräten geht es wieder, aber einige Anfragen laufen nach 30 s in ein Timeout.",
    "Gibt es eine Statusseite, die wir abonnieren können?",
};
constexpr const char *apiReplies[] = {
    "Danke für den ausführlichen Bericht. Das {error} kommt vom Rate Limiter: Ihr Schlüssel hat mehr als 600 "
    "Anfragen pro Minute gesendet. Bitte warten Sie, wenn ein `Retry-After`-Header kommt, zum Beispiel so:"
    "\n\n{snippet}",
    "Zwischen 09:12 und 09:47 UTC war der Gerätedienst teilweise gestört; die Webhook-Zustellungen aus "
    "diesem "
    "Zeitraum werden gerade wiederholt. Den Status sehen Sie in der Entwicklerkonsole unter Webhooks > "
    "Zustellungen.",
    "Der 422 bedeutet, dass beim Startzeitpunkt die Zeitzone fehlt. Senden Sie ihn als ISO 8601 mit Offset, "
    "z. B. "
    "`2025-03-04T07:30:00+01:00`, dann wird er angenommen.",
};
constexpr const char *apiNotes[] = {
    "Schlüssel des Kunden läuft von einer einzigen IP ins Rate Limit – vermutlich eine Retry-Schleife ohne "
    "Backoff. {colleague} zur Info.",
    "Verknüpft mit Incident INC-2291 (Gerätedienst). Replay für alle betroffenen Webhooks gestartet.",
};
constexpr const char *apiThanks[] = {
    "Bestätigt, bei uns ist wieder alles grün. Danke für die schnelle Hilfe!",
    "Läuft. Danke für die schnelle Reaktion.",
};

// Beschädigter Artikel
constexpr const char *damagedSubjects[] = {
    "{product} beschädigt angekommen",
    "Defekter Artikel in Bestellung {order}",
};
constexpr const char *damagedOpenings[] = {
    "Hallo, der {product} aus Bestellung {order} kam heute mit einem gesprungenen Gehäuse an. Ein Foto ist "
    "angehängt.",
    "Der Karton war eingedrückt und der {product} lässt sich nicht einschalten. Was nun?",
};
constexpr const char *damagedFollowUps[] = {
    "Muss ich das kaputte Gerät erst zurückschicken?",
    "Hier noch ein Foto von der Verpackung.",
};
constexpr const char *damagedReplies[] = {
    "Das tut mir leid. Ich habe Ihnen heute einen neuen {product} geschickt – die Sendungsnummer von "
    "{carrier} "
    "kommt in Kürze. Das beschädigte Gerät müssen Sie nicht zurücksenden; bitte entsorgen Sie es über den "
    "Elektroschrott.",
    "Danke für die Fotos. Das ist eindeutig ein Transportschaden; ich habe ihn bei {carrier} gemeldet und "
    "der "
    "Ersatz ist unterwegs.",
};
constexpr const char *damagedNotes[] = {
    "Zweite beschädigte Lieferung über {carrier} diese Woche im selben PLZ-Gebiet – an die Logistik "
    "gemeldet.",
};
constexpr const char *damagedThanks[] = {
    "Der Ersatz ist heil angekommen. Danke!",
    "Vielen Dank, sehr freundlich.",
};

// Abonnement
constexpr const char *subscriptionSubjects[] = {
    "Kündigung meines Brightlane-{plan}-Abos",
    "Wechsel in den Tarif {plan}",
};
constexpr const char *subscriptionOpenings[] = {
    "Hallo, ich möchte mein Brightlane-{plan}-Abo zum Ende der aktuellen Laufzeit kündigen. Bitte bestätigen "
    "Sie mir das.",
    "Guten Tag, wie wechsle ich in den Tarif {plan}, und wird der Preis anteilig berechnet?",
};
constexpr const char *subscriptionFollowUps[] = {
    "Werden meine Kameraaufnahmen gelöscht, wenn das Abo endet?",
    "Und kann ich später zurückwechseln, ohne meine Automationen zu verlieren?",
};
constexpr const char *subscriptionReplies[] = {
    "Ihr {plan}-Abo ist gekündigt und bleibt bis zum {date} aktiv. Es wird nichts mehr abgebucht.",
    "Sie können jederzeit in der App unter Konto > Tarif wechseln. Den ungenutzten Teil Ihres aktuellen "
    "Tarifs "
    "rechnen wir an; diesen Monat beträgt die Differenz {amount}.",
    "Aufnahmen bleiben nach Abo-Ende noch 30 Tage verfügbar, Sie haben also Zeit, sie herunterzuladen.",
};
constexpr const char *subscriptionNotes[] = {
    "Einen Gratismonat zur Kundenbindung angeboten; abgelehnt.",
};
constexpr const char *subscriptionThanks[] = {
    "Danke für die schnelle Bestätigung.",
    "Super, vielen Dank!",
};

constexpr const char *emailGreetings[] = {"Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,",
                                          "Hallo Brightlane-Team,"};
constexpr const char *emailSignOffs[] = {"Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße",
                                         "Danke und Gruß"};
constexpr const char *mobileFooters[] = {"Von meinem iPhone gesendet", "Gesendet von Outlook für Android"};
constexpr const char *agentGreetings[] = {"Hallo {first},", "Guten Tag {name},"};
constexpr const char *agentSignOffs[] = {"Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße"};
constexpr const char *customerChat[] = {
    "ok", "moment", "danke", "hallo?", "sind Sie noch da?", "👍", "sorry, war kurz am Telefon",
};
constexpr const char *agentChat[] = {
    "Ich schaue gleich für Sie nach.",
    "Einen Moment bitte, ich prüfe das.",
    "Danke fürs Warten!",
    "Kann ich sonst noch etwas für Sie tun?",
};
constexpr const char *channelSwitches[] = {
    "Ich habe Ihnen deswegen schon per {previous} geschrieben – Bestellung {order}.",
    "Ich melde mich wegen meiner Nachricht per {previous} von vorhin, da hat noch niemand geantwortet.",
    ("Hallo nochmal, gleiches Anliegen wie per {previous} (Bestellung {order}). Hier ist es einfacher für "
     "mich."),
};
constexpr const char *voicemails[] = {
    "Hallo, hier ist {name}, es geht um die Bestellung {order}. Bitte rufen Sie mich unter dieser Nummer "
    "zurück. "
    "Danke.",
    "Guten Tag, {name} hier. Ich warte auf eine Antwort zu meiner Bestellung {order} – könnte mich heute "
    "Nachmittag jemand zurückrufen?",
};
constexpr const char *callNotes[] = {
    ("Anruf ({duration}): Kunde fragte nach Bestellung {order}. Nächste Schritte erklärt, Update per E-Mail "
     "zugesagt."),
    "Anruf ({duration}): Problem Schritt für Schritt mit dem Kunden durchgegangen; am Telefon gelöst.",
    "Rückruf ({duration}), niemand erreicht. Nachricht auf der Mailbox hinterlassen.",
};
constexpr const char *csatGood[] = {
    "Schnelle und freundliche Hilfe, danke!",
    "Problem in wenigen Minuten gelöst.",
    "Sehr hilfreich, danke {agent}.",
};
constexpr const char *csatMixed[] = {
    "Am Ende ok, aber es hat gedauert.",
    "Gelöst, aber ich musste zweimal schreiben.",
};
constexpr const char *csatBad[] = {
    "Musste alles zweimal erklären.",
    "Warte immer noch auf eine echte Lösung.",
};

} // namespace

const DemoPhrasebook &germanPhrasebook()
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
        .quoteHeader = "Am {qdate} schrieb {qfrom}:",
        .quoteDate = "{dd}.{mm2}.{y} um {hh}:{mm}",
        .dateFormat = "{d}. {mon}",
        .months = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                   "Oktober", "November", "Dezember"},
        .weekdays = {"Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."},
        .channelNames = {"E-Mail", "Web-Chat", "SMS", "WhatsApp", "Messenger", "Instagram", "Telegram",
                         "Telefon", "Kontaktformular"},
        .durationFormat = "{m} Min. {s} Sek.",
        .currencyFormat = "{v} €",
        .currencyPerMille = 1000,
        .decimalSeparator = ',',
        .teamSignature = "Brightlane Kundenservice",
    };
    return book;
}

} // namespace kontor
