package dev.attache.workbench;

import dev.attache.transcript.TranscriptOptions;
import dev.attache.xliff.State;
import dev.attache.xliff.TranslationDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The shipped transcript segmented into a folder, and its XLIFF with targets filled by a test. */
public final class TranslatedFixture {
    public static final Path TRANSCRIPT = ShippedTranscriptTest.TRANSCRIPT;
    public static final Path GLOSSARY = Path.of("glossary/diplomatic-terms.tbx");

    private TranslatedFixture() {
    }

    /** Segments {@code transcript} into {@code xliff} (one target language) with the shipped glossary. */
    public static Path segment(Path transcript, String lang, Path xliff) {
        return segment(transcript, lang, xliff, XliffChoice.unchanged());
    }

    /** Segments {@code transcript} into {@code xliff} in the XLIFF flavour chosen. */
    public static Path segment(Path transcript, String lang, Path xliff, XliffChoice choice) {
        new SegmentFlow().run(new SegmentFlow.Request(transcript, List.of(Locale.forLanguageTag(lang)),
                Optional.of(xliff), xliff.getParent(), TranscriptOptions.defaults(), Optional.empty(), false,
                new GlossaryChoice.FromFile(GLOSSARY), choice));
        return xliff;
    }

    /** A translation anyone can check: the source in guillemets, tagged with the language. */
    public static String translationOf(String source, String lang) {
        return "«" + source + "» [" + lang + "]";
    }

    /** The document with every translatable segment's target set to {@code target(source)} in {@code state}. */
    public static TranslationDocument filled(TranslationDocument document, UnaryOperator<String> target, State state) {
        return document.withUnits(document.units().stream().map(u -> !u.translatable() ? u : u.withSegments(
                u.segments().stream().map(s -> s.withTarget(target.apply(s.source()), state)).toList())).toList());
    }

    /** Fills every target of the XLIFF file as {@link #translationOf} gives, in {@code state}, and writes it back. */
    public static TranslationDocument fill(Path xliff, State state) {
        TranslationDocument read = XliffFiles.read(xliff);
        String lang = read.targetLang().getLanguage();
        TranslationDocument translated = filled(read, s -> translationOf(s, lang), state);
        XliffFiles.write(translated, xliff, false);
        return translated;
    }
}
