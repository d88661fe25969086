package dev.attache.cli;

import dev.attache.flow.SegmentFlow;
import java.util.List;

/**
 * Says what segmenting did: the glossary applied, the boilerplate left out, what each XLIFF file
 * holds and what became of the translations it held before, and what the memory gave it.
 */
record SegmentReport(Console console) {
    void report(SegmentFlow.Result result) {
        result.glossary()
                .ifPresentOrElse(
                        g ->
                                console.summary(
                                        "applied glossary %s (%d concepts)"
                                                .formatted(
                                                        g.origin(),
                                                        g.glossary().concepts().size())),
                        () -> console.summary("applied no glossary"));
        result.readingNotice().ifPresent(notice -> console.note("note: " + notice));
        result.boilerplateLeftOut()
                .forEach(
                        p ->
                                console.note(
                                        "note: %s: left out web page boilerplate '%s' (paragraph %d)"
                                                .formatted(
                                                        result.transcriptFile(),
                                                        p.text(),
                                                        p.index())));
        result.speakersNotInGlossary()
                .forEach(
                        label ->
                                console.note(
                                        "note: %s: speaker '%s' is not in the glossary; the label stays as written"
                                                .formatted(result.transcriptFile(), label)));
        result.written().forEach(this::report);
    }

    /**
     * One line for each language pair of {@code results} whose target the glossary has no terms in,
     * however many transcripts have it: {@code warning: the glossary has no fr terms: no hints or
     * term QA for en-fr}.
     */
    void reportUncovered(List<SegmentFlow.Result> results) {
        results.stream()
                .flatMap(
                        r ->
                                r.glossary().stream()
                                        .flatMap(
                                                g ->
                                                        r.written().stream()
                                                                .map(SegmentFlow.Written::document)
                                                                .filter(
                                                                        d ->
                                                                                !g.glossary()
                                                                                        .covers(
                                                                                                d.targetLang()
                                                                                                        .getLanguage()))))
                .map(
                        d ->
                                "warning: the glossary has no %s terms: no hints or term QA for %s-%s"
                                        .formatted(
                                                d.targetLang().getLanguage(),
                                                d.sourceLang().toLanguageTag(),
                                                d.targetLang().toLanguageTag()))
                .distinct()
                .forEach(console::problem);
    }

    /** {@code tm/}. */
    static String folderName(java.nio.file.Path folder) {
        String name = folder.toString();
        return name.endsWith("/") ? name : name + "/";
    }

    private void report(SegmentFlow.Written written) {
        var document = written.document();
        // the segments to translate, as the worksheet's rows, stats and qa count them (not the
        // reference's)
        console.summary(
                "%s %s: %d units, %d segments"
                        .formatted(
                                written.changes() ? "wrote" : "unchanged",
                                written.xliff(),
                                document.units().size(),
                                document.translatableSegments().count()));
        written.leverage()
                .ifPresent(
                        l ->
                                console.summary(
                                        "memory %s: %d exact, %d fuzzy, %d new segments"
                                                .formatted(
                                                        folderName(l.memory()),
                                                        l.exact(),
                                                        l.fuzzy(),
                                                        l.fresh())));
        written.exactMatchFindings()
                .forEach(
                        f ->
                                console.problem(
                                        "%s: %s: %s (from memory)"
                                                .formatted(
                                                        f.finding().severity().word(),
                                                        written.xliff(),
                                                        f.describe())));
        if (written.translationsKept() > 0 || written.translationsLeftBehind() > 0) {
            console.summary(
                    "kept %d earlier translations whose source is unchanged"
                            .formatted(written.translationsKept()));
        }
        if (written.translationsLeftBehind() > 0) {
            console.problem(
                    ("warning: %s: %d earlier translations were left behind because their source changed; "
                                    + "the previous file is %s.bak")
                            .formatted(
                                    written.xliff(),
                                    written.translationsLeftBehind(),
                                    written.xliff().getFileName()));
        }
    }
}
