package dev.attache.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * The yardstick for the scenarios: Okapi's own extraction path over the same transcript, with
 * nothing of ours but the segmentation rules. Okapi's plain-text filter reads it (one text unit a
 * line), an {@link ISegmenter} compiled from our {@code english.srx} by Okapi's {@link SRXDocument}
 * cuts each unit into sentences, and Okapi's {@link XLIFFWriter} writes XLIFF 1.2 (en → ru). The
 * benchmark runs it in a fresh JVM like the commands: {@code java -Xmx512m -cp <test class path>
 * dev.attache.bench.OkapiExtractionBaseline TRANSCRIPT OUT.xlf}. {@link NaivePrepareBaseline}
 * extracts the same way and writes a workbook too.
 */
public final class OkapiExtractionBaseline {
    static final LocaleId ENGLISH = LocaleId.ENGLISH;
    static final LocaleId RUSSIAN = LocaleId.fromString("ru");

    private OkapiExtractionBaseline() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: OkapiExtractionBaseline TRANSCRIPT OUT.xlf");
            System.exit(2);
        }
        long[] units = new long[1];
        long segments = extract(Path.of(args[0]), Path.of(args[1]), unit -> units[0]++);
        System.out.printf(
                Locale.ROOT, "%s: %,d text units, %,d segments%n", args[1], units[0], segments);
    }

    /**
     * Extracts {@code transcript} into {@code output} (XLIFF 1.2, en → ru), handing each segmented
     * text unit to {@code eachUnit} before it is written; the number of segments.
     */
    static long extract(Path transcript, Path output, Consumer<ITextUnit> eachUnit)
            throws IOException {
        ISegmenter segmenter = englishSegmenter();
        long segments = 0;
        XLIFFWriter writer = new XLIFFWriter();
        writer.setOptions(RUSSIAN, "UTF-8");
        writer.setOutput(output.toAbsolutePath().toString());
        try (PlainTextFilter filter = new PlainTextFilter();
                RawDocument document =
                        new RawDocument(transcript.toUri(), "UTF-8", ENGLISH, RUSSIAN)) {
            filter.open(document);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    ITextUnit unit = event.getTextUnit();
                    TextContainer source = unit.getSource();
                    segmenter.computeSegments(source);
                    source.getSegments().create(segmenter.getRanges());
                    segments += source.getSegments().count();
                    eachUnit.accept(unit);
                }
                writer.handleEvent(event);
            }
        } finally {
            writer.close();
        }
        return segments;
    }

    private static ISegmenter englishSegmenter() throws IOException {
        SRXDocument rules = new SRXDocument();
        try (InputStream in =
                OkapiExtractionBaseline.class.getResourceAsStream(
                        "/dev/attache/segment/english.srx")) {
            if (in == null) {
                throw new IllegalStateException(
                        "dev/attache/segment/english.srx is not on the class path");
            }
            rules.loadRules(in);
        }
        return rules.compileLanguageRules(ENGLISH, null);
    }
}
