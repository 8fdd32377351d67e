// The team's canned responses in the three languages. {{contact.first_name}} and {{agent.name}} are variables
// the composer fills in, as in the backends Kontor talks to.
#include "connectors/demo/backend/DemoContent.h"

namespace kontor {

namespace {

constexpr DemoCannedText cannedTexts[] = {
    {DemoLanguage::English, "hello", "Greeting",
     "Hi {{contact.first_name}}, thanks for getting in touch! I'm {{agent.name}} and I'll help you with "
     "this."},
    {DemoLanguage::English, "tracking", "Where is my parcel",
     "I've checked your order: the parcel is on its way. You can follow it with the tracking link in your "
     "shipping confirmation. If it hasn't arrived within 3 working days, just reply here."},
    {DemoLanguage::English, "refund-issued", "Refund issued",
     "Your refund has been issued to the original payment method. Depending on your bank it takes 3-5 "
     "working "
     "days to show up."},
    {DemoLanguage::English, "password-reset", "Password reset",
     "You can reset your password at https://brightlane.example/reset. The link in the email is valid for 30 "
     "minutes; please also check your spam folder."},
    {DemoLanguage::English, "rate-limit", "API rate limit",
     "Our API allows 600 requests per minute per key. When you receive HTTP 429, wait for the number of "
     "seconds "
     "in the `Retry-After` header before retrying."},
    {DemoLanguage::English, "close", "Closing",
     "Glad I could help! I'll close this conversation now - just reply if anything else comes up."},

    {DemoLanguage::German, "hallo", "Begrüßung",
     "Hallo {{contact.first_name}}, danke für Ihre Nachricht! Ich bin {{agent.name}} und kümmere mich "
     "darum."},
    {DemoLanguage::German, "sendung", "Wo ist mein Paket",
     "Ich habe Ihre Bestellung geprüft: Das Paket ist unterwegs. Sie können es über den Link in Ihrer "
     "Versandbestätigung verfolgen. Falls es nicht innerhalb von 3 Werktagen ankommt, antworten Sie einfach "
     "hier."},
    {DemoLanguage::German, "erstattung", "Erstattung veranlasst",
     "Ihre Erstattung wurde auf Ihr ursprüngliches Zahlungsmittel veranlasst. Je nach Bank dauert es 3–5 "
     "Werktage, bis sie sichtbar ist."},
    {DemoLanguage::German, "passwort", "Passwort zurücksetzen",
     "Sie können Ihr Passwort unter https://brightlane.example/reset zurücksetzen. Der Link in der E-Mail "
     "ist 30 "
     "Minuten gültig; bitte schauen Sie auch im Spam-Ordner nach."},
    {DemoLanguage::German, "abschluss", "Abschluss",
     "Schön, dass ich helfen konnte! Ich schließe die Anfrage jetzt – antworten Sie einfach, falls noch "
     "etwas ist."},

    {DemoLanguage::Danish, "hej", "Velkomst",
     "Hej {{contact.first_name}}, tak for din henvendelse! Jeg hedder {{agent.name}} og hjælper dig med "
     "det."},
    {DemoLanguage::Danish, "pakke", "Hvor er min pakke",
     "Jeg har tjekket din ordre: Pakken er på vej. Du kan følge den via linket i din "
     "forsendelsesbekræftelse. "
     "Hvis den ikke er kommet inden for 3 hverdage, så svar bare her."},
    {DemoLanguage::Danish, "refusion", "Refusion sendt",
     "Din refusion er sendt til den oprindelige betalingsmetode. Afhængigt af din bank går der 3–5 hverdage, "
     "før "
     "du kan se den."},
    {DemoLanguage::Danish, "adgangskode", "Nulstil adgangskode",
     "Du kan nulstille din adgangskode på https://brightlane.example/reset. Linket i mailen er gyldigt i 30 "
     "minutter; kig også i din spam-mappe."},
    {DemoLanguage::Danish, "afslut", "Afslutning",
     "Godt, at jeg kunne hjælpe! Jeg lukker samtalen nu – svar bare, hvis der dukker noget andet op."},
};

} // namespace

std::span<const DemoCannedText> demoCannedTexts()
{
    return cannedTexts;
}

} // namespace kontor
