package dev.attache.cli;

import dev.attache.workbench.SegmentFlow;
import java.io.PrintWriter;

/**
 * Says what segmenting did: the glossary applied, the boilerplate left out, what each XLIFF file holds and what
 * became of the translations it held before, and what the memory gave it.
 */
record SegmentReport(PrintWriter out, PrintWriter err) {
    void report(SegmentFlow.Result result) {
        result.glossary().ifPresentOrElse(
                g -> out.printf("applied glossary %s (%d concepts)%n", g.origin(), g.glossary().concepts().size()),
                () -> out.println("applied no glossary"));
        result.wholeBodyNotice().ifPresent(notice -> err.println("note: " + notice));
        result.boilerplateLeftOut().forEach(p -> err.printf(
                "note: %s: left out web page boilerplate '%s' (paragraph %d)%n", result.transcriptFile(), p.text(),
                p.index()));
        result.speakersNotInGlossary().forEach(label -> err.printf(
                "note: %s: speaker '%s' is not in the glossary; the label stays as written%n", result.transcriptFile(),
                label));
        result.written().forEach(this::report);
    }

    /** {@code tm/}. */
    static String folderName(java.nio.file.Path folder) {
        String name = folder.toString();
        return name.endsWith("/") ? name : name + "/";
    }

    private void report(SegmentFlow.Written written) {
        var document = written.document();
        out.printf("%s %s: %d units, %d segments%n", written.changes() ? "wrote" : "unchanged", written.xliff(),
                document.units().size(), document.units().stream().mapToLong(u -> u.segments().size()).sum());
        written.leverage().ifPresent(l -> out.printf("memory %s: %d exact, %d fuzzy, %d new segments%n",
                folderName(l.memory()), l.exact(), l.fuzzy(), l.fresh()));
        if (written.translationsKept() > 0 || written.translationsLeftBehind() > 0) {
            out.printf("kept %d earlier translations whose source is unchanged%n", written.translationsKept());
        }
        if (written.translationsLeftBehind() > 0) {
            err.printf("warning: %s: %d earlier translations were left behind because their source changed; "
                    + "the previous file is %s.bak%n", written.xliff(), written.translationsLeftBehind(),
                    written.xliff().getFileName());
        }
    }
}
