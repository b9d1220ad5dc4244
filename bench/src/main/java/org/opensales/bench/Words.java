package org.opensales.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The word lists the generator draws names, companies, titles and descriptions from. */
final class Words {

    static final List<String> FIRST_NAMES = List.of("Anna", "Ben", "Clara", "David", "Elena", "Felix", "Greta",
            "Hannah", "Ivan", "Julia", "Karl", "Lena", "Marco", "Nina", "Oskar", "Paula", "Quentin", "Rosa",
            "Stefan", "Tanja", "Uwe", "Vera", "Walter", "Xenia", "Yusuf", "Zoe", "Amir", "Birgit", "Carlos",
            "Dana", "Emil", "Fatima", "Georg", "Helga", "Ines", "Jonas", "Katrin", "Lars", "Maria", "Nils");
    static final List<String> LAST_NAMES = List.of("Schmidt", "Meyer", "Weber", "Wagner", "Becker", "Hoffmann",
            "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Braun", "Zimmermann", "Hartmann", "Lange",
            "Werner", "Krause", "Lehmann", "Kaiser", "Fuchs", "Peters", "Scholz", "Moeller", "Keller", "Jung",
            "Vogel", "Roth", "Frank", "Berger", "Winter", "Sommer", "Brandt", "Haas", "Graf", "Dietrich",
            "Kuehn", "Pohl", "Engel", "Horn");
    static final List<String> INDUSTRIES = List.of("Logistics", "Systems", "Foods", "Energy", "Media", "Health",
            "Consulting", "Engineering", "Retail", "Software", "Textiles", "Construction", "Pharma", "Finance",
            "Automotive", "Hospitality");
    static final List<String> LEGAL_FORMS = List.of("GmbH", "AG", "KG", "Ltd", "Inc", "SE", "BV", "SARL");
    static final List<String> PRODUCTS = List.of("CRM licences", "ERP upgrade", "support contract", "cloud storage",
            "laptop fleet", "network switches", "security audit", "training days", "data warehouse",
            "mobile app", "web shop", "printer lease", "VoIP telephony", "backup service", "consulting package",
            "server racks", "office furniture", "analytics suite", "helpdesk outsourcing", "payroll service",
            "fleet tracking", "video conferencing", "document management", "warehouse scanners",
            "label printers", "firewall appliances", "e-learning platform", "HR software", "intranet relaunch",
            "maintenance contract");
    static final List<String> VERBS = List.of("Renewal of", "Upgrade of", "Rollout of", "Pilot for",
            "Expansion of", "Migration to", "Replacement of", "Offer for", "Extension of", "Tender for");
    static final List<String> PHRASES = List.of("customer asked for a discount", "decision expected after the board meeting",
            "competitor offer on the table", "budget approved for next quarter", "needs a reference visit",
            "technical evaluation running", "IT department involved", "price list sent", "framework agreement possible",
            "second site may follow", "procurement wants three offers", "follow-up call scheduled");
    static final List<String> TAGS = List.of("key-account", "renewal", "upsell", "public-sector", "partner-deal",
            "quarter-end", "strategic", "smb");
    static final List<String> SOURCES = List.of("Website", "Trade fair", "Referral", "Campaign spring", "Cold call",
            "Partner");
    static final List<String> LOST_REASONS = List.of("Price too high", "Chose a competitor", "No budget",
            "No decision", "Bad timing");

    private static final List<String> SYLLABLES = List.of("nor", "vex", "tal", "ion", "bri", "mo", "quen", "tix",
            "sar", "lum", "dra", "ko", "fen", "zor", "pal", "ri", "gan", "te", "wel", "ux", "mar", "bo", "sil", "den");

    private Words() {
    }

    /**
     * Makes distinct invented company name stems such as "Norvexa", so that a word of a company name
     * matches the items of only a few dozen contacts.
     *
     * @param count  how many
     * @param random the seeded source
     * @return the stems, capitalized
     */
    static List<String> companyStems(int count, Random random) {
        Set<String> stems = new LinkedHashSet<>();
        while (stems.size() < count) {
            int parts = 2 + random.nextInt(2);
            StringBuilder stem = new StringBuilder();
            for (int i = 0; i < parts; i++) {
                stem.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
            }
            stem.setCharAt(0, Character.toUpperCase(stem.charAt(0)));
            stems.add(stem.toString());
        }
        return new ArrayList<>(stems);
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
