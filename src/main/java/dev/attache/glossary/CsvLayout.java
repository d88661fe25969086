package dev.attache.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CSV form of a glossary, one concept a row. Columns, in any order:
 *
 * <ul>
 *   <li>a language code ({@code en}, {@code ru}, {@code az}, …): that language's terms, separated
 *       by {@code |}; a {@code !} prefix marks a deprecated term; {@code \|}, {@code \!} and {@code
 *       \\} escape;
 *   <li>{@code <lang>:status}, {@code <lang>:pos}, {@code <lang>:note}, {@code <lang>:use} ({@code
 *       speaker-label} for the form that labels a speaker turn, else empty): per term, {@code
 *       |}-separated in the order of the terms (or one value for all of them);
 *   <li>{@code status}, {@code pos} (or {@code partOfSpeech}), {@code note}: the same for every
 *       term of the row that has no value of its own;
 *   <li>{@code id}, {@code subject}, {@code definition}, {@code source}: the concept's.
 * </ul>
 */
final class CsvLayout {
    static final Set<String> CONCEPT_COLUMNS = Set.of("id", "subject", "definition", "source");
    static final Set<String> TERM_FIELDS = Set.of("status", "pos", "note", "use");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");

    private CsvLayout() {}

    /** The canonical name of a header cell, or empty when it is no column we know. */
    static Optional<String> column(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT);
        if (name.equals("partofspeech")) {
            name = "pos";
        }
        if (CONCEPT_COLUMNS.contains(name) || TERM_FIELDS.contains(name)) {
            return Optional.of(name);
        }
        int colon = name.indexOf(':');
        if (colon > 0) {
            String lang = name.substring(0, colon);
            String field =
                    name.substring(colon + 1).equals("partofspeech")
                            ? "pos"
                            : name.substring(colon + 1);
            return LANGUAGE.matcher(lang).matches() && TERM_FIELDS.contains(field)
                    ? Optional.of(lang + ":" + field)
                    : Optional.empty();
        }
        return LANGUAGE.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    static boolean isLanguage(String column) {
        return LANGUAGE.matcher(column).matches()
                && !CONCEPT_COLUMNS.contains(column)
                && !TERM_FIELDS.contains(column);
    }

    /** Splits a cell on unescaped {@code |}, keeping escapes in the parts. */
    static List<String> split(String cell) {
        var parts = new ArrayList<String>();
        var part = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                part.append(c).append(cell.charAt(++i));
            } else if (c == '|') {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        return parts;
    }

    static String unescape(String part) {
        var text = new StringBuilder();
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '\\' && i + 1 < part.length()) {
                c = part.charAt(++i);
            }
            text.append(c);
        }
        return text.toString();
    }

    static String escape(String text) {
        String escaped = text.replace("\\", "\\\\").replace("|", "\\|");
        return escaped.startsWith("!") ? "\\" + escaped : escaped;
    }
}
