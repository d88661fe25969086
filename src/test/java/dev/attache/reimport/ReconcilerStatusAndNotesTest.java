package dev.attache.reimport;

import static dev.attache.reimport.ImportFixture.EXPORT_SHA;
import static dev.attache.reimport.ImportFixture.LATER_SHA;
import static dev.attache.reimport.ImportFixture.document;
import static dev.attache.reimport.ImportFixture.edit;
import static dev.attache.reimport.ImportFixture.export;
import static dev.attache.reimport.ImportFixture.segment;
import static dev.attache.reimport.ImportFixture.type;
import static dev.attache.reimport.ImportFixture.withComment;
import static dev.attache.reimport.ImportFixture.withSource;
import static dev.attache.reimport.ImportFixture.withStatus;
import static dev.attache.reimport.ImportFixture.xliff;
import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.Severity;
import dev.attache.model.Note;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.worksheet.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the Status and Comment columns go into the document. */
class ReconcilerStatusAndNotesTest {
    private final TranslationDocument document = document();
    private final Worksheet exported = export(document);

    private ImportResult reconcile(TranslationDocument now, String sha, Worksheet sheet) {
        return new Reconciler().reconcile(xliff(now, sha), sheet, ImportOptions.defaults());
    }

    @ParameterizedTest(name = "status ''{0}'' → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "New | TRANSLATED",
                "'' | TRANSLATED",
                "Translated | TRANSLATED",
                "Needs review | NEEDS_REVIEW",
                " needs  REVIEW  | NEEDS_REVIEW",
                "needs-review-translation | NEEDS_REVIEW",
                "Final | FINAL",
                "final | FINAL"
            })
    void theStatusColumnSetsTheState(String status, State expected) {
        Worksheet sheet =
                edit(
                        type(exported, "p1.s1", "Пресс-конференция"),
                        "p1.s1",
                        r -> withStatus(r, status));

        ImportResult result = reconcile(document, EXPORT_SHA, sheet);

        assertThat(result.issues()).isEmpty();
        assertThat(segment(result.document(), "p1.s1").state()).isEqualTo(expected);
        assertThat(result.verdicts().get(0).state()).contains(expected);
    }

    @Test
    void anUnknownStatusImportsTheTargetAsNeedingReviewWithAWarning() {
        Worksheet sheet =
                edit(
                        type(exported, "p1.s1", "Пресс-конференция"),
                        "p1.s1",
                        r -> withStatus(r, "Fnal"));

        ImportResult result = reconcile(document, EXPORT_SHA, sheet);

        assertThat(segment(result.document(), "p1.s1").target()).isEqualTo("Пресс-конференция");
        assertThat(segment(result.document(), "p1.s1").state()).isEqualTo(State.NEEDS_REVIEW);
        assertThat(result.issues())
                .singleElement()
                .satisfies(
                        issue -> {
                            assertThat(issue).isInstanceOf(ImportIssue.UnknownStatus.class);
                            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
                            assertThat(issue.message())
                                    .isEqualTo(
                                            "the status 'Fnal' of 'p1.s1' is not one of New, Translated,"
                                                    + " Needs review, Final; the target was imported as needing review");
                        });
        assertThat(result.counts()).isEqualTo(new Counts(1, 2, 2, 0, 0, 1));
        assertThat(result.counts().hasFindings()).isFalse();
    }

    @Test
    void aStatusChangeAloneChangesTheState() {
        Worksheet sheet = edit(exported, "p4.s1", r -> withStatus(r, "Needs review"));

        ImportResult result = reconcile(document, EXPORT_SHA, sheet);

        assertThat(segment(result.document(), "p4.s1").target()).isEqualTo("Спасибо.");
        assertThat(segment(result.document(), "p4.s1").state()).isEqualTo(State.NEEDS_REVIEW);
        assertThat(result.verdicts().get(3).changes()).containsExactly(RowVerdict.Change.STATE);
        assertThat(result.changedTargets()).isEmpty();
    }

    @Test
    void aCommentBecomesATranslatorNoteOnTheUnitKeyedToTheSegmentOnce() {
        Worksheet sheet = edit(exported, "p2.s2", r -> withComment(r, "  Как писать «Алиев»?  "));
        sheet =
                edit(
                        type(sheet, "p2.s1", "Добрый день."),
                        "p2.s1",
                        r -> withComment(r, "Or «Здравствуйте»?"));

        ImportResult first = reconcile(document, EXPORT_SHA, sheet);
        ImportResult second = reconcile(first.document(), LATER_SHA, sheet);

        assertThat(first.document().unit("p2").orElseThrow().notes())
                .containsExactly(
                        new Note("translator", "p2.s1: Or «Здравствуйте»?"),
                        new Note("translator", "p2.s2: Как писать «Алиев»?"));
        assertThat(first.verdicts().get(2).outcome()).isEqualTo(RowVerdict.Outcome.APPLIED);
        assertThat(first.verdicts().get(2).changes()).containsExactly(RowVerdict.Change.NOTE);
        assertThat(second.document()).isEqualTo(first.document());
        assertThat(second.counts().applied()).isZero();
    }

    @Test
    void aRejectedRowAddsNoNote() {
        Worksheet sheet =
                edit(
                        type(exported, "p1.s1", "Пресс-конференция"),
                        "p1.s1",
                        r ->
                                withComment(
                                        withSource(r, "Press conference"),
                                        "I shortened the source."));

        ImportResult result = reconcile(document, EXPORT_SHA, sheet);

        assertThat(result.document()).isEqualTo(document);
        assertThat(result.verdicts().get(0).outcome()).isEqualTo(RowVerdict.Outcome.REJECTED);
    }
}
