package dev.attache.reimport;

import dev.attache.BadInputException;
import dev.attache.model.Note;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.WorksheetImport;
import dev.attache.worksheet.Manifest;
import dev.attache.worksheet.TargetCell;
import dev.attache.worksheet.Worksheet;
import dev.attache.worksheet.WorksheetRow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reconciles the rows of a filled worksheet with the XLIFF it was exported from; a pure function:
 * it reads its arguments and returns the new document with every issue, and writes nothing.
 *
 * <p>Rows are matched by ID, never by position, and screened first ({@link RowScreen}). An accepted
 * row is then judged three ways against a base: what an earlier import of this same worksheet left
 * in the segment, when the XLIFF remembers one ({@link WorksheetImport}, under the manifest's
 * worksheet id), else the manifest's translation hash, which records the segment's target and state
 * at export. A row whose target and status are the base's was not touched by the translator since
 * and is left alone (so a stale sheet never undoes later work in the XLIFF); a row touched in the
 * sheet whose segment was also touched in the XLIFF since the base is a conflict, unless both sides
 * agree or {@code preferWorksheet} takes the sheet's side (the XLIFF's translation is then kept in
 * a note); a final segment is overwritten only with {@code force}, or when this worksheet's own
 * last import left it so. An empty target never erases a translation. A target left at New goes in
 * as translated. Comments become notes, once. Each segment that ends up holding the sheet's
 * translation remembers this worksheet's import, so importing the sheet again, edited further or
 * not, is no conflict, and applying the same sheet again changes nothing.
 */
public final class Reconciler {
    /**
     * The author of the note that keeps a translation the sheet's replaced under {@code
     * preferWorksheet}.
     */
    static final String REPLACED_AUTHOR = "attache";

    /**
     * Reconciles the worksheet with the XLIFF.
     *
     * @throws BadInputException when the worksheet was made for another XLIFF file or target
     *     language
     */
    public ImportResult reconcile(CurrentXliff xliff, Worksheet worksheet, ImportOptions options) {
        refuseForeign(xliff, worksheet);
        return new Pass(xliff, worksheet, options).run();
    }

    /** One reconciliation: the inputs, and the document as the accepted rows change it. */
    private static final class Pass {
        private final CurrentXliff xliff;
        private final Worksheet worksheet;
        private final ImportOptions options;
        private final Manifest manifest;
        private final boolean xliffChanged;
        private final RowScreen screen;
        private final DocumentEdits edits;

        /**
         * This worksheet's id, when it has one and is not a copy of a worksheet imported before.
         */
        private final Optional<String> ownImports;

        private final List<ImportIssue> sheetIssues = new ArrayList<>();

        Pass(CurrentXliff xliff, Worksheet worksheet, ImportOptions options) {
            this.xliff = xliff;
            this.worksheet = worksheet;
            this.options = options;
            this.manifest = worksheet.manifest();
            this.xliffChanged = !xliff.sha256().equalsIgnoreCase(manifest.xliffSha256());
            this.screen = new RowScreen(xliff, worksheet);
            this.edits = new DocumentEdits(xliff.document());
            int copied = rowsUndoingThisSheetsImports();
            if (copied > 0) {
                sheetIssues.add(new ImportIssue.CopyOfImportedWorksheet(location(0), copied));
            }
            this.ownImports = copied > 0 ? Optional.empty() : manifest.worksheetId();
        }

        /**
         * The rows that show the exported translation where an import of this worksheet's id put
         * another, still in the segment: the worksheet that made that import held it, so this one
         * is a copy of it (or the translator set the row back to the export, which an import then
         * does not apply either way).
         */
        private int rowsUndoingThisSheetsImports() {
            Optional<String> sheet = manifest.worksheetId();
            if (sheet.isEmpty()) {
                return 0;
            }
            int rows = 0;
            for (WorksheetRow row : worksheet.rows()) {
                Optional<String> left =
                        isBlank(row)
                                ? Optional.empty()
                                : screen.segment(row)
                                        .flatMap(s -> s.importOf(sheet.get()))
                                        .map(WorksheetImport::translationSha256);
                if (left.isEmpty()
                        || screen.rejection(row, location(row.rowNumber())).isPresent()) {
                    continue;
                }
                RowScreen.Accepted accepted = screen.accepted(row);
                SegmentPair current = accepted.current();
                String exported = manifest.translationHashes().get(current.id().toString());
                if (!left.get().equals(exported)
                        && left.get()
                                .equals(Manifest.translationHash(current.target(), current.state()))
                        && new SheetSide(row, accepted.target()).is(exported)) {
                    rows++;
                }
            }
            return rows;
        }

        ImportResult run() {
            List<WorksheetRow> rows = worksheet.rows().stream().filter(r -> !isBlank(r)).toList();
            List<SheetLocation> locations =
                    rows.stream().map(row -> location(row.rowNumber())).toList();
            // the screening, which hashes each row's source, on every core (it reads only what
            // the pass was given); the judging, which edits the document, row after row
            List<Optional<RowVerdict>> rejections =
                    IntStream.range(0, rows.size())
                            .parallel()
                            .mapToObj(i -> screen.rejection(rows.get(i), locations.get(i)))
                            .toList();
            List<RowVerdict> verdicts = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                WorksheetRow row = rows.get(i);
                SheetLocation at = locations.get(i);
                verdicts.add(
                        rejections.get(i).orElseGet(() -> judge(row, at, screen.accepted(row))));
            }
            List<ImportIssue> issues = new ArrayList<>(sheetIssues);
            verdicts.forEach(v -> issues.addAll(v.issues()));
            Set<String> present = new HashSet<>(screen.ids());
            manifest.sourceHashes().keySet().stream()
                    .filter(id -> !present.contains(id))
                    .map(id -> new ImportIssue.MissingRow(location(0), id))
                    .forEach(issues::add);
            return new ImportResult(
                    edits.document(), issues, Counts.of(verdicts, issues), verdicts);
        }

        private SheetLocation location(int row) {
            return new SheetLocation(worksheet.file().toString(), worksheet.sheetName(), row);
        }

        private RowVerdict judge(WorksheetRow row, SheetLocation at, RowScreen.Accepted accepted) {
            SegmentPair current = accepted.current();
            String target = accepted.target();
            String id = current.id().toString();
            Base base = base(current);
            List<ImportIssue> warnings = new ArrayList<>();
            Set<RowVerdict.Change> changes = EnumSet.noneOf(RowVerdict.Change.class);
            SegmentPair result = current;
            if (target.isBlank()) {
                if (current.isTranslated() && !base.xliffTouched()) {
                    warnings.add(new ImportIssue.TargetCleared(at, id));
                }
            } else {
                StatusCell status = new StatusCell(row.status());
                Optional<State> named = status.state();
                if (named.isEmpty() && !status.isBlank()) {
                    warnings.add(new ImportIssue.UnknownStatus(at, id, row.status().strip()));
                }
                SheetSide sheet = new SheetSide(row, target);
                State state = sheet.state();
                String sheetSide = sheet.sha256();
                boolean sheetTouched = !sheet.is(base.sha256()) && !sheet.is(base.exported());
                boolean differs = !target.equals(current.target()) || state != current.state();
                if (sheetTouched && differs) {
                    Optional<State> kept = Optional.of(current.state());
                    boolean conflict = base.xliffTouched();
                    if (conflict && !options.preferWorksheet()) {
                        return RowVerdict.refused(
                                new ImportIssue.Conflict(at, id, xliff.fileName()), id, kept);
                    }
                    if (current.state() == State.FINAL
                            && !options.overwriteFinal()
                            && !base.leftByThisSheet()) {
                        return RowVerdict.refused(
                                new ImportIssue.FinalNotOverwritten(at, id), id, kept);
                    }
                    result = current.withTarget(target, state);
                    changes.addAll(changes(current, result));
                    if (conflict) {
                        warnings.add(new ImportIssue.WorksheetPreferred(at, id, xliff.fileName()));
                        if (keepReplaced(current)) {
                            changes.add(RowVerdict.Change.NOTE);
                        }
                    }
                }
                if (sheetTouched && result.target().equals(target) && result.state() == state) {
                    result = remember(result, sheetSide);
                }
                if (!result.equals(current)) {
                    edits.replace(result);
                }
            }
            TranslatorComment.of(current.id(), row.comment())
                    .filter(comment -> edits.addNote(current.id().unitId(), comment.note()))
                    .ifPresent(added -> changes.add(RowVerdict.Change.NOTE));
            RowVerdict.Outcome outcome =
                    !changes.isEmpty()
                            ? RowVerdict.Outcome.APPLIED
                            : target.isBlank()
                                    ? RowVerdict.Outcome.EMPTY
                                    : RowVerdict.Outcome.UNCHANGED;
            return new RowVerdict(at, id, outcome, changes, Optional.of(result.state()), warnings);
        }

        /**
         * What a row is judged against: what this worksheet's last import left in the segment, when
         * the XLIFF remembers it, else the translation at export; and whether the XLIFF's
         * translation has moved from it.
         */
        private Base base(SegmentPair current) {
            String exported = manifest.translationHashes().get(current.id().toString());
            Optional<WorksheetImport> last = ownImports.flatMap(current::importOf);
            if (last.isPresent()) {
                String left = last.get().translationSha256();
                boolean asLeft =
                        left.equals(Manifest.translationHash(current.target(), current.state()));
                return new Base(left, exported, !asLeft, asLeft);
            }
            return new Base(
                    exported,
                    exported,
                    xliffChanged
                            && !exported.equals(
                                    Manifest.translationHash(current.target(), current.state())),
                    false);
        }

        /**
         * The segment remembering that this worksheet's import left it holding the translation
         * {@code sha256}.
         */
        private SegmentPair remember(SegmentPair segment, String sha256) {
            return manifest.worksheetId()
                    .map(sheet -> segment.withImport(new WorksheetImport(sheet, sha256)))
                    .orElse(segment);
        }

        /**
         * Keeps the XLIFF's translation that the sheet's replaces in a note on its unit; says
         * whether it was added.
         */
        private boolean keepReplaced(SegmentPair replaced) {
            return edits.addNote(
                    replaced.id().unitId(),
                    new Note(
                            REPLACED_AUTHOR,
                            replaced.id()
                                    + ": translation "
                                    + "replaced by the worksheet "
                                    + worksheet.file().getFileName()
                                    + " (--prefer-worksheet): \""
                                    + replaced.target()
                                    + "\" ("
                                    + replaced.state().label()
                                    + ")"));
        }
    }

    /**
     * The translation a row is judged against ({@code sha256}, a {@link Manifest#translationHash})
     * and the one it was exported with ({@code exported}: a row that shows either was not touched
     * in the sheet), whether the XLIFF's has moved from the first, and whether the segment is as
     * this worksheet's last import left it.
     */
    private record Base(
            String sha256, String exported, boolean xliffTouched, boolean leftByThisSheet) {}

    /**
     * A row's translation as the sheet has it: its target and the state it goes in as (a status
     * left at New, or blank, goes in as translated), with its hashes made once (a row is compared
     * with two of them).
     */
    private static final class SheetSide {
        private final State state;
        private final String sha256;
        private final Optional<String> typedSha256;

        SheetSide(WorksheetRow row, String target) {
            StatusCell status = new StatusCell(row.status());
            State asTyped =
                    status.isBlank() ? State.NEW : status.state().orElse(State.NEEDS_REVIEW);
            this.state = asTyped == State.NEW ? State.TRANSLATED : asTyped;
            this.sha256 = Manifest.translationHash(target, state);
            this.typedSha256 =
                    asTyped == state
                            ? Optional.empty()
                            : Optional.of(Manifest.translationHash(target, asTyped));
        }

        State state() {
            return state;
        }

        /** The hash of the translation in the state it goes in as. */
        String sha256() {
            return sha256;
        }

        /**
         * Whether this is the translation {@code sha256} records, in the state it goes in as or as
         * typed.
         */
        boolean is(String sha256) {
            return sha256.equals(this.sha256) || typedSha256.filter(sha256::equals).isPresent();
        }
    }

    private static Set<RowVerdict.Change> changes(SegmentPair before, SegmentPair after) {
        Set<RowVerdict.Change> changes = EnumSet.noneOf(RowVerdict.Change.class);
        if (!before.target().equals(after.target())) {
            changes.add(RowVerdict.Change.TARGET);
        }
        if (before.state() != after.state()) {
            changes.add(RowVerdict.Change.STATE);
        }
        return changes;
    }

    /** A row the translator added and left empty, or the spreadsheet application padded. */
    private static boolean isBlank(WorksheetRow row) {
        return row.id().isBlank()
                && row.source().isBlank()
                && row.comment().isBlank()
                && row.status().isBlank()
                && row.target() instanceof TargetCell.Text text
                && text.value().isBlank();
    }

    private static void refuseForeign(CurrentXliff xliff, Worksheet worksheet) {
        Manifest manifest = worksheet.manifest();
        String madeFor = manifest.xliffFileName().replaceAll(".*[/\\\\]", "");
        if (!madeFor.equals(xliff.fileName())) {
            throw new BadInputException(
                    worksheet.file(),
                    "this worksheet was made for " + madeFor + ", not for " + xliff.fileName());
        }
        String language = xliff.document().targetLang().toLanguageTag();
        String sheetLanguage = Locale.forLanguageTag(manifest.targetLang().strip()).toLanguageTag();
        if (!sheetLanguage.equalsIgnoreCase(language)) {
            throw new BadInputException(
                    worksheet.file(),
                    "this worksheet is for target language '"
                            + manifest.targetLang()
                            + "', but "
                            + xliff.fileName()
                            + " is for '"
                            + language
                            + "'");
        }
    }
}
