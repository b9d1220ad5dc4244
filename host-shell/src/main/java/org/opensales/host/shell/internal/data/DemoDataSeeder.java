package org.opensales.host.shell.internal.data;

import org.opensales.host.api.ContactRegistry;
import org.opensales.host.shell.internal.ShellConfig;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty CRM with demo users and contacts when the configuration asks for it
 * ({@code demo=true}). A database that already has users is left alone, so seeding happens once.
 */
@Component(service = {}, immediate = true, configurationPid = ShellConfig.PID)
@Designate(ocd = ShellConfig.class)
public final class DemoDataSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataSeeder.class);

    /**
     * Seeds the demo data when enabled and no user exists yet.
     *
     * @param config   the shell configuration
     * @param contacts the address book to fill
     * @param users    the user store to fill
     */
    @Activate
    public DemoDataSeeder(ShellConfig config,
                          @Reference(name = "contacts") ContactRegistry contacts,
                          @Reference(name = "users") UserAccounts users) {
        if (config.demo() && users.isEmpty()) {
            DemoData.USERS.forEach(users::save);
            DemoData.CONTACTS.forEach(contacts::register);
            LOG.info("Seeded demo data: {} users and {} contacts", DemoData.USERS.size(), DemoData.CONTACTS.size());
        }
    }
}
