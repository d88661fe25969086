package dev.attache.reimport;

import static dev.attache.reimport.ImportFixture.EXPORT_SHA;
import static dev.attache.reimport.ImportFixture.document;
import static dev.attache.reimport.ImportFixture.edit;
import static dev.attache.reimport.ImportFixture.export;
import static dev.attache.reimport.ImportFixture.segment;
import static dev.attache.reimport.ImportFixture.type;
import static dev.attache.reimport.ImportFixture.withRows;
import static dev.attache.reimport.ImportFixture.withSource;
import static dev.attache.reimport.ImportFixture.withTarget;
import static dev.attache.reimport.ImportFixture.xliff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.Severity;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.worksheet.Manifest;
import dev.attache.worksheet.TargetCell;
import dev.attache.worksheet.Worksheet;
import dev.attache.worksheet.WorksheetRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rows the reconciler accepts, and how it rejects the others. */
class ReconcilerRowsTest {
    private final TranslationDocument document = document();
    private final Worksheet exported = export(document);

    private ImportResult reconcile(Worksheet sheet) {
        return new Reconciler()
                .reconcile(xliff(document, EXPORT_SHA), sheet, ImportOptions.defaults());
    }

    private static ImportIssue onlyIssue(ImportResult result) {
        assertThat(result.issues()).hasSize(1);
        return result.issues().get(0);
    }

    @Test
    void theUnchangedSheetChangesNothingAndFindsNothing() {
        ImportResult result = reconcile(exported);

        assertThat(result.document()).isEqualTo(document);
        assertThat(result.issues()).isEmpty();
        assertThat(result.counts()).isEqualTo(new Counts(0, 2, 3, 0, 0, 0));
        assertThat(result.verdicts())
                .extracting(RowVerdict::id)
                .containsExactly("p1.s1", "p2.s1", "p2.s2", "p4.s1", "p5.s1");
        assertThat(result.changedTargets()).isEmpty();
    }

    @Test
    void aTargetTypedAtStatusNewGoesInAsTranslated() {
        ImportResult result =
                reconcile(type(exported, "p2.s2", "Мы провели переговоры с г-ном Алиевым."));

        assertThat(segment(result.document(), "p2.s2").target())
                .isEqualTo("Мы провели переговоры с г-ном Алиевым.");
        assertThat(segment(result.document(), "p2.s2").state()).isEqualTo(State.TRANSLATED);
        assertThat(result.counts()).isEqualTo(new Counts(1, 2, 2, 0, 0, 0));
        assertThat(result.verdicts().get(2).changes())
                .containsExactly(RowVerdict.Change.TARGET, RowVerdict.Change.STATE);
        assertThat(result.changedTargets())
                .extracting(s -> s.id().toString())
                .containsExactly("p2.s2");
    }

    @Test
    void rowsAreMatchedByIdNeverByPosition() {
        Worksheet filled =
                type(
                        type(exported, "p1.s1", "Совместная пресс-конференция"),
                        "p2.s1",
                        "Добрый день.");
        List<WorksheetRow> reversed = new ArrayList<>();
        List<WorksheetRow> rows = filled.rows();
        for (int i = rows.size() - 1; i >= 0; i--) {
            WorksheetRow r = rows.get(i);
            reversed.add(
                    new WorksheetRow(
                            rows.size() + 1 - i,
                            r.id(),
                            r.source(),
                            r.target(),
                            r.status(),
                            r.comment()));
        }

        ImportResult result = reconcile(withRows(filled, reversed));

        assertThat(result.issues()).isEmpty();
        assertThat(segment(result.document(), "p1.s1").target())
                .isEqualTo("Совместная пресс-конференция");
        assertThat(segment(result.document(), "p2.s1").target()).isEqualTo("Добрый день.");
        assertThat(result.verdicts().get(0).location().toString())
                .isEqualTo("worksheets/x.en-ru.xlsx!en-ru:2");
        assertThat(result.verdicts().get(0).id()).isEqualTo("p5.s1");
    }

    @Test
    void anUnknownIdIsRejectedWithItsPlace() {
        Worksheet sheet =
                edit(
                        exported,
                        "p2.s2",
                        r ->
                                new WorksheetRow(
                                        r.rowNumber(),
                                        "p9.s1",
                                        r.source(),
                                        new TargetCell.Text("Текст"),
                                        r.status(),
                                        r.comment()));

        ImportResult result = reconcile(sheet);

        ImportIssue issue = result.issues().get(0);
        assertThat(issue).isInstanceOf(ImportIssue.UnknownId.class);
        assertThat(issue.location().toString()).isEqualTo("worksheets/x.en-ru.xlsx!en-ru:4");
        assertThat(issue.message())
                .isEqualTo("row id 'p9.s1' is not in x.en-ru.xlf; the row was not imported");
        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(result.counts().rejected()).isEqualTo(1);
        assertThat(result.document()).isEqualTo(document);
    }

    @Test
    void anIdThatIsNoSegmentIdIsUnknown() {
        Worksheet sheet =
                edit(
                        exported,
                        "p1.s1",
                        r ->
                                new WorksheetRow(
                                        r.rowNumber(),
                                        "Total",
                                        r.source(),
                                        new TargetCell.Text("Итого"),
                                        r.status(),
                                        r.comment()));

        assertThat(reconcile(sheet).issues().get(0)).isInstanceOf(ImportIssue.UnknownId.class);
    }

    @Test
    void everyRowOfADuplicateIdIsRejected() {
        List<WorksheetRow> rows = new ArrayList<>(type(exported, "p1.s1", "Первый вариант").rows());
        WorksheetRow copy = rows.get(0);
        rows.add(
                new WorksheetRow(
                        7,
                        copy.id(),
                        copy.source(),
                        new TargetCell.Text("Второй вариант"),
                        "New",
                        ""));

        ImportResult result = reconcile(withRows(exported, rows));

        assertThat(result.issues())
                .hasSize(2)
                .allSatisfy(
                        issue -> {
                            assertThat(issue).isInstanceOf(ImportIssue.DuplicateId.class);
                            assertThat(issue.message())
                                    .isEqualTo(
                                            "row id 'p1.s1' appears on rows 2, 7; none of them was imported");
                        });
        assertThat(result.issues()).extracting(i -> i.location().row()).containsExactly(2, 7);
        assertThat(result.counts().rejected()).isEqualTo(2);
        assertThat(result.document()).isEqualTo(document);
    }

    @Test
    void aSourceEditedInTheSheetIsRejected() {
        Worksheet sheet =
                edit(
                        type(exported, "p2.s1", "Добрый вечер."),
                        "p2.s1",
                        r -> withSource(r, "Good evening."));

        ImportResult result = reconcile(sheet);

        assertThat(onlyIssue(result)).isInstanceOf(ImportIssue.SourceEdited.class);
        assertThat(result.document()).isEqualTo(document);
    }

    @Test
    void aSourceChangedInTheXliffSinceExportIsRejected() {
        TranslationDocument resegmented =
                document.withUnits(
                        document.units().stream()
                                .map(
                                        u ->
                                                u.id().equals("p1")
                                                        ? u.with(
                                                                ImportFixture.seg(
                                                                        "p1",
                                                                        1,
                                                                        "Joint press conference (excerpts)",
                                                                        "",
                                                                        State.NEW))
                                                        : u)
                                .toList());
        Worksheet sheet = type(exported, "p1.s1", "Совместная пресс-конференция");

        ImportResult result =
                new Reconciler()
                        .reconcile(
                                xliff(resegmented, ImportFixture.LATER_SHA),
                                sheet,
                                ImportOptions.defaults());

        assertThat(onlyIssue(result)).isInstanceOf(ImportIssue.SourceOutdated.class);
        assertThat(result.document()).isEqualTo(resegmented);
    }

    @Test
    void aTargetLongerThanACellHoldsIsRejected() {
        String longest = "я".repeat(32_767);
        Worksheet sheet = type(type(exported, "p1.s1", longest), "p2.s1", "я".repeat(32_768));

        ImportResult result = reconcile(sheet);

        assertThat(onlyIssue(result)).isInstanceOf(ImportIssue.TargetTooLong.class);
        assertThat(result.issues().get(0).message())
                .contains("32,768 characters")
                .contains("(32,767)");
        assertThat(segment(result.document(), "p1.s1").target()).isEqualTo(longest);
        assertThat(segment(result.document(), "p2.s1").target()).isEmpty();
    }

    @Test
    void aFormulaInTheTargetIsRejected() {
        Worksheet sheet =
                edit(exported, "p1.s1", r -> withTarget(r, new TargetCell.Formula("1+1", "2")));

        ImportResult result = reconcile(sheet);

        assertThat(onlyIssue(result)).isInstanceOf(ImportIssue.FormulaInTarget.class);
        assertThat(result.issues().get(0).message()).contains("(=1+1)");
        assertThat(result.document()).isEqualTo(document);
    }

    @Test
    void anErrorCellInTheTargetIsRejected() {
        Worksheet sheet =
                edit(exported, "p1.s1", r -> withTarget(r, new TargetCell.ErrorValue("#DIV/0!")));

        ImportResult result = reconcile(sheet);

        assertThat(onlyIssue(result)).isInstanceOf(ImportIssue.ErrorInTarget.class);
        assertThat(result.issues().get(0).message()).contains("#DIV/0!");
        assertThat(result.document()).isEqualTo(document);
    }

    @Test
    void aRowOfANonTranslatableUnitIsRejectedAndTheUnitUntouched() {
        List<WorksheetRow> rows = new ArrayList<>(exported.rows());
        rows.add(
                new WorksheetRow(
                        7,
                        "p3.s1",
                        "www.mid.ru",
                        new TargetCell.Text("www.mid.ru/ru"),
                        "Final",
                        "сайт"));
        Manifest m = exported.manifest();
        var sources = new java.util.LinkedHashMap<>(m.sourceHashes());
        var translations = new java.util.LinkedHashMap<>(m.translationHashes());
        sources.put("p3.s1", Manifest.sourceHash("www.mid.ru"));
        translations.put("p3.s1", Manifest.translationHash("", State.NEW));
        Manifest widened =
                new Manifest(
                        m.formatVersion(),
                        m.xliffFileName(),
                        m.xliffSha256(),
                        m.glossarySha256(),
                        m.targetLang(),
                        m.worksheetId(),
                        sources,
                        translations);

        ImportResult result =
                reconcile(new Worksheet(exported.file(), exported.sheetName(), widened, rows));

        assertThat(onlyIssue(result)).isInstanceOf(ImportIssue.NotTranslatable.class);
        assertThat(result.document()).isEqualTo(document);
    }

    @Test
    void aRowAddedByHandForAnExistingSegmentIsRejected() {
        Manifest m = exported.manifest();
        var sources = new java.util.LinkedHashMap<>(m.sourceHashes());
        var translations = new java.util.LinkedHashMap<>(m.translationHashes());
        sources.remove("p2.s2");
        translations.remove("p2.s2");
        Manifest narrower =
                new Manifest(
                        m.formatVersion(),
                        m.xliffFileName(),
                        m.xliffSha256(),
                        m.glossarySha256(),
                        m.targetLang(),
                        m.worksheetId(),
                        sources,
                        translations);
        Worksheet sheet = type(exported, "p2.s2", "Мы провели переговоры.");

        ImportResult result =
                reconcile(new Worksheet(sheet.file(), sheet.sheetName(), narrower, sheet.rows()));

        assertThat(onlyIssue(result)).isInstanceOf(ImportIssue.NotInManifest.class);
        assertThat(result.document()).isEqualTo(document);
    }

    @Test
    void aRowWithoutIdIsRejectedAndABlankRowIgnored() {
        List<WorksheetRow> rows = new ArrayList<>(exported.rows());
        rows.add(new WorksheetRow(7, "", "", new TargetCell.Text(""), "", ""));
        rows.add(
                new WorksheetRow(
                        8, " ", "", new TargetCell.Text("Примечание переводчика"), "", ""));

        ImportResult result = reconcile(withRows(exported, rows));

        assertThat(onlyIssue(result)).isInstanceOf(ImportIssue.MissingId.class);
        assertThat(result.issues().get(0).location().row()).isEqualTo(8);
        assertThat(result.verdicts()).hasSize(6);
    }

    @Test
    void aRowRemovedFromTheSheetIsAWarningOnTheSheet() {
        Worksheet sheet =
                withRows(
                        exported,
                        exported.rows().stream().filter(r -> !r.id().equals("p2.s1")).toList());

        ImportResult result = reconcile(sheet);

        ImportIssue issue = onlyIssue(result);
        assertThat(issue).isInstanceOf(ImportIssue.MissingRow.class);
        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(issue.location().toString()).isEqualTo("worksheets/x.en-ru.xlsx!en-ru");
        assertThat(result.sheetIssues()).containsExactly(issue);
        assertThat(result.counts().warnings()).isEqualTo(1);
        assertThat(result.counts().hasFindings()).isFalse();
    }

    @Test
    void aSheetMadeForAnotherXliffIsRefusedAsAWhole() {
        CurrentXliff other =
                new CurrentXliff(java.nio.file.Path.of("xliff/y.en-ru.xlf"), EXPORT_SHA, document);

        assertThatThrownBy(
                        () -> new Reconciler().reconcile(other, exported, ImportOptions.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "worksheets/x.en-ru.xlsx: this worksheet was made for x.en-ru.xlf, not for y.en-ru.xlf");
    }

    @Test
    void aSheetMadeForAnotherLanguageIsRefusedAsAWhole() {
        TranslationDocument azerbaijani =
                new TranslationDocument(
                        document.original(),
                        document.sourceLang(),
                        java.util.Locale.forLanguageTag("az"),
                        document.units());

        assertThatThrownBy(
                        () ->
                                new Reconciler()
                                        .reconcile(
                                                xliff(azerbaijani, EXPORT_SHA),
                                                exported,
                                                ImportOptions.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage(
                        "worksheets/x.en-ru.xlsx: this worksheet is for target language 'ru',"
                                + " but x.en-ru.xlf is for 'az'");
    }
}
