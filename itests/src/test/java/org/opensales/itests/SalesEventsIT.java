package org.opensales.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.NewContact;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesEvents;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesService;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Another module's view of Sales: the test probe is a bundle of its own that finds
 * {@link SalesService} through the service registry, as any other module would, and subscribes to
 * the Sales event topics on EventAdmin.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SalesEventsIT {

    @Inject
    private BundleContext bundleContext;

    private final BlockingQueue<Event> received = new LinkedBlockingQueue<>();
    private ServiceRegistration<EventHandler> subscription;

    /**
     * The Karaf to boot.
     *
     * @return the options
     */
    @Configuration
    public Option[] config() {
        return KarafOptions.withFeatures("crm-host", "sales");
    }

    @Before
    public void subscribe() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, "org/opensales/sales/item/*");
        subscription = bundleContext.registerService(EventHandler.class, received::add, properties);
    }

    @After
    public void unsubscribe() {
        subscription.unregister();
    }

    @Test
    public void anotherBundleFindsTheServiceAndHearsAnItemWon() throws Exception {
        SalesService sales = lookUp(SalesService.class);
        UserDirectory users = lookUp(UserDirectory.class);
        Contact contact = lookUp(ContactRegistry.class)
                .register(new NewContact("Noor Visser", "Visser Bouw", "noor@visserbouw.example", ""));

        SalesItem won = users.runAs("pieter", () -> {
            SalesItem created = sales.create(new NewSalesItem("Scaffolding rental", contact.id(), "pieter",
                    Phase.QUOTE, null, null, new BigDecimal("8800.00"), "EUR", "Website"));
            return sales.markWon(created.id(), created.version());
        });

        Event wonEvent = awaitEvent(SalesEvents.WON);
        assertThat(wonEvent.getProperty(SalesEvents.ITEM_ID)).isEqualTo(won.id());
        assertThat(wonEvent.getProperty(SalesEvents.PHASE)).isEqualTo("ORDER");
        assertThat(wonEvent.getProperty(SalesEvents.PREVIOUS_PHASE)).isEqualTo("QUOTE");
        assertThat(wonEvent.getProperty(SalesEvents.SALESPERSON_ID)).isEqualTo("pieter");
        assertThat(wonEvent.getProperty(SalesEvents.CONTACT_ID)).isEqualTo(contact.id());
        assertThat((BigDecimal) wonEvent.getProperty(SalesEvents.AMOUNT)).isEqualByComparingTo("8800.00");
        assertThat(wonEvent.getProperty(SalesEvents.USER_ID)).isEqualTo("pieter");
    }

    private Event awaitEvent(String topic) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Event event = received.poll(1, TimeUnit.SECONDS);
            if (event != null && event.getTopic().equals(topic)) {
                return event;
            }
        }
        throw new AssertionError("no event on " + topic + " within 30 s");
    }

    private <T> T lookUp(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundleContext, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(120));
        assertThat(service).as(type.getSimpleName() + " in the service registry").isNotNull();
        return service;
    }
}
