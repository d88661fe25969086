package dev.attache.reimport;

import static dev.attache.reimport.ImportFixture.EXPORT_SHA;
import static dev.attache.reimport.ImportFixture.LATER_SHA;
import static dev.attache.reimport.ImportFixture.SHEET_ID;
import static dev.attache.reimport.ImportFixture.document;
import static dev.attache.reimport.ImportFixture.edit;
import static dev.attache.reimport.ImportFixture.export;
import static dev.attache.reimport.ImportFixture.exportWithoutId;
import static dev.attache.reimport.ImportFixture.segment;
import static dev.attache.reimport.ImportFixture.type;
import static dev.attache.reimport.ImportFixture.withStatus;
import static dev.attache.reimport.ImportFixture.xliff;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.Note;
import dev.attache.model.SegmentId;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.WorksheetImport;
import dev.attache.worksheet.Manifest;
import dev.attache.worksheet.Worksheet;
import org.junit.jupiter.api.Test;

/**
 * A worksheet imported, worked on further and imported again: what its earlier import put in is the
 * base of the three-way comparison, while a change made in the XLIFF by another route is still a
 * conflict, which {@code preferWorksheet} resolves for the sheet.
 */
class ReconcilerReimportTest {
    private static final String OTHER_SHEET = "5e7d9c1b-3a2f-4e6d-8c0b-9a8f7e6d5c4b";
    private final TranslationDocument atExport = document();
    private final Worksheet exported = export(atExport);

    private static ImportResult reconcile(
            TranslationDocument now, Worksheet sheet, ImportOptions options) {
        String sha = now.equals(document()) ? EXPORT_SHA : LATER_SHA;
        return new Reconciler().reconcile(xliff(now, sha), sheet, options);
    }

    private static ImportResult reconcile(TranslationDocument now, Worksheet sheet) {
        return reconcile(now, sheet, ImportOptions.defaults());
    }

    /**
     * The document with a segment's translation set in the XLIFF itself (a CAT tool, or by hand).
     */
    private static TranslationDocument translatedInXliff(
            TranslationDocument document, String id, String target, State state) {
        SegmentId segment = SegmentId.parse(id);
        return document.withUnits(
                document.units().stream()
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

    @Test
    void aSheetImportedEditedFurtherAndImportedAgainAppliesTheNewEditsWithoutConflict() {
        Worksheet first =
                type(type(exported, "p1.s1", "Пресс-конференция"), "p4.s1", "Спасибо вам.");
        TranslationDocument once = reconcile(atExport, first).document();
        Worksheet second =
                type(type(first, "p1.s1", "Совместная пресс-конференция"), "p2.s1", "Добрый день.");

        ImportResult result = reconcile(once, second);

        assertThat(result.issues()).isEmpty();
        assertThat(result.counts()).isEqualTo(new Counts(2, 2, 1, 0, 0, 0));
        assertThat(segment(result.document(), "p1.s1").target())
                .isEqualTo("Совместная пресс-конференция");
        assertThat(segment(result.document(), "p2.s1").target()).isEqualTo("Добрый день.");
        assertThat(segment(result.document(), "p4.s1").target()).isEqualTo("Спасибо вам.");
        assertThat(segment(result.document(), "p1.s1").imports())
                .containsExactly(
                        new WorksheetImport(
                                SHEET_ID,
                                Manifest.translationHash(
                                        "Совместная пресс-конференция", State.TRANSLATED)));
    }

    @Test
    void aCopyOfAnImportedSheetNeitherUndoesItsImportNorReplacesItWithoutAConflict() {
        Worksheet copy = exported;
        Worksheet first =
                type(type(exported, "p1.s1", "Пресс-конференция"), "p4.s1", "Спасибо вам.");
        TranslationDocument once = reconcile(atExport, first).document();
        Worksheet second =
                type(type(copy, "p1.s1", "Совместная пресс-конференция"), "p2.s1", "Добрый день.");

        ImportResult result = reconcile(once, second);

        assertThat(result.issues()).hasSize(2);
        assertThat(result.issues().get(0)).isInstanceOf(ImportIssue.CopyOfImportedWorksheet.class);
        assertThat(result.issues().get(0).message())
                .contains("in 1 row ")
                .contains("copy of a worksheet imported");
        assertThat(result.issues().get(1)).isInstanceOf(ImportIssue.Conflict.class);
        assertThat(segment(result.document(), "p1.s1").target())
                .as("the other copy's import, kept")
                .isEqualTo("Пресс-конференция");
        assertThat(segment(result.document(), "p4.s1").target())
                .as("not undone by a row the copy left alone")
                .isEqualTo("Спасибо вам.");
        assertThat(segment(result.document(), "p2.s1").target()).isEqualTo("Добрый день.");
    }

    @Test
    void theSameSheetImportedAgainUnchangedChangesNothing() {
        Worksheet sheet =
                type(
                        edit(exported, "p4.s1", r -> withStatus(r, "Final")),
                        "p1.s1",
                        "Пресс-конференция");
        TranslationDocument once = reconcile(atExport, sheet).document();

        ImportResult again = reconcile(once, sheet);

        assertThat(again.document()).isEqualTo(once);
        assertThat(again.issues()).isEmpty();
        assertThat(again.counts().applied()).isZero();
    }

    @Test
    void anOldSheetWithoutAnIdImportsAsBeforeAndLeavesNoRecord() {
        Worksheet first = type(exportWithoutId(atExport), "p1.s1", "Пресс-конференция");
        TranslationDocument once = reconcile(atExport, first).document();
        Worksheet second = type(first, "p1.s1", "Совместная пресс-конференция");

        ImportResult result = reconcile(once, second);

        assertThat(once.translatableSegments()).allSatisfy(s -> assertThat(s.imports()).isEmpty());
        assertThat(result.issues()).singleElement().isInstanceOf(ImportIssue.Conflict.class);
    }

    @Test
    void aTranslationChangedInTheXliffAfterTheImportIsStillAConflictThatPreferWorksheetResolves() {
        Worksheet first = type(exported, "p1.s1", "Пресс-конференция");
        TranslationDocument byHand =
                translatedInXliff(
                        reconcile(atExport, first).document(),
                        "p1.s1",
                        "Совместная пресс-конференция",
                        State.NEEDS_REVIEW);
        Worksheet second = type(first, "p1.s1", "Пресс-конференция в Баку");

        ImportResult refused = reconcile(byHand, second);
        ImportResult preferred = reconcile(byHand, second, new ImportOptions(false, true));

        assertThat(refused.issues()).singleElement().isInstanceOf(ImportIssue.Conflict.class);
        assertThat(refused.issues().get(0).message())
                .contains("--prefer-worksheet")
                .contains("export a fresh");
        assertThat(refused.document()).isEqualTo(byHand);
        assertThat(preferred.issues())
                .singleElement()
                .isInstanceOf(ImportIssue.WorksheetPreferred.class);
        assertThat(preferred.counts()).isEqualTo(new Counts(1, 2, 2, 0, 0, 1));
        assertThat(segment(preferred.document(), "p1.s1").target())
                .isEqualTo("Пресс-конференция в Баку");
        assertThat(preferred.document().unit("p1").orElseThrow().notes())
                .containsExactly(
                        new Note(
                                "attache",
                                "p1.s1: translation replaced by the worksheet x.en-ru.xlsx (--prefer-worksheet): "
                                        + "\"Совместная пресс-конференция\" (needs review)"));
    }

    @Test
    void aRowNotEditedSinceItsImportLeavesALaterChangeInTheXliffAlone() {
        Worksheet sheet = type(exported, "p1.s1", "Пресс-конференция");
        TranslationDocument byHand =
                translatedInXliff(
                        reconcile(atExport, sheet).document(),
                        "p1.s1",
                        "Совместная пресс-конференция",
                        State.FINAL);

        ImportResult result = reconcile(byHand, sheet);

        assertThat(result.issues()).isEmpty();
        assertThat(result.document()).isEqualTo(byHand);
    }

    @Test
    void anotherSheetExportedFromTheSameXliffConflictsAndTheFirstSheetReimportedDoesNotUndoIt() {
        Worksheet mine = type(exported, "p1.s1", "Пресс-конференция");
        Worksheet theirs =
                type(export(atExport, OTHER_SHEET), "p1.s1", "Совместная пресс-конференция");
        TranslationDocument mineIn = reconcile(atExport, mine).document();

        ImportResult conflict = reconcile(mineIn, theirs);
        ImportResult theirsIn = reconcile(mineIn, theirs, new ImportOptions(false, true));
        ImportResult mineAgain = reconcile(theirsIn.document(), mine);

        assertThat(conflict.issues()).singleElement().isInstanceOf(ImportIssue.Conflict.class);
        assertThat(segment(theirsIn.document(), "p1.s1").target())
                .isEqualTo("Совместная пресс-конференция");
        assertThat(segment(theirsIn.document(), "p1.s1").imports())
                .extracting(WorksheetImport::worksheetId)
                .containsExactly(OTHER_SHEET, SHEET_ID);
        assertThat(mineAgain.issues())
                .as("my row is as my last import left it: the other sheet's change stays")
                .isEmpty();
        assertThat(mineAgain.document()).isEqualTo(theirsIn.document());
    }

    @Test
    void aSegmentThisSheetMadeFinalIsItsToChangeAgainButAFinalFromElsewhereNeedsForce() {
        Worksheet first =
                type(edit(exported, "p4.s1", r -> withStatus(r, "Final")), "p4.s1", "Спасибо вам.");
        TranslationDocument once = reconcile(atExport, first).document();
        Worksheet second = type(first, "p4.s1", "Большое спасибо.");

        ImportResult own = reconcile(once, second);
        ImportResult elsewhere =
                reconcile(
                        translatedInXliff(once, "p4.s1", "Спасибо вам!", State.FINAL),
                        second,
                        new ImportOptions(false, true));

        assertThat(own.issues()).isEmpty();
        assertThat(segment(own.document(), "p4.s1").target()).isEqualTo("Большое спасибо.");
        assertThat(segment(own.document(), "p4.s1").state()).isEqualTo(State.FINAL);
        assertThat(elsewhere.issues())
                .singleElement()
                .isInstanceOf(ImportIssue.FinalNotOverwritten.class);
    }

    @Test
    void aStatusChangedAfterTheImportGoesInAndSoDoesItsChangeBack() {
        Worksheet first = type(exported, "p1.s1", "Пресс-конференция");
        TranslationDocument once = reconcile(atExport, first).document();
        Worksheet reviewed = edit(first, "p1.s1", r -> withStatus(r, "Final"));
        TranslationDocument twice = reconcile(once, reviewed).document();

        ImportResult back =
                reconcile(twice, edit(reviewed, "p1.s1", r -> withStatus(r, "Needs review")));

        assertThat(segment(twice, "p1.s1").state()).isEqualTo(State.FINAL);
        assertThat(back.issues()).as("the sheet made it final: no --force needed").isEmpty();
        assertThat(segment(back.document(), "p1.s1").state()).isEqualTo(State.NEEDS_REVIEW);
        assertThat(back.verdicts().get(0).changes()).containsExactly(RowVerdict.Change.STATE);
    }
}
