package dev.attache.transcript;

import static java.util.Objects.requireNonNull;

import dev.attache.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of site furniture (settings, site names, breadcrumbs, separators, the site's clock,
 * contact lines, navigation), kept as data in {@code chrome.tsv} beside this class: one row per
 * shape, a regular expression matched against the whole stripped line, its kind, a real line it
 * stands for and the site it was seen on. A maintainer adds a row with its example; every row's
 * example must match its own pattern.
 */
final class ChromeLines {
    private static final String RESOURCE = "chrome.tsv";
    private static final ChromeLines SHIPPED = load();

    /** One shape of furniture, with the real line it was written for. */
    record Shape(Pattern pattern, String kind, String example, String site) {
        Shape {
            requireNonNull(pattern, "pattern");
            requireNonNull(kind, "kind");
            requireNonNull(example, "example");
            requireNonNull(site, "site");
            if (!pattern.matcher(example).matches()) {
                throw new IllegalArgumentException(
                        "the chrome pattern "
                                + pattern
                                + " does not match its own example '"
                                + example
                                + "'");
            }
        }
    }

    private final List<Shape> shapes;

    private ChromeLines(List<Shape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    /** The shapes of {@code chrome.tsv}, read once. */
    static ChromeLines shipped() {
        return SHIPPED;
    }

    /** The shape {@code line} has, if it is furniture. */
    Optional<Shape> shapeOf(String line) {
        String stripped = line.strip();
        return shapes.stream()
                .filter(shape -> shape.pattern().matcher(stripped).matches())
                .findFirst();
    }

    List<Shape> shapes() {
        return shapes;
    }

    private static ChromeLines load() {
        List<Shape> shapes = new ArrayList<>();
        List<DataFile.Row> rows = DataFile.read(ChromeLines.class, RESOURCE).rows();
        for (DataFile.Row row : rows.subList(1, rows.size())) {
            String[] cells = row.text().split("\t", -1);
            if (cells.length != 4) {
                throw new IllegalStateException(
                        RESOURCE + ": a row needs 4 cells separated by tabs: " + row.text());
            }
            shapes.add(new Shape(Pattern.compile(cells[0]), cells[1], cells[2], cells[3]));
        }
        return new ChromeLines(shapes);
    }
}
