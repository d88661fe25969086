package dev.attache.glossary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Shows that matching time does not grow with the glossary: about a million words of English, in paragraphs of the
 * shipped transcript mixed with synthetic words, matched against the ~40-concept fixture glossary and against the
 * same plus 10,000 synthetic terms of one to three synthetic words, and prints the ratio of the two once the JIT has
 * warmed up (the goal: at most 1.5). Not a unit test: run its main method with the test classpath, in the
 * module directory, or with the transcript as its argument (the bench suite does).
 */
public final class TermMatcherBenchmark {
    private static final int WORDS = 1_000_000;
    private static final int SYNTHETIC_TERMS = 10_000;
    private static final int ROUNDS = 5;
    /** Passes over both glossaries, small then large; the first warms the JIT up and is not counted. */
    private static final int PASSES = 3;

    private TermMatcherBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            vocabulary.add(syntheticWord(random));
        }
        List<String> paragraphs = text(random, vocabulary,
                Path.of(args.length > 0 ? args[0] : "transcripts/lavrov-aliyev-2023-02-27.en.txt"));
        Glossary small = GlossaryFixture.glossary();
        List<Concept> concepts = new ArrayList<>(small.concepts());
        for (int i = 0; i < SYNTHETIC_TERMS; i++) {
            StringBuilder term = new StringBuilder(vocabulary.get(random.nextInt(vocabulary.size())));
            for (int w = random.nextInt(3); w > 0; w--) {
                term.append(' ').append(vocabulary.get(random.nextInt(vocabulary.size())));
            }
            concepts.add(new Concept("synthetic-" + i, "", "", "",
                    Map.of("en", List.of(new Term(term.toString(), TermStatus.PREFERRED)))));
        }
        Glossary large = new Glossary(concepts);
        long smallBest = Long.MAX_VALUE;
        long largeBest = Long.MAX_VALUE;
        for (int pass = 0; pass < PASSES; pass++) {
            long smallNanos = bestOfRounds(small, paragraphs, pass == 0);
            long largeNanos = bestOfRounds(large, paragraphs, pass == 0);
            if (pass > 0) {
                smallBest = Math.min(smallBest, smallNanos);
                largeBest = Math.min(largeBest, largeNanos);
            }
        }
        System.out.printf("after warm-up: %,d concepts cost %.2f times what %,d cost (best %,d ms against %,d ms)%n",
                large.concepts().size(), (double) largeBest / smallBest, small.concepts().size(),
                largeBest / 1_000_000, smallBest / 1_000_000);
    }

    /** Builds a matcher of {@code glossary}, matches every paragraph {@link #ROUNDS} times, prints and returns the best. */
    private static long bestOfRounds(Glossary glossary, List<String> paragraphs, boolean warmUp) {
        long buildStart = System.nanoTime();
        TermMatcher matcher = new TermMatcher(glossary, "en");
        long buildNanos = System.nanoTime() - buildStart;
        long best = Long.MAX_VALUE;
        long hits = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            hits = 0;
            for (String paragraph : paragraphs) {
                hits += matcher.find(paragraph).size();
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%,6d concepts: built in %,5d ms; %,d words in %,6d ms (best of %d), %,d hits%s%n",
                glossary.concepts().size(), buildNanos / 1_000_000, WORDS, best / 1_000_000, ROUNDS, hits,
                warmUp ? " (warm-up pass)" : "");
        return best;
    }

    /** Paragraphs of about 100 words: transcript text with one word in five replaced by a synthetic word. */
    private static List<String> text(Random random, List<String> vocabulary, Path transcript) throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(transcript, StandardCharsets.UTF_8)) {
            words.addAll(List.of(line.split(" ")));
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < WORDS; i++) {
            String word = random.nextInt(5) == 0 ? vocabulary.get(random.nextInt(vocabulary.size()))
                    : words.get(i % words.size());
            paragraph.append(word).append(' ');
            if (i % 100 == 99) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        return paragraphs;
    }

    private static String syntheticWord(Random random) {
        String consonants = "bcdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            word.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.toString();
    }
}
