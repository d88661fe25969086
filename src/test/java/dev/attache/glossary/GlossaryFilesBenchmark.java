package dev.attache.glossary;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Speed of the glossary formats (not run by {@code mvn verify}): reading the shipped termbase, and
 * reading and writing a synthetic 20,000-concept termbase as TBX and CSV. Run with {@code java -cp
 * target/classes:target/test-classes:<deps> dev.attache.glossary.GlossaryFilesBenchmark}.
 */
public final class GlossaryFilesBenchmark {
    private GlossaryFilesBenchmark() {}

    public static void main(String[] args) throws Exception {
        byte[] shipped = Files.readAllBytes(Path.of("glossary/diplomatic-terms.tbx"));
        report(
                "read shipped TBX (" + shipped.length / 1024 + " KiB)",
                200,
                () -> new TbxReader().read(Path.of("t.tbx"), shipped));
        Glossary big = synthetic(20_000);
        byte[] tbx = write(big, true);
        byte[] csv = write(big, false);
        report("write 20k-concept TBX (" + tbx.length / 1024 + " KiB)", 5, () -> write(big, true));
        report("read 20k-concept TBX", 5, () -> new TbxReader().read(Path.of("t.tbx"), tbx));
        report("write 20k-concept CSV (" + csv.length / 1024 + " KiB)", 5, () -> write(big, false));
        report(
                "read 20k-concept CSV",
                5,
                () -> new CsvGlossaryReader().read(Path.of("t.csv"), csv));
        report("validate 20k concepts", 5, () -> new GlossaryValidator().validate(big));
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static void report(String what, int rounds, Work work) throws Exception {
        for (int i = 0; i < Math.max(2, rounds / 4); i++) {
            work.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            work.run();
        }
        System.out.printf("%-40s %8.2f ms%n", what, (System.nanoTime() - start) / 1e6 / rounds);
    }

    private static byte[] write(Glossary glossary, boolean asTbx) throws Exception {
        var out = new ByteArrayOutputStream();
        if (asTbx) {
            new TbxWriter().write(glossary, out);
        } else {
            new CsvGlossaryWriter().write(glossary, out);
        }
        return out.toByteArray();
    }

    private static Glossary synthetic(int size) {
        var concepts = new ArrayList<Concept>();
        for (int i = 0; i < size; i++) {
            var terms = new LinkedHashMap<String, List<Term>>();
            terms.put(
                    "en",
                    List.of(
                            new Term("term number " + i, TermStatus.PREFERRED, "noun", "a note"),
                            new Term("variant " + i, TermStatus.ADMITTED, "noun", "")));
            terms.put(
                    "ru", List.of(new Term("термин номер " + i, TermStatus.PREFERRED, "noun", "")));
            terms.put(
                    "az",
                    List.of(
                            new Term("termin nömrə " + i, TermStatus.PREFERRED, "noun", ""),
                            new Term(
                                    "köhnə termin " + i,
                                    TermStatus.DEPRECATED,
                                    "noun",
                                    "köhnəlib")));
            concepts.add(
                    new Concept(
                            "c-" + i, "subject", "A definition of concept " + i + ".", "", terms));
        }
        return new Glossary(concepts);
    }
}
