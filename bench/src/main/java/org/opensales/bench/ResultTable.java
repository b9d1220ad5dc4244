package org.opensales.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Prints the results as a table and writes them as markdown. */
final class ResultTable {

    private static final String[] HEADER = {"case", "n", "service median", "service p95", "floor median",
            "floor p95", "ratio", "target p95", "target", "ratio <= 1.3"};

    private ResultTable() {
    }

    static void print(List<CaseResult> results, List<String> lines) {
        String format = "%-44s %4s %10s %10s %10s %10s %6s %10s %6s %6s%n";
        System.out.printf(format, (Object[]) HEADER);
        for (CaseResult r : results) {
            System.out.printf(format, (Object[]) cells(r));
        }
        lines.forEach(System.out::println);
        for (CaseResult r : results) {
            if (!r.note().isEmpty()) {
                System.out.println("note " + r.name() + ": " + r.note());
            }
            if (!r.explain().isEmpty()) {
                System.out.println("EXPLAIN of the slowest statement of " + r.name() + ":");
                r.explain().forEach(line -> System.out.println("  " + line));
            }
        }
    }

    static void writeMarkdown(Path file, List<String> preamble, List<CaseResult> results, List<String> lines)
            throws IOException {
        StringBuilder md = new StringBuilder("# Bench results\n\n");
        preamble.forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\nTimes in ms. Target and ratio verdicts: the service p95 against the target, and the")
                .append(" service median over the floor median (plain JDBC replay of the same statements).\n\n");
        md.append('|').append(String.join("|", HEADER)).append("|\n|");
        md.append("---|".repeat(HEADER.length)).append('\n');
        for (CaseResult r : results) {
            md.append('|').append(String.join("|", cells(r))).append("|\n");
        }
        if (!lines.isEmpty()) {
            md.append('\n');
            lines.forEach(line -> md.append("- ").append(line).append('\n'));
        }
        for (CaseResult r : results) {
            if (!r.note().isEmpty()) {
                md.append("\n- ").append(r.name()).append(": ").append(r.note()).append('\n');
            }
            if (!r.explain().isEmpty()) {
                md.append("\nEXPLAIN of the slowest statement of ").append(r.name()).append(":\n\n```\n");
                r.explain().forEach(line -> md.append(line).append('\n'));
                md.append("```\n");
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString());
    }

    private static String[] cells(CaseResult r) {
        if (r.service() == null) {
            return new String[] {r.name(), "0", "-", "-", "-", "-", "-", "-", "n/a", "n/a"};
        }
        return new String[] {r.name(), String.valueOf(r.service().count()), ms(r.service().medianMs()),
                ms(r.service().p95Ms()), r.floor() == null ? "-" : ms(r.floor().medianMs()),
                r.floor() == null ? "-" : ms(r.floor().p95Ms()),
                r.floor() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.ratio()),
                r.targetMs() == null ? "-" : ms(r.targetMs()), r.targetVerdict(), r.ratioVerdict()};
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : "%.0f", ms);
    }
}
