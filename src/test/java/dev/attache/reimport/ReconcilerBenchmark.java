package dev.attache.reimport;

import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.worksheet.Worksheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long reconciling takes for a long transcript: {@code units} paragraphs of three sentences
 * each, every row translated in the sheet. Not a test; run its main method.
 */
public final class ReconcilerBenchmark {
    private ReconcilerBenchmark() {}

    public static void main(String[] args) {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        List<Unit> list = new ArrayList<>();
        for (int u = 1; u <= units; u++) {
            String id = "p" + u;
            list.add(
                    ImportFixture.unit(
                            id,
                            true,
                            ImportFixture.seg(
                                    id, 1, "Sentence one of paragraph " + u + ".", "", State.NEW),
                            ImportFixture.seg(
                                    id, 2, "Sentence two of paragraph " + u + ".", "", State.NEW),
                            ImportFixture.seg(
                                    id,
                                    3,
                                    "Sentence three of paragraph " + u + ".",
                                    "",
                                    State.NEW)));
        }
        TranslationDocument document =
                new TranslationDocument(
                        "long.en.txt", Locale.ENGLISH, Locale.forLanguageTag("ru"), list);
        Worksheet sheet = ImportFixture.export(document);
        List<String> ids =
                document.translatableSegments().map(SegmentPair::id).map(Object::toString).toList();
        for (String id : ids) {
            sheet =
                    ImportFixture.edit(
                            sheet,
                            id,
                            r ->
                                    ImportFixture.withTarget(
                                            r,
                                            new dev.attache.worksheet.TargetCell.Text(
                                                    "Предложение " + id)));
        }
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            ImportResult result =
                    new Reconciler()
                            .reconcile(
                                    ImportFixture.xliff(document, ImportFixture.EXPORT_SHA),
                                    sheet,
                                    ImportOptions.defaults());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(
                    Locale.ROOT,
                    "run %d: %,d rows in %,d ms (%d applied)%n",
                    run,
                    ids.size(),
                    millis,
                    result.counts().applied());
        }
    }
}
