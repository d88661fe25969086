package dev.attache.xliff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.model.TranslationDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Xliff12Reader} reads the XLIFF 1.2 files of the project and of its tests (the shipped
 * transcript's, the cases' expected files, the hostile corpus') as Okapi's filter did ({@link
 * OkapiXliff12Reader}): the same document, or a refusal where it refused; and the shapes CAT tools
 * give a unit (a target without segment markers, {@code <g>}, {@code <x/>}, {@code <bx/>}/{@code
 * <ex/>} and {@code <it>} codes, {@code approved} without a state, notes without an author or on
 * the source only, an {@code <alt-trans>} for the unit, a group not to be translated).
 */
class Xliff12ReaderOracleTest {
    @TempDir Path dir;

    static Stream<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("xliff"), Path.of("src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".xlf")).sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsTheProjectsFilesAsOkapisFilterDid(Path file) {
        if (!isXliff12(file)) {
            return;
        }
        assertSameReading(file);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<target xml:lang=\"ru\" state=\"translated\">Привет, <g id=\"1\">мир</g>.</target>",
                "<target xml:lang=\"ru\">Привет<x id=\"2\"/> <bx id=\"3\"/>мир<ex id=\"3\"/>.</target>",
                "<target xml:lang=\"ru\" state=\"needs-review-translation\"><mrk mid=\"s1\""
                        + " mtype=\"seg\">Привет, <it id=\"4\" pos=\"open\">&lt;b&gt;</it>мир.</mrk></target>",
                "<target xml:lang=\"ru\">Привет, мир.</target><note>unsigned</note>"
                        + "<note from=\"reviser\" annotates=\"source\">on the source</note>",
                "<target xml:lang=\"ru\" state=\"new\">Hello, world.</target>"
                        + "<alt-trans match-quality=\"85%\"><source>Hello, World.</source>"
                        + "<target>Привет, мир!</target></alt-trans>",
                "<target xml:lang=\"ru\"><mrk mid=\"s1\" mtype=\"seg\">Привет, мир.</mrk></target>"
                        + "<alt-trans mid=\"s1\" match-quality=\"85.00\"><source>Hello, World.</source>"
                        + "<target>Привет, мир!</target></alt-trans>"
                        + "<alt-trans mid=\"s1\" match-quality=\"x\" origin=\"mt\"><source>Hello.</source>"
                        + "<target>Привет.</target></alt-trans>",
            })
    void readsTheShapesCatToolsGiveAUnitAsOkapisFilterDid(String target) throws IOException {
        Path file = dir.resolve("cat.xlf");
        Files.writeString(file, catFile(target, "approved=\"yes\""), StandardCharsets.UTF_8);
        assertSameReading(file);
        Files.writeString(file, catFile(target, ""), StandardCharsets.UTF_8);
        assertSameReading(file);
    }

    @Test
    void aGroupNotToBeTranslatedKeepsItsUnitsUntranslatedAsOkapisFilterDid() throws IOException {
        Path file = dir.resolve("group.xlf");
        Files.writeString(
                file,
                catFile("<target xml:lang=\"ru\">Привет</target>", "")
                        .replace("<trans-unit", "<group id=\"g1\" translate=\"no\"><trans-unit")
                        .replace("</trans-unit>", "</trans-unit></group>"),
                StandardCharsets.UTF_8);
        assertSameReading(file);
        assertThat(new Xliff12Reader().read(file).units().get(0).translatable()).isFalse();
    }

    /**
     * An inline code whose id is no number cannot become a token: ours refuses the file with the
     * unit (Okapi's filter made a token of the id's hash, which no token check could then see).
     */
    @Test
    void anInlineCodeWhoseIdIsNoNumberIsRefusedWithItsUnit() throws IOException {
        Path file = dir.resolve("named-code.xlf");
        Files.writeString(
                file,
                catFile("<target xml:lang=\"ru\">Привет, <x id=\"br-a\"/>мир.</target>", ""),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new Xliff12Reader().read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "named-code.xlf:unit p1: the inline code <x> has the id 'br-a'");
    }

    /** Okapi's filter gave a unit without a target one for its matches: ours keeps them too. */
    @Test
    void theMatchesOfAUnitWithoutATargetAreReadAsOkapisFilterReadThem() throws IOException {
        Path file = dir.resolve("no-target.xlf");
        Files.writeString(
                file,
                segmentedCatFile(
                        "<alt-trans mid=\"s1\" match-quality=\"90\" origin=\"tm\">"
                                + "<source>Hello, World.</source><target>Привет, мир!</target>"
                                + "</alt-trans>"),
                StandardCharsets.UTF_8);
        assertSameReading(file);
        assertThat(new Xliff12Reader().read(file).units().get(0).segments().get(0).matches())
                .singleElement()
                .satisfies(m -> assertThat(m.score()).isEqualTo(90));
    }

    /**
     * Two segments of a target with one {@code mid}: Okapi's filter renamed one and refused the
     * file for a segment the source lacks; ours refuses it with the unit, not keeping the first.
     */
    @Test
    void twoSegmentsWithOneMidAreRefusedWithTheirUnit() throws IOException {
        Path file = dir.resolve("two-mids.xlf");
        Files.writeString(
                file,
                catFile(
                        "<target xml:lang=\"ru\"><mrk mid=\"s1\" mtype=\"seg\">Привет,</mrk> <mrk"
                                + " mid=\"s1\" mtype=\"seg\">мир.</mrk></target>",
                        ""),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new Xliff12Reader().read(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("two-mids.xlf:unit p1: two segments have the mid 's1'");
        assertThatThrownBy(() -> new OkapiXliff12Reader().read(file))
                .isInstanceOf(BadInputException.class);
    }

    /**
     * Where ours reads on purpose otherwise than Okapi's filter: a marker of another type is read
     * through (Okapi made codes of it), an {@code <ex/>} closes the {@code <bx/>} its {@code rid}
     * names, and a match whose code cannot be read is left out (Okapi's hashed the id), the
     * translation kept.
     */
    @Test
    void markersCodePairsByRidAndUnreadableMatchesAreReadAsTheModelNeeds() throws IOException {
        Path file = dir.resolve("differences.xlf");
        Files.writeString(
                file,
                segmentedCatFile(
                        "<target xml:lang=\"ru\" state=\"translated\"><mrk mid=\"s1\" mtype=\"seg\">"
                                + "<mrk mtype=\"term\">Привет</mrk>, <bx id=\"3\" rid=\"1\"/>мир"
                                + "<ex id=\"4\" rid=\"1\"/>.</mrk></target>"
                                + "<alt-trans mid=\"s1\" match-quality=\"80\"><source>Hello, <x"
                                + " id=\"a\"/>World.</source><target>Привет!</target></alt-trans>"
                                + "<alt-trans mid=\"s1\" match-quality=\"70\"><source>Hello.</source>"
                                + "<target>Привет.</target></alt-trans>"),
                StandardCharsets.UTF_8);
        var segment = new Xliff12Reader().read(file).units().get(0).segments().get(0);
        assertThat(segment.target()).isEqualTo("Привет, {3}мир{/3}.");
        assertThat(segment.matches())
                .singleElement()
                .satisfies(m -> assertThat(m.score()).isEqualTo(70));
    }

    /** A CAT tool's file whose source is one segment {@code s1}, in {@code <seg-source>}. */
    private static String segmentedCatFile(String target) {
        return catFile(target, "")
                .replace(
                        "<source xml:lang=\"en\">Hello, world.</source>",
                        "<source xml:lang=\"en\">Hello, world.</source><seg-source><mrk mid=\"s1\""
                                + " mtype=\"seg\">Hello, world.</mrk></seg-source>");
    }

    private static String catFile(String target, String unitAttributes) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                + "<file original=\"cat.txt\" source-language=\"en\" target-language=\"ru\""
                + " datatype=\"x-text\"><body>\n"
                + "<trans-unit id=\"p1\" xml:space=\"preserve\" "
                + unitAttributes
                + "><source xml:lang=\"en\">Hello, world.</source>"
                + target
                + "</trans-unit>\n</body></file></xliff>\n";
    }

    private static void assertSameReading(Path file) {
        TranslationDocument ours = null;
        TranslationDocument okapis = null;
        BadInputException oursRefused = null;
        BadInputException okapiRefused = null;
        try {
            ours = new Xliff12Reader().read(file);
        } catch (BadInputException e) {
            oursRefused = e;
        }
        try {
            okapis = new OkapiXliff12Reader().read(file);
        } catch (BadInputException e) {
            okapiRefused = e;
        }
        if (okapiRefused != null || oursRefused != null) {
            assertThat(oursRefused)
                    .as("ours refuses %s as Okapi's did: %s", file, okapiRefused)
                    .isNotNull();
            assertThat(okapiRefused)
                    .as("Okapi's refused %s as ours does: %s", file, oursRefused)
                    .isNotNull();
            return;
        }
        Xliff12ReaderProperties.assertSameDocument(ours, okapis);
    }

    private static boolean isXliff12(Path file) {
        try {
            String head = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return head.contains("version=\"1.2\"")
                    && head.contains("urn:oasis:names:tc:xliff:document:1.2");
        } catch (IOException e) {
            return false;
        }
    }
}
