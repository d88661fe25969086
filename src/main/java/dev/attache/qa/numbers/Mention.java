package dev.attache.qa.numbers;

import static java.util.Objects.requireNonNull;

/**
 * A number or date as it stands in a text: what it means, where it is, and whether it is spelled
 * out in words (a translator may drop "one" or "first", or write "both" as "обе": such a mention is
 * reported only beside a mismatch).
 *
 * @param start the index of its first character in the text
 * @param end the index after its last character
 * @param text the text from start to end, as written
 */
public record Mention(Quantity quantity, int start, int end, String text, boolean spelledOut) {
    public Mention {
        requireNonNull(quantity, "quantity");
        requireNonNull(text, "text");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException(
                    "bad span [" + start + ", " + end + ") of \"" + text + "\"");
        }
    }

    /** {@code 100 billion ("100 млрд")}, or just {@code 2022} when that is what is written. */
    public String describeWithText() {
        String described = quantity.describe();
        return described.equals(text) ? described : described + " (\"" + text + "\")";
    }
}
