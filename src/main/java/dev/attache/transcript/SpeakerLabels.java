package dev.attache.transcript;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the speaker turns of a transcript: a body paragraph that opens with a label, a colon and whitespace
 * ("Sergey Lavrov: Thank you.", "Question: Mr Minister, …"). A label is {@code Question}, {@code Answer} or
 * {@code Remark}, or a person's name of two to four capitalised words ("Jeyhun Bayramov", "Maria Zakharova"; an
 * initial with its dot and hyphenated or apostrophised names count: "S.V. Lavrov", "Jean-Yves Le Drian"). A name
 * of one word ("Lavrov:") is a label only where the same transcript has a longer label holding that word
 * ("Sergey Lavrov:"): a lone capitalised word before a colon is more often a heading ("Note:", "Update:") than a
 * speaker. Digits, commas and lower-case words never belong to a label, so "Moscow, 26 August:", "at 15:20" and
 * "The minister said:" are not turns. In a paragraph of an HTML page or a Word document, the label and its colon
 * may be the whole of a pair of inline codes that opens it ({@code {1}Sergey Lavrov:{/1} We…}, a bold label).
 */
public final class SpeakerLabels {
    private static final String WORD = "(?:\\p{Lu}\\.\\s?)*\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*";
    private static final String LABEL = "(?:Question|Answer|Remark|" + WORD + "(?: " + WORD + "){0,3})";
    /** A label and its colon, bare or as the whole of a pair of inline tokens ({@code {1}Sergey Lavrov:{/1}}). */
    private static final Pattern TURN = Pattern.compile(
            "(?:\\{([1-9][0-9]{0,3})\\}(" + LABEL + "):\\{/\\1\\}|(" + LABEL + "):)[ \\t\\u00A0]+(?=\\S)");
    private static final Set<String> ROLES = Set.of("Question", "Answer", "Remark");

    private final boolean inlineTokens;

    /** The labels of a text transcript: bare only (a {@code {1}} in text is text). */
    public SpeakerLabels() {
        this(false);
    }

    private SpeakerLabels(boolean inlineTokens) {
        this.inlineTokens = inlineTokens;
    }

    /** The labels of a page or document whose codes are tokens: bare, or the whole of the pair that opens it. */
    public static SpeakerLabels withInlineTokens() {
        return new SpeakerLabels(true);
    }

    /** The speaker label of each paragraph ({@code kinds} aligned with {@code texts}); only body paragraphs have one. */
    public List<Optional<String>> find(List<String> texts, List<ParagraphKind> kinds) {
        List<Optional<String>> labels = new ArrayList<>(texts.size());
        Set<String> wordsOfLongLabels = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            Optional<String> label = kinds.get(i) == ParagraphKind.BODY ? candidate(texts.get(i)) : Optional.empty();
            label.filter(l -> l.contains(" ")).ifPresent(l -> wordsOfLongLabels.addAll(List.of(l.split(" "))));
            labels.add(label);
        }
        return labels.stream().map(label -> label.filter(
                l -> ROLES.contains(l) || l.contains(" ") || wordsOfLongLabels.contains(l))).toList();
    }

    private Optional<String> candidate(String text) {
        Matcher turn = TURN.matcher(text);
        return turn.lookingAt() && (inlineTokens || turn.group(1) == null) ? Optional.of(label(turn)) : Optional.empty();
    }

    private static String label(Matcher turn) {
        return turn.group(2) != null ? turn.group(2) : turn.group(3);
    }

    /** The person a label names ({@code Sergey Lavrov}); empty for a role ({@code Question}). */
    public static Optional<String> person(String label) {
        return ROLES.contains(label) ? Optional.empty() : Optional.of(label);
    }

    /** The number of the pair of inline tokens around the label of a turn that opens {@code text}, else 0. */
    static int token(String text) {
        Matcher turn = TURN.matcher(text);
        return turn.lookingAt() && turn.group(1) != null ? Integer.parseInt(turn.group(1)) : 0;
    }

    /** Whether {@code text} opens with {@code label}, a colon, whitespace and more text. */
    static boolean opensWith(String text, String label) {
        Matcher turn = TURN.matcher(text);
        return turn.lookingAt() && label(turn).equals(label);
    }

    /** The text after the label, its colon and the whitespace that follows. */
    static String afterLabel(String text, String label) {
        Matcher turn = TURN.matcher(text);
        if (!turn.lookingAt() || !label(turn).equals(label)) {
            throw new IllegalArgumentException("'" + text + "' does not open with the speaker label '" + label + ":'");
        }
        return text.substring(turn.end());
    }
}
