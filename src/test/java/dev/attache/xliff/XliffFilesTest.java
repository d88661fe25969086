package dev.attache.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.SegmentPair;
import dev.attache.model.State;
import dev.attache.model.TermHit;
import dev.attache.model.TranslationDocument;
import dev.attache.model.Unit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Two documents write the same XLIFF when they differ at most in their term hits, which XLIFF 1.2
 * does not store.
 */
class XliffFilesTest {
    private static final TranslationDocument SHIPPED =
            XliffFiles.read(
                    Path.of(
                            "src/test/resources/cases/lavrov-aliyev-2023-02-27/expected.en-ru.xlf"));

    @Test
    void documentsThatDifferOnlyInTermHitsHaveTheSameContent() {
        TranslationDocument withoutHits = withLastSegment(SHIPPED, s -> s.withTermHits(List.of()));
        TranslationDocument otherHits =
                withLastSegment(
                        SHIPPED,
                        s ->
                                s.withTermHits(
                                        List.of(
                                                new TermHit(
                                                        "elsewhere",
                                                        0,
                                                        1,
                                                        s.source().substring(0, 1)))));

        assertThat(XliffFiles.sameContent(SHIPPED, withoutHits)).isTrue();
        assertThat(XliffFiles.sameContent(withoutHits, otherHits)).isTrue();
    }

    @Test
    void aChangedTargetOrAMissingUnitOrAnotherLanguageIsAnotherContent() {
        TranslationDocument translated =
                withLastSegment(SHIPPED, s -> s.withTarget("Спасибо.", State.TRANSLATED));
        TranslationDocument shorter =
                SHIPPED.withUnits(SHIPPED.units().subList(0, SHIPPED.units().size() - 1));
        TranslationDocument azerbaijani =
                new TranslationDocument(
                        SHIPPED.original(),
                        SHIPPED.origin(),
                        SHIPPED.sourceLang(),
                        Locale.forLanguageTag("az"),
                        SHIPPED.units());

        assertThat(XliffFiles.sameContent(SHIPPED, translated)).isFalse();
        assertThat(XliffFiles.sameContent(SHIPPED, shorter)).isFalse();
        assertThat(XliffFiles.sameContent(SHIPPED, azerbaijani)).isFalse();
    }

    private static TranslationDocument withLastSegment(
            TranslationDocument doc, UnaryOperator<SegmentPair> change) {
        List<Unit> units = new ArrayList<>(doc.units());
        int last = units.size() - 1;
        while (!units.get(last).translatable()) {
            last--;
        }
        Unit unit = units.get(last);
        List<SegmentPair> segments = new ArrayList<>(unit.segments());
        segments.set(segments.size() - 1, change.apply(segments.get(segments.size() - 1)));
        units.set(last, unit.withSegments(segments));
        return doc.withUnits(units);
    }
}
