package dev.attache.qa.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The quotes check ({@value QuoteFinding#CHECK}) of a Russian or Azerbaijani target: every « ( [
 * and „ closed by its » ) ] and “, and none of these closing what is not open (errors, at the
 * mark); and the quotes the languages use, « » with „ “ inside, so a straight " or an English “ ”
 * is a warning (one a target, at the first). No library catches the unclosed «: LanguageTool 6.6
 * and CheckMate miss it. Measured on the 100 real pairs: they have no quote mark or bracket, so
 * nothing to find; the shipped transcript's professional Russian neither. An instance may be shared
 * between threads.
 */
public final class QuoteChecker {
    /** The opening marks of Russian and Azerbaijani, and the closing mark of each below it. */
    private static final String OPENING = "«„([";

    private static final String CLOSING = "»“)]";

    /** Quote marks that are not Russian or Azerbaijani: straight and English double quotes. */
    private static final String FOREIGN = "\"“”";

    /** Every mark the check looks at: a character not among them is passed over at once. */
    private static final String MARKS = OPENING + CLOSING + FOREIGN;

    private QuoteChecker() {}

    /** A checker of {@code targetLang} targets, if it is Russian or Azerbaijani. */
    public static Optional<QuoteChecker> of(String targetLang) {
        return targetLang.equals("ru") || targetLang.equals("az")
                ? Optional.of(new QuoteChecker())
                : Optional.empty();
    }

    /**
     * The findings on {@code target}: the unpaired marks in order, then the first foreign quote
     * mark.
     */
    public List<QuoteFinding> check(String target) {
        List<QuoteFinding> findings = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int foreign = -1;
        int foreignCount = 0;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (MARKS.indexOf(c) < 0) {
                continue;
            }
            if (OPENING.indexOf(c) >= 0) {
                open.push(i);
            } else if (!open.isEmpty() && closing(target.charAt(open.peek())) == c) {
                open.pop();
            } else if (FOREIGN.indexOf(c) >= 0) {
                foreign = foreignCount++ == 0 ? i : foreign;
            } else if (CLOSING.indexOf(c) >= 0) {
                findings.add(
                        new QuoteFinding(
                                QuoteFinding.Kind.UNOPENED,
                                i,
                                "the target should open "
                                        + c
                                        + " at "
                                        + i
                                        + " with "
                                        + opening(c)
                                        + " before it; it does not"));
            }
        }
        open.descendingIterator()
                .forEachRemaining(
                        i ->
                                findings.add(
                                        new QuoteFinding(
                                                QuoteFinding.Kind.UNCLOSED,
                                                i,
                                                "the target should close "
                                                        + target.charAt(i)
                                                        + " at "
                                                        + i
                                                        + " with "
                                                        + closing(target.charAt(i))
                                                        + "; it does not")));
        if (foreign >= 0) {
            findings.add(
                    new QuoteFinding(
                            QuoteFinding.Kind.QUOTE_STYLE,
                            foreign,
                            "the target should quote with « »"
                                    + " („ “ inside); it has "
                                    + foreignCount
                                    + " straight or English quote mark"
                                    + (foreignCount == 1 ? "" : "s")
                                    + ", the first "
                                    + target.charAt(foreign)
                                    + " at "
                                    + foreign));
        }
        return findings;
    }

    private static char opening(char closing) {
        return OPENING.charAt(CLOSING.indexOf(closing));
    }

    private static char closing(char opening) {
        return CLOSING.charAt(OPENING.indexOf(opening));
    }
}
