package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryCommandTest {
    private static final String SHIPPED = "glossary/diplomatic-terms.tbx";

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validateTheShippedTermbase() {
        Run run = run("glossary", "validate", SHIPPED);
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).as("a clean glossary: no finding on stdout").isEmpty();
        assertThat(run.err())
                .matches(
                        "checked glossary/diplomatic-terms.tbx: \\d+ concepts, 0 errors, 0 warnings\\R");
    }

    @Test
    void validateReportsFindingsWithExitFour(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(
                csv,
                "id,en,ru,az\nc-a,Baku,Баку,\nc-b,baku,!Москва,Moskva\n",
                StandardCharsets.UTF_8);
        Run run = run("glossary", "validate", csv.toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.out().lines())
                .as("the findings, the product of a check")
                .containsExactly(
                        "error: " + csv + ":c-a: the concept has no az term",
                        "error: " + csv + ":c-b/ru: no ru term is preferred",
                        "error: " + csv + ":c-b/en: 'baku' is also a term of concept c-a");
        assertThat(run.err())
                .isEqualTo(
                        "checked "
                                + csv
                                + ": 2 concepts, 3 errors, 0 warnings"
                                + System.lineSeparator());
    }

    @Test
    void validateMalformedInputIsExitThreeOnOneLine(@TempDir Path dir) throws Exception {
        Path tbx = dir.resolve("broken.tbx");
        Files.writeString(tbx, "<tbx>\n<text><body></tbx>", StandardCharsets.UTF_8);
        Run run = run("glossary", "validate", tbx.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: " + tbx + ":2:").contains("malformed XML");
        assertThat(run.err().lines()).hasSize(1);
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "en,ru,az\na,b\n", StandardCharsets.UTF_8);
        Run csv = run("glossary", "validate", ragged.toString());
        assertThat(csv.code()).isEqualTo(3);
        assertThat(csv.err())
                .isEqualTo(
                        "error: "
                                + ragged
                                + ":row 2: the row has 2 fields but the header has 3"
                                + System.lineSeparator());
    }

    @Test
    void lookupFindsATermInAnyLanguageIgnoringCase() {
        Run run = run("glossary", "lookup", "СОЮЗНОЕ ВЗАИМОДЕЙСТВИЕ", "-t", "az");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out())
                .startsWith("c-allied-interaction (international relations)")
                .contains("  ru: союзное взаимодействие [deprecated, noun]")
                .contains("  az: müttəfiqlik qarşılıqlı fəaliyyəti [preferred, noun]")
                .doesNotContain("  en: ");
        Run azerbaijani = run("glossary", "lookup", "ilham əliyev", "-t", "ru");
        assertThat(azerbaijani.out())
                .startsWith("c-ilham-aliyev")
                .contains("  ru: Ильхам Алиев [preferred, noun]");
    }

    @Test
    void lookupWithoutTargetsShowsEveryLanguage() {
        Run run = run("glossary", "lookup", "Mega Project");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out())
                .contains(
                        "  en: mega project [admitted, noun]",
                        "  ru: мегапроект [preferred, noun]",
                        "  az: meqalayihə [preferred, noun]");
    }

    @Test
    void lookupOfAnUnknownTermPrintsNothingAndANote() {
        Run run = run("glossary", "lookup", "alliance", "-g", SHIPPED);
        assertThat(run.code()).as("a lookup is no check: exit 0 with or without a match").isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        "note: no concept in "
                                + SHIPPED
                                + " has the term 'alliance'"
                                + System.lineSeparator());
    }

    @Test
    void convertTbxToCsvAndBack(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("terms.csv");
        Path tbx = dir.resolve("terms.tbx");
        Run toCsv = run("glossary", "convert", SHIPPED, "-o", csv.toString());
        assertThat(toCsv.code()).isEqualTo(0);
        assertThat(toCsv.out()).isEmpty();
        assertThat(toCsv.err()).startsWith("wrote " + csv + ": ");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("c-allied-interaction");
        assertThat(run("glossary", "convert", csv.toString(), "-o", tbx.toString()).code())
                .isEqualTo(0);
        assertThat(run("glossary", "validate", tbx.toString()).code()).isEqualTo(0);
        assertThat(run("glossary", "lookup", "megaproject", "-g", tbx.toString()).out())
                .startsWith("c-mega-project");
    }

    @Test
    void convertRefusesAnUnknownOutputFormat(@TempDir Path dir) {
        Path out = dir.resolve("terms.xlsx");
        Run run = run("glossary", "convert", SHIPPED, "-o", out.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err())
                .contains("cannot tell the format from the file name: use .tbx or .csv");
        assertThat(out).doesNotExist();
    }

    @Test
    void convertRefusesAnExistingOutputAndLeavesItAsItWas(@TempDir Path dir) throws Exception {
        Path tiny = dir.resolve("tiny.csv");
        Files.writeString(tiny, "id,en,ru,az\nc-baku,Baku,Баку,Bakı\n", StandardCharsets.UTF_8);
        Path termbase = dir.resolve("diplomatic-terms.tbx");
        Files.copy(Path.of(SHIPPED), termbase);
        byte[] before = Files.readAllBytes(termbase);

        Run run = run("glossary", "convert", tiny.toString(), "-o", termbase.toString());

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .isEqualTo(
                        "error: "
                                + termbase
                                + ": exists: run again with --force to replace it "
                                + "(the old one is then kept as .bak)"
                                + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllBytes(termbase)).isEqualTo(before);
        assertThat(dir.resolve("diplomatic-terms.tbx.bak")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("tiny.csv", "diplomatic-terms.tbx");
        }
    }

    @Test
    void convertWithForceKeepsTheReplacedFileAsBak(@TempDir Path dir) throws Exception {
        Path tiny = dir.resolve("tiny.csv");
        Files.writeString(tiny, "id,en,ru,az\nc-baku,Baku,Баку,Bakı\n", StandardCharsets.UTF_8);
        Path termbase = dir.resolve("diplomatic-terms.tbx");
        Files.copy(Path.of(SHIPPED), termbase);
        byte[] before = Files.readAllBytes(termbase);

        Run run = run("glossary", "convert", tiny.toString(), "-o", termbase.toString(), "--force");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err())
                .isEqualTo(
                        "wrote " + termbase + ": 1 concepts from " + tiny + System.lineSeparator());
        assertThat(Files.readAllBytes(dir.resolve("diplomatic-terms.tbx.bak"))).isEqualTo(before);
        assertThat(run("glossary", "lookup", "Baku", "-g", termbase.toString()).out())
                .startsWith("c-baku");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no temporary file is left")
                    .containsExactlyInAnyOrder(
                            "tiny.csv", "diplomatic-terms.tbx", "diplomatic-terms.tbx.bak");
        }
    }

    @Test
    void convertRefusesToWriteOverItsInputEvenWithForce(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("terms.csv");
        Files.writeString(csv, "id,en,ru,az\nc-baku,Baku,Баку,Bakı\n", StandardCharsets.UTF_8);

        Run run =
                run(
                        "glossary",
                        "convert",
                        csv.toString(),
                        "-o",
                        dir.resolve(".").resolve("terms.csv").toString(),
                        "--force");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .contains("is an input of this command: write the output to another file");
        assertThat(dir.resolve("terms.csv.bak")).doesNotExist();
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        for (String command : new String[] {"validate", "lookup", "convert"}) {
            Run run = run("glossary", command, "--help");
            assertThat(run.code()).as(command).isEqualTo(0);
            assertThat(run.out())
                    .as(command)
                    .contains("Usage: attache glossary " + command)
                    .contains("attache glossary " + command + " ");
        }
        assertThat(run("glossary", "--help").out()).contains("validate", "lookup", "convert");
    }

    @Test
    void usageErrors() {
        assertThat(run("glossary").code()).isEqualTo(2);
        assertThat(run("glossary", "convert", SHIPPED).code()).isEqualTo(2);
    }
}
