package dev.attache.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.cli.Main;
import dev.attache.model.Unit;
import dev.attache.transcript.ParagraphKind;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Issue 12, as a property: any text a transcript may hold (Latin, Cyrillic, Azerbaijani letters,
 * emoji, combining marks, right-to-left scripts, control characters, very long words) goes through
 * segment → XLIFF → worksheet → import → merge and comes back exactly as it went in, in Unicode's
 * composed form NFC (each sentence "translated" as itself, marked Translated; the worksheet reader
 * composes what a translator types); or, where XML cannot hold a character (C0 controls), it is
 * refused with one clear line and exit 3, never a crash.
 */
class UnicodeRoundTripProperties {
    static final int TRIES = 100;

    @Property(tries = TRIES, shrinking = ShrinkingMode.BOUNDED)
    void aTranscriptComesBackFromTheWholeWorkflowAsItWentIn(@ForAll("transcripts") String text)
            throws IOException {
        Path dir = Files.createTempDirectory("attache-roundtrip");
        try {
            Path transcript = dir.resolve("random.en.txt");
            Files.writeString(transcript, text, StandardCharsets.UTF_8);
            Path xliff = dir.resolve("random.en-ru.xlf");
            Run segment =
                    run(
                            "segment",
                            transcript.toString(),
                            "-t",
                            "ru",
                            "-o",
                            xliff.toString(),
                            "--no-tm",
                            "--no-glossary",
                            "--paragraphs",
                            "blocks",
                            "--keep-boilerplate");
            if (segment.code() == 3) {
                assertThat(text.chars().anyMatch(UnicodeRoundTripProperties::xmlCannotHold))
                        .as(segment.err())
                        .isTrue();
                assertThat(segment.err().lines().toList())
                        .singleElement()
                        .asString()
                        .startsWith("error: ");
                return;
            }
            assertThat(segment.code()).as(segment.err()).isZero();
            Path sheet = dir.resolve("random.en-ru.xlsx");
            assertThat(
                            run("export", xliff.toString(), "-o", sheet.toString(), "--no-glossary")
                                    .code())
                    .isZero();
            Path filled =
                    SheetCells.edit(
                            sheet,
                            dir.resolve("filled.xlsx"),
                            cells -> {
                                for (int r = 0; r < cells.rows(); r++) {
                                    cells.cell(r, cells.target)
                                            .setCellValue(cells.text(r, cells.source));
                                    cells.cell(r, cells.status).setCellValue("Translated");
                                }
                            });
            Run imported =
                    run(
                            "import",
                            filled.toString(),
                            "--xliff",
                            xliff.toString(),
                            "--no-tm",
                            "--no-glossary");
            assertThat(imported.code()).as(imported.err()).isZero();
            Path merged = dir.resolve("random.ru.txt");
            Run merge =
                    run(
                            "merge",
                            xliff.toString(),
                            "-o",
                            merged.toString(),
                            "--original",
                            transcript.toString());
            assertThat(merge.code()).as(merge.err()).isZero();
            assertThat(Files.readString(merged, StandardCharsets.UTF_8))
                    .isEqualTo(nfc(withoutBoilerplate(text, xliff)));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * A sample the property once failed: the worksheet reader took the space before a final U+0085
     * (NEXT LINE) for a trailing space.
     */
    @Example
    void aSpaceBeforeAFinalNextLineComesBack() throws IOException {
        aTranscriptComesBackFromTheWholeWorkflowAsItWentIn("a \u0085\n");
    }

    /**
     * The text without the paragraphs the XLIFF file keeps as web-page boilerplate (a paragraph of
     * symbols, a word in capitals at the top of the page, …): merge leaves those out by design, so
     * they are not expected back.
     */
    static String withoutBoilerplate(String text, Path xliff) {
        Set<String> boilerplate =
                XliffFiles.read(xliff).units().stream()
                        .filter(u -> u.kind().equals(ParagraphKind.BOILERPLATE.id()))
                        .map(Unit::id)
                        .collect(Collectors.toSet());
        List<String> paragraphs = List.of(text.substring(0, text.length() - 1).split("\n\n", -1));
        return IntStream.range(0, paragraphs.size())
                        .filter(i -> !boilerplate.contains("p" + (i + 1)))
                        .mapToObj(paragraphs::get)
                        .collect(Collectors.joining("\n\n"))
                + "\n";
    }

    /**
     * The text in Unicode normalisation form C: the worksheet reader composes what a translator
     * typed (a decomposed "е" + U+0308 becomes "ё"), so a translation comes back canonically equal,
     * in NFC.
     */
    static String nfc(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    /**
     * C0 controls other than tab, line feed and carriage return: XML 1.0 has no way to write them.
     */
    static boolean xmlCannotHold(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    @Provide
    Arbitrary<String> transcripts() {
        Arbitrary<String> sentence =
                words().list()
                        .ofMinSize(1)
                        .ofMaxSize(12)
                        .map(w -> String.join(" ", w))
                        .flatMap(s -> Arbitraries.of(".", "!", "?", "…", "").map(end -> s + end));
        Arbitrary<String> paragraph =
                sentence.list().ofMinSize(1).ofMaxSize(4).map(s -> String.join(" ", s));
        return paragraph.list().ofMinSize(1).ofMaxSize(6).map(p -> String.join("\n\n", p) + "\n");
    }

    private static Arbitrary<String> words() {
        Arbitrary<String> latin =
                Arbitraries.strings()
                        .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
                        .ofMinLength(1)
                        .ofMaxLength(12);
        Arbitrary<String> cyrillic =
                Arbitraries.strings()
                        .withCharRange('а', 'я')
                        .withChars("ЁёЙйЪъ")
                        .ofMinLength(1)
                        .ofMaxLength(12);
        Arbitrary<String> azerbaijani =
                Arbitraries.strings()
                        .withChars("əƏğĞıIİiöÖüÜşŞçÇxqXQ")
                        .ofMinLength(1)
                        .ofMaxLength(12);
        Arbitrary<String> emoji =
                Arbitraries.of("🇦🇿", "🇷🇺", "🤝", "👩🏽‍⚖️", "🕊️", "😀", "📜");
        Arbitrary<String> combining =
                Arbitraries.of("é", "ё", "a\u0301", "\u0438\u0306", "n\u0303\u0323");
        Arbitrary<String> rightToLeft =
                Arbitraries.of("سلام", "שלום", "\u200Fمرحبا\u200F", "باکو", "صلح");
        Arbitrary<String> control =
                Arbitraries.of("\u0007", "\u0001", "\u001B[0m", "\u0085", "\u200B", "\u00AD");
        Arbitrary<String> longWord =
                Arbitraries.strings()
                        .withChars("абвгдежзaeiouəşç")
                        .ofMinLength(200)
                        .ofMaxLength(3_000);
        Arbitrary<String> numbers =
                Arbitraries.of("2023", "27.02.2023", "20:59", "1 000", "3,5", "№ 359");
        return Arbitraries.frequencyOf(
                List.of(
                                net.jqwik.api.Tuple.of(30, latin),
                                net.jqwik.api.Tuple.of(20, cyrillic),
                                net.jqwik.api.Tuple.of(15, azerbaijani),
                                net.jqwik.api.Tuple.of(5, emoji),
                                net.jqwik.api.Tuple.of(5, combining),
                                net.jqwik.api.Tuple.of(5, rightToLeft),
                                net.jqwik.api.Tuple.of(2, control),
                                net.jqwik.api.Tuple.of(1, longWord),
                                net.jqwik.api.Tuple.of(5, numbers))
                        .toArray(new net.jqwik.api.Tuple.Tuple2[0]));
    }

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
