package org.opensales.sales.impl.internal.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.karaf.shell.support.table.ShellTable;

/** Captures what a table or a printer writes. */
final class Printed {

    private Printed() {
    }

    static String of(ShellTable table) {
        return of(table::print);
    }

    static String of(Consumer<PrintStream> printer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            printer.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
