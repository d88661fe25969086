package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attache.model.Note;
import dev.attache.qa.Acceptance;
import dev.attache.xliff.XliffFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviser's {@code qa --accept}: the planted number errors of the shipped transcript's Russian
 * accepted one by one are kept in the XLIFF as notes with who and when, not reported again while
 * their targets stand, and reported again once a target changes; an acceptance of a finding that is
 * not there is refused.
 */
class AcceptQaCommandTest {
    private static final Path PLANTED =
            Path.of("src/test/resources/qa/lavrov-aliyev-2023-02-27.ru-numbers-planted.tsv");

    @TempDir Path dir;
    private ShippedTranslation shipped;
    private Map<String, String> translation;

    @BeforeEach
    void plantTheNumberErrors() throws IOException {
        shipped = ShippedTranslation.segmentedIn(dir);
        translation = ShippedTranslation.column(ShippedTranslation.TRANSLATION, 1);
        translation.putAll(ShippedTranslation.column(PLANTED, 1));
        shipped.translate(translation);
    }

    @Test
    void acceptedFindingsAreKeptAsNotesAndNotReportedWhileTheTargetStands() throws IOException {
        CliRun accepted =
                CliRun.of(
                        "qa",
                        shipped.xliff().toString(),
                        "--checks",
                        "numbers",
                        "--by",
                        "anna",
                        "--accept",
                        "p1.s1:numbers,p2.s1:numbers,p6.s1:numbers",
                        "--accept",
                        "p8.s3:numbers",
                        "--json");

        assertThat(accepted.exitCode()).as(accepted.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(accepted.err()).contains("accepted numbers on p8.s3 (by anna)");
        JsonNode json = JsonOutputTest.JSON.readTree(accepted.out());
        assertThat(json.get("findings").findValuesAsText("segment")).containsExactly("p8.s4");
        List<Note> notes =
                XliffFiles.read(shipped.xliff()).units().stream()
                        .flatMap(u -> u.notes().stream())
                        .filter(n -> n.from().equals(Acceptance.NOTE_AUTHOR))
                        .toList();
        assertThat(notes)
                .hasSize(4)
                .allSatisfy(
                        n ->
                                assertThat(Acceptance.read(n))
                                        .hasValueSatisfying(
                                                a -> assertThat(a.by()).isEqualTo("anna")));
        assertThat(notes.get(3).text())
                .startsWith("p8.s3: accepted numbers (by anna, 20")
                .contains("; target ");

        CliRun again =
                CliRun.of(
                        "qa",
                        shipped.xliff().toString(),
                        "--accept",
                        "p8.s4:numbers",
                        "--by",
                        "anna");

        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.err()).contains("0 findings");

        translation.put("p8.s3", translation.get("p8.s3").replace("2022", "2021"));
        shipped.translate(translation);
        CliRun changed = CliRun.of("qa", shipped.xliff().toString(), "--checks", "numbers");

        assertThat(changed.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(changed.out())
                .contains(":p8.s3: ")
                .doesNotContain(":p8.s4: ")
                .doesNotContain(":p1.s1: ");
    }

    @Test
    void refusesToAcceptAFindingThatIsNotThere() {
        CliRun run = CliRun.of("qa", shipped.xliff().toString(), "--accept", "p5.s1:numbers");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("p5.s1 has no numbers finding to accept");
        assertThat(
                        XliffFiles.read(shipped.xliff()).units().stream()
                                .flatMap(u -> u.notes().stream())
                                .filter(n -> n.from().equals(Acceptance.NOTE_AUTHOR)))
                .isEmpty();
    }
}
