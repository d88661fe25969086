package dev.attache.xliff;

import static java.util.Objects.requireNonNull;

/**
 * Who speaks in a paragraph that is a speaker turn: the {@code label} as the source writes it ({@code Sergey
 * Lavrov}, {@code Question}) and its {@code rendering} in the target language as the glossary gives it for a
 * speaker ({@code С.В.Лавров}, {@code Вопрос}), or the label itself where the glossary has none. Neither is part of
 * a segment: the translated paragraph is {@code rendering + ": " + translation}.
 */
public record Speaker(String label, String rendering) {
    /** What stands between the label and the spoken text, in the source and in the translation. */
    public static final String SEPARATOR = ": ";

    public Speaker {
        requireNonNull(label, "label");
        requireNonNull(rendering, "rendering");
        check("label", label);
        check("rendering", rendering);
    }

    /** A speaker whose label is not rendered (yet): the rendering is the label as written. */
    public static Speaker asWritten(String label) {
        return new Speaker(label, label);
    }

    public Speaker renderedAs(String newRendering) {
        return new Speaker(label, newRendering);
    }

    /** {@code Sergey Lavrov: } — the label as it opens the source paragraph. */
    public String sourcePrefix() {
        return label + SEPARATOR;
    }

    /** {@code С.В.Лавров: } — the rendering as it opens the translated paragraph. */
    public String targetPrefix() {
        return rendering + SEPARATOR;
    }

    /** The label of a source paragraph that opens with {@code Label: }, or {@code null}. */
    static String labelOf(String prefix) {
        return prefix.endsWith(SEPARATOR) ? prefix.substring(0, prefix.length() - SEPARATOR.length()) : null;
    }

    private static void check(String what, String text) {
        if (text.isBlank() || !text.equals(text.strip()) || text.endsWith(":")
                || text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            throw new IllegalArgumentException("not a speaker " + what + ": '" + text + "'");
        }
    }
}
