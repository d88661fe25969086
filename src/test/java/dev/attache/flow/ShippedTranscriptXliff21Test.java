package dev.attache.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.glossary.Glossary;
import dev.attache.model.TermRenderings;
import dev.attache.model.TranslationDocument;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.xliff.Xliff12Reader;
import dev.attache.xliff.Xliff12Writer;
import dev.attache.xliff.Xliff21Reader;
import dev.attache.xliff.Xliff21Schema;
import dev.attache.xliff.Xliff21Writer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped transcript, segmented with the shipped glossary (as {@link ShippedTranscriptTest}
 * does), written as XLIFF 2.1 with the glossary's renderings: valid against the core and glossary
 * schemas, accepted by Okapi's validating reader, equal to the golden file ({@code
 * -Dattache.golden.update=true} rewrites it), and read back into the same document, term hits
 * included. Through 1.2 → model → 2.1 → model → 1.2 the 1.2 bytes do not change.
 */
class ShippedTranscriptXliff21Test {
    static final Path GLOSSARY = Path.of("glossary/diplomatic-terms.tbx");

    @TempDir Path dir;

    private TranslationDocument segmented(String lang) {
        var request =
                new SegmentFlow.Request(
                        ShippedTranscriptTest.TRANSCRIPT,
                        List.of(Locale.forLanguageTag(lang)),
                        Optional.of(dir.resolve("fresh.xlf")),
                        dir,
                        TranscriptOptions.defaults(),
                        Optional.empty(),
                        false,
                        new GlossaryChoice.FromFile(GLOSSARY));
        return new SegmentFlow().run(request).written().get(0).document();
    }

    private static Glossary glossary() {
        return new GlossaryChoice.FromFile(GLOSSARY).load().orElseThrow().glossary();
    }

    private static Path write21(TranslationDocument document, TermRenderings renderings, Path file)
            throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            new Xliff21Writer(renderings).write(document, out);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "az"})
    void writtenAs21MatchesTheGoldenFileTheSchemaAndOkapiAndReadsBack(String lang)
            throws Exception {
        TranslationDocument document = segmented(lang);
        assertThat(document.translatableSegments().anyMatch(s -> !s.termHits().isEmpty())).isTrue();
        Path written =
                write21(
                        document,
                        glossary().renderings(document.targetLang()),
                        dir.resolve("x.xlf"));
        Path golden = ShippedTranscriptTest.CASE.resolve("expected.en-" + lang + ".xlf21");
        if (ShippedTranscriptTest.UPDATE) {
            Files.copy(written, golden, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        Xliff21Schema.validate(written);
        XLIFFReader.validate(written.toFile());
        assertThat(Files.readString(written, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(new Xliff21Reader().read(written)).isEqualTo(document);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "az"})
    void xliff12ThroughTheModelAnd21GivesTheSame12Bytes(String lang) throws Exception {
        Path xliff12 = ShippedTranscriptTest.CASE.resolve("expected.en-" + lang + ".xlf");
        TranslationDocument from12 = new Xliff12Reader().read(xliff12);
        Path as21 = write21(from12, TermRenderings.none(), dir.resolve("as21.xlf"));
        TranslationDocument from21 = new Xliff21Reader().read(as21);
        var again = new ByteArrayOutputStream();
        new Xliff12Writer().write(from21, again);

        assertThat(from21).isEqualTo(from12);
        assertThat(again.toString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(xliff12, StandardCharsets.UTF_8));
    }
}
