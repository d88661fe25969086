package dev.attache.align;

import dev.attache.model.TranslationDocument;
import dev.attache.segment.DocumentBuilder;
import dev.attache.segment.SrxSegmenter;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.transcript.TranscriptReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The published page pairs of {@code src/test/resources/archive}, each with its gold alignment. */
record ArchivePairs(Path english, Path target, String targetLang, GoldAlignment gold) {
    static final Path FOLDER = Path.of("src/test/resources/archive");

    static List<ArchivePairs> all() {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".align.tsv"))
                    .sorted()
                    .map(ArchivePairs::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArchivePairs of(Path tsv) {
        String stem = tsv.getFileName().toString().replace(".align.tsv", "");
        Path english = tsv.resolveSibling(stem + ".en.txt");
        String lang = Files.exists(tsv.resolveSibling(stem + ".ru.txt")) ? "ru" : "az";
        return new ArchivePairs(
                english,
                tsv.resolveSibling(stem + "." + lang + ".txt"),
                lang,
                GoldAlignment.read(tsv));
    }

    /**
     * The sentences of a file, read and segmented as {@code prepare} reads them, boilerplate kept.
     */
    static List<Sentence> sentences(Path file, String targetLang) {
        var transcript = new TranscriptReader().read(file, TranscriptOptions.defaults());
        TranslationDocument document =
                new DocumentBuilder(SrxSegmenter.english(), true)
                        .build(
                                transcript,
                                file.getFileName().toString(),
                                Locale.forLanguageTag(targetLang));
        return Sentence.of(document);
    }

    String name() {
        return FOLDER.relativize(english).toString().replace(".en.txt", "");
    }
}
