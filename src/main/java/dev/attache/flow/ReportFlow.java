package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.OutputFile;
import dev.attache.deliver.DocumentWordCount;
import dev.attache.deliver.GmxWordCounter;
import dev.attache.glossary.Glossary;
import dev.attache.glossary.LoadedGlossary;
import dev.attache.glossary.TermAnnotator;
import dev.attache.model.SegmentId;
import dev.attache.model.TranslationDocument;
import dev.attache.qa.GlossaryCoverage;
import dev.attache.qa.QaCheck;
import dev.attache.qa.SegmentQa;
import dev.attache.qa.finding.QaFinding;
import dev.attache.report.DocumentReport;
import dev.attache.report.FlaggedSegment;
import dev.attache.report.ProgressPage;
import dev.attache.report.ProgressReport;
import dev.attache.xliff.XliffFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code report} flow: one self-contained HTML page on XLIFF files, each read in turn and
 * reduced to what the page shows (GMX-V word counts per state, QA findings of terms and numbers
 * with their segments, glossary coverage) before the next is read. Every file is read before
 * anything is written; an existing page is replaced only when asked.
 */
public final class ReportFlow {
    /**
     * The XLIFF files, the glossary for QA and coverage, the page to write, and whether to replace
     * it.
     */
    public record Request(
            List<Path> xliffs, GlossaryChoice glossary, Path output, boolean replace) {
        public Request {
            xliffs = List.copyOf(xliffs);
            requireNonNull(glossary, "glossary");
            requireNonNull(output, "output");
            if (xliffs.isEmpty()) {
                throw new IllegalArgumentException("at least one XLIFF file is needed");
            }
        }
    }

    /** The page written, how many files it covers and how many QA findings it lists. */
    public record Result(Path output, int documents, int findings) {
        public Result {
            requireNonNull(output, "output");
        }
    }

    private final GmxWordCounter counter = new GmxWordCounter();

    public Result run(Request request) {
        OutputFile output =
                new OutputFile(request.output(), request.replace())
                        .checkedAgainst(request.xliffs());
        Optional<LoadedGlossary> glossary = request.glossary().load();
        List<DocumentReport> documents =
                request.xliffs().stream()
                        .map(xliff -> document(xliff, glossary.map(LoadedGlossary::glossary)))
                        .toList();
        ProgressReport report = new ProgressReport(glossary.map(LoadedGlossary::origin), documents);
        output.write(out -> new ProgressPage().write(report, out));
        return new Result(
                request.output(),
                documents.size(),
                documents.stream().mapToInt(DocumentReport::findingCount).sum());
    }

    private DocumentReport document(Path xliff, Optional<Glossary> glossary) {
        TranslationDocument read = XliffFiles.read(xliff);
        DocumentWordCount words = DocumentWordCount.of(read, counter);
        TranslationDocument document = TermAnnotator.withTerms(glossary, read);
        Map<SegmentId, List<QaFinding>> bySegment = new LinkedHashMap<>();
        new SegmentQa(glossary, QaCheck.all(), document)
                .check(document, s -> true)
                .forEach(
                        f ->
                                bySegment
                                        .computeIfAbsent(f.segment(), s -> new ArrayList<>())
                                        .add(f.finding()));
        List<FlaggedSegment> flagged =
                bySegment.entrySet().stream()
                        .map(
                                e ->
                                        new FlaggedSegment(
                                                e.getKey().unitId(),
                                                document.segment(e.getKey()).orElseThrow(),
                                                e.getValue()))
                        .toList();
        if (glossary.isEmpty()) {
            return new DocumentReport(xliff.toString(), read.original(), words, flagged, List.of());
        }
        GlossaryCoverage coverage =
                new GlossaryCoverage(
                        glossary.get(),
                        document.sourceLang().getLanguage(),
                        document.targetLang().getLanguage());
        document.translatableSegments()
                .forEach(s -> coverage.add(s.termHits(), s.isTranslated() ? s.target() : ""));
        return new DocumentReport(
                xliff.toString(), read.original(), words, flagged, coverage.concepts());
    }
}
