package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The trie of the shipped glossary's terms ({@link TermIndex}, {@link TermTrie}: words as numbers,
 * edges in one hash table) leads from each word of real pages to exactly the terms that a scan of
 * every term finds there: those whose every word shares a key (folded form or stem) with the text
 * word in its place. English: the segments of the real-page corpus; Russian and Azerbaijani: the
 * archived pages in those languages.
 */
class TermIndexScanTest {
    private static final Path SHIPPED = Path.of("glossary/diplomatic-terms.tbx");
    private static final Path ARCHIVE = Path.of("src/test/resources/archive");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, 2200", "ru, 165", "az, 70"})
    void theTrieFindsWhatAScanOfEveryTermFinds(String lang, int fewestTermsFound)
            throws IOException {
        Glossary glossary = new TbxReader().read(SHIPPED, Files.readAllBytes(SHIPPED)).glossary();
        WordTokenizer tokenizer = new WordTokenizer(lang);
        WordNormalizer normalizer = new WordNormalizer(lang);
        TermIndex index = new TermIndex(glossary, lang, tokenizer, normalizer);
        Function<String, Set<String>> keys = normalizer.newKeys();
        int found = 0;
        for (String text : texts(lang)) {
            List<Set<String>> words = new ArrayList<>();
            for (WordTokenizer.Word word : tokenizer.words(text)) {
                Set<String> wordKeys = new HashSet<>(keys.apply(normalizer.fold(word.text())));
                if (TermIndex.isNumber(word.text())) {
                    wordKeys.add(TermIndex.NUMBER);
                }
                words.add(wordKeys);
            }
            for (int start = 0; start < words.size(); start++) {
                Set<Integer> byTrie = byTrie(index, words, start);
                assertThat(byTrie)
                        .as("%s at word %d", text, start)
                        .isEqualTo(byScan(index, words, start));
                found += byTrie.size();
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(fewestTermsFound);
    }

    /** The numbers of the terms the trie has on the paths from {@code start}. */
    private static Set<Integer> byTrie(TermIndex index, List<Set<String>> words, int start) {
        Set<Integer> terms = new TreeSet<>();
        Set<Integer> nodes = Set.of(TermTrie.ROOT);
        for (int at = start; at < words.size() && !nodes.isEmpty(); at++) {
            Set<Integer> next = new HashSet<>();
            for (int node : nodes) {
                for (int key : index.wordNumbers(words.get(at))) {
                    int child = index.trie().child(node, key);
                    if (child != TermTrie.NO_NODE) {
                        next.add(child);
                    }
                }
            }
            for (int node : next) {
                for (int term : index.trie().terms(node)) {
                    terms.add(term);
                }
            }
            nodes = next;
        }
        return terms;
    }

    /**
     * The numbers of the terms whose words share a key with the text's words from {@code start}.
     */
    private static Set<Integer> byScan(TermIndex index, List<Set<String>> words, int start) {
        Set<Integer> terms = new TreeSet<>();
        for (int number = 0; number < index.termCount(); number++) {
            List<TermIndex.TermWord> termWords = index.term(number).words();
            boolean met = start + termWords.size() <= words.size();
            for (int i = 0; met && i < termWords.size(); i++) {
                met = !Collections.disjoint(termWords.get(i).keys(), words.get(start + i));
            }
            if (met) {
                terms.add(number);
            }
        }
        return terms;
    }

    private static List<String> texts(String lang) throws IOException {
        if (lang.equals("en")) {
            return CorpusHints.pages().stream().flatMap(p -> p.segments().stream()).toList();
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ARCHIVE)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith("." + lang + ".txt"))
                            .sorted()
                            .toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
