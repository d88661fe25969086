package dev.attache.qa.numbers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A lexicon's word entries grouped by the character their forms can start with (folded as Java's
 * case-insensitive matching folds it), in the lexicon's order within a group, so that a place in a
 * text is tried only against the forms that can start there: at most characters none, instead of a
 * hundred forms each. What is found is what the plain alternation of all forms finds: at a given
 * character only the forms that can start with it can match, and they are tried in the same order.
 * A form whose first characters cannot be told (one starting with a class, {@code \p{L}}, a dot)
 * puts every entry in one group tried everywhere.
 */
final class FormGroups {
    private static final String SPECIAL = "[.^$)|*+?{";

    /** Entries, in the lexicon's order, that can start with one character. */
    record Group(List<LexiconEntry> entries, List<Pattern> forms, Pattern word) {
        private Group(List<LexiconEntry> entries, int flags) {
            this(
                    List.copyOf(entries),
                    entries.stream().map(e -> Pattern.compile(e.form(), flags)).toList(),
                    Pattern.compile(
                            entries.stream()
                                    .map(e -> "(?:" + e.form() + ")")
                                    .collect(
                                            Collectors.joining(
                                                    "|", "(?<![\\p{L}\\d])(?:", ")(?!\\p{L})")),
                            flags));
        }

        /** The end of a word of this group's forms starting at {@code start}; -1 if none. */
        int wordEnd(String text, int start) {
            return wordEnd(new TextMatchers(text), start);
        }

        /**
         * The same, with the text's matchers. A place after a letter or a digit is refused before
         * the pattern runs, as its look-behind would refuse it: the tokenizer tries every place of
         * a text, most of them inside words.
         */
        int wordEnd(TextMatchers text, int start) {
            if (!mayStartWord(text.text(), start)) {
                return -1;
            }
            Matcher m = text.in(word, start, text.text().length());
            return m.lookingAt() ? m.end() : -1;
        }

        /** The first entry whose form {@code text} has from {@code start} to {@code end}. */
        Optional<LexiconEntry> entry(String text, int start, int end) {
            return entry(new TextMatchers(text), start, end);
        }

        /** The same, with the text's matchers. */
        Optional<LexiconEntry> entry(TextMatchers text, int start, int end) {
            for (int i = 0; i < entries.size(); i++) {
                if (text.in(forms.get(i), start, end).matches()) {
                    return Optional.of(entries.get(i));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Whether a word may start at {@code start} of {@code text}: not after a letter or a digit,
     * which every group's look-behind {@code (?<![\p{L}\d])} refuses (its {@code \d} is ASCII's).
     */
    static boolean mayStartWord(String text, int start) {
        if (start == 0) {
            return true;
        }
        int before = text.codePointBefore(start);
        return !Character.isLetter(before) && !(before >= '0' && before <= '9');
    }

    private final Map<Integer, Group> byFirst;
    private final Optional<Group> everywhere;

    /** The groups of {@code entries}, matched with {@code flags}. */
    FormGroups(List<LexiconEntry> entries, int flags) {
        Map<Integer, List<LexiconEntry>> byFirst = new LinkedHashMap<>();
        boolean told = true;
        for (LexiconEntry entry : entries) {
            Optional<Set<Integer>> first = firstCharacters(entry.form());
            told &= first.isPresent();
            first.orElse(Set.of())
                    .forEach(c -> byFirst.computeIfAbsent(c, k -> new ArrayList<>()).add(entry));
        }
        this.everywhere = told ? Optional.empty() : Optional.of(new Group(entries, flags));
        this.byFirst = new LinkedHashMap<>();
        if (told) {
            byFirst.forEach((c, group) -> this.byFirst.put(c, new Group(group, flags)));
        }
    }

    /** The group of forms that can start with {@code codePoint}. */
    Optional<Group> startingWith(int codePoint) {
        return everywhere.or(() -> Optional.ofNullable(byFirst.get(fold(codePoint))));
    }

    /**
     * The characters, folded, that a match of {@code form} can start with; empty when that cannot
     * be told (a class, a dot, an escape such as {@code \p{L}}, a form that can match nothing).
     */
    static Optional<Set<Integer>> firstCharacters(String form) {
        return ofAlternatives(form, 0, form.length());
    }

    private static Optional<Set<Integer>> ofAlternatives(String re, int from, int to) {
        Set<Integer> first = new LinkedHashSet<>();
        int start = from;
        for (int at = from; at <= to; at++) {
            if (at == to || re.charAt(at) == '|') {
                Optional<Set<Integer>> alternative = ofSequence(re, start, at);
                if (alternative.isEmpty()) {
                    return Optional.empty();
                }
                first.addAll(alternative.get());
                start = at + 1;
            } else if (re.charAt(at) == '\\') {
                at++;
            } else if (re.charAt(at) == '(' || re.charAt(at) == '[') {
                int close = closing(re, at);
                if (close < 0 || close >= to) {
                    return Optional.empty();
                }
                at = close;
            }
        }
        return Optional.of(first);
    }

    /**
     * The first characters of a sequence of atoms: of its first atom, and of the next while the
     * atom before is optional ({@code ?}, {@code *}, <code>{0,…}</code>); zero-width groups
     * (look-arounds, flags) are passed over.
     */
    private static Optional<Set<Integer>> ofSequence(String re, int from, int to) {
        Set<Integer> first = new LinkedHashSet<>();
        int at = from;
        while (at < to) {
            char c = re.charAt(at);
            Optional<Set<Integer>> atom;
            int end;
            if (c == '(') {
                int close = closing(re, at);
                if (close < 0 || close >= to) {
                    return Optional.empty();
                }
                end = close + 1;
                if (re.startsWith("(?=", at)
                        || re.startsWith("(?!", at)
                        || re.startsWith("(?<=", at)
                        || re.startsWith("(?<!", at)
                        || re.substring(at, end).matches("\\(\\?[imsuU-]+\\)")) {
                    at = end;
                    continue;
                }
                int body = bodyStart(re, at);
                if (body < 0) {
                    return Optional.empty();
                }
                atom = ofAlternatives(re, body, close);
            } else if (c == '\\') {
                if (at + 1 >= to || Character.isLetterOrDigit(re.charAt(at + 1))) {
                    return Optional.empty();
                }
                atom = Optional.of(Set.of(fold(re.charAt(at + 1))));
                end = at + 2;
            } else if (c == '[' || SPECIAL.indexOf(c) >= 0) {
                return Optional.empty();
            } else {
                int cp = re.codePointAt(at);
                atom = Optional.of(Set.of(fold(cp)));
                end = at + Character.charCount(cp);
            }
            if (atom.isEmpty()) {
                return Optional.empty();
            }
            first.addAll(atom.get());
            if (end >= to || !isOptional(re, end)) {
                return Optional.of(first);
            }
            at = afterQuantifier(re, end);
            if (at < 0) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Where a group's alternatives begin: after {@code (}, {@code (?:} or {@code (?<name>}. */
    private static int bodyStart(String re, int open) {
        if (!re.startsWith("(?", open)) {
            return open + 1;
        }
        if (re.startsWith("(?:", open)) {
            return open + 3;
        }
        if (re.startsWith("(?<", open)) {
            int close = re.indexOf('>', open);
            return close < 0 ? -1 : close + 1;
        }
        return -1;
    }

    private static boolean isOptional(String re, int at) {
        char q = re.charAt(at);
        return q == '?' || q == '*' || re.startsWith("{0", at);
    }

    private static int afterQuantifier(String re, int at) {
        int end = at + 1;
        if (re.charAt(at) == '{') {
            int close = re.indexOf('}', at);
            if (close < 0) {
                return -1;
            }
            end = close + 1;
        }
        return end < re.length() && (re.charAt(end) == '?' || re.charAt(end) == '+')
                ? end + 1
                : end;
    }

    /** The index of the bracket that closes the group or class opened at {@code open}; -1. */
    private static int closing(String re, int open) {
        int groups = 0;
        int classes = 0;
        for (int at = open; at < re.length(); at++) {
            char c = re.charAt(at);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                classes++;
            } else if (c == ']' && classes > 0) {
                classes--;
                if (classes == 0 && groups == 0) {
                    return at;
                }
            } else if (classes > 0) {
                continue;
            } else if (c == '(') {
                groups++;
            } else if (c == ')') {
                groups--;
                if (groups == 0) {
                    return at;
                }
            }
        }
        return -1;
    }

    /** A character as Java's case-insensitive Unicode matching compares it. */
    private static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
