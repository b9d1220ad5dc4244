package org.opensales.sales.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.NewContact;

/** Finds the customers for the demo items, adding example contacts to a nearly empty address book. */
final class DemoContacts {

    static final int MIN_CONTACTS = 10;
    private static final int MAX_CONTACTS = 100;

    private static final List<NewContact> EXAMPLES = List.of(
            new NewContact("Anna de Vries", "Bakkerij Zon", "anna@bakkerijzon.example", "+31 20 555 0101"),
            new NewContact("Jeroen Visser", "Visser Transport BV", "j.visser@vissertransport.example", "+31 10 555 0102"),
            new NewContact("Linda Mulder", "Mulder Architecten", "linda@mulder-architecten.example", "+31 30 555 0103"),
            new NewContact("Kees van Dijk", "Van Dijk Installatietechniek", "kees@vandijk-it.example", "+31 40 555 0104"),
            new NewContact("Sophie Bos", "Bos & Partners Advocaten", "s.bos@bospartners.example", "+31 70 555 0105"),
            new NewContact("Mark Meijer", "Meijer Logistics", "mark.meijer@meijerlogistics.example", "+31 50 555 0106"),
            new NewContact("Eva de Groot", "Zorggroep De Linde", "e.degroot@delinde.example", "+31 24 555 0107"),
            new NewContact("Ahmed Bouali", "Bouali Bouw", "ahmed@boualibouw.example", "+31 13 555 0108"),
            new NewContact("Lotte Smit", "Smit Retail Groep", "lotte.smit@smitretail.example", "+31 35 555 0109"),
            new NewContact("Daan Hendriks", "Hendriks Food Products", "daan@hendriksfood.example", "+31 73 555 0110"),
            new NewContact("Noor Dekker", "Stichting Onderwijs Noord", "n.dekker@onderwijsnoord.example", "+31 58 555 0111"),
            new NewContact("Ruben Peters", "Peters Automotive", "ruben@petersautomotive.example", "+31 43 555 0112"));

    private final ContactRegistry registry;

    DemoContacts(ContactRegistry registry) {
        this.registry = registry;
    }

    /** @return the contacts to sell to: those in the address book, plus examples when it has too few */
    List<Contact> customers() {
        List<Contact> contacts = new ArrayList<>(registry.search("", MAX_CONTACTS));
        Set<String> names = contacts.stream().map(Contact::name).collect(Collectors.toSet());
        for (NewContact example : EXAMPLES) {
            if (contacts.size() >= MIN_CONTACTS) {
                break;
            }
            if (!names.contains(example.name())) {
                contacts.add(registry.register(example));
            }
        }
        return contacts;
    }
}
