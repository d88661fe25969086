package dev.attache.reimport;

import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.worksheet.Manifest;
import dev.attache.worksheet.TargetCell;
import dev.attache.worksheet.Worksheet;
import dev.attache.worksheet.WorksheetRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Builds documents and the worksheets exported from them in memory, as the worksheet writer does,
 * so that the reconciler can be tested without the .xlsx reader and writer.
 */
final class ImportFixture {
    static final Path XLIFF = Path.of("xliff/x.en-ru.xlf");
    static final Path SHEET = Path.of("worksheets/x.en-ru.xlsx");
    static final String SHEET_NAME = "en-ru";
    static final String EXPORT_SHA = "1".repeat(64);
    static final String LATER_SHA = "2".repeat(64);
    static final String SHEET_ID = "0b6c1e52-7f3a-4d8e-9c51-2a4f6d8e0b13";

    private ImportFixture() {}

    /**
     * p1 title, untranslated; p2 two untranslated sentences; p3 not translatable; p4 translated; p5
     * final.
     */
    static TranslationDocument document() {
        return new TranslationDocument(
                "x.en.txt",
                Locale.ENGLISH,
                Locale.forLanguageTag("ru"),
                List.of(
                        unit("p1", true, seg("p1", 1, "Joint press conference", "", State.NEW)),
                        unit(
                                "p2",
                                true,
                                seg("p2", 1, "Good afternoon.", "", State.NEW),
                                seg("p2", 2, "We held talks with Mr Aliyev.", "", State.NEW)),
                        unit("p3", false, seg("p3", 1, "www.mid.ru", "", State.NEW)),
                        unit("p4", true, seg("p4", 1, "Thank you.", "Спасибо.", State.TRANSLATED)),
                        unit("p5", true, seg("p5", 1, "The end.", "Конец.", State.FINAL))));
    }

    static SegmentPair seg(String unit, int n, String source, String target, State state) {
        return new SegmentPair(new SegmentId(unit, n), source, target, state, List.of());
    }

    static Unit unit(String id, boolean translatable, SegmentPair... segments) {
        return new Unit(
                id,
                "body",
                translatable,
                List.of(segments),
                Collections.nCopies(segments.length - 1, " "),
                List.of());
    }

    static CurrentXliff xliff(TranslationDocument document, String sha) {
        return new CurrentXliff(XLIFF, sha, document);
    }

    /**
     * The worksheet the writer exports for the document, read back untouched: its id is {@link
     * #SHEET_ID}.
     */
    static Worksheet export(TranslationDocument document) {
        return export(document, SHEET_ID);
    }

    /**
     * The worksheet exported for the document with this id (another worksheet for the same XLIFF
     * file).
     */
    static Worksheet export(TranslationDocument document, String worksheetId) {
        return export(document, Optional.of(worksheetId));
    }

    /** The worksheet as exported before worksheets had ids. */
    static Worksheet exportWithoutId(TranslationDocument document) {
        return export(document, Optional.empty());
    }

    private static Worksheet export(TranslationDocument document, Optional<String> worksheetId) {
        List<WorksheetRow> rows = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> translations = new LinkedHashMap<>();
        document.translatableSegments()
                .forEach(
                        s -> {
                            rows.add(
                                    new WorksheetRow(
                                            rows.size() + 2,
                                            s.id().toString(),
                                            s.source(),
                                            new TargetCell.Text(s.target()),
                                            label(s.state()),
                                            ""));
                            sources.put(s.id().toString(), Manifest.sourceHash(s.source()));
                            translations.put(
                                    s.id().toString(),
                                    Manifest.translationHash(s.target(), s.state()));
                        });
        Manifest manifest =
                new Manifest(
                        Manifest.CURRENT_VERSION,
                        XLIFF.getFileName().toString(),
                        EXPORT_SHA,
                        "",
                        "ru",
                        worksheetId,
                        sources,
                        translations);
        return new Worksheet(SHEET, SHEET_NAME, manifest, rows);
    }

    static String label(State state) {
        return switch (state) {
            case NEW -> "New";
            case TRANSLATED -> "Translated";
            case NEEDS_REVIEW -> "Needs review";
            case FINAL -> "Final";
        };
    }

    static Worksheet withRows(Worksheet sheet, List<WorksheetRow> rows) {
        return new Worksheet(sheet.file(), sheet.sheetName(), sheet.manifest(), rows);
    }

    /** The sheet with the row of {@code id} changed. */
    static Worksheet edit(Worksheet sheet, String id, UnaryOperator<WorksheetRow> change) {
        return withRows(
                sheet,
                sheet.rows().stream().map(r -> r.id().equals(id) ? change.apply(r) : r).toList());
    }

    /** The sheet with a target typed into the row of {@code id}, status left as it was. */
    static Worksheet type(Worksheet sheet, String id, String target) {
        return edit(sheet, id, r -> withTarget(r, new TargetCell.Text(target)));
    }

    static WorksheetRow withTarget(WorksheetRow row, TargetCell target) {
        return new WorksheetRow(
                row.rowNumber(), row.id(), row.source(), target, row.status(), row.comment());
    }

    static WorksheetRow withStatus(WorksheetRow row, String status) {
        return new WorksheetRow(
                row.rowNumber(), row.id(), row.source(), row.target(), status, row.comment());
    }

    static WorksheetRow withComment(WorksheetRow row, String comment) {
        return new WorksheetRow(
                row.rowNumber(), row.id(), row.source(), row.target(), row.status(), comment);
    }

    static WorksheetRow withSource(WorksheetRow row, String source) {
        return new WorksheetRow(
                row.rowNumber(), row.id(), source, row.target(), row.status(), row.comment());
    }

    static SegmentPair segment(TranslationDocument document, String id) {
        return document.segment(SegmentId.parse(id)).orElseThrow();
    }
}
