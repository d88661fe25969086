package dev.attache.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A horizontal stacked bar in inline SVG with its legend: one rectangle per part, as wide as the
 * part's share of the whole, coloured by the part's CSS class; each rectangle carries its figure
 * ({@code data-value}) and a tooltip.
 */
final class StackedBar {
    static final int WIDTH = 600;
    static final int HEIGHT = 24;

    /**
     * One part of the bar: its CSS class ({@code state-final}), its name in the legend, and its
     * figure.
     */
    record Part(String cssClass, String label, long value) {
        Part {
            requireNonNull(cssClass, "cssClass");
            requireNonNull(label, "label");
            if (value < 0) {
                throw new IllegalArgumentException(
                        "a bar part is never negative: " + label + " " + value);
            }
        }
    }

    private StackedBar() {}

    /**
     * Appends the bar, captioned, to {@code parent}; {@code unit} names what is counted
     * ("segments").
     */
    static Element append(Element parent, String caption, String unit, List<Part> parts) {
        long total = parts.stream().mapToLong(Part::value).sum();
        Element figure =
                parent.appendElement("figure")
                        .addClass("bar")
                        .attr("data-total", Long.toString(total));
        figure.appendElement("figcaption").text(caption + ": " + total + " " + unit);
        Element svg =
                figure.appendElement("svg")
                        .addClass("bar-chart")
                        .attr("role", "img")
                        .attr("width", Integer.toString(WIDTH))
                        .attr("height", Integer.toString(HEIGHT))
                        .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT)
                        .attr("aria-label", caption);
        double x = 0;
        for (Part part : parts) {
            if (part.value() == 0) {
                continue;
            }
            double width = WIDTH * (double) part.value() / total;
            svg.appendElement("rect")
                    .addClass(part.cssClass())
                    .attr("data-value", Long.toString(part.value()))
                    .attr("x", number(x))
                    .attr("y", "0")
                    .attr("width", number(width))
                    .attr("height", Integer.toString(HEIGHT))
                    .appendElement("title")
                    .text(part.label() + ": " + part.value() + " " + unit);
            x += width;
        }
        Element legend = figure.appendElement("ul").addClass("legend");
        for (Part part : parts) {
            Element item = legend.appendElement("li");
            item.appendElement("span").addClass("swatch").addClass(part.cssClass());
            item.appendText(
                    part.label() + ": " + part.value() + " (" + percent(part.value(), total) + ")");
        }
        return figure;
    }

    /** {@code 42.5 %}; {@code 0 %} of nothing. */
    static String percent(long part, long whole) {
        return whole == 0 ? "0 %" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
