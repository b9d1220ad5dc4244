package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.vaadin.data.Binder;
import com.vaadin.data.converter.StringToIntegerConverter;
import com.vaadin.data.validator.IntegerRangeValidator;
import com.vaadin.data.validator.StringLengthValidator;
import com.vaadin.server.UserError;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Notification;
import com.vaadin.ui.TextField;
import org.opensales.sales.api.SalesItem;

/**
 * One salesperson's items: a lazy grid with a column for each chosen item field,
 * single selection for the block's actions, and an unbuffered editor that saves each changed cell at
 * once through the presenter.
 */
final class ItemGrid extends Grid<SalesRow> {

    private static final String RIGHT = "v-align-right";

    private final SalesPresenter presenter;
    private final TextField titleField = editorField();
    private final TextField probabilityField = editorField();
    private final TextField amountField = editorField();
    private final Rejections rejections = new Rejections();
    private final Map<ItemColumn, Binder.Binding<SalesRow, ?>> editorBindings = new EnumMap<>(ItemColumn.class);
    private final Messages messages;
    private final CellFormat cells;

    ItemGrid(String salespersonId, SalesPresenter presenter, Formats formats) {
        this.presenter = presenter;
        this.messages = formats.messages();
        this.cells = new CellFormat(formats, presenter::userName, ZoneId.systemDefault());
        setId("sales-grid-" + salespersonId);
        setWidth("100%");
        setSelectionMode(SelectionMode.SINGLE);
        Binder<SalesRow> binder = getEditor().getBinder();
        editorBindings.put(ItemColumn.TITLE, binder.forField(titleField)
                .asRequired(messages.get(Text.TITLE_REQUIRED))
                .withValidator(new StringLengthValidator(messages.get(Text.TITLE_TOO_LONG), 1, 200))
                .withValidator(rejections.validator(titleField))
                .bind(row -> row.item().title(),
                        (row, title) -> save(row, titleField, title, b -> b.title(title.strip()))));
        editorBindings.put(ItemColumn.PROBABILITY, binder.forField(probabilityField)
                .asRequired(messages.get(Text.PROBABILITY_RANGE))
                .withConverter(new StringToIntegerConverter(messages.get(Text.PROBABILITY_RANGE)))
                .withValidator(new IntegerRangeValidator(messages.get(Text.PROBABILITY_RANGE), 0, 100))
                .withValidator(rejections.validator(probabilityField))
                .bind(row -> row.item().probability(), (row, probability) ->
                        save(row, probabilityField, probability, b -> b.probability(probability))));
        String example = formats.amount(new BigDecimal("12500.00"));
        editorBindings.put(ItemColumn.AMOUNT, binder.forField(amountField)
                .asRequired(messages.format(Text.NOT_AN_AMOUNT, example))
                .withConverter(new AmountConverter(messages.format(Text.NOT_AN_AMOUNT, example)))
                .withValidator(amount -> amount.signum() >= 0, messages.get(Text.NEGATIVE_AMOUNT))
                .withValidator(rejections.validator(amountField))
                .bind(row -> row.item().amount(), (row, amount) -> save(row, amountField, amount, b -> b.amount(amount))));
        showColumns(presenter.columns());

        getEditor().setBuffered(false);
        getEditor().setEnabled(true);
        getEditor().addOpenListener(event -> {
            rejections.clearAll();
            editorFields().forEach(field -> field.setComponentError(null));
        });
    }

    /**
     * Shows the chosen columns and hides the others. A column is added when first shown, so a grid
     * carries only the columns its user looks at; the columns keep the order of {@link ItemColumn}.
     */
    void showColumns(Set<ItemColumn> visible) {
        boolean added = false;
        for (ItemColumn column : ItemColumn.values()) {
            Column<SalesRow, ?> existing = getColumn(column.id());
            if (existing != null) {
                existing.setHidden(!visible.contains(column));
            } else if (visible.contains(column)) {
                addItemColumn(column);
                added = true;
            }
        }
        if (added) {
            setColumnOrder(Arrays.stream(ItemColumn.values()).map(ItemColumn::id)
                    .filter(id -> getColumn(id) != null).toArray(String[]::new));
        }
    }

    private void addItemColumn(ItemColumn column) {
        Column<SalesRow, String> added = addColumn(row -> cells.display(column, row)).setId(column.id())
                .setCaption(messages.get(column.caption())).setHidable(false);
        if (column.sortProperty() == null) {
            added.setSortable(false);
        } else {
            added.setSortProperty(column.sortProperty());
        }
        if (CellFormat.numeric(column)) {
            added.setStyleGenerator(row -> RIGHT);
        }
        switch (column) {
            case DESCRIPTION, TITLE -> added.setExpandRatio(3);
            case CONTACT -> added.setExpandRatio(2);
            default -> { }
        }
        Binder.Binding<SalesRow, ?> binding = editorBindings.get(column);
        if (binding != null) {
            added.setEditorBinding(binding);
        }
    }

    /** @return the selected row, if any */
    Optional<SalesRow> selectedRow() {
        return getSelectedItems().stream().findFirst();
    }

    /** Closes the editor, as before the rows are reloaded. */
    void closeEditor() {
        if (getEditor().isOpen()) {
            getEditor().cancel();
        }
    }

    /**
     * Saves one changed cell. A value the service refuses stays in the field with the service's
     * message as its error, and keeps the editor on the row until it is corrected.
     */
    private void save(SalesRow row, TextField field, Object value, UnaryOperator<SalesItem.Builder> change) {
        SaveOutcome outcome = presenter.save(row, change);
        if (outcome.kind() != SaveOutcome.Kind.INVALID) {
            rejections.clear(field);
            field.setComponentError(null);
        }
        switch (outcome.kind()) {
            case SAVED -> getDataProvider().refreshItem(row);
            case UNCHANGED -> { }
            case INVALID -> {
                rejections.reject(field, value, outcome.message());
                field.setComponentError(new UserError(outcome.message()));
                warn(outcome.message());
            }
            case CONFLICT, FAILED -> {
                warn(outcome.message());
                closeEditor();
                getDataProvider().refreshItem(row);
            }
        }
    }

    private void warn(String message) {
        if (getUI() != null) {
            new Notification(message, Notification.Type.WARNING_MESSAGE).show(getUI().getPage());
        }
    }

    private List<TextField> editorFields() {
        return List.of(titleField, probabilityField, amountField);
    }

    private static TextField editorField() {
        TextField field = new TextField();
        field.setValueChangeMode(ValueChangeMode.BLUR);
        field.setWidth("100%");
        return field;
    }
}
