package dev.attache.worksheet;

import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long writing and reading a large worksheet takes: {@code UNITS} units of three segments, each
 * with two term hits and half of them translated. Not a test; run its main method.
 */
public final class WorksheetBenchmark {
    private static final int UNITS = 3000;
    private static final int ROUNDS = 3;

    private WorksheetBenchmark() {}

    public static void main(String[] args) throws Exception {
        TranslationDocument doc = largeDocument();
        Path dir = Files.createTempDirectory("worksheet-benchmark");
        Path xlsx = dir.resolve("large.en-ru.xlsx");
        int rows = (int) doc.translatableSegments().count();
        for (int round = 1; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            new WorksheetWriter()
                    .write(doc, SampleDocument.glossary(), WorksheetWriterTest.OPTIONS, xlsx);
            long written = System.nanoTime();
            int read = new WorksheetReader().read(xlsx).rows().size();
            long done = System.nanoTime();
            System.out.printf(
                    "round %d: %d rows, write %d ms, read %d ms (%d rows), %d KiB, heap used %d MiB%n",
                    round,
                    rows,
                    (written - start) / 1_000_000,
                    (done - written) / 1_000_000,
                    read,
                    Files.size(xlsx) / 1024,
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
        Files.delete(xlsx);
        Files.delete(dir);
    }

    private static TranslationDocument largeDocument() {
        List<Unit> units = new ArrayList<>();
        for (int u = 1; u <= UNITS; u++) {
            String id = "p" + u;
            List<SegmentPair> segments = new ArrayList<>();
            for (int s = 1; s <= 3; s++) {
                String source =
                        "In paragraph "
                                + u
                                + " the Foreign Minister praised our allied interaction with the "
                                + "Republic of Azerbaijan, sentence "
                                + s
                                + ".";
                String target =
                        u % 2 == 0
                                ? "В пункте "
                                        + u
                                        + " министр иностранных дел высоко оценил союзническое "
                                        + "взаимодействие с Азербайджанской Республикой."
                                : "";
                segments.add(
                        SampleDocument.seg(
                                id,
                                s,
                                source,
                                target,
                                target.isEmpty() ? State.NEW : State.TRANSLATED,
                                "foreign-minister:Foreign Minister",
                                "allied-interaction:allied interaction",
                                "azerbaijan:Republic of Azerbaijan"));
            }
            units.add(new Unit(id, "body", true, segments, List.of(" ", " "), List.of()));
        }
        return new TranslationDocument("large.en.txt", Locale.ENGLISH, SampleDocument.RU, units);
    }
}
