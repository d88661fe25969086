package dev.attache.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;

/**
 * The inline codes of an HTML or DOCX paragraph (bold, italics, a link, a line break) as the model,
 * the worksheet and the translator see them: short tokens in the text, numbered from 1 in each
 * paragraph, {@code {1}…{/1}} for a pair of codes around text and {@code {2}} for a code that
 * stands alone. Okapi's code characters (U+E101–U+E103) never leave this class: it turns tokens
 * into Okapi codes and back.
 */
public final class InlineTokens {
    private static final Pattern TOKEN = Pattern.compile("\\{(/?)([1-9][0-9]{0,3})\\}");

    private InlineTokens() {}

    /** One token in a text: its number, whether it closes a pair, and where it stands. */
    public record Token(int number, boolean closing, int start, int end) {
        @Override
        public String toString() {
            return closing ? "{/" + number + "}" : "{" + number + "}";
        }
    }

    /** The tokens of {@code text}, in order. */
    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(
                    new Token(
                            Integer.parseInt(matcher.group(2)),
                            !matcher.group(1).isEmpty(),
                            matcher.start(),
                            matcher.end()));
        }
        return tokens;
    }

    /** The text without its tokens. */
    public static String stripped(String text) {
        return TOKEN.matcher(text).replaceAll("");
    }

    /**
     * Whether every {@code {/N}} in {@code text} closes an earlier {@code {N}}, in a valid nesting.
     */
    public static boolean balanced(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        Map<Integer, Boolean> closes = closingNumbers(of(text));
        for (Token token : of(text)) {
            if (!token.closing() && closes.getOrDefault(token.number(), false)) {
                open.push(token.number());
            } else if (token.closing() && (open.isEmpty() || open.pop() != token.number())) {
                return false;
            }
        }
        return open.isEmpty();
    }

    /**
     * What is wrong with the tokens of a translation, as a sentence, or empty when every token of
     * the source is in the target exactly once, nothing else is, and the pairs nest as validly as
     * in the source.
     */
    public static Optional<String> mismatch(String source, String target) {
        List<String> expected = of(source).stream().map(Token::toString).toList();
        List<String> found = of(target).stream().map(Token::toString).toList();
        for (String token : expected) {
            long count = found.stream().filter(token::equals).count();
            if (count == 0) {
                return Optional.of(
                        "the inline token "
                                + token
                                + " of the source is missing from the translation");
            }
            if (count > 1) {
                return Optional.of(
                        "the inline token "
                                + token
                                + " stands "
                                + count
                                + " times in the translation");
            }
        }
        for (String token : found) {
            if (!expected.contains(token)) {
                return Optional.of("the inline token " + token + " is not in the source");
            }
        }
        if (!balanced(target)) {
            return Optional.of(
                    "the inline tokens are not nested correctly: each {N} must be closed by its {/N} "
                            + "after it, inner pairs before outer ones");
        }
        return Optional.empty();
    }

    /**
     * The fragment's text with its codes as tokens. Codes are numbered by their Okapi id in order
     * of first appearance, from 1, so that the same fragment always gives the same tokens.
     */
    public static String fromFragment(TextFragment fragment) {
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        String coded = fragment.getCodedText();
        StringBuilder text = new StringBuilder(coded.length());
        for (int i = 0; i < coded.length(); i++) {
            char c = coded.charAt(i);
            if (!TextFragment.isMarker(c)) {
                text.append(c);
                continue;
            }
            Code code = fragment.getCode(coded.charAt(++i));
            int number = numbers.computeIfAbsent(code.getId(), id -> numbers.size() + 1);
            text.append(
                    code.getTagType() == TagType.CLOSING
                            ? "{/" + number + "}"
                            : "{" + number + "}");
        }
        return text.toString();
    }

    /**
     * A translation with tokens as a fragment that carries the original's own codes (numbered as
     * {@link #fromFragment} numbers them): {@code <b>} where {@code {1}} stood, for a filter
     * writer.
     */
    public static TextFragment restore(String text, TextFragment original) {
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        Map<String, Code> codes = new LinkedHashMap<>();
        for (Code code : original.getCodes()) {
            int number = numbers.computeIfAbsent(code.getId(), id -> numbers.size() + 1);
            codes.put((code.getTagType() == TagType.CLOSING ? "/" : "") + number, code);
        }
        TextFragment fragment = new TextFragment();
        int at = 0;
        for (Token token : of(text)) {
            Code code = codes.get((token.closing() ? "/" : "") + token.number());
            if (code == null) {
                throw new IllegalArgumentException(
                        "the inline token " + token + " is not in the original");
            }
            fragment.append(text.substring(at, token.start()));
            fragment.append(code.clone());
            at = token.end();
        }
        fragment.append(text.substring(at));
        return fragment;
    }

    /** Each number that has a closing token in the list. */
    private static Map<Integer, Boolean> closingNumbers(List<Token> tokens) {
        Map<Integer, Boolean> closes = new LinkedHashMap<>();
        for (Token token : tokens) {
            if (token.closing()) {
                closes.put(token.number(), true);
            }
        }
        return closes;
    }
}
