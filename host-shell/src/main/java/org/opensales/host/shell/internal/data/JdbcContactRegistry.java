package org.opensales.host.shell.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.NewContact;
import org.opensales.host.shell.internal.ShellConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The address book on table {@code crm_contact}, with plain JDBC. A search text of words of three or
 * more letters and digits finds the contacts with a word starting with each of them in the name,
 * company or e-mail, through a full-text index; any other text is found anywhere in one of them.
 */
@Component(service = ContactRegistry.class, configurationPid = ShellConfig.PID)
public final class JdbcContactRegistry implements ContactRegistry {

    static final String DDL = """
            CREATE TABLE IF NOT EXISTS crm_contact (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              name VARCHAR(200) NOT NULL,
              company VARCHAR(200) NOT NULL DEFAULT '',
              email VARCHAR(254) NOT NULL DEFAULT '',
              phone VARCHAR(50) NOT NULL DEFAULT '',
              created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
              KEY crm_contact_name (name)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci""";

    /** Without stopwords, so that every word is in the index; TRUNCATE would rebuild it with the session's setting. */
    static final String[] TEXT_INDEX = {
        "SET SESSION innodb_ft_enable_stopword = OFF",
        "CREATE FULLTEXT INDEX IF NOT EXISTS ft_crm_contact_text ON crm_contact (name, company, email)"
    };

    private static final Logger LOG = LoggerFactory.getLogger(JdbcContactRegistry.class);
    private static final String SELECT = "SELECT id, name, company, email, phone FROM crm_contact";
    private static final String CONTAINS =
            " WHERE name LIKE ? ESCAPE '!' OR company LIKE ? ESCAPE '!' OR email LIKE ? ESCAPE '!'";
    private static final String WORDS = " WHERE MATCH (name, company, email) AGAINST (? IN BOOLEAN MODE)";
    /** Words the full-text index holds whole: InnoDB's default token sizes, 3 to 84 characters. */
    private static final Pattern INDEXED_WORD = Pattern.compile("[\\p{L}\\p{N}]{3,84}");
    private static final int IN_CHUNK = 500;

    private final DataSource dataSource;
    private final ContactValidator validator = new ContactValidator();

    /**
     * Creates the registry and its table when missing, and adds the demo contacts to an empty
     * address book when the configuration asks for demo data.
     *
     * @param dataSource the CRM database
     * @param config     the shell configuration
     */
    @Activate
    public JdbcContactRegistry(
            @Reference(name = "dataSource", target = "(dataSourceName=crm)") DataSource dataSource,
            ShellConfig config) {
        this.dataSource = dataSource;
        Jdbc.execute(dataSource, DDL);
        Jdbc.execute(dataSource, TEXT_INDEX);
        if (config.demo() && search("", 1).isEmpty()) {
            DemoData.CONTACTS.forEach(this::register);
            LOG.info("Seeded {} demo contacts", DemoData.CONTACTS.size());
        }
    }

    @Override
    public Optional<Contact> find(long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE id = ?")) {
            statement.setLong(1, id);
            List<Contact> found = read(statement);
            return found.stream().findFirst();
        } catch (SQLException e) {
            throw Jdbc.failure("find contact " + id, e);
        }
    }

    @Override
    public List<Contact> findAll(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<Contact> found = new ArrayList<>(distinct.size());
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
                List<Long> chunk = distinct.subList(from, Math.min(from + IN_CHUNK, distinct.size()));
                String placeholders = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement statement =
                             connection.prepareStatement(SELECT + " WHERE id IN (" + placeholders + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        statement.setLong(i + 1, chunk.get(i));
                    }
                    found.addAll(read(statement));
                }
            }
            return found;
        } catch (SQLException e) {
            throw Jdbc.failure("find contacts", e);
        }
    }

    @Override
    public List<Contact> search(String text, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        String[] words = text == null || text.isBlank() ? new String[0] : text.strip().split("\\s+");
        boolean indexed = Arrays.stream(words).allMatch(word -> INDEXED_WORD.matcher(word).matches());
        String where = words.length == 0 ? "" : indexed ? WORDS : CONTAINS;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SELECT + where + " ORDER BY name, id LIMIT ?")) {
            int index = 1;
            if (words.length > 0 && indexed) {
                statement.setString(index++, Arrays.stream(words).map(word -> "+" + word + "*")
                        .collect(Collectors.joining(" ")));
            } else if (words.length > 0) {
                String pattern = "%" + escapeLike(text.strip()) + "%";
                for (; index <= 3; index++) {
                    statement.setString(index, pattern);
                }
            }
            statement.setInt(index, limit);
            return read(statement);
        } catch (SQLException e) {
            throw Jdbc.failure("search contacts", e);
        }
    }

    @Override
    public Contact register(NewContact contact) {
        NewContact valid = validator.validate(contact);
        String sql = "INSERT INTO crm_contact (name, company, email, phone) VALUES (?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, valid.name());
            statement.setString(2, valid.company());
            statement.setString(3, valid.email());
            statement.setString(4, valid.phone());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return new Contact(keys.getLong(1), valid.name(), valid.company(), valid.email(), valid.phone());
            }
        } catch (SQLException e) {
            throw Jdbc.failure("register contact " + valid.name(), e);
        }
    }

    private static List<Contact> read(PreparedStatement statement) throws SQLException {
        List<Contact> contacts = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                contacts.add(new Contact(rows.getLong("id"), rows.getString("name"), rows.getString("company"),
                        rows.getString("email"), rows.getString("phone")));
            }
        }
        return contacts;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
