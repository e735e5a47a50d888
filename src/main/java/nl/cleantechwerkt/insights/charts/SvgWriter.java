package nl.cleantechwerkt.insights.charts;

import java.util.Locale;

/**
 * Appends SVG elements with escaped text and attribute values. Only presentation attributes are
 * written, never {@code style}: the pages' Content-Security-Policy blocks style attributes, and
 * presentation attributes also survive the trip into the PDF renderer, which does not apply the
 * site's stylesheet.
 */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder(4096);

    /** Opens an element; {@code attributes} are name/value pairs, a {@code null} value leaves the attribute out. */
    SvgWriter open(String element, Object... attributes) {
        start(element, attributes);
        out.append('>');
        return this;
    }

    SvgWriter close(String element) {
        out.append("</").append(element).append('>');
        return this;
    }

    /** An element without content. */
    SvgWriter empty(String element, Object... attributes) {
        start(element, attributes);
        out.append("/>");
        return this;
    }

    /** An element whose content is text. */
    SvgWriter text(String element, String text, Object... attributes) {
        open(element, attributes);
        out.append(escape(text));
        return close(element);
    }

    /** A tooltip for the element just opened (browsers show an element's {@code <title>} on hover). */
    SvgWriter tooltip(String text) {
        return text("title", text);
    }

    private void start(String element, Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        out.append('<').append(element);
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(format(value))).append('"');
            }
        }
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return coordinate(d);
        }
        return value.toString();
    }

    /** Coordinates with at most one decimal and a dot, whatever the reader's locale. */
    static String coordinate(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** Escapes markup characters and drops control characters XML does not allow. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
