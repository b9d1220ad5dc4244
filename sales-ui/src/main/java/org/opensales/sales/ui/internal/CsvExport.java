package org.opensales.sales.ui.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.Sort;
import org.opensales.sales.api.SortField;

/**
 * A CSV file of the items a filter matches, as the current user may read them: UTF-8 with a byte
 * order mark (so spreadsheets detect the encoding), a header of column captions, then one record per
 * item in the chosen columns. The items are read a page at a time while the file is being sent, so
 * only one page is ever held in memory.
 */
final class CsvExport {

    /** How many items one read of the service fetches. */
    static final int PAGE = 500;

    private static final List<Sort> BY_ID = List.of(Sort.asc(SortField.ID));
    private static final String BOM = "\ufeff";

    private final SalesService sales;
    private final SalesFilter filter;
    private final List<ItemColumn> columns;
    private final CellFormat cells;
    private final Function<List<SalesItem>, List<SalesRow>> rows;
    private final Messages messages;

    /**
     * @param sales    finds the items
     * @param filter   which items
     * @param columns  the columns, in order
     * @param cells    turns values into plain text
     * @param rows     turns a page of items into rows with their contact names
     * @param messages the column captions' language
     */
    CsvExport(SalesService sales, SalesFilter filter, List<ItemColumn> columns, CellFormat cells,
              Function<List<SalesItem>, List<SalesRow>> rows, Messages messages) {
        this.sales = sales;
        this.filter = filter;
        this.columns = columns;
        this.cells = cells;
        this.rows = rows;
        this.messages = messages;
    }

    /** @return the file's bytes, produced page by page as they are read */
    InputStream open() {
        return new PagedStream();
    }

    private String header() {
        StringBuilder out = new StringBuilder(BOM);
        new CsvWriter(out).record(columns.stream().map(column -> messages.get(column.caption())).toList());
        return out.toString();
    }

    private String page(List<SalesItem> items) {
        StringBuilder out = new StringBuilder();
        CsvWriter writer = new CsvWriter(out);
        for (SalesRow row : rows.apply(items)) {
            writer.record(columns.stream().map(column -> cells.plain(column, row)).toList());
        }
        return out.toString();
    }

    /**
     * Serves the header, then each page of records, fetching the next page when the last is read: by
     * seek after the last item, so a long export costs the same per page at any depth.
     */
    private final class PagedStream extends InputStream {

        private byte[] buffer = header().getBytes(StandardCharsets.UTF_8);
        private int position;
        private SalesItem last;
        private boolean lastPage;

        @Override
        public int read() {
            return fill() ? buffer[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int from, int length) {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int count = Math.min(length, buffer.length - position);
            System.arraycopy(buffer, position, target, from, count);
            position += count;
            return count;
        }

        /** @return true when the buffer has unread bytes, after fetching pages as needed */
        private boolean fill() {
            while (position >= buffer.length) {
                if (lastPage) {
                    return false;
                }
                List<SalesItem> items = sales.findAfter(filter, BY_ID, last, PAGE);
                last = items.isEmpty() ? last : items.get(items.size() - 1);
                lastPage = items.size() < PAGE;
                buffer = page(items).getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            return true;
        }
    }
}
