package dev.attache.flow;

import dev.attache.memory.MemoryEntry;
import dev.attache.memory.ProjectMemory;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The shipped transcript segmented into a folder, and its XLIFF with targets filled by a test. */
public final class TranslatedFixture {
    public static final Path TRANSCRIPT = ShippedTranscriptTest.TRANSCRIPT;
    public static final Path GLOSSARY = Path.of("glossary/diplomatic-terms.tbx");

    private TranslatedFixture() {}

    /**
     * Segments {@code transcript} into {@code xliff} (one target language) with the shipped
     * glossary.
     */
    public static Path segment(Path transcript, String lang, Path xliff) {
        return segment(transcript, lang, xliff, XliffChoice.unchanged());
    }

    /** Segments {@code transcript} into {@code xliff} in the XLIFF flavour chosen. */
    public static Path segment(Path transcript, String lang, Path xliff, XliffChoice choice) {
        new SegmentFlow()
                .run(
                        new SegmentFlow.Request(
                                transcript,
                                List.of(Locale.forLanguageTag(lang)),
                                Optional.of(xliff),
                                xliff.getParent(),
                                TranscriptOptions.defaults(),
                                Optional.empty(),
                                false,
                                new GlossaryChoice.FromFile(GLOSSARY),
                                choice));
        return xliff;
    }

    /** A translation anyone can check: the source in guillemets, tagged with the language. */
    public static String translationOf(String source, String lang) {
        return "«" + source + "» [" + lang + "]";
    }

    /**
     * The document with every translatable segment's target set to {@code target(source)} in {@code
     * state}.
     */
    public static TranslationDocument filled(
            TranslationDocument document, UnaryOperator<String> target, State state) {
        return document.withUnits(
                document.units().stream()
                        .map(
                                u ->
                                        !u.translatable()
                                                ? u
                                                : u.withSegments(
                                                        u.segments().stream()
                                                                .map(
                                                                        s ->
                                                                                s.withTarget(
                                                                                        target
                                                                                                .apply(
                                                                                                        s
                                                                                                                .source()),
                                                                                        state))
                                                                .toList()))
                        .toList());
    }

    /**
     * A memory ({@code dir/tm}) holding the shipped transcript's 27 segments translated into
     * Russian.
     */
    public static Path memoryOfTheShippedTranscript(Path dir) {
        Path xliff = segment(TRANSCRIPT, "ru", dir.resolve("shipped.en-ru.xlf"));
        TranslationDocument translated = fill(xliff, State.TRANSLATED);
        Path tm = dir.resolve("tm");
        try (ProjectMemory memory = ProjectMemory.openOrCreate(tm)) {
            memory.add(
                    MemoryEntry.translatedPairs(
                            translated,
                            "shipped.en-ru.xlf",
                            "tester",
                            Instant.parse("2024-05-06T07:08:09Z")));
        }
        return tm;
    }

    /** A transcript {@code oslo-2024-03-01.en.txt} in {@code dir} with the text given. */
    public static Path newTranscript(Path dir, String text) throws IOException {
        Path transcript = dir.resolve("oslo-2024-03-01.en.txt");
        Files.writeString(transcript, text, StandardCharsets.UTF_8);
        return transcript;
    }

    /**
     * Fills every target of the XLIFF file as {@link #translationOf} gives, in {@code state}, and
     * writes it back.
     */
    public static TranslationDocument fill(Path xliff, State state) {
        TranslationDocument read = XliffFiles.read(xliff);
        String lang = read.targetLang().getLanguage();
        TranslationDocument translated = filled(read, s -> translationOf(s, lang), state);
        XliffFiles.write(translated, xliff, false);
        return translated;
    }
}
