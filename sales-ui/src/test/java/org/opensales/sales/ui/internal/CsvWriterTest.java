package org.opensales.sales.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

    @Test
    void separatesFieldsByCommasAndEndsRecordsWithCrLf() {
        StringBuilder out = new StringBuilder();
        CsvWriter writer = new CsvWriter(out);

        writer.record(List.of("Title", "Amount"));
        writer.record(Arrays.asList("Web shop", "1234.50"));
        writer.record(Arrays.asList("", null));

        assertThat(out).hasToString("Title,Amount\r\nWeb shop,1234.50\r\n,\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "plain text|plain text",
            "a, b|\"a, b\"",
            "say \"hi\"|\"say \"\"hi\"\"\"",
            "^line 1\nline 2^|^\"line 1\nline 2\"^",
            "^cr\rhere^|^\"cr\rhere\"^",
            "1234.50|1234.50",
            "Ünïcödé €|Ünïcödé €"})
    void quotesWhatRfc4180Requires(String value, String written) {
        assertThat(CsvWriter.field(value)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
            "=HYPERLINK(\"http://x\")|\"'=HYPERLINK(\"\"http://x\"\")\"",
            "+31 20 123|'+31 20 123",
            "-5% discount|'-5% discount",
            "@SUM(A1:A2)|'@SUM(A1:A2)",
            "^\tTabbed^|^'\tTabbed^",
            "=1+2,3|\"'=1+2,3\"",
            "a=b|a=b"})
    void guardsAgainstFormulas(String value, String written) {
        assertThat(CsvWriter.field(value)).isEqualTo(written);
    }
}
