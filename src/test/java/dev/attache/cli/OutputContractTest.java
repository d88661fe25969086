package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.flow.TranslatedFixture;
import dev.attache.model.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The README's rule of what goes where, run command by command as a user runs them: stdout holds
 * the product and nothing else (a command whose product is a file prints nothing there), stderr
 * holds the summary of the run and the problems, each problem one line {@code severity: …}; under
 * {@code --quiet} stderr keeps the problems only.
 */
class OutputContractTest {
    private static final Pattern PROBLEM = Pattern.compile("^(error|warning|note): .+");
    private static final String SHIPPED = SegmentCommandTest.SHIPPED.toString();
    private static final String GLOSSARY = "glossary/diplomatic-terms.tbx";

    /**
     * The commands whose output exists when they run again, so that the run under --quiet replaces
     * it.
     */
    private static final List<String> REPLACING =
            List.of("export", "merge", "tmx", "convert", "report", "tm export", "glossary convert");

    @TempDir static Path dir;

    /**
     * A command line, and what its stdout must hold: nothing (its product is a file) or lines
     * matching a pattern.
     */
    private record Case(String name, List<String> args, Pattern product) {
        static Case file(String name, String... args) {
            return new Case(name, List.of(args), null);
        }

        static Case product(String name, String productLine, String... args) {
            return new Case(name, List.of(args), Pattern.compile(productLine));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCommandPutsItsProductOnStdoutAndTheRestOnStderr() throws IOException {
        Path xliff = dir.resolve("x.en-ru.xlf");
        Path translated = dir.resolve("t.en-ru.xlf");
        Path tm = dir.resolve("tm");
        Files.copy(ExportedWorksheet.in(dir.resolve("sheet")).xliff(), xliff);
        TranslatedFixture.segment(SegmentCommandTest.SHIPPED, "ru", translated);
        TranslatedFixture.fill(translated, State.FINAL);
        ExportedWorksheet sheet = ExportedWorksheet.in(dir.resolve("import"));
        Path badCsv = Files.writeString(dir.resolve("bad.csv"), "id,en,ru,az\nc-a,Baku,Баку,\n");
        String findingLine = "^(error|warning): \\S+:\\S+: .+";
        List<Case> cases =
                new ArrayList<>(
                        List.of(
                                Case.file(
                                        "segment",
                                        "segment",
                                        SHIPPED,
                                        "-t",
                                        "ru",
                                        "-o",
                                        dir.resolve("s.en-ru.xlf").toString(),
                                        "--no-tm"),
                                Case.file(
                                        "export",
                                        "export",
                                        xliff.toString(),
                                        "-o",
                                        dir.resolve("e.xlsx").toString(),
                                        "--no-tm"),
                                Case.file(
                                        "import",
                                        "import",
                                        sheet.worksheet().toString(),
                                        "--xliff",
                                        sheet.xliff().toString(),
                                        "--no-tm"),
                                Case.product(
                                        "qa",
                                        findingLine,
                                        "qa",
                                        translated.toString(),
                                        "--checks",
                                        "terms"),
                                Case.file(
                                        "merge",
                                        "merge",
                                        translated.toString(),
                                        "--original",
                                        SHIPPED,
                                        "-o",
                                        dir.resolve("t.ru.txt").toString()),
                                Case.file(
                                        "tmx",
                                        "tmx",
                                        translated.toString(),
                                        "-o",
                                        dir.resolve("m.tmx").toString()),
                                Case.product("stats", "^.+", "stats", translated.toString()),
                                Case.file(
                                        "convert",
                                        "convert",
                                        translated.toString(),
                                        "-o",
                                        dir.resolve("c.xlf").toString()),
                                Case.file(
                                        "report",
                                        "report",
                                        translated.toString(),
                                        "-o",
                                        dir.resolve("r.html").toString()),
                                Case.file(
                                        "tm add",
                                        "tm",
                                        "add",
                                        translated.toString(),
                                        "--tm",
                                        tm.toString()),
                                Case.product(
                                        "tm lookup",
                                        "^.+",
                                        "tm",
                                        "lookup",
                                        "Mr Aliyev,",
                                        "-t",
                                        "ru",
                                        "--tm",
                                        tm.toString()),
                                Case.product(
                                        "tm stats", "^.+", "tm", "stats", "--tm", tm.toString()),
                                Case.file(
                                        "tm export",
                                        "tm",
                                        "export",
                                        "-o",
                                        dir.resolve("e.tmx").toString(),
                                        "--tm",
                                        tm.toString()),
                                Case.product(
                                        "glossary validate",
                                        findingLine,
                                        "glossary",
                                        "validate",
                                        badCsv.toString()),
                                Case.product(
                                        "glossary lookup",
                                        "^.+",
                                        "glossary",
                                        "lookup",
                                        "Baku",
                                        "-g",
                                        GLOSSARY),
                                Case.file(
                                        "glossary convert",
                                        "glossary",
                                        "convert",
                                        GLOSSARY,
                                        "-o",
                                        dir.resolve("g.csv").toString()),
                                Case.product(
                                        "glossary scan",
                                        "^" + Pattern.quote(SHIPPED) + ":p\\d+:\\d+-\\d+: .+",
                                        "glossary",
                                        "scan",
                                        SHIPPED,
                                        "-t",
                                        "ru"),
                                Case.product("completion", "^.*", "completion", "bash")));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @Test
    void everyCommandThatReadsXliffTakesSeveralFilesAndNoneTakesItsOutputAsAnArgument() {
        List<String> xliffReaders = new ArrayList<>();
        collect(new CommandLine(new AttacheCommand()), xliffReaders);

        assertThat(xliffReaders)
                .as("commands whose argument is an XLIFF file")
                .contains(
                        "attache qa",
                        "attache merge",
                        "attache export",
                        "attache convert",
                        "attache stats",
                        "attache tmx",
                        "attache report");
    }

    private static void collect(CommandLine command, List<String> xliffReaders) {
        for (PositionalParamSpec positional : command.getCommandSpec().positionalParameters()) {
            String name = command.getCommandSpec().qualifiedName();
            assertThat(positional.paramLabel())
                    .as(name + ": an output is named by -o, not by an argument")
                    .isNotIn("OUT", "OUTPUT");
            if (positional.paramLabel().equals("XLIFF")) {
                xliffReaders.add(name);
                assertThat(positional.arity().max())
                        .as(name + " takes several XLIFF files")
                        .isGreaterThan(1);
            }
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, xliffReaders));
    }

    private static void check(Case c) {
        CliRun run = CliRun.of(c.args().toArray(String[]::new));

        assertThat(run.exitCode())
                .as(c.name() + ": " + run.err())
                .isIn(ExitCode.OK, ExitCode.FINDINGS);
        if (c.product() == null) {
            assertThat(run.out())
                    .as(c.name() + ": its product is a file, stdout is empty")
                    .isEmpty();
            assertThat(run.err().lines().filter(l -> !PROBLEM.matcher(l).matches()))
                    .as(c.name() + ": what it did is said on stderr")
                    .isNotEmpty();
        } else {
            assertThat(run.out().lines())
                    .as(c.name() + ": stdout holds the product only")
                    .isNotEmpty()
                    .allMatch(l -> c.product().matcher(l).matches());
        }
        assertThat(run.err().lines())
                .as(
                        c.name()
                                + ": stderr: summary lines (each a lower-case word first) and "
                                + "problems")
                .allMatch(
                        l ->
                                PROBLEM.matcher(l).matches()
                                        || l.matches("^[a-z0-9][^:]*( .*|:.*)?$"));
        List<String> again = new ArrayList<>(c.args());
        again.add("--quiet");
        if (REPLACING.contains(c.name())) {
            again.add("--force");
        }
        CliRun quiet = CliRun.of(again.toArray(String[]::new));
        assertThat(quiet.exitCode())
                .as(c.name() + " --quiet: " + quiet.err())
                .isIn(ExitCode.OK, ExitCode.FINDINGS);
        assertThat(quiet.out()).as(c.name() + " --quiet: the same product").isEqualTo(run.out());
        assertThat(quiet.err().lines())
                .as(c.name() + ": under --quiet, stderr holds problems only")
                .allMatch(l -> PROBLEM.matcher(l).matches() && !l.startsWith("note: "));
    }
}
