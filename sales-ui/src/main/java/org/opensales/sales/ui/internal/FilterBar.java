package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.data.HasValue;
import com.vaadin.data.Result;
import com.vaadin.server.UserError;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.opensales.host.api.CrmUser;
import org.opensales.sales.api.PeriodField;
import org.opensales.sales.api.Phase;

/**
 * The search and filter bar: text, phases, salesperson, source, tag, a period of one of the item's
 * dates, an amount range, inactive items, and a button that clears them all. Reports each change
 * the user makes; an amount that does not parse shows its error and changes nothing.
 */
final class FilterBar extends VerticalLayout {

    private final TextField text = new TextField();
    private final ChoicePopup<Phase> phases;
    private final ComboBox<CrmUser> salesperson = new ComboBox<>();
    private final ComboBox<String> source = new ComboBox<>();
    private final TextField tag = new TextField();
    private final ComboBox<PeriodField> periodField = new ComboBox<>();
    private final DateField from = new DateField();
    private final DateField to = new DateField();
    private final TextField minAmount = new TextField();
    private final TextField maxAmount = new TextField();
    private final CheckBox inactive = new CheckBox();
    private final List<CrmUser> salespeople;
    private final AmountParser amounts;
    private final Consumer<FilterValues> onChange;
    private boolean showing;

    FilterBar(Formats formats, List<CrmUser> salespeople, List<String> sources, Consumer<FilterValues> onChange) {
        Messages messages = formats.messages();
        this.salespeople = salespeople;
        this.amounts = new AmountParser(formats);
        this.onChange = onChange;
        setId("sales-filter");
        setMargin(false);
        setSpacing(false);

        text.setId("sales-filter-text");
        text.setPlaceholder(messages.get(Text.FILTER_TEXT));
        text.setWidth("20em");

        phases = new ChoicePopup<>("sales-filter-phase", List.of(Phase.values()), messages::phase,
                chosen -> chosen.isEmpty() ? messages.get(Text.FILTER_PHASE)
                        : EnumSet.copyOf(chosen).stream().map(messages::phase).collect(Collectors.joining(", ")),
                chosen -> changed());

        salesperson.setId("sales-filter-salesperson");
        salesperson.setPlaceholder(messages.get(Text.FILTER_SALESPERSON));
        salesperson.setItems(salespeople);
        salesperson.setItemCaptionGenerator(CrmUser::displayName);

        source.setId("sales-filter-source");
        source.setPlaceholder(messages.get(Text.FILTER_SOURCE));
        source.setItems(sources);

        tag.setId("sales-filter-tag");
        tag.setPlaceholder(messages.get(Text.FILTER_TAG));
        tag.setWidth("9em");

        periodField.setId("sales-filter-period");
        periodField.setItems(PeriodField.values());
        periodField.setItemCaptionGenerator(field -> messages.get(Text.valueOf("PERIOD_FIELD_" + field.name())));
        periodField.setEmptySelectionAllowed(false);
        periodField.setTextInputAllowed(false);
        periodField.setValue(PeriodField.CREATED);
        periodField.setCaption(messages.get(Text.FILTER_PERIOD));
        from.setId("sales-filter-from");
        from.setCaption(messages.get(Text.FILTER_FROM));
        from.setLocale(messages.locale());
        to.setId("sales-filter-to");
        to.setCaption(messages.get(Text.FILTER_TO));
        to.setLocale(messages.locale());

        minAmount.setId("sales-filter-min");
        minAmount.setCaption(messages.get(Text.FILTER_MIN));
        minAmount.setWidth("9em");
        maxAmount.setId("sales-filter-max");
        maxAmount.setCaption(messages.get(Text.FILTER_MAX));
        maxAmount.setWidth("9em");

        inactive.setId("sales-filter-inactive");
        inactive.setCaption(messages.get(Text.FILTER_INACTIVE));

        Button clear = new Button(messages.get(Text.FILTER_CLEAR), event -> clear());
        clear.setId("sales-filter-clear");
        clear.addStyleName(ValoTheme.BUTTON_LINK);

        List<HasValue<?>> fields = List.of(text, salesperson, source, tag, periodField, from, to, minAmount,
                maxAmount, inactive);
        fields.forEach(field -> field.addValueChangeListener(event -> changed()));
        HorizontalLayout search = new HorizontalLayout(text, phases, salesperson, source, tag);
        search.setDefaultComponentAlignment(Alignment.MIDDLE_LEFT);
        HorizontalLayout ranges = new HorizontalLayout(periodField, from, to, minAmount, maxAmount, inactive, clear);
        ranges.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);
        addComponents(search, ranges);
    }

    /** Shows values without reporting them as a change. */
    void show(FilterValues values) {
        showing = true;
        try {
            text.setValue(values.text());
            phases.value(values.phases());
            salesperson.setValue(salespeople.stream()
                    .filter(user -> user.id().equals(values.salespersonId()))
                    .findFirst().orElse(null));
            source.setValue(values.source());
            tag.setValue(values.tag() == null ? "" : values.tag());
            periodField.setValue(values.periodField());
            from.setValue(values.from());
            to.setValue(values.to());
            minAmount.setValue(amounts.format(values.minAmount()));
            maxAmount.setValue(amounts.format(values.maxAmount()));
            minAmount.setComponentError(null);
            maxAmount.setComponentError(null);
            inactive.setValue(values.inactive());
        } finally {
            showing = false;
        }
    }

    /** @return the values shown, or null while an amount does not parse (its field then shows why) */
    FilterValues values() {
        BigDecimal min = amount(minAmount);
        BigDecimal max = amount(maxAmount);
        if (minAmount.getComponentError() != null || maxAmount.getComponentError() != null) {
            return null;
        }
        CrmUser user = salesperson.getValue();
        return new FilterValues(text.getValue(), phases.value(), user == null ? null : user.id(), source.getValue(),
                tag.getValue(), periodField.getValue(), from.getValue(), to.getValue(), min, max,
                inactive.getValue());
    }

    ChoicePopup<Phase> phases() {
        return phases;
    }

    private BigDecimal amount(TextField field) {
        Result<BigDecimal> result = amounts.parse(field.getValue());
        field.setComponentError(result.isError() ? new UserError(result.getMessage().orElse("")) : null);
        return result.isError() ? null : result.getOrThrow(IllegalStateException::new);
    }

    private void clear() {
        show(FilterValues.NONE);
        changed();
    }

    private void changed() {
        if (!showing) {
            FilterValues values = values();
            if (values != null) {
                onChange.accept(values);
            }
        }
    }
}
