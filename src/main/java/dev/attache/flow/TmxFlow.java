package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.BadInputException;
import dev.attache.OutputFile;
import dev.attache.deliver.DoneSegments;
import dev.attache.deliver.TranslatedFile;
import dev.attache.memory.LanguagePair;
import dev.attache.memory.TmxUnit;
import dev.attache.memory.TmxWriter;
import dev.attache.model.SegmentPair;
import dev.attache.model.Unit;
import dev.attache.xliff.XliffFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code tmx} flow: a TMX 1.4b memory of the done segment pairs of XLIFF files that share a
 * source language. Every file is read before anything is written; an existing memory is replaced
 * only when asked (kept as .bak).
 */
public final class TmxFlow {
    /**
     * The XLIFF files, the memory to write, which segments count as done, and whether to replace
     * the memory.
     */
    public record Request(List<Path> xliffs, Path output, DoneSegments done, boolean replace) {
        public Request {
            xliffs = List.copyOf(xliffs);
            requireNonNull(output, "output");
            requireNonNull(done, "done");
            if (xliffs.isEmpty()) {
                throw new IllegalArgumentException("at least one XLIFF file is needed");
            }
        }
    }

    /** The memory written and how many pairs it holds. */
    public record Result(Path output, int pairs) {
        public Result {
            requireNonNull(output, "output");
        }
    }

    public Result run(Request request, String toolVersion) {
        OutputFile output =
                new OutputFile(request.output(), request.replace())
                        .checkedAgainst(request.xliffs());
        List<TranslatedFile> files =
                request.xliffs().stream()
                        .map(x -> new TranslatedFile(x, XliffFiles.read(x)))
                        .toList();
        TranslatedFile first = files.get(0);
        for (TranslatedFile file : files) {
            if (!file.document().sourceLang().equals(first.document().sourceLang())) {
                throw new BadInputException(
                        file.file(),
                        "its source language '"
                                + file.document().sourceLang().toLanguageTag()
                                + "' is not that of "
                                + first.file()
                                + " ('"
                                + first.document().sourceLang().toLanguageTag()
                                + "'): a TMX has one source language");
            }
        }
        List<TmxUnit> units = units(files, request.done(), TmxWriter.date(Instant.now()));
        output.write(
                out ->
                        new TmxWriter()
                                .write(
                                        units,
                                        new TmxWriter.Header(
                                                toolVersion,
                                                "XLIFF",
                                                Optional.of(first.document().sourceLang())),
                                        out));
        return new Result(request.output(), units.size());
    }

    /**
     * One unit per done pair, with where it came from ({@code x-file}, {@code x-unit}, {@code
     * x-segment}); a pair already taken (same languages, source and target) once, at its first
     * place.
     */
    private static List<TmxUnit> units(List<TranslatedFile> files, DoneSegments done, String date) {
        Set<List<String>> taken = new HashSet<>();
        List<TmxUnit> units = new ArrayList<>();
        for (TranslatedFile file : files) {
            LanguagePair languages =
                    new LanguagePair(file.document().sourceLang(), file.document().targetLang());
            for (Unit unit : file.document().units()) {
                for (SegmentPair pair :
                        unit.translatable() ? unit.segments() : List.<SegmentPair>of()) {
                    if (done.test(pair)
                            && taken.add(
                                    List.of(
                                            languages.target().toLanguageTag(),
                                            pair.source(),
                                            pair.target()))) {
                        Map<String, String> props = new LinkedHashMap<>();
                        props.put("creationdate", date);
                        props.put("x-file", file.file().getFileName().toString());
                        props.put("x-unit", pair.id().unitId());
                        props.put("x-segment", pair.id().toString());
                        units.add(
                                new TmxUnit(
                                        pair.id().toString(),
                                        languages,
                                        pair.source(),
                                        pair.target(),
                                        props));
                    }
                }
            }
        }
        return units;
    }
}
