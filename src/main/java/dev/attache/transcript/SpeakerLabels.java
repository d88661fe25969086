package dev.attache.transcript;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the speaker turns of a transcript: a body paragraph that opens with a label, a colon and
 * whitespace ("Sergey Lavrov: Thank you.", "President of Russia Vladimir Putin: …", "Q: …", "1.
 * Question: …"), or with a dash and whitespace (an interview's turn: "- Mr Lavrov, …?", "– My task
 * …", "-Dear Ilham Heydarovich,"; the label is the dash as written, and a turn opens with no
 * lower-case letter). What a label may be is {@link SpeakerWords}'s grammar: a role, or title words
 * and a name of one to four capitalised words, with an optional affiliation. A name of one word
 * ("Lavrov:", "President Putin:") is a label only where the same transcript has a longer label
 * holding that word: a lone capitalised word before a colon is more often a heading ("Note:",
 * "Update:") than a speaker. Digits, commas and lower-case words outside the grammar never belong
 * to a label, so "Moscow, 26 August:", "at 15:20" and "The minister said:" are not turns. In a
 * paragraph of an HTML page or a Word document, the label and its colon may be the whole of a pair
 * of inline codes that opens it ({@code {1}Sergey Lavrov:{/1} We…}, a bold label).
 */
public final class SpeakerLabels {
    private static final String CANDIDATE = "[^{}:\\n]{1,120}";

    /**
     * A label and its colon, bare or as the whole of a pair of inline tokens ({@code {1}Sergey
     * Lavrov:{/1}}).
     */
    private static final Pattern TURN =
            Pattern.compile(
                    "(?:\\{([1-9][0-9]{0,3})\\}("
                            + CANDIDATE
                            + "):\\{/\\1\\}|("
                            + CANDIDATE
                            + "):)[ \\t\\u00A0]+(?=\\S)");

    /**
     * A dash that opens an interview's turn, then whitespace and no lower-case letter, or a capital
     * at once.
     */
    private static final Pattern DASH_TURN =
            Pattern.compile("([-–—])(?:[ \\t\\u00A0]+(?=[^\\p{Ll}\\s])|(?=\\p{Lu}\\p{Ll}))");

    private static final Pattern LABEL_ALONE = Pattern.compile("(" + CANDIDATE + "):");

    private final boolean inlineTokens;

    /** The labels of a text transcript: bare only (a {@code {1}} in text is text). */
    public SpeakerLabels() {
        this(false);
    }

    private SpeakerLabels(boolean inlineTokens) {
        this.inlineTokens = inlineTokens;
    }

    /**
     * The labels of a page or document whose codes are tokens: bare, or the whole of the pair that
     * opens it.
     */
    public static SpeakerLabels withInlineTokens() {
        return new SpeakerLabels(true);
    }

    /**
     * The speaker label of each paragraph ({@code kinds} aligned with {@code texts}); only body
     * paragraphs have one.
     */
    public List<Optional<String>> find(List<String> texts, List<ParagraphKind> kinds) {
        List<Optional<SpeakerWords.Label>> labels = new ArrayList<>(texts.size());
        Set<String> wordsOfLongNames = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            Optional<SpeakerWords.Label> label =
                    kinds.get(i) == ParagraphKind.BODY ? candidate(texts.get(i)) : Optional.empty();
            label.filter(l -> l.nameWords() > 1)
                    .flatMap(SpeakerWords.Label::person)
                    .ifPresent(person -> wordsOfLongNames.addAll(List.of(person.split(" "))));
            labels.add(label);
        }
        return labels.stream()
                .map(
                        label ->
                                label.filter(
                                                l ->
                                                        l.nameWords() != 1
                                                                || wordsOfLongNames.contains(
                                                                        l.person().orElseThrow()))
                                        .map(SpeakerWords.Label::text))
                .toList();
    }

    private Optional<SpeakerWords.Label> candidate(String text) {
        Matcher dash = DASH_TURN.matcher(text);
        if (dash.lookingAt()) {
            return Optional.of(new SpeakerWords.Label(dash.group(1), "", Optional.empty(), 0));
        }
        Matcher turn = TURN.matcher(text);
        return turn.lookingAt() && (inlineTokens || turn.group(1) == null)
                ? SpeakerWords.shipped().parse(label(turn))
                : Optional.empty();
    }

    /**
     * The person a label names ({@code Vladimir Putin} for {@code President of Russia Vladimir
     * Putin}); empty for a role.
     */
    public static Optional<String> person(String label) {
        return SpeakerWords.shipped().parse(label).flatMap(SpeakerWords.Label::person);
    }

    /**
     * Whether {@code line} is a label of a name of two words or more, or of a role, and its colon,
     * and nothing else.
     */
    static boolean isLabelAlone(String line) {
        Matcher alone = LABEL_ALONE.matcher(line);
        return alone.matches()
                && SpeakerWords.shipped()
                        .parse(alone.group(1))
                        .filter(l -> l.nameWords() != 1)
                        .isPresent();
    }

    /**
     * Whether {@code line} opens a speaker turn: a dash, or a label of two name words or more, or
     * of a role.
     */
    static boolean opensTurn(String line) {
        if (DASH_TURN.matcher(line).lookingAt()) {
            return true;
        }
        Matcher turn = TURN.matcher(line);
        return turn.lookingAt()
                && turn.group(1) == null
                && SpeakerWords.shipped()
                        .parse(label(turn))
                        .filter(l -> l.nameWords() != 1)
                        .isPresent();
    }

    private static String label(Matcher turn) {
        return turn.group(2) != null ? turn.group(2) : turn.group(3);
    }

    /**
     * The number of the pair of inline tokens around the label of a turn that opens {@code text},
     * else 0.
     */
    static int token(String text) {
        Matcher turn = TURN.matcher(text);
        return turn.lookingAt() && turn.group(1) != null ? Integer.parseInt(turn.group(1)) : 0;
    }

    /**
     * Whether {@code text} opens with {@code label}, a colon (none after a dash), whitespace and
     * more text.
     */
    static boolean opensWith(String text, String label) {
        return prefix(text, label).isPresent();
    }

    /** The text after the label, its colon and the whitespace that follows. */
    static String afterLabel(String text, String label) {
        return text.substring(
                prefix(text, label)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "'"
                                                        + text
                                                        + "' does not open with the speaker label '"
                                                        + label
                                                        + ":'")));
    }

    /**
     * The length of the label, its colon and whitespace that open {@code text}, if it opens with
     * {@code label}.
     */
    private static Optional<Integer> prefix(String text, String label) {
        Matcher dash = DASH_TURN.matcher(text);
        if (dash.lookingAt()) {
            return dash.group(1).equals(label) ? Optional.of(dash.end()) : Optional.empty();
        }
        Matcher turn = TURN.matcher(text);
        return turn.lookingAt() && label(turn).equals(label)
                ? Optional.of(turn.end())
                : Optional.empty();
    }
}
