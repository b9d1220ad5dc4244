package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
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
 * One salesperson's items: a lazy grid with a column for every item field (the chosen ones shown),
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

    ItemGrid(String salespersonId, SalesPresenter presenter, Formats formats) {
        this.presenter = presenter;
        Messages messages = formats.messages();
        setId("sales-grid-" + salespersonId);
        setWidth("100%");
        setSelectionMode(SelectionMode.SINGLE);
        Binder<SalesRow> binder = getEditor().getBinder();
        CellFormat cells = new CellFormat(formats, presenter::userName, ZoneId.systemDefault());
        for (ItemColumn column : ItemColumn.values()) {
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
        }
        getColumn(ItemColumn.DESCRIPTION.id()).setExpandRatio(3);
        getColumn(ItemColumn.CONTACT.id()).setExpandRatio(2);
        getColumn(ItemColumn.TITLE.id()).setExpandRatio(3)
                .setEditorBinding(binder.forField(titleField)
                        .asRequired(messages.get(Text.TITLE_REQUIRED))
                        .withValidator(new StringLengthValidator(messages.get(Text.TITLE_TOO_LONG), 1, 200))
                        .withValidator(rejections.validator(titleField))
                        .bind(row -> row.item().title(),
                                (row, title) -> save(row, titleField, title, b -> b.title(title.strip()))));
        getColumn(ItemColumn.PROBABILITY.id())
                .setEditorBinding(binder.forField(probabilityField)
                        .asRequired(messages.get(Text.PROBABILITY_RANGE))
                        .withConverter(new StringToIntegerConverter(messages.get(Text.PROBABILITY_RANGE)))
                        .withValidator(new IntegerRangeValidator(messages.get(Text.PROBABILITY_RANGE), 0, 100))
                        .withValidator(rejections.validator(probabilityField))
                        .bind(row -> row.item().probability(), (row, probability) ->
                                save(row, probabilityField, probability, b -> b.probability(probability))));
        String example = formats.amount(new BigDecimal("12500.00"));
        getColumn(ItemColumn.AMOUNT.id())
                .setEditorBinding(binder.forField(amountField)
                        .asRequired(messages.format(Text.NOT_AN_AMOUNT, example))
                        .withConverter(new AmountConverter(messages.format(Text.NOT_AN_AMOUNT, example)))
                        .withValidator(amount -> amount.signum() >= 0, messages.get(Text.NEGATIVE_AMOUNT))
                        .withValidator(rejections.validator(amountField))
                        .bind(row -> row.item().amount(),
                                (row, amount) -> save(row, amountField, amount, b -> b.amount(amount))));
        showColumns(presenter.columns());

        getEditor().setBuffered(false);
        getEditor().setEnabled(true);
        getEditor().addOpenListener(event -> {
            rejections.clearAll();
            editorFields().forEach(field -> field.setComponentError(null));
        });
    }

    /** Shows the chosen columns and hides the others. */
    void showColumns(Set<ItemColumn> visible) {
        for (ItemColumn column : ItemColumn.values()) {
            getColumn(column.id()).setHidden(!visible.contains(column));
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
