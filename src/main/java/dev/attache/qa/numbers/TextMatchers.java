package dev.attache.qa.numbers;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matchers of one text, one for each pattern tried on it, made once and moved to each region
 * asked for: a matcher made for every place tried (and reset twice, being made and given its
 * region) was an eighth of what an import of 1 M words allocated. A region sees the text around it
 * (for look-behinds) and is not an anchor. Not thread-safe: one text, one thread.
 */
final class TextMatchers {
    private final String text;
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>(4);

    TextMatchers(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /**
     * {@code pattern}'s matcher of this text, set to the region from {@code start} to {@code end}.
     */
    Matcher in(Pattern pattern, int start, int end) {
        Matcher matcher = matchers.get(pattern);
        if (matcher == null) {
            matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            matchers.put(pattern, matcher);
        }
        return matcher.region(start, end);
    }
}
