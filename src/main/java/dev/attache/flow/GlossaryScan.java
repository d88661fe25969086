package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.HintSelector;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.glossary.Term;
import dev.attache.glossary.TermMatcher;
import dev.attache.model.SegmentPair;
import dev.attache.model.SourceFormat;
import dev.attache.model.TermHit;
import dev.attache.model.TranslationDocument;
import dev.attache.transcript.Paragraph;
import dev.attache.transcript.ParagraphKind;
import dev.attache.transcript.Transcript;
import dev.attache.transcript.TranscriptOptions;
import dev.attache.transcript.rich.RichSourceReader;
import dev.attache.xliff.XliffFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The {@code glossary scan} flow: every glossary term in a transcript (per paragraph) or an XLIFF
 * file (per source segment), with its character offsets there: every hit, or only those worth a
 * hint.
 */
public final class GlossaryScan {
    /** The language scanned texts are in: the transcripts' English. */
    private static final String SOURCE_LANG = "en";

    /**
     * A hit and where it is: its unit {@code p5} (the fifth paragraph) and, in an XLIFF file, its
     * segment {@code p5.s2}.
     */
    public record PlacedHit(String unit, Optional<String> segment, TermHit hit) {
        public PlacedHit {
            requireNonNull(unit, "unit");
            requireNonNull(segment, "segment");
            requireNonNull(hit, "hit");
        }

        /** The segment where there is one, else the unit: {@code p5.s2} or {@code p5}. */
        public String place() {
            return segment.orElse(unit);
        }
    }

    /**
     * Which hits a scan lists: all of them, nested ones included; or those a translator into {@code
     * targetLang} gets as hints ({@link HintSelector}); or, with no target language, the outermost
     * ones.
     */
    public record Listing(boolean all, Optional<String> targetLang) {
        public Listing {
            requireNonNull(targetLang, "targetLang");
        }
    }

    /** The glossary used, what was scanned, and the hits in text order. */
    public record Result(LoadedGlossary glossary, int scannedParts, List<PlacedHit> hits) {
        public Result {
            requireNonNull(glossary, "glossary");
            hits = List.copyOf(hits);
        }

        /**
         * The rendering of the hit's concept in {@code lang} that the worksheet's hint gives for
         * the form found ({@link dev.attache.glossary.Concept#rendering}: "Mr Bayramov" →
         * "Байрамов", "CIS" → "СНГ"), or {@code (none)}.
         */
        public String rendering(PlacedHit placed, String lang) {
            return renderingIfAny(placed, lang).orElse("(none)");
        }

        /**
         * The rendering of the hit's concept in {@code lang} that the worksheet's hint gives for
         * the form found, if the glossary has one.
         */
        public Optional<String> renderingIfAny(PlacedHit placed, String lang) {
            return glossary.glossary()
                    .concept(placed.hit().conceptId())
                    .flatMap(c -> c.rendering(SOURCE_LANG, placed.hit().matchedText(), lang))
                    .map(Term::text);
        }
    }

    public Result scan(Path file, GlossaryChoice choice, Listing listing) {
        LoadedGlossary glossary = choice.load().orElseThrow();
        TermMatcher english = new TermMatcher(glossary.glossary(), SOURCE_LANG);
        UnaryOperator<List<TermHit>> shown =
                listing.all()
                        ? UnaryOperator.identity()
                        : listing.targetLang()
                                .<UnaryOperator<List<TermHit>>>map(
                                        lang -> new HintSelector(glossary.glossary(), lang)::select)
                                .orElse(HintSelector::outermost);
        Function<String, List<TermHit>> matcher = text -> shown.apply(english.find(text));
        List<PlacedHit> hits = new ArrayList<>();
        int parts = 0;
        if (isXliff(file)) {
            TranslationDocument document = XliffFiles.read(file);
            for (SegmentPair segment : document.translatableSegments().toList()) {
                parts++;
                matcher.apply(segment.source())
                        .forEach(
                                h ->
                                        hits.add(
                                                new PlacedHit(
                                                        segment.id().unitId(),
                                                        Optional.of(segment.id().toString()),
                                                        h)));
            }
        } else {
            SourceFormat format = SourceFormat.ofFile(file);
            Transcript transcript =
                    new RichSourceReader()
                            .readAny(file, format, TranscriptOptions.defaults(), Optional.empty())
                            .transcript();
            for (Paragraph paragraph : transcript.paragraphs()) {
                if (paragraph.kind() != ParagraphKind.BOILERPLATE) {
                    parts++;
                    matcher.apply(paragraph.text())
                            .forEach(
                                    h ->
                                            hits.add(
                                                    new PlacedHit(
                                                            "p" + paragraph.index(),
                                                            Optional.empty(),
                                                            h)));
                }
            }
        }
        return new Result(glossary, parts, hits);
    }

    private static boolean isXliff(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlf") || name.endsWith(".xliff");
    }
}
