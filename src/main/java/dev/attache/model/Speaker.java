package dev.attache.model;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who speaks in a paragraph that is a speaker turn: the {@code label} as the source writes it
 * ({@code Sergey Lavrov}, {@code Question}) and its {@code rendering} in the target language as the
 * glossary gives it for a speaker ({@code С.В.Лавров}, {@code Вопрос}), or the label itself where
 * the glossary has none. Neither is part of a segment: the translated paragraph is {@code rendering
 * + ": " + translation}. In an HTML page or a Word document the label and its colon may be the
 * whole of a pair of inline codes (bold): {@code token} is then that pair's number, and the codes
 * stay around the rendering ({@code {1}С.В.Лавров:{/1} }), so that merge writes the rendering back
 * inside the original's own bold; {@code token} is 0 for a bare label.
 */
public record Speaker(String label, String rendering, int token) {
    /** What stands between the label and the spoken text, in the source and in the translation. */
    public static final String SEPARATOR = ": ";

    private static final Pattern PREFIX =
            Pattern.compile(
                    "\\{([1-9][0-9]{0,3})\\}(.+):\\{/\\1\\} |([-–—]) |(.+): ", Pattern.DOTALL);

    /**
     * The label of an interview's turn that opens with a dash ("- Mr Lavrov, …"): the dash, with no
     * colon.
     */
    private static final Pattern DASH = Pattern.compile("[-–—]");

    public Speaker {
        requireNonNull(label, "label");
        requireNonNull(rendering, "rendering");
        check("label", label);
        check("rendering", rendering);
        if (token < 0 || token > 9999) {
            throw new IllegalArgumentException("not an inline token number: " + token);
        }
    }

    /** A speaker whose label is bare text (that of a text transcript). */
    public Speaker(String label, String rendering) {
        this(label, rendering, 0);
    }

    /** A speaker whose label is not rendered (yet): the rendering is the label as written. */
    public static Speaker asWritten(String label) {
        return new Speaker(label, label);
    }

    /**
     * A speaker not rendered yet whose label and colon are the pair of inline tokens {@code token}
     * (0: none).
     */
    public static Speaker asWritten(String label, int token) {
        return new Speaker(label, label, token);
    }

    public Speaker renderedAs(String newRendering) {
        return new Speaker(label, newRendering, token);
    }

    /**
     * {@code Sergey Lavrov: } (or {@code {1}Sergey Lavrov:{/1} }) — the label as it opens the
     * source paragraph.
     */
    public String sourcePrefix() {
        return framed(label);
    }

    /**
     * {@code С.В.Лавров: } (or {@code {1}С.В.Лавров:{/1} }) — the rendering as it opens the
     * translated paragraph.
     */
    public String targetPrefix() {
        return framed(rendering);
    }

    /** Whether the label is the dash that opens an interview's turn ("- Mr Lavrov, …"). */
    public boolean dash() {
        return DASH.matcher(label).matches();
    }

    private String framed(String text) {
        if (token == 0 && DASH.matcher(text).matches()) {
            return text + " ";
        }
        return token == 0 ? text + SEPARATOR : "{" + token + "}" + text + ":{/" + token + "} ";
    }

    /**
     * The label of a paragraph that opens with {@code Label: } or {@code {1}Label:{/1} }, or {@code
     * null}.
     */
    public static String labelOf(String prefix) {
        Matcher framed = PREFIX.matcher(prefix);
        if (!framed.matches()) {
            return null;
        }
        return framed.group(2) != null
                ? framed.group(2)
                : framed.group(3) != null ? framed.group(3) : framed.group(4);
    }

    /**
     * The number of the pair of tokens around the label of {@code {1}Label:{/1} }; 0 for {@code
     * Label: }.
     */
    public static int tokenOf(String prefix) {
        Matcher framed = PREFIX.matcher(prefix);
        return framed.matches() && framed.group(1) != null ? Integer.parseInt(framed.group(1)) : 0;
    }

    private static void check(String what, String text) {
        if (text.isBlank()
                || !text.equals(text.strip())
                || text.endsWith(":")
                || text.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            throw new IllegalArgumentException("not a speaker " + what + ": '" + text + "'");
        }
    }
}
