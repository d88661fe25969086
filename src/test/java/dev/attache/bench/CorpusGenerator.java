package dev.attache.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a generated transcript of about N words (counted by whitespace), laid out like the shipped
 * one: a title, the dateline "27 February 2023 20:59", the reference number "359-27-02-2023", the
 * salutation "Mr Aliyev,", then body paragraphs of 2 to 7 sentences (3 on average, about 18 words
 * each: a million words make some 18,000 paragraphs and 54,000 sentences), one paragraph a line,
 * and the web page's footer lines. The same seed gives the same bytes.
 *
 * <p>By hand: {@code mvn -q test-compile exec:java
 * -Dexec.mainClass=dev.attache.bench.CorpusGenerator -Dexec.args="1000000 /tmp/big.en.txt"}.
 */
public final class CorpusGenerator {
    public static final long SEED = 20_230_227L;
    private static final String TITLE =
            "Foreign Minister Sergey Lavrov's opening remarks at a meeting with President "
                    + "of the Republic of Azerbaijan Ilham Aliyev, Baku, February 27, 2023";
    private static final List<String> HEADER =
            List.of(TITLE, "27 February 2023 20:59", "359-27-02-2023", "Mr Aliyev,");
    private static final List<String> FOOTER =
            List.of("NEWSLETTER", "|", "Join the GlobalSecurity.org mailing list |", "|", "|");

    /** Sentences per paragraph, 2 to 7, weighted to a mean of about 3. */
    private static final int[] SENTENCES_PER_PARAGRAPH = {
        2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 5, 6, 7
    };

    private final long seed;
    private final GlossaryTermForms terms;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.terms = GlossaryTermForms.shipped();
    }

    /**
     * Writes a transcript of at least {@code words} words (the last paragraph completes) and
     * returns its words.
     */
    public long write(long words, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (Writer out =
                new BufferedWriter(
                        Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            return write(words, out);
        }
    }

    long write(long words, Writer out) throws IOException {
        SentenceMaker sentences = new SentenceMaker(terms, new Random(seed));
        Random paragraphs = new Random(seed + 1);
        long written = 0;
        for (String line : HEADER) {
            written += line.split(" ").length;
            out.write(line);
            out.write('\n');
        }
        StringBuilder paragraph = new StringBuilder();
        while (written < words) {
            paragraph.setLength(0);
            int count = SENTENCES_PER_PARAGRAPH[paragraphs.nextInt(SENTENCES_PER_PARAGRAPH.length)];
            for (int s = 0; s < count; s++) {
                if (s > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(sentences.sentence());
            }
            written += paragraph.toString().split(" ").length;
            out.append(paragraph).append('\n');
        }
        for (String line : FOOTER) {
            out.write(line);
            out.write('\n');
        }
        return written;
    }

    /** {@code CorpusGenerator WORDS FILE}: writes one transcript of about WORDS words to FILE. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println(
                    "usage: CorpusGenerator WORDS FILE   (e.g. 1000000 /tmp/big.en.txt)");
            System.exit(2);
        }
        long words = Long.parseLong(args[0].replace("_", "").replace(",", ""));
        Path file = Path.of(args[1]);
        long written = new CorpusGenerator(SEED).write(words, file);
        System.out.printf(
                Locale.ROOT, "%s: %,d words, %,d bytes%n", file, written, Files.size(file));
    }
}
