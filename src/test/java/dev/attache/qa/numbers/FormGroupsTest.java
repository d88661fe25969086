package dev.attache.qa.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.qa.RealPairs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lexicons' forms grouped by first character find, on real text in each language, the words and
 * entries that the plain alternation of all forms finds; and the first characters of the kinds of
 * forms the lexicons have.
 */
class FormGroupsTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @TempDir Path dir;

    @Test
    void firstCharactersOfTheLexiconsKindsOfForms() {
        assertThat(first("(?:one )?hundred")).contains(Set.of("o", "h"));
        assertThat(first("(?<=(?:in|of|mid-) )(?-i)May")).contains(Set.of("m"));
        assertThat(first("\\$|US\\$|dollars?|USD")).contains(Set.of("$", "u", "d"));
        assertThat(first("%|per ?cent")).contains(Set.of("%", "p"));
        assertThat(first("(?-i)XIV")).contains(Set.of("x"));
        assertThat(first("ABŞ|Amerika")).contains(Set.of("a"));
        assertThat(first("четв[её]рт(?:ый|ая)")).contains(Set.of("ч"));
        assertThat(first("США|американских")).contains(Set.of("с", "а"));
    }

    @Test
    void formsWhoseStartCannotBeToldMakeOneGroupTriedEverywhere() {
        assertThat(first("[ \\u00A0]")).isEmpty();
        assertThat(first("\\p{L}+ly")).isEmpty();
        assertThat(first("a?")).isEmpty();
        assertThat(first("one|")).isEmpty();
        assertThat(first(".+teen")).isEmpty();
        List<LexiconEntry> entries =
                List.of(
                        new LexiconEntry(WordKind.CARDINAL, "1", "one"),
                        new LexiconEntry(WordKind.ORDINAL, "7", "\\p{L}+enth"));
        FormGroups groups = new FormGroups(entries, FLAGS);
        assertThat(groups.startingWith('o')).isEqualTo(groups.startingWith('s'));
        assertThat(groups.startingWith('s').orElseThrow().wordEnd("seventh", 0)).isEqualTo(7);
        FormGroups told = new FormGroups(entries.subList(0, 1), FLAGS);
        assertThat(told.startingWith('s')).isEmpty();
        assertThat(told.startingWith('O').orElseThrow().wordEnd("One day", 0)).isEqualTo(3);
    }

    @Test
    void groupedFormsFindWhatThePlainAlternationFindsOnRealText() throws IOException {
        List<String> texts =
                RealPairs.all(dir).stream()
                        .flatMap(p -> Stream.of(p.source(), p.target()))
                        .toList();
        assertThat(texts).hasSizeGreaterThan(200);
        for (String lang : List.of("en", "ru", "az")) {
            List<LexiconEntry> entries = Lexicon.of(lang).orElseThrow().words();
            FormGroups groups = new FormGroups(entries, FLAGS);
            Pattern plain =
                    Pattern.compile(
                            entries.stream()
                                    .map(e -> "(?:" + e.form() + ")")
                                    .collect(
                                            Collectors.joining(
                                                    "|", "(?<![\\p{L}\\d])(?:", ")(?!\\p{L})")),
                            FLAGS);
            int found = 0;
            for (String text : texts) {
                List<String> expected = new ArrayList<>();
                Matcher m = plain.matcher(text);
                while (m.find()) {
                    expected.add(m.group() + " " + firstEntry(entries, text, m.start(), m.end()));
                }
                assertThat(grouped(groups, text)).as(lang + ": " + text).isEqualTo(expected);
                found += expected.size();
            }
            assertThat(found).as(lang + " words found").isGreaterThan(20);
            assertThat(groups.startingWith('7')).as(lang).isEmpty();
        }
    }

    /** The words found as the tokenizer finds them, each with its entry. */
    private static List<String> grouped(FormGroups groups, String text) {
        List<String> found = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int c = text.codePointAt(at);
            Optional<FormGroups.Group> group = groups.startingWith(c);
            int end = group.isPresent() ? group.get().wordEnd(text, at) : -1;
            if (end >= 0) {
                found.add(text.substring(at, end) + " " + group.get().entry(text, at, end));
                at = end;
            } else {
                at += Character.charCount(c);
            }
        }
        return found;
    }

    private static Optional<LexiconEntry> firstEntry(
            List<LexiconEntry> entries, String text, int start, int end) {
        return entries.stream()
                .filter(
                        e ->
                                Pattern.compile(e.form(), FLAGS)
                                        .matcher(text)
                                        .region(start, end)
                                        .useTransparentBounds(true)
                                        .useAnchoringBounds(false)
                                        .matches())
                .findFirst();
    }

    private static Optional<Set<String>> first(String form) {
        return FormGroups.firstCharacters(form)
                .map(
                        s ->
                                s.stream()
                                        .map(c -> new String(Character.toChars(c)))
                                        .collect(Collectors.toSet()));
    }
}
