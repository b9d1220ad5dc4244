package org.opensales.host.shell.internal.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;
import org.opensales.host.shell.internal.ShellConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The user directory on table {@code crm_user}; the current user comes from the shared holder. */
@Component(service = {UserDirectory.class, UserAccounts.class}, configurationPid = ShellConfig.PID)
@Designate(ocd = ShellConfig.class)
public final class JdbcUserDirectory implements UserDirectory, UserAccounts {

    static final String DDL = """
            CREATE TABLE IF NOT EXISTS crm_user (
              id VARCHAR(100) NOT NULL PRIMARY KEY,
              display_name VARCHAR(200) NOT NULL,
              roles VARCHAR(1000) NOT NULL DEFAULT '',
              created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci""";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcUserDirectory.class);
    private static final String SELECT = "SELECT id, display_name, roles FROM crm_user";
    private static final String ORDER = " ORDER BY display_name, id";
    private static final int ID_MAX = 100;
    private static final int DISPLAY_NAME_MAX = 200;

    private final DataSource dataSource;
    private final CurrentUserHolder holder;

    /**
     * Creates the directory and its table when missing, and adds the demo users to an empty table
     * when the configuration asks for demo data. Seeding here, before the service is handed out,
     * means no module ever sees the directory without its demo users.
     *
     * @param dataSource the CRM database
     * @param holder     the current-user binding shared with the shell's servlet
     * @param config     the shell configuration
     */
    @Activate
    public JdbcUserDirectory(
            @Reference(name = "dataSource", target = "(dataSourceName=crm)") DataSource dataSource,
            @Reference(name = "holder") CurrentUserHolder holder,
            ShellConfig config) {
        this.dataSource = dataSource;
        this.holder = holder;
        Jdbc.execute(dataSource, DDL);
        if (config.demo() && isEmpty()) {
            DemoData.USERS.forEach(this::save);
            LOG.info("Seeded {} demo users", DemoData.USERS.size());
        }
    }

    @Override
    public Optional<CrmUser> find(String id) {
        List<CrmUser> found = query("find user " + id, SELECT + " WHERE id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<CrmUser> users() {
        return query("list users", SELECT + ORDER);
    }

    @Override
    public List<CrmUser> usersWithRole(String role) {
        return query("list users with role " + role, SELECT + " WHERE FIND_IN_SET(?, roles) > 0" + ORDER, role);
    }

    @Override
    public Optional<CrmUser> currentUser() {
        return holder.current();
    }

    @Override
    public <T> T runAs(String userId, Callable<T> task) throws Exception {
        CrmUser user = find(userId).orElseThrow(() -> new IllegalArgumentException("unknown user: " + userId));
        try (CurrentUserHolder.Binding binding = holder.bind(user)) {
            return task.call();
        }
    }

    @Override
    public CrmUser recordLogin(String id, Set<String> roles) {
        checkId(id);
        String sql = "INSERT INTO crm_user (id, display_name, roles) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE roles = VALUES(roles)";
        update(sql, id, id, RoleList.encode(roles), "record the login of " + id);
        return find(id).orElseThrow(() -> new IllegalStateException("user " + id + " vanished after login"));
    }

    @Override
    public void save(CrmUser user) {
        checkId(user.id());
        if (user.displayName().isBlank() || user.displayName().length() > DISPLAY_NAME_MAX) {
            throw new IllegalArgumentException("displayName must hold 1 to " + DISPLAY_NAME_MAX + " characters");
        }
        String sql = "INSERT INTO crm_user (id, display_name, roles) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE display_name = VALUES(display_name), roles = VALUES(roles)";
        update(sql, user.id(), user.displayName(), RoleList.encode(user.roles()), "save user " + user.id());
    }

    @Override
    public boolean isEmpty() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM crm_user)");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return !rows.getBoolean(1);
        } catch (SQLException e) {
            throw Jdbc.failure("count users", e);
        }
    }

    private static void checkId(String id) {
        if (id == null || id.isBlank() || id.length() > ID_MAX) {
            throw new IllegalArgumentException("id must hold 1 to " + ID_MAX + " characters");
        }
    }

    private List<CrmUser> query(String action, String sql, String... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<CrmUser> users = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    users.add(new CrmUser(rows.getString("id"), rows.getString("display_name"),
                            RoleList.decode(rows.getString("roles"))));
                }
            }
            return users;
        } catch (SQLException e) {
            throw Jdbc.failure(action, e);
        }
    }

    private void update(String sql, String id, String displayName, String roles, String action) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            statement.setString(2, displayName);
            statement.setString(3, roles);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw Jdbc.failure(action, e);
        }
    }
}
