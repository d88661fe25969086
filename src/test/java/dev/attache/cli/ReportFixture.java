package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.SegmentId;
import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import dev.attache.xliff.XliffFiles;
import java.nio.file.Path;
import java.util.Map;

/**
 * The shipped transcript in Russian, three of its 27 segments translated: p4.s1 final and clean,
 * p5.s1 translated with neither of its terms (and with markup-looking text that must stay text,
 * where the source's final full stop should be: a punctuation warning), p5.s2 needing review, with
 * the deprecated "союзное взаимодействие" instead of the official "союзническое взаимодействие".
 */
final class ReportFixture {
    static final String SCRIPT_LOOKALIKE = "<script>alert('x')</script> & <b>";
    static final String P4_S1 = "Господин Алиев,";
    static final String P5_S1 = "Прежде всего передаю самые тёплые приветствия " + SCRIPT_LOOKALIKE;
    static final String P5_S2 =
            "Он лично уделяет пристальное внимание развитию нашего союзного взаимодействия.";

    private ReportFixture() {}

    static Path translatedXliff(Path dir) {
        Path xliff = dir.resolve("x.en-ru.xlf");
        assertThat(
                        CliRun.of(
                                        "segment",
                                        SegmentCommandTest.SHIPPED.toString(),
                                        "-t",
                                        "ru",
                                        "-o",
                                        xliff.toString())
                                .exitCode())
                .isZero();
        TranslationDocument document = XliffFiles.read(xliff);
        Map<String, SegmentPair> targets =
                Map.of(
                        "p4.s1", segment(document, "p4.s1").withTarget(P4_S1, State.FINAL),
                        "p5.s1", segment(document, "p5.s1").withTarget(P5_S1, State.TRANSLATED),
                        "p5.s2", segment(document, "p5.s2").withTarget(P5_S2, State.NEEDS_REVIEW));
        XliffFiles.write(
                document.withUnits(
                        document.units().stream().map(unit -> translated(unit, targets)).toList()),
                xliff,
                false);
        return xliff;
    }

    private static SegmentPair segment(TranslationDocument document, String id) {
        return document.segment(SegmentId.parse(id)).orElseThrow();
    }

    private static Unit translated(Unit unit, Map<String, SegmentPair> targets) {
        Unit result = unit;
        for (SegmentPair segment : unit.segments()) {
            SegmentPair target = targets.get(segment.id().toString());
            if (target != null) {
                result = result.with(target);
            }
        }
        return result;
    }
}
