package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.data.Result;
import com.vaadin.server.UserError;
import com.vaadin.shared.ui.datefield.DateResolution;
import com.vaadin.ui.Button;
import com.vaadin.ui.DateField;
import com.vaadin.ui.GridLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import org.opensales.host.api.CrmUser;
import org.opensales.sales.api.AccessDeniedException;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.SalesException;
import org.opensales.sales.api.SalesTarget;
import org.opensales.sales.api.ValidationException;

/**
 * Sets the targets of one month: a row per salesperson with the orders to win and the revenue to
 * reach. Save stores the rows that changed; a row left blank that had no target stays without one,
 * and a blank field of a row that is saved counts as 0. Nothing is stored while a value is not valid.
 */
final class TargetsDialog extends Window {

    private static final BigDecimal NO_REVENUE = new BigDecimal("0.00");

    final DateField month = new DateField();
    final Button save;
    private final Map<String, TextField> orders = new LinkedHashMap<>();
    private final Map<String, TextField> revenue = new LinkedHashMap<>();
    private final MonthlyTargets targets;
    private final AmountParser amounts;
    private final Formats formats;
    private final Messages messages;
    private final Runnable saved;
    private final YearMonth defaultMonth;
    private Map<String, SalesTarget> loaded = Map.of();

    /**
     * @param targets      loads and stores the targets
     * @param defaultMonth the month shown first
     * @param saved        told after at least one target was stored
     */
    TargetsDialog(MonthlyTargets targets, Formats formats, YearMonth defaultMonth, Runnable saved) {
        super(formats.messages().get(Text.TARGETS_DIALOG));
        this.targets = targets;
        this.formats = formats;
        this.messages = formats.messages();
        this.amounts = new AmountParser(formats);
        this.saved = saved;
        this.defaultMonth = defaultMonth;
        setId("sales-targets-dialog");
        setModal(true);
        setWidth("36em");

        month.setId("sales-targets-month");
        month.setCaption(messages.get(Text.COLUMN_MONTH));
        month.setResolution(DateResolution.MONTH);
        month.setLocale(messages.locale());
        month.setValue(defaultMonth.atDay(1));
        month.addValueChangeListener(event -> {
            if (event.getValue() == null) {
                month.setValue(defaultMonth.atDay(1));
            } else {
                load(YearMonth.from(event.getValue()));
            }
        });

        GridLayout rows = new GridLayout(3, targets.salespeople().size() + 1);
        rows.setId("sales-targets-rows");
        rows.setSpacing(true);
        rows.addComponents(new Label(messages.get(Text.COLUMN_SALESPERSON)),
                new Label(messages.get(Text.COLUMN_TARGET_ORDERS)), new Label(messages.get(Text.COLUMN_TARGET_REVENUE)));
        for (CrmUser person : targets.salespeople()) {
            TextField orderField = field("sales-targets-orders-" + person.id(), "6em");
            TextField revenueField = field("sales-targets-revenue-" + person.id(), "10em");
            orders.put(person.id(), orderField);
            revenue.put(person.id(), revenueField);
            rows.addComponents(new Label(person.displayName()), orderField, revenueField);
        }

        save = new Button(messages.get(Text.SAVE), event -> save());
        save.setId("sales-targets-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(messages.get(Text.CANCEL), event -> close());
        cancel.setId("sales-targets-cancel");
        setContent(new VerticalLayout(month, rows, new HorizontalLayout(save, cancel)));
        load(defaultMonth);
    }

    /** @return the orders field of a salesperson's row */
    TextField orders(String salespersonId) {
        return orders.get(salespersonId);
    }

    /** @return the revenue field of a salesperson's row */
    TextField revenue(String salespersonId) {
        return revenue.get(salespersonId);
    }

    YearMonth chosenMonth() {
        return month.getValue() == null ? defaultMonth : YearMonth.from(month.getValue());
    }

    private void load(YearMonth chosen) {
        loaded = new LinkedHashMap<>(targets.of(chosen));
        clearErrors();
        orders.forEach((id, field) -> field.setValue(loaded.containsKey(id)
                ? Integer.toString(loaded.get(id).orders()) : ""));
        revenue.forEach((id, field) -> field.setValue(loaded.containsKey(id)
                ? amounts.format(loaded.get(id).revenue()) : ""));
    }

    void save() {
        clearErrors();
        YearMonth chosen = chosenMonth();
        List<SalesTarget> changed = new ArrayList<>();
        boolean valid = true;
        for (String id : orders.keySet()) {
            Result<Integer> orderValue = parseOrders(orders.get(id).getValue());
            Result<BigDecimal> revenueValue = parseRevenue(revenue.get(id).getValue());
            valid &= showError(orders.get(id), orderValue) & showError(revenue.get(id), revenueValue);
            if (orderValue.isError() || revenueValue.isError()) {
                continue;
            }
            Integer count = orderValue.getOrThrow(IllegalStateException::new);
            BigDecimal amount = revenueValue.getOrThrow(IllegalStateException::new);
            SalesTarget before = loaded.get(id);
            if (before == null && count == null && amount == null) {
                continue;
            }
            SalesTarget after = new SalesTarget(id, chosen, count == null ? 0 : count, amount == null ? NO_REVENUE : amount);
            if (before == null || before.orders() != after.orders() || before.revenue().compareTo(after.revenue()) != 0) {
                changed.add(after);
            }
        }
        if (valid) {
            store(changed, chosen);
        }
    }

    private void store(List<SalesTarget> changed, YearMonth chosen) {
        boolean failed = false;
        int stored = 0;
        for (SalesTarget target : changed) {
            try {
                loaded.put(target.salespersonId(), targets.save(target));
                stored++;
            } catch (ValidationException e) {
                showViolations(target.salespersonId(), e);
                failed = true;
            } catch (AccessDeniedException e) {
                notify(e.getMessage(), Notification.Type.WARNING_MESSAGE);
                failed = true;
                break;
            } catch (SalesException e) {
                notify(e.getMessage(), Notification.Type.ERROR_MESSAGE);
                failed = true;
                break;
            }
        }
        if (stored > 0) {
            saved.run();
        }
        if (!failed) {
            notify(messages.format(Text.TARGETS_SAVED, formats.month(chosen)), Notification.Type.TRAY_NOTIFICATION);
            close();
        }
    }

    private void showViolations(String salespersonId, ValidationException e) {
        List<String> unplaced = new ArrayList<>();
        for (FieldViolation violation : e.violations()) {
            TextField field = switch (violation.field()) {
                case "orders" -> orders.get(salespersonId);
                case "revenue" -> revenue.get(salespersonId);
                default -> null;
            };
            if (field == null) {
                unplaced.add(violation.toString());
            } else {
                field.setComponentError(new UserError(violation.rule()));
            }
        }
        if (!unplaced.isEmpty()) {
            notify(String.join("; ", unplaced), Notification.Type.WARNING_MESSAGE);
        }
    }

    private Result<Integer> parseOrders(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Result.ok(null);
        }
        return value.matches("\\d{1,9}") ? Result.ok(Integer.valueOf(value))
                : Result.error(messages.get(Text.ORDERS_INVALID));
    }

    private Result<BigDecimal> parseRevenue(String text) {
        return amounts.parse(text).flatMap(amount -> {
            if (amount == null) {
                return Result.ok(null);
            }
            return amount.stripTrailingZeros().scale() > 2 ? Result.error(messages.get(Text.TOO_MANY_DECIMALS))
                    : Result.ok(amount.setScale(2, RoundingMode.UNNECESSARY));
        });
    }

    private static boolean showError(TextField field, Result<?> result) {
        result.ifError(message -> field.setComponentError(new UserError(message)));
        return !result.isError();
    }

    private void clearErrors() {
        orders.values().forEach(field -> field.setComponentError(null));
        revenue.values().forEach(field -> field.setComponentError(null));
    }

    private TextField field(String id, String width) {
        TextField field = new TextField();
        field.setId(id);
        field.setWidth(width);
        field.addStyleName(ValoTheme.TEXTFIELD_ALIGN_RIGHT);
        return field;
    }

    private void notify(String message, Notification.Type type) {
        if (getUI() != null) {
            new Notification(message, type).show(getUI().getPage());
        }
    }
}
