package org.opensales.sales.impl.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;

/**
 * One word of a filter's text, in the form the shared WHERE clause binds. An item matches the word
 * when its title or description has it, or when its main contact is one the host's address book
 * finds for the word by name, company or e-mail. Contacts live in the host, not in this database, so
 * their ids are looked up first.
 * <p>
 * A word of three or more letters and digits is looked up in the full-text index on title and
 * description as the start of a word there ("serv" finds "Server"), in MariaDB's boolean mode. Any
 * other word (shorter than the index's smallest token, or with other characters, which the index
 * would split or read as operators) is found anywhere in the text with a LIKE pattern.
 */
public final class TextWord {

    /** The escape character the mapper declares with {@code ESCAPE '!'}. */
    static final char ESCAPE = '!';

    /** The most contacts one word brings into the query. */
    static final int CONTACT_LIMIT = 500;

    /** Words the full-text index holds whole: InnoDB's default token sizes, 3 to 84 characters. */
    private static final Pattern INDEXED_WORD = Pattern.compile("[\\p{L}\\p{N}]{3,84}");

    private final String pattern;
    private final String match;
    private final List<Long> contactIds;

    TextWord(String word, List<Long> contactIds) {
        this.pattern = containsPattern(word);
        this.match = INDEXED_WORD.matcher(word).matches() ? "+" + word + "*" : null;
        this.contactIds = List.copyOf(contactIds);
    }

    /**
     * @param text     the filter's text; words are separated by white space
     * @param contacts the host's address book
     * @return one entry per word, every one of which an item must match; empty for a blank text
     */
    static List<TextWord> of(String text, ContactRegistry contacts) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\s+"))
                .map(word -> new TextWord(word,
                        contacts.search(word, CONTACT_LIMIT).stream().map(Contact::id).sorted().toList()))
                .toList();
    }

    /**
     * @param word a word the text must contain
     * @return a LIKE pattern matching any text that contains the word literally
     */
    static String containsPattern(String word) {
        StringBuilder pattern = new StringBuilder(word.length() + 4).append('%');
        for (char c : word.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /** @return the LIKE pattern the title or the description may match, when there is no {@link #getMatch()} */
    public String getPattern() {
        return pattern;
    }

    /** @return the word as a prefix search for {@code MATCH ... AGAINST} in boolean mode, or null to use the pattern */
    public String getMatch() {
        return match;
    }

    /** @return true when the full-text index alone finds the word: it has a match and names no contact */
    public boolean isIndexOnly() {
        return match != null && contactIds.isEmpty();
    }

    /** @return the ids of the contacts the word names, whose items match too; may be empty */
    public List<Long> getContactIds() {
        return contactIds;
    }
}
