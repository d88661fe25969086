package dev.attache.safety;

import dev.attache.BadInputException;
import dev.attache.worksheet.WorksheetReader;
import dev.attache.xliff.XliffReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Issue 12, fuzzing: the real files of the hostile corpus's base (an XLIFF 1.2 file, an XLIFF 2.1
 * file, a worksheet Attaché wrote), mutated at random (bytes flipped, inserted, deleted, the file
 * cut short; for the worksheet, inside one XML part of the zip), read by the readers: they either
 * read it or throw our {@link BadInputException}, never anything else.
 */
class ReaderFuzzProperties {
    static final int TRIES = 300;
    private static final Path BASE = Path.of("src/test/resources/hostile/base");

    /**
     * One change to a byte array: at a position (a fraction of its length), of a kind, with a byte.
     */
    record Mutation(double at, int kind, byte value) {
        byte[] apply(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            int i = (int) (at * (in.length - 1));
            return switch (kind) {
                case 0 -> {
                    byte[] out = in.clone();
                    out[i] = value;
                    yield out;
                }
                case 1 -> concat(slice(in, 0, i), new byte[] {value}, slice(in, i, in.length));
                case 2 ->
                        concat(
                                slice(in, 0, i),
                                slice(in, Math.min(in.length, i + 1 + (value & 0x3f)), in.length));
                case 3 -> slice(in, 0, i);
                default ->
                        concat(
                                slice(in, 0, i),
                                "<!DOCTYPE x [<!ENTITY e SYSTEM \"/etc/passwd\">]>&e;<x a=\"&#0;\">"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                slice(in, i, in.length));
            };
        }
    }

    /**
     * The seed whose 42nd file, cut inside a character, the lazy parser read as Woodstox's
     * unchecked exception, not as bad input ({@code XmlProlog.secureFactory} parses eagerly since).
     */
    @Property(tries = 42, shrinking = ShrinkingMode.OFF, seed = "-5595735795968192493")
    void aMutatedXliffFileOfAFoundSeedIsReadOrRefusedAsBadInput(
            @ForAll("mutations") List<Mutation> mutations, @ForAll boolean version21)
            throws IOException {
        aMutatedXliffFileIsReadOrRefusedAsBadInput(mutations, version21);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void aMutatedXliffFileIsReadOrRefusedAsBadInput(
            @ForAll("mutations") List<Mutation> mutations, @ForAll boolean version21)
            throws IOException {
        byte[] bytes =
                Files.readAllBytes(
                        BASE.resolve(version21 ? "base.en-ru.v21.xlf" : "base.en-ru.xlf"));
        for (Mutation m : mutations) {
            bytes = m.apply(bytes);
        }
        Path file = Files.createTempFile("fuzz", ".xlf");
        try {
            Files.write(file, bytes);
            assertReadOrBadInput(() -> new XliffReader().read(file));
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void aMutatedWorksheetIsReadOrRefusedAsBadInput(
            @ForAll("mutations") List<Mutation> mutations,
            @ForAll("parts") int part,
            @ForAll boolean wholeZip)
            throws IOException {
        byte[] xlsx = Files.readAllBytes(BASE.resolve("base.en-ru.xlsx"));
        byte[] bytes = wholeZip ? xlsx : mutatedPart(xlsx, part, mutations);
        if (wholeZip) {
            for (Mutation m : mutations) {
                bytes = m.apply(bytes);
            }
        }
        Path file = Files.createTempFile("fuzz", ".xlsx");
        try {
            Files.write(file, bytes);
            assertReadOrBadInput(() -> new WorksheetReader().read(file));
        } finally {
            Files.delete(file);
        }
    }

    private static void assertReadOrBadInput(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable read) {
        try {
            read.call();
        } catch (BadInputException expected) {
            // our input error, with its one-line message: what a hostile file must give
        } catch (Throwable other) {
            throw new AssertionError("not our input error: " + other, other);
        }
    }

    /** The zip again, with the XML part at index {@code part % parts} mutated. */
    private static byte[] mutatedPart(byte[] xlsx, int part, List<Mutation> mutations)
            throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (java.util.zip.ZipFile zip =
                new java.util.zip.ZipFile(BASE.resolve("base.en-ru.xlsx").toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(e)) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        }
        List<String> names = new ArrayList<>(parts.keySet());
        String name = names.get(Math.floorMod(part, names.size()));
        byte[] bytes = parts.get(name);
        for (Mutation m : mutations) {
            bytes = m.apply(bytes);
        }
        parts.put(name, bytes);
        var out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.bytes())
                .as(Mutation::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4);
    }

    @Provide
    Arbitrary<Integer> parts() {
        return Arbitraries.integers().between(0, 30);
    }

    private static byte[] slice(byte[] in, int from, int to) {
        return java.util.Arrays.copyOfRange(in, from, Math.max(from, to));
    }

    private static byte[] concat(byte[]... arrays) {
        var out = new ByteArrayOutputStream();
        for (byte[] a : arrays) {
            out.writeBytes(a);
        }
        return out.toByteArray();
    }
}
