package dev.attache.cli;

import static dev.attache.cli.ExportedWorksheet.SOURCE;
import static dev.attache.cli.ExportedWorksheet.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What the README says about the code, read from the README and checked against the code, so that
 * either drifting fails: how many concepts the shipped termbase holds, and each {@code --json}
 * shape (its {@code ```json} blocks): every command with {@code --json} has one, and the real
 * command's output has the block's {@code format} and {@code version} as its first keys, and every
 * key the block shows, at every level the block shows. Each shape has a JSON Schema (draft 2020-12,
 * {@code src/main/resources/dev/attache/output/schemas/FORMAT.schema.json}): the real output
 * validates against it (networknt's validator), and the README's block has the schema's version and
 * no key the schema lacks, and every key the schema requires at the top.
 */
class ReadmeClaimsTest {
    private static final Path README = Path.of("README.md");
    private static final Path TERMBASE = Path.of("glossary/diplomatic-terms.tbx");
    private static final Pattern CONCEPT_COUNT = Pattern.compile("holds ([\\d,]+) concepts");
    private static final Pattern CONCEPT_ENTRY = Pattern.compile("<conceptEntry[\\s>]");

    /**
     * The one JSON shape that goes to a file rather than stdout: {@code import --report FILE.json}.
     */
    private static final String IMPORT_REPORT = "attache-import-report";

    @TempDir Path dir;

    @Test
    void theConceptCountIsTheShippedTermbases() throws IOException {
        Matcher claim = CONCEPT_COUNT.matcher(readme());
        assertThat(claim.find())
                .as("the README says how many concepts the glossary holds")
                .isTrue();
        long entries =
                CONCEPT_ENTRY
                        .matcher(Files.readString(TERMBASE, StandardCharsets.UTF_8))
                        .results()
                        .count();

        assertThat(Integer.parseInt(claim.group(1).replace(",", "")))
                .as("README: holds N concepts")
                .isEqualTo(entries);
        assertThat(claim.find()).as("one such claim").isFalse();
    }

    @Test
    void everyCommandWithJsonHasItsShapeInTheReadme() throws IOException {
        Set<String> documented = new TreeSet<>();
        for (JsonNode block : jsonBlocks()) {
            documented.add(block.path("format").asText());
        }

        Set<String> shapes = formatsOfCommandsWithJson();
        shapes.add(IMPORT_REPORT);
        assertThat(documented).isEqualTo(shapes);
    }

    @TestFactory
    Stream<DynamicTest> eachDocumentedShapeIsWhatTheCommandPrints() throws IOException {
        Map<String, Supplier<CliRun>> commands = commandsPrintingJson();
        return jsonBlocks().stream()
                .map(
                        block ->
                                DynamicTest.dynamicTest(
                                        block.path("format").asText(),
                                        () -> {
                                            String format =
                                                    block.path("format").asText()
                                                            + (ofSeveralFiles(block)
                                                                    ? " files"
                                                                    : "");
                                            assertThat(commands)
                                                    .as("how to run the command of " + format)
                                                    .containsKey(format);
                                            CliRun run = commands.get(format).get();
                                            JsonNode printed =
                                                    JsonOutputTest.JSON.readTree(run.out());

                                            assertThat(JsonOutputTest.keys(printed))
                                                    .as(format + ": the first keys")
                                                    .startsWith("format", "version");
                                            assertThat(printed.get("format"))
                                                    .isEqualTo(block.get("format"));
                                            assertThat(printed.get("version"))
                                                    .as(format + ": version")
                                                    .isEqualTo(block.get("version"));
                                            assertThat(missingKeys(block, printed, ""))
                                                    .as(
                                                            format
                                                                    + ": keys the README shows that the output lacks")
                                                    .isEmpty();
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> eachCommandsRealJsonValidatesAgainstItsSchema() throws IOException {
        Map<String, Supplier<CliRun>> commands = commandsPrintingJson();
        return commands.keySet().stream()
                .sorted()
                .map(
                        name ->
                                DynamicTest.dynamicTest(
                                        name,
                                        () -> {
                                            CliRun run = commands.get(name).get();
                                            JsonNode printed =
                                                    JsonOutputTest.JSON.readTree(run.out());
                                            JsonSchema schema =
                                                    SCHEMAS.getSchema(
                                                            schemaText(
                                                                    printed.path("format")
                                                                            .asText()));

                                            Set<ValidationMessage> errors =
                                                    schema.validate(printed);

                                            assertThat(errors)
                                                    .as(name + ": " + run.out())
                                                    .isEmpty();
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> eachReadmeShapeAgreesWithItsSchema() throws IOException {
        return jsonBlocks().stream()
                .map(
                        block ->
                                DynamicTest.dynamicTest(
                                        block.path("format").asText(),
                                        () -> {
                                            JsonNode schema =
                                                    JsonOutputTest.JSON.readTree(
                                                            schemaText(
                                                                    block.path("format").asText()));
                                            JsonNode shape = branchFor(schema, block, schema);

                                            assertThat(
                                                            shape.path("properties")
                                                                    .path("version")
                                                                    .path("const"))
                                                    .as("the schema's version")
                                                    .isEqualTo(block.get("version"));
                                            assertThat(keysTheSchemaLacks(block, shape, schema, ""))
                                                    .as(
                                                            "keys the README shows that the schema lacks")
                                                    .isEmpty();
                                            shape.path("required")
                                                    .forEach(
                                                            key ->
                                                                    assertThat(
                                                                                    block.has(
                                                                                            key
                                                                                                    .asText()))
                                                                            .as(
                                                                                    "the README shows the required key "
                                                                                            + key
                                                                                                    .asText())
                                                                            .isTrue());
                                        }));
    }

    @Test
    void everySchemaIsAShapeTheReadmeShows() throws IOException {
        Set<String> documented = new TreeSet<>();
        jsonBlocks()
                .forEach(block -> documented.add(block.path("format").asText() + ".schema.json"));
        try (Stream<Path> files = Files.list(SCHEMA_FOLDER)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .containsExactlyInAnyOrderElementsOf(documented);
        }
    }

    private static final Path SCHEMA_FOLDER =
            Path.of("src/main/resources/dev/attache/output/schemas");
    private static final JsonSchemaFactory SCHEMAS =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** The schema of {@code format}, as the jar ships it. */
    private static String schemaText(String format) throws IOException {
        try (InputStream in =
                ReadmeClaimsTest.class.getResourceAsStream(
                        "/dev/attache/output/schemas/" + format + ".schema.json")) {
            assertThat(in).as("a schema for " + format).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The object schema that describes {@code value}: {@code node} itself, what its {@code $ref}
     * names, or the branch of its {@code oneOf} that has every key of {@code value} (or, for a
     * value that is no object, the first branch that is an object schema).
     */
    private static JsonNode branchFor(JsonNode node, JsonNode value, JsonNode root) {
        if (node.has("$ref")) {
            return branchFor(root.at(node.get("$ref").asText().substring(1)), value, root);
        }
        if (!node.has("oneOf")) {
            return node;
        }
        for (JsonNode branch : node.get("oneOf")) {
            JsonNode resolved = branchFor(branch, value, root);
            List<String> keys = new ArrayList<>();
            value.fieldNames().forEachRemaining(keys::add);
            if (resolved.has("properties")
                    && keys.stream().allMatch(k -> resolved.get("properties").has(k))) {
                return resolved;
            }
        }
        return node.get("oneOf").get(0);
    }

    /**
     * The keys of {@code documented} that {@code schema} does not describe, at every level the
     * README shows.
     */
    private static List<String> keysTheSchemaLacks(
            JsonNode documented, JsonNode schema, JsonNode root, String path) {
        List<String> lacking = new ArrayList<>();
        documented
                .fieldNames()
                .forEachRemaining(
                        key -> {
                            JsonNode shown = documented.get(key);
                            JsonNode property = schema.path("properties").get(key);
                            if (property == null
                                    && !schema.path("additionalProperties").isObject()) {
                                lacking.add(path + key);
                                return;
                            }
                            JsonNode described =
                                    branchFor(
                                            property == null
                                                    ? schema.get("additionalProperties")
                                                    : property,
                                            shown,
                                            root);
                            if (shown.isObject()) {
                                lacking.addAll(
                                        keysTheSchemaLacks(
                                                shown, described, root, path + key + "."));
                            } else if (shown.isArray()
                                    && !shown.isEmpty()
                                    && shown.get(0).isObject()) {
                                lacking.addAll(
                                        keysTheSchemaLacks(
                                                shown.get(0),
                                                branchFor(
                                                        described.path("items"),
                                                        shown.get(0),
                                                        root),
                                                root,
                                                path + key + "[0]."));
                            }
                        });
        return lacking;
    }

    /**
     * The command behind each documented format, run on the shipped transcript after an import with
     * findings: a translated row, one with a deprecated term and one whose source was edited, so
     * that every list the README shows has an element in the output too.
     */
    private Map<String, Supplier<CliRun>> commandsPrintingJson() throws IOException {
        ExportedWorksheet sheet = ExportedWorksheet.in(dir);
        sheet.type("p4.s1", TARGET, "Господин Алиев,");
        sheet.type(
                "p5.s2",
                TARGET,
                "Он лично уделяет пристальное внимание развитию нашего союзного взаимодействия.");
        sheet.type("p6.s1", SOURCE, "Edited.");
        sheet.type("p6.s1", TARGET, "Правка.");
        String xliff = sheet.xliff().toString();
        String tm = dir.resolve("tm").toString();
        Path report = dir.resolve("import.json");
        CliRun imported =
                CliRun.of(
                        "import",
                        sheet.worksheet().toString(),
                        "--xliff",
                        xliff,
                        "--tm",
                        tm,
                        "--json",
                        "--report",
                        report.toString());
        CliRun reported = new CliRun(imported.exitCode(), read(report), "");
        return Map.of(
                "attache-import",
                () -> imported,
                IMPORT_REPORT,
                () -> reported,
                "attache-qa",
                () -> CliRun.of("qa", xliff, "--json"),
                "attache-qa files",
                () -> CliRun.of("qa", xliff, copy(sheet.xliff()), "--json"),
                "attache-glossary-scan",
                () ->
                        CliRun.of(
                                "glossary",
                                "scan",
                                SegmentCommandTest.SHIPPED.toString(),
                                "-t",
                                "ru",
                                "--json"),
                "attache-glossary-scan files",
                () ->
                        CliRun.of(
                                "glossary",
                                "scan",
                                xliff,
                                SegmentCommandTest.SHIPPED.toString(),
                                "-t",
                                "ru",
                                "--json"),
                "attache-stats",
                () -> CliRun.of("stats", xliff, "--json"),
                "attache-tm-lookup",
                () -> CliRun.of("tm", "lookup", "Mr Aliyev,", "-t", "ru", "--tm", tm, "--json"),
                "attache-tm-stats",
                () -> CliRun.of("tm", "stats", "--tm", tm, "--json"),
                "attache-tm-concordance",
                () -> CliRun.of("tm", "concordance", "Aliyev", "-t", "ru", "--tm", tm, "--json"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code block} is a shape for several files ({@code qa}, {@code glossary scan}), not
     * for one.
     */
    private static boolean ofSeveralFiles(JsonNode block) {
        return !block.path("format").asText().equals("attache-stats") && block.has("files");
    }

    /** A copy of {@code xliff} beside it, so that {@code qa} has two files to check. */
    private static String copy(Path xliff) {
        try {
            return Files.copy(xliff, xliff.resolveSibling("copy-" + xliff.getFileName()))
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The keys of {@code documented} (an object) that {@code printed} lacks, as paths; nested
     * objects are compared too, and so is the first element of a list the README shows, against the
     * output's first.
     */
    private static List<String> missingKeys(JsonNode documented, JsonNode printed, String path) {
        List<String> missing = new ArrayList<>();
        documented
                .fieldNames()
                .forEachRemaining(
                        key -> {
                            JsonNode shown = documented.get(key);
                            JsonNode real = printed.get(key);
                            if (real == null) {
                                missing.add(path + key);
                            } else if (shown.isObject()) {
                                missing.addAll(
                                        real.isObject()
                                                ? missingKeys(shown, real, path + key + ".")
                                                : List.of(
                                                        path
                                                                + key
                                                                + " (not an object in the output)"));
                            } else if (shown.isArray()
                                    && !shown.isEmpty()
                                    && shown.get(0).isObject()) {
                                if (real.isEmpty()) {
                                    missing.add(path + key + "[0] (the output's list is empty)");
                                } else {
                                    missing.addAll(
                                            missingKeys(
                                                    shown.get(0),
                                                    real.get(0),
                                                    path + key + "[0]."));
                                }
                            }
                        });
        return missing;
    }

    /**
     * {@code attache-<command path>} for every command that has {@code --json}, read from the
     * command model.
     */
    private static Set<String> formatsOfCommandsWithJson() {
        Set<String> formats = new TreeSet<>();
        collect(new CommandLine(new AttacheCommand()), formats);
        return formats;
    }

    private static void collect(CommandLine command, Set<String> formats) {
        if (command.getCommandSpec().findOption("--json") != null) {
            formats.add(command.getCommandSpec().qualifiedName("-"));
        }
        command.getSubcommands().values().forEach(sub -> collect(sub, formats));
    }

    /**
     * The README's {@code ```json} blocks, parsed; {@code {…}}, an object it does not spell out,
     * stands for {}.
     */
    private static List<JsonNode> jsonBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        Parser.builder()
                .build()
                .parse(readme())
                .accept(
                        new AbstractVisitor() {
                            @Override
                            public void visit(FencedCodeBlock block) {
                                if (block.getInfo().strip().equals("json")) {
                                    blocks.add(block.getLiteral());
                                }
                            }
                        });
        assertThat(blocks).as("the README shows JSON shapes").isNotEmpty();
        List<JsonNode> parsed = new ArrayList<>();
        for (String block : blocks) {
            try {
                parsed.add(JsonOutputTest.JSON.readTree(block.replace("{…}", "{}")));
            } catch (JsonProcessingException e) {
                throw new AssertionError(
                        "a ```json block of the README is not JSON: "
                                + e.getOriginalMessage()
                                + "\n"
                                + block,
                        e);
            }
        }
        return parsed;
    }

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }
}
