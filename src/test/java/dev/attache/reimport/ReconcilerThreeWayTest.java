package dev.attache.reimport;

import static dev.attache.reimport.ImportFixture.EXPORT_SHA;
import static dev.attache.reimport.ImportFixture.LATER_SHA;
import static dev.attache.reimport.ImportFixture.document;
import static dev.attache.reimport.ImportFixture.edit;
import static dev.attache.reimport.ImportFixture.export;
import static dev.attache.reimport.ImportFixture.segment;
import static dev.attache.reimport.ImportFixture.type;
import static dev.attache.reimport.ImportFixture.withComment;
import static dev.attache.reimport.ImportFixture.withStatus;
import static dev.attache.reimport.ImportFixture.xliff;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Severity;
import dev.attache.model.SegmentId;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.WorksheetImport;
import dev.attache.worksheet.Manifest;
import dev.attache.worksheet.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * What happens when the XLIFF and the sheet were both worked on since export, and to existing work.
 */
class ReconcilerThreeWayTest {
    private final TranslationDocument atExport = document();
    private final Worksheet exported = export(atExport);

    /**
     * The document as it is after someone set a segment's translation in the XLIFF itself, after
     * the export.
     */
    private TranslationDocument translatedInXliff(String id, String target, State state) {
        SegmentId segment = SegmentId.parse(id);
        return atExport.withUnits(
                atExport.units().stream()
                        .map(
                                u ->
                                        u.id().equals(segment.unitId())
                                                ? u.with(
                                                        u.segment(segment)
                                                                .orElseThrow()
                                                                .withTarget(target, state))
                                                : u)
                        .toList());
    }

    private static ImportResult reconcile(
            TranslationDocument now, String sha, Worksheet sheet, boolean force) {
        return new Reconciler().reconcile(xliff(now, sha), sheet, new ImportOptions(force, false));
    }

    @Test
    void aTranslationChangedInTheXliffAndTheSheetIsAConflictAndTheXliffsIsKept() {
        TranslationDocument now =
                translatedInXliff("p1.s1", "Совместная пресс-конференция", State.FINAL);
        Worksheet sheet = type(exported, "p1.s1", "Пресс-конференция");

        ImportResult result = reconcile(now, LATER_SHA, sheet, true);

        assertThat(result.issues()).singleElement().isInstanceOf(ImportIssue.Conflict.class);
        assertThat(result.issues().get(0).message())
                .isEqualTo(
                        "the translation of 'p1.s1' was changed both in"
                                + " x.en-ru.xlf and in the worksheet since the worksheet's export or last import; the XLIFF's version"
                                + " was kept (import again with --prefer-worksheet to put the worksheet's in, or export a fresh"
                                + " worksheet to go on from the XLIFF's)");
        assertThat(result.document()).isEqualTo(now);
        assertThat(result.counts().conflicts()).isEqualTo(1);
        assertThat(result.counts().hasFindings()).isTrue();
        assertThat(result.verdicts().get(0).outcome()).isEqualTo(RowVerdict.Outcome.CONFLICT);
    }

    @Test
    void theSameTranslationOnBothSidesIsNoConflictAndTheSegmentRemembersTheSheetHoldsIt() {
        TranslationDocument now = translatedInXliff("p1.s1", "Пресс-конференция", State.TRANSLATED);

        ImportResult result =
                reconcile(now, LATER_SHA, type(exported, "p1.s1", "Пресс-конференция"), false);

        assertThat(result.issues()).isEmpty();
        assertThat(result.document().units().subList(1, 5)).isEqualTo(now.units().subList(1, 5));
        assertThat(segment(result.document(), "p1.s1").target()).isEqualTo("Пресс-конференция");
        assertThat(segment(result.document(), "p1.s1").importOf(ImportFixture.SHEET_ID))
                .contains(
                        new WorksheetImport(
                                ImportFixture.SHEET_ID,
                                Manifest.translationHash("Пресс-конференция", State.TRANSLATED)));
        assertThat(result.verdicts().get(0).outcome()).isEqualTo(RowVerdict.Outcome.UNCHANGED);
    }

    @Test
    void aRowTheTranslatorDidNotTouchNeverUndoesLaterWorkInTheXliff() {
        TranslationDocument now = translatedInXliff("p4.s1", "Благодарю вас.", State.NEEDS_REVIEW);
        Worksheet sheet = type(exported, "p2.s1", "Добрый день.");

        ImportResult result = reconcile(now, LATER_SHA, sheet, false);

        assertThat(result.issues()).isEmpty();
        assertThat(segment(result.document(), "p4.s1").target()).isEqualTo("Благодарю вас.");
        assertThat(segment(result.document(), "p4.s1").state()).isEqualTo(State.NEEDS_REVIEW);
        assertThat(segment(result.document(), "p2.s1").target()).isEqualTo("Добрый день.");
        assertThat(result.counts()).isEqualTo(new Counts(1, 2, 2, 0, 0, 0));
    }

    @Test
    void aFinalSegmentIsNotOverwrittenWithoutForce() {
        Worksheet sheet = type(exported, "p5.s1", "Завершение.");

        ImportResult refused = reconcile(atExport, EXPORT_SHA, sheet, false);
        ImportResult forced = reconcile(atExport, EXPORT_SHA, sheet, true);

        assertThat(refused.issues())
                .singleElement()
                .isInstanceOf(ImportIssue.FinalNotOverwritten.class);
        assertThat(refused.document()).isEqualTo(atExport);
        assertThat(refused.counts().rejected()).isEqualTo(1);
        assertThat(forced.issues()).isEmpty();
        assertThat(segment(forced.document(), "p5.s1").target()).isEqualTo("Завершение.");
        assertThat(segment(forced.document(), "p5.s1").state()).isEqualTo(State.FINAL);
    }

    @Test
    void aFinalSegmentsStatusIsNotLoweredWithoutForce() {
        Worksheet sheet = edit(exported, "p5.s1", r -> withStatus(r, "Needs review"));

        ImportResult result = reconcile(atExport, EXPORT_SHA, sheet, false);

        assertThat(result.issues())
                .singleElement()
                .isInstanceOf(ImportIssue.FinalNotOverwritten.class);
        assertThat(segment(result.document(), "p5.s1").state()).isEqualTo(State.FINAL);
    }

    @Test
    void anEmptiedTargetNeverErasesATranslation() {
        Worksheet sheet = type(exported, "p4.s1", "");

        ImportResult result = reconcile(atExport, EXPORT_SHA, sheet, true);

        assertThat(result.document()).isEqualTo(atExport);
        assertThat(result.issues()).singleElement().isInstanceOf(ImportIssue.TargetCleared.class);
        assertThat(result.issues().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(result.verdicts().get(3).outcome()).isEqualTo(RowVerdict.Outcome.EMPTY);
    }

    @Test
    void anEmptyRowLeavesATranslationMadeInTheXliffSinceExportWithoutWarning() {
        TranslationDocument now =
                translatedInXliff("p1.s1", "Совместная пресс-конференция", State.TRANSLATED);

        ImportResult result = reconcile(now, LATER_SHA, exported, false);

        assertThat(result.document()).isEqualTo(now);
        assertThat(result.issues()).isEmpty();
    }

    @Test
    void importingTheSameSheetTwiceChangesNothingTheSecondTime() {
        Worksheet sheet = type(exported, "p1.s1", "Совместная пресс-конференция");
        sheet = type(sheet, "p2.s1", "Добрый день.");
        sheet =
                edit(
                        sheet,
                        "p2.s1",
                        r ->
                                withComment(
                                        withStatus(r, "Needs review"),
                                        "«Добрый день» или «Здравствуйте»?"));
        sheet = edit(sheet, "p4.s1", r -> withStatus(r, "Final"));
        sheet =
                edit(
                        sheet,
                        "p2.s2",
                        r -> withComment(r, "Transliterate the name as in the glossary."));

        ImportResult first = reconcile(atExport, EXPORT_SHA, sheet, false);
        ImportResult second = reconcile(first.document(), LATER_SHA, sheet, false);

        assertThat(first.counts()).isEqualTo(new Counts(4, 1, 0, 0, 0, 0));
        assertThat(second.document()).isEqualTo(first.document());
        assertThat(second.issues()).isEmpty();
        assertThat(second.counts()).isEqualTo(new Counts(0, 4, 1, 0, 0, 0));
        assertThat(second.verdicts()).allSatisfy(v -> assertThat(v.changes()).isEmpty());
    }
}
