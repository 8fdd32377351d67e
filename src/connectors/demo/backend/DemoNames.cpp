// Names, places and products of the demo's customers. Made up; addresses use reserved example domains.
#include "connectors/demo/backend/DemoContent.h"

namespace kontor {

namespace {

constexpr const char *englishFirst[] = {
    "Olivia", "Jack",  "Amelia", "Harry", "Isla",    "Noah", "Emily",  "George", "Sophie", "Oscar", "Grace",
    "Thomas", "Chloe", "James",  "Lucy",  "William", "Mia",  "Daniel", "Ella",   "Samuel", "Aisha", "Ravi",
};
constexpr const char *englishLast[] = {
    "Smith",   "Jones",  "Taylor", "Brown",    "Wilson",   "Evans",   "Thomas", "Johnson",
    "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White",   "Hughes", "Edwards",
    "Green",   "Hall",   "Wood",   "Harris",   "Khan",     "O'Brien",
};
constexpr DemoPlace englishPlaces[] = {
    {"London", "GB", "Europe/London", 0, "+44", "Royal Mail"},
    {"Manchester", "GB", "Europe/London", 0, "+44", "Royal Mail"},
    {"Bristol", "GB", "Europe/London", 0, "+44", "DPD"},
    {"Edinburgh", "GB", "Europe/London", 0, "+44", "Royal Mail"},
    {"Leeds", "GB", "Europe/London", 0, "+44", "DPD"},
    {"New York", "US", "America/New_York", -300, "+1", "UPS"},
};
constexpr const char *englishStreets[] = {
    "{n} Baker Street",          "{n} Mill Lane",       "{n} Church Road",
    "Flat {n}, Riverside Court", "{n} Victoria Avenue",
};
constexpr const char *englishCompanies[] = {
    "Fernway Logistics Ltd",
    "Northgate Property Services",
    "Lumen Studio Ltd",
    "Halcyon Care Homes",
};

constexpr const char *germanFirst[] = {
    "Anna",   "Lukas",      "Lena",  "Felix",  "Marie",  "Jonas",  "Laura",     "Paul",
    "Sophie", "Maximilian", "Julia", "Leon",   "Hannah", "Tobias", "Katharina", "Moritz",
    "Sarah",  "Niklas",     "Jörg",  "Sabine", "Özlem",  "Jürgen",
};
constexpr const char *germanLast[] = {
    "Müller",  "Schmidt",    "Schneider", "Fischer", "Weber",  "Meyer", "Wagner",   "Becker",
    "Schulz",  "Hoffmann",   "Koch",      "Richter", "Klein",  "Wolf",  "Schröder", "Neumann",
    "Schwarz", "Zimmermann", "Braun",     "Krüger",  "Yılmaz", "Hofer",
};
constexpr DemoPlace germanPlaces[] = {
    {"Berlin", "DE", "Europe/Berlin", 60, "+49", "DHL"},
    {"Hamburg", "DE", "Europe/Berlin", 60, "+49", "Hermes"},
    {"München", "DE", "Europe/Berlin", 60, "+49", "DHL"},
    {"Köln", "DE", "Europe/Berlin", 60, "+49", "DPD"},
    {"Leipzig", "DE", "Europe/Berlin", 60, "+49", "DHL"},
    {"Wien", "AT", "Europe/Vienna", 60, "+43", "Österreichische Post"},
    {"Zürich", "CH", "Europe/Zurich", 60, "+41", "Die Post"},
};
constexpr const char *germanStreets[] = {
    "Lindenstraße {n}", "Hauptstraße {n}", "Am Schlossgarten {n}", "Bergmannstraße {n}", "Gartenweg {n}",
};
constexpr const char *germanCompanies[] = {
    "Nordwind Logistik GmbH",
    "Hausverwaltung Krüger & Söhne",
    "Praxis Dr. Hoffmann",
    "Elbtal Immobilien GmbH",
};

constexpr const char *danishFirst[] = {
    "Mette", "Mads",   "Sofie",    "Frederik", "Ida",     "Lasse",   "Freja", "Rasmus",
    "Emma",  "Jonas",  "Anne",     "Kasper",   "Camilla", "Søren",   "Line",  "Mikkel",
    "Signe", "Anders", "Karoline", "Bjørn",    "Åse",     "Nikolaj",
};
constexpr const char *danishLast[] = {
    "Nielsen",   "Jensen",    "Hansen",    "Pedersen", "Andersen",   "Christensen", "Larsen",  "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen",  "Madsen",   "Kristensen", "Olsen",       "Thomsen", "Poulsen",
    "Johansen",  "Møller",    "Mortensen", "Lund",     "Ærenlund",   "Østergaard",
};
constexpr DemoPlace danishPlaces[] = {
    {"København", "DK", "Europe/Copenhagen", 60, "+45", "PostNord"},
    {"Aarhus", "DK", "Europe/Copenhagen", 60, "+45", "GLS"},
    {"Odense", "DK", "Europe/Copenhagen", 60, "+45", "PostNord"},
    {"Aalborg", "DK", "Europe/Copenhagen", 60, "+45", "GLS"},
    {"Esbjerg", "DK", "Europe/Copenhagen", 60, "+45", "PostNord"},
};
constexpr const char *danishStreets[] = {
    "Nørregade {n}", "Vestergade {n}, 2. th.", "Åboulevarden {n}", "Søndre Strandvej {n}", "Bøgevej {n}",
};
constexpr const char *danishCompanies[] = {
    "Havn & Co ApS",
    "Nordlys Ejendomme A/S",
    "Tandklinikken Vesterbro",
    "Fjordkraft Service ApS",
};

constexpr const char *emailDomains[] = {
    "mail.example", "post.example", "inbox.example", "example.com", "example.net", "example.org",
};

constexpr DemoProduct products[] = {
    {"Lumen Hub 2", 12900},
    {"Aura smart bulb E27 (4-pack)", 5990},
    {"Sentry door sensor", 2990},
    {"Halo indoor camera", 8990},
    {"Halo outdoor camera", 14990},
    {"Pulse thermostat", 17900},
    {"Breeze smart plug (2-pack)", 3490},
    {"Echo leak detector", 3990},
};

const DemoNameBook englishNames{englishFirst, englishLast, englishPlaces, englishStreets, englishCompanies};
const DemoNameBook germanNames{germanFirst, germanLast, germanPlaces, germanStreets, germanCompanies};
const DemoNameBook danishNames{danishFirst, danishLast, danishPlaces, danishStreets, danishCompanies};

} // namespace

const DemoNameBook &demoNameBook(DemoLanguage language)
{
    switch (language) {
    case DemoLanguage::German:
        return germanNames;
    case DemoLanguage::Danish:
        return danishNames;
    case DemoLanguage::English:
        break;
    }
    return englishNames;
}

DemoLines demoEmailDomains()
{
    return emailDomains;
}

std::span<const DemoProduct> demoProducts()
{
    return products;
}

} // namespace kontor
