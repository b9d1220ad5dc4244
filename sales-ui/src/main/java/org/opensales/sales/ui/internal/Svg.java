package org.opensales.sales.ui.internal;

import java.util.List;
import java.util.Locale;

/** What the SVG charts share: the document frame, XML escaping, coordinates and the colour palette. */
final class Svg {

    static final List<String> COLOURS = List.of("#197de1", "#ed7d31", "#70ad47", "#ffc000", "#7f5fc8", "#e23d3d",
            "#2bb6b6", "#a5a5a5");
    static final String FONT = "font-family=\"sans-serif\" font-size=\"12\"";

    private Svg() {
    }

    /** @return the colour of the n-th slice or series */
    static String colour(int n) {
        return COLOURS.get(n % COLOURS.size());
    }

    /**
     * Starts a document of the given size with a {@code <title>} for screen readers.
     *
     * @return a builder to which the chart appends its shapes; close it with {@link #end(StringBuilder)}
     */
    static StringBuilder start(int width, int height, String title) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        return svg;
    }

    static String end(StringBuilder svg) {
        return svg.append("</svg>\n").toString();
    }

    /** Appends a text element; the text is escaped. */
    static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" ").append(FONT).append('>').append(escape(text)).append("</text>");
    }

    /** @return the text with the five XML special characters replaced and control characters dropped */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** @return the text cut to at most {@code max} characters, with an ellipsis when cut */
    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /** @return a coordinate with one decimal and a dot, whatever the default locale */
    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
