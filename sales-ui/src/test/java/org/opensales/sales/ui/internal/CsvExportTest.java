package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

class CsvExportTest {

    private final InMemorySales sales = new InMemorySales();
    private final FixedUsers users = new FixedUsers();
    private final InMemoryPreferences preferences = new InMemoryPreferences();
    private SalesPresenter presenter;
    private CellFormat plain;

    @BeforeEach
    void setUp() {
        Messages messages = Messages.of(new Locale("nl", "NL"));
        presenter = new SalesPresenter(StandInServices.of(sales, users, new FixedContacts(), preferences), messages);
        presenter.attach(new RecordingDisplay());
        plain = new CellFormat(new Formats(messages), presenter::userName, ZoneOffset.UTC);
    }

    @Test
    void writesABomAHeaderAndTheChosenColumnsInGridOrder() throws IOException {
        sales.add("Web shop, phase 2", 2, "pieter", Phase.QUOTE, "1234567.50", 50);
        sales.change(1, b -> b.expectedCloseDate(LocalDate.of(2026, 3, 31)).tags(Set.of("vip", "b2b"))
                .sharedWith(Set.of("tom", "fatima")).createdAt(Instant.parse("2026-01-02T09:30:00Z")));
        presenter.chooseColumns(Set.of(ItemColumn.AMOUNT, ItemColumn.TITLE, ItemColumn.CONTACT, ItemColumn.PHASE,
                ItemColumn.WEIGHTED_AMOUNT, ItemColumn.EXPECTED_CLOSE_DATE, ItemColumn.TAGS,
                ItemColumn.SHARED_WITH, ItemColumn.CREATED_AT, ItemColumn.ACTIVE));
        presenter.enter("sales", "");

        String csv = read(presenter.export(plain).open());

        assertThat(csv).startsWith("\ufeff");
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "Titel,Relatie,Fase,Bedrag,Gewogen bedrag,Verwachte afsluiting,Classificaties,Actief,Gedeeld met,"
                        + "Aangemaakt",
                "\"Web shop, phase 2\",Jan Smit,Offerte,1234567.50,617283.75,2026-03-31,\"b2b, vip\",Ja,"
                        + "\"Fatima El Amrani, Tom Bakker\",2026-01-02 09:30:00");
    }

    @Test
    void exportsTheWholeFilterAcrossBlocksPageByPage() throws IOException {
        List<SalesItem> added = IntStream.range(0, 1001).mapToObj(i -> sales.add("Item " + i, 1,
                i % 2 == 0 ? "tom" : "pieter", Phase.PROSPECT, "10.00", 10)).toList();
        sales.add("Other", 1, "fatima", Phase.LOST, "5.00", 0);
        presenter.enter("sales", "phase=PROSPECT");
        sales.calls.clear();

        InputStream stream = presenter.export(plain).open();

        assertThat(sales.calls).isEmpty();
        String csv = read(stream);
        assertThat(csv.split("\r\n")).hasSize(1 + 1001);
        assertThat(csv).doesNotContain("Other");
        assertThat(sales.calls).containsExactly("findAfter - 500", "findAfter " + added.get(499).id() + " 500",
                "findAfter " + added.get(999).id() + " 500");
        assertThat(sales.lastSort).extracting(s -> s.field().name()).containsExactly("ID");
    }

    @Test
    void readsTheNextPageOnlyWhenThePreviousOneIsSent() throws IOException {
        List<SalesItem> added = IntStream.range(0, 600)
                .mapToObj(i -> sales.add("Item " + i, 1, "tom", Phase.PROSPECT, "1.00", 10)).toList();
        presenter.enter("sales", "");
        sales.calls.clear();

        InputStream stream = presenter.export(plain).open();
        stream.readNBytes(200);
        assertThat(sales.calls).containsExactly("findAfter - 500");
        stream.readAllBytes();
        assertThat(sales.calls).containsExactly("findAfter - 500", "findAfter " + added.get(499).id() + " 500");
        assertThat(stream.read()).isEqualTo(-1);
    }

    @Test
    void writesPlainDecimalsWhateverTheLocale() {
        SalesRow row = new SalesRow(sales.add("x", 1, "tom", Phase.QUOTE, "1000000.05", 33), "Anna");

        assertThat(plain.plain(ItemColumn.AMOUNT, row)).isEqualTo("1000000.05");
        assertThat(plain.display(ItemColumn.AMOUNT, row)).isEqualTo("1.000.000,05");
        assertThat(plain.plain(ItemColumn.PROBABILITY, row)).isEqualTo("33");
        assertThat(new BigDecimal(plain.plain(ItemColumn.WEIGHTED_AMOUNT, row))).isEqualByComparingTo("330000.02");
    }

    private static String read(InputStream stream) throws IOException {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
}
