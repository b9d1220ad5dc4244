package org.opensales.sales.ui.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.data.provider.CallbackDataProvider;
import com.vaadin.data.provider.DataChangeEvent;
import com.vaadin.data.provider.DataProvider;
import com.vaadin.data.provider.Query;
import org.opensales.host.api.Contact;
import org.opensales.host.api.CrmUser;
import org.opensales.sales.api.ConflictException;
import org.opensales.sales.api.LeadSource;
import org.opensales.sales.api.NotFoundException;
import org.opensales.sales.api.SalesException;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesRoles;
import org.opensales.sales.api.SalespersonTotals;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.UserPreferences;
import org.opensales.sales.api.ValidationException;

/**
 * The logic of the Sales view: holds the filter, keeps the URL in step with it, loads the report
 * and the salesperson blocks, pages the items of a block and saves inline edits.
 */
final class SalesPresenter {

    private final SalesServices services;
    private final Messages messages;
    private final List<CrmUser> salespeople;
    private final Map<String, String> userNames;
    private final ItemActions actions;
    private final MonthlyTargets targets;
    private Set<ItemColumn> columns;
    private SalesDisplay display;
    private FilterValues filter = FilterValues.NONE;
    private String viewName = "sales";

    SalesPresenter(SalesServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        this.salespeople = List.copyOf(services.users().usersWithRole(SalesRoles.SALESPERSON));
        this.userNames = salespeople.stream()
                .collect(Collectors.toMap(CrmUser::id, CrmUser::displayName, (a, b) -> a, HashMap::new));
        this.actions = new ItemActions(services, messages, this::refreshFigures, this::refresh);
        this.targets = new MonthlyTargets(services.targets(), services.users(), salespeople);
    }

    void attach(SalesDisplay salesDisplay) {
        this.display = salesDisplay;
    }

    /** @return the salespeople the filter bar offers, ordered by display name */
    List<CrmUser> salespeople() {
        return salespeople;
    }

    FilterValues filter() {
        return filter;
    }

    /** Called when the view is entered, with the URL parameters after the view name. */
    void enter(String name, String parameters) {
        if (name != null && !name.isEmpty()) {
            viewName = name;
        }
        FilterValues values = FilterParameters.parse(parameters);
        filter = knownSalesperson(values.salespersonId()) ? values : values.withoutSalesperson();
        display.showFilter(filter);
        refresh();
    }

    /**
     * Called when the URL's fragment changed without the navigator entering the view again, as when
     * the back button returns to the state the view was entered with. Does nothing when the filter is
     * the one shown, so it may follow {@link #enter} for the same state.
     */
    void restore(String parameters) {
        FilterValues values = FilterParameters.parse(parameters);
        values = knownSalesperson(values.salespersonId()) ? values : values.withoutSalesperson();
        if (!values.equals(filter)) {
            filter = values;
            display.showFilter(filter);
            refresh();
        }
    }

    /** @return the name of the view in the URL, such as {@code sales} */
    String viewName() {
        return viewName;
    }

    /** @return the names of the lead sources, active or not, for the filter bar */
    List<String> sourceNames() {
        return services.catalog().sources().stream().map(LeadSource::name).toList();
    }

    /**
     * @return a user's display name, or the id for an unknown user. Salespeople are known from the
     *         start; another user is looked up once, when first named.
     */
    String userName(String userId) {
        return userNames.computeIfAbsent(userId,
                id -> services.users().find(id).map(CrmUser::displayName).orElse(id));
    }

    /** @return the actions on single items: create, mark won, mark lost, share */
    ItemActions actions() {
        return actions;
    }

    /** @return the monthly targets, which the Salespeople tab shows and a sales manager sets */
    MonthlyTargets targets() {
        return targets;
    }

    /** @return the columns the user chose, read from their preferences once; the defaults when none */
    Set<ItemColumn> columns() {
        if (columns == null) {
            try {
                columns = ColumnChoice.parse(services.preferences().get(UserPreferences.VISIBLE_COLUMNS)
                        .orElse(null));
            } catch (SalesException e) {
                columns = ItemColumn.DEFAULTS; // nobody logged in: nothing to remember
            }
        }
        return columns;
    }

    /**
     * Remembers the user's choice of columns on the server.
     *
     * @param chosen the columns to show
     * @return why the choice could not be stored, or empty when it was
     */
    Optional<String> chooseColumns(Set<ItemColumn> chosen) {
        columns = ColumnChoice.normalize(chosen);
        try {
            services.preferences().put(UserPreferences.VISIBLE_COLUMNS, ColumnChoice.format(columns));
            return Optional.empty();
        } catch (SalesException e) {
            return Optional.of(messages.format(Text.COLUMNS_NOT_SAVED, e.getMessage()));
        }
    }

    /** @return a CSV export of every item under the current filter, in the chosen columns */
    CsvExport export(CellFormat cells) {
        return new CsvExport(services.sales(), filter.toSalesFilter(), List.copyOf(columns()), cells, this::rowsOf,
                messages);
    }

    /** Called when the user changed the filter bar. */
    void filterChanged(FilterValues values) {
        if (values.equals(filter)) {
            return;
        }
        filter = values;
        String parameters = FilterParameters.format(values);
        display.showLocation(parameters.isEmpty() ? viewName : viewName + "/" + parameters);
        refresh();
    }

    /** Reloads the report, the blocks and the items of every expanded block. */
    void refresh() {
        showFigures(true);
    }

    /** Reloads the report and the block footers, leaving the loaded items alone. */
    void refreshFigures() {
        showFigures(false);
    }

    private void showFigures(boolean reloadItems) {
        SalesFilter salesFilter = filter.toSalesFilter();
        List<SalespersonTotals> totals = services.reports().totalsPerSalesperson(salesFilter);
        display.showReport(new ReportFigures(services.reports(), services.users(), salesFilter, totals,
                YearMonth.now()));
        display.showBlocks(blocks(totals), reloadItems);
    }

    private List<BlockModel> blocks(List<SalespersonTotals> totals) {
        Map<String, String> names = salespeople.stream()
                .collect(Collectors.toMap(CrmUser::id, CrmUser::displayName, (a, b) -> a));
        List<BlockModel> blocks = new ArrayList<>();
        for (SalespersonTotals t : totals) {
            String name = names.computeIfAbsent(t.salespersonId(), id ->
                    services.users().find(id).map(CrmUser::displayName).orElse(id));
            blocks.add(new BlockModel(t.salespersonId(), name, t));
        }
        return order(blocks, services.users().currentUser().map(CrmUser::id).orElse(null));
    }

    /** Orders blocks: the current user's own block first, then by display name. */
    static List<BlockModel> order(List<BlockModel> blocks, String currentUserId) {
        Comparator<BlockModel> own = Comparator.comparing(b -> !b.userId().equals(currentUserId));
        return blocks.stream()
                .sorted(own.thenComparing(BlockModel::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(BlockModel::userId))
                .toList();
    }

    /**
     * A lazy provider of one salesperson's items under the current filter, paged by the service:
     * scrolling on reads the next page by seek, any other page by offset.
     */
    DataProvider<SalesRow, Void> itemsOf(String salespersonId) {
        ItemPager pager = new ItemPager(services.sales());
        DataProvider<SalesRow, Void> provider = new CallbackDataProvider<>(
                query -> fetch(pager, salespersonId, query), query -> count(salespersonId), SalesRow::id);
        provider.addDataProviderListener(event -> {
            if (!(event instanceof DataChangeEvent.DataRefreshEvent)) {
                pager.reset();
            }
        });
        return provider;
    }

    /** Reads one page of a salesperson's items by offset, as for a single request. */
    Stream<SalesRow> fetch(String salespersonId, Query<SalesRow, Void> query) {
        return fetch(new ItemPager(services.sales()), salespersonId, query);
    }

    private Stream<SalesRow> fetch(ItemPager pager, String salespersonId, Query<SalesRow, Void> query) {
        SalesFilter salesFilter = filter.toSalesFilter().forSalesperson(salespersonId);
        List<Sort> sorts = SortMapping.toSorts(query.getSortOrders());
        return rowsOf(pager.page(salesFilter, sorts, query.getOffset(), query.getLimit())).stream();
    }

    int count(String salespersonId) {
        long count = services.sales().count(filter.toSalesFilter().forSalesperson(salespersonId));
        return (int) Math.min(count, Integer.MAX_VALUE);
    }

    List<SalesRow> rowsOf(List<SalesItem> items) {
        Set<Long> contactIds = new LinkedHashSet<>();
        items.forEach(item -> contactIds.add(item.contactId()));
        Map<Long, String> names = contactIds.isEmpty() ? Map.of()
                : services.contacts().findAll(contactIds).stream()
                        .collect(Collectors.toMap(Contact::id, Contact::displayName, (a, b) -> a));
        return items.stream()
                .map(item -> new SalesRow(item, names.getOrDefault(item.contactId(), "#" + item.contactId())))
                .toList();
    }

    /**
     * Saves one inline edit at once. On success the row holds the saved item and the figures are
     * refreshed; on a conflict the row holds the item as stored now.
     *
     * @param row    the edited row
     * @param change what the edit changes in the row's item
     * @return what happened, with the text to show
     */
    SaveOutcome save(SalesRow row, UnaryOperator<SalesItem.Builder> change) {
        SalesItem current = row.item();
        SalesItem changed = change.apply(current.toBuilder()).build();
        if (sameEditableValues(current, changed)) {
            return SaveOutcome.of(SaveOutcome.Kind.UNCHANGED);
        }
        try {
            row.item(services.sales().update(changed));
        } catch (ValidationException e) {
            return new SaveOutcome(SaveOutcome.Kind.INVALID, e.getMessage());
        } catch (ConflictException | NotFoundException e) {
            Optional<SalesItem> stored = services.sales().get(current.id());
            stored.ifPresent(row::item);
            refreshFigures();
            return new SaveOutcome(SaveOutcome.Kind.CONFLICT,
                    stored.isPresent() ? messages.get(Text.CONFLICT) : e.getMessage());
        } catch (SalesException | SecurityException e) {
            return new SaveOutcome(SaveOutcome.Kind.FAILED, e.getMessage());
        }
        refreshFigures();
        return SaveOutcome.of(SaveOutcome.Kind.SAVED);
    }

    private static boolean sameEditableValues(SalesItem a, SalesItem b) {
        return Objects.equals(a.title(), b.title()) && a.probability() == b.probability()
                && a.amount().compareTo(b.amount()) == 0;
    }

    private boolean knownSalesperson(String id) {
        return id == null || salespeople.stream().anyMatch(user -> user.id().equals(id));
    }
}
