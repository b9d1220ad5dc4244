package org.opensales.host.shell.internal.data;

import java.util.List;
import java.util.Set;

import org.opensales.host.api.CrmUser;
import org.opensales.host.api.NewContact;

/**
 * The demo users and contacts. The users' passwords live in Karaf's {@code etc/users.properties};
 * the role names are the ones the Sales module understands.
 */
final class DemoData {

    static final List<CrmUser> USERS = List.of(
            new CrmUser("sanne", "Sanne Jansen", Set.of("sales-manager")),
            new CrmUser("pieter", "Pieter de Vries", Set.of("salesperson")),
            new CrmUser("fatima", "Fatima El Amrani", Set.of("salesperson")),
            new CrmUser("tom", "Tom Bakker", Set.of("salesperson")));

    static final List<NewContact> CONTACTS = List.of(
            new NewContact("Anna de Vries", "Bakkerij Zonnebloem", "anna@bakkerijzonnebloem.nl", "+31 30 234 5678"),
            new NewContact("Joost van Dijk", "Van Dijk Installatietechniek B.V.", "j.vandijk@vandijk-installatie.nl",
                    "+31 10 456 7890"),
            new NewContact("Marieke Visser", "Groene Haven Logistiek", "marieke.visser@groenehaven.nl",
                    "+31 20 612 3344"),
            new NewContact("Bas Smit", "Smit & Zonen Drukwerk", "bas@smitzonen.nl", "+31 40 287 1122"),
            new NewContact("Lotte Mulder", "Mulder Zorgadvies", "lotte@mulderzorgadvies.nl", "+31 50 318 9900"),
            new NewContact("Kees Hendriks", "Friesland Zuivel Coöperatie", "k.hendriks@frieslandzuivel.nl",
                    "+31 58 299 4411"),
            new NewContact("Sophie Laurent", "Atelier Lumière SARL", "sophie.laurent@atelier-lumiere.fr",
                    "+33 1 42 68 53 00"),
            new NewContact("Jürgen Weber", "Weber Maschinenbau GmbH", "j.weber@weber-maschinenbau.de",
                    "+49 211 5544 320"),
            new NewContact("Emma Thompson", "Northbridge Analytics Ltd", "emma.thompson@northbridge-analytics.co.uk",
                    "+44 20 7946 0321"),
            new NewContact("Lars Andersson", "Nordic Timber AB", "lars.andersson@nordictimber.se", "+46 8 545 210 00"),
            new NewContact("Giulia Rossi", "Rossi Design Studio", "giulia@rossidesign.it", "+39 02 8765 4321"),
            new NewContact("Brouwerij De Gouden Leeuw", "", "info@goudenleeuw.be", "+32 3 225 14 80"));

    private DemoData() {
    }
}
