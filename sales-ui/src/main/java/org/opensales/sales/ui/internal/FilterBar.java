package org.opensales.sales.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.TextField;
import com.vaadin.ui.themes.ValoTheme;
import org.opensales.host.api.CrmUser;
import org.opensales.sales.api.Phase;

/** The search and filter bar: title text, phase, salesperson and a button that clears them. */
final class FilterBar extends HorizontalLayout {

    private final TextField text = new TextField();
    private final ComboBox<Phase> phase = new ComboBox<>();
    private final ComboBox<CrmUser> salesperson = new ComboBox<>();
    private final List<CrmUser> salespeople;
    private final Consumer<FilterValues> onChange;
    private boolean showing;

    FilterBar(Messages messages, List<CrmUser> salespeople, Consumer<FilterValues> onChange) {
        this.salespeople = salespeople;
        this.onChange = onChange;
        setId("sales-filter");

        text.setId("sales-filter-text");
        text.setPlaceholder(messages.get(Text.FILTER_TEXT));
        text.setWidth("18em");

        phase.setId("sales-filter-phase");
        phase.setPlaceholder(messages.get(Text.FILTER_PHASE));
        phase.setItems(Phase.values());
        phase.setItemCaptionGenerator(messages::phase);
        phase.setTextInputAllowed(false);

        salesperson.setId("sales-filter-salesperson");
        salesperson.setPlaceholder(messages.get(Text.FILTER_SALESPERSON));
        salesperson.setItems(salespeople);
        salesperson.setItemCaptionGenerator(CrmUser::displayName);

        Button clear = new Button(messages.get(Text.FILTER_CLEAR), event -> clear());
        clear.setId("sales-filter-clear");
        clear.addStyleName(ValoTheme.BUTTON_LINK);

        text.addValueChangeListener(event -> changed());
        phase.addValueChangeListener(event -> changed());
        salesperson.addValueChangeListener(event -> changed());
        addComponents(text, phase, salesperson, clear);
        setDefaultComponentAlignment(Alignment.MIDDLE_LEFT);
    }

    /** Shows values without reporting them as a change. */
    void show(FilterValues values) {
        showing = true;
        try {
            text.setValue(values.text());
            phase.setValue(values.phase());
            salesperson.setValue(salespeople.stream()
                    .filter(user -> user.id().equals(values.salespersonId()))
                    .findFirst().orElse(null));
        } finally {
            showing = false;
        }
    }

    FilterValues values() {
        CrmUser user = salesperson.getValue();
        return new FilterValues(text.getValue(), phase.getValue(), user == null ? null : user.id());
    }

    private void clear() {
        show(FilterValues.NONE);
        changed();
    }

    private void changed() {
        if (!showing) {
            onChange.accept(values());
        }
    }
}
