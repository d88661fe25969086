package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shipped transcript segmented into an XLIFF file, for the QA commands' tests, with the
 * professional Russian translation of it ({@link #TRANSLATION}) or a copy with errors planted put
 * into its targets.
 */
record ShippedTranslation(Path xliff) {
    static final Path TRANSLATION =
            Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru.tsv");

    /** The shipped transcript segmented for Russian into {@code dir/shipped.en-ru.xlf}. */
    static ShippedTranslation segmentedIn(Path dir) {
        Path xliff = dir.resolve("shipped.en-ru.xlf");
        assertThat(
                        CliRun.of(
                                        "segment",
                                        SegmentCommandTest.SHIPPED.toString(),
                                        "-t",
                                        "ru",
                                        "-o",
                                        xliff.toString())
                                .exitCode())
                .isZero();
        return new ShippedTranslation(xliff);
    }

    /** Puts {@code targets} (by segment id) into the file, every segment translated. */
    void translate(Map<String, String> targets) {
        TranslationDocument read = XliffFiles.read(xliff);
        XliffFiles.write(
                read.withUnits(
                        read.units().stream()
                                .map(
                                        u ->
                                                !u.translatable()
                                                        ? u
                                                        : u.withSegments(
                                                                u.segments().stream()
                                                                        .map(
                                                                                s ->
                                                                                        s
                                                                                                .withTarget(
                                                                                                        targets
                                                                                                                .get(
                                                                                                                        s.id().toString()),
                                                                                                        State
                                                                                                                .TRANSLATED))
                                                                        .toList()))
                                .toList()),
                xliff,
                false);
    }

    /**
     * Column {@code index} of a tab-separated fixture, by segment id (column 0); lines with # first
     * are comments.
     */
    static Map<String, String> column(Path file, int index) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                values.put(line.split("\t", -1)[0], line.split("\t", -1)[index]);
            }
        }
        return values;
    }
}
