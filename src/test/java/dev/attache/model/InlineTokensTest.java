package dev.attache.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.xliff.Xliff12Reader;
import dev.attache.xliff.Xliff12Schema;
import dev.attache.xliff.Xliff12Writer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.common.resource.TextFragment.TagType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The inline tokens: what import accepts and refuses, and their way to Okapi codes, XLIFF 1.2 and
 * back.
 */
class InlineTokensTest {
    private static final String SOURCE = "{1}Sergey Lavrov:{/1} See the {2}statement{/2}.{3}";

    @TempDir Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            {1}Сергей Лавров:{/1} См. {2}заявление{/2}.{3}           | ok
            См. {2}заявление{/2}, {1}Сергей Лавров:{/1}{3}           | ok
            {1}Сергей Лавров:{/1} См. заявление.{3}                  | the inline token {2} of the source is missing from the translation
            {1}Сергей Лавров:{/1} См. {2}заявление{/2}.{3}{3}        | the inline token {3} stands 2 times in the translation
            {1}Сергей Лавров:{/1} См. {2}заявление{/2}.{3}{4}        | the inline token {4} is not in the source
            {1}Сергей Лавров: См. {2}заявление{/1}{/2}.{3}           | the inline tokens are not nested correctly: each {N} must be closed by its {/N} after it, inner pairs before outer ones
            {/1}Сергей Лавров:{1} См. {2}заявление{/2}.{3}           | the inline tokens are not nested correctly: each {N} must be closed by its {/N} after it, inner pairs before outer ones
            """)
    void aTranslationMustKeepEachTokenOnceValidlyNested(String target, String expected) {
        assertThat(InlineTokens.mismatch(SOURCE, target.strip()).orElse("ok")).isEqualTo(expected);
    }

    @Test
    void okapiCodesBecomeTokensNumberedInOrderAndBackIntoTheOriginalsCodes() {
        TextFragment page = new TextFragment();
        page.append(TagType.OPENING, "b", "<b>", 7);
        page.append("Question:");
        page.append(TagType.CLOSING, "b", "</b>", 7);
        page.append(" Why?");
        page.append(TagType.PLACEHOLDER, "br", "<br>", 3);

        String tokens = InlineTokens.fromFragment(page);
        TextFragment translated = InlineTokens.restore("{1}Вопрос:{/1} Почему?{2}", page);

        assertThat(tokens).isEqualTo("{1}Question:{/1} Why?{2}");
        assertThat(translated.toText()).isEqualTo("<b>Вопрос:</b> Почему?<br>");
    }

    @Test
    void xliff12WritesTokensAsBptEptAndPhAndReadsThemBackUnchanged() throws Exception {
        Unit unit =
                new Unit(
                        "p1",
                        "body",
                        true,
                        List.of(
                                new SegmentPair(
                                        new SegmentId("p1", 1),
                                        SOURCE,
                                        "{1}Сергей Лавров:{/1} См. {2}заявление{/2}.{3}",
                                        State.TRANSLATED,
                                        List.of())),
                        List.of(),
                        List.of());
        TranslationDocument document =
                new TranslationDocument(
                        "page.en.html",
                        new Origin(
                                SourceFormat.HTML,
                                Optional.of("a".repeat(64)),
                                Optional.of("article.news")),
                        Locale.ENGLISH,
                        Locale.forLanguageTag("ru"),
                        List.of(unit));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Xliff12Writer().write(document, out);
        Path file = Files.write(dir.resolve("page.en-ru.xlf"), out.toByteArray());

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(
                        "<bpt id=\"1\" ctype=\"x-attache\"></bpt>Sergey Lavrov:<ept id=\"1\"></ept> See the <bpt id=\"2\" ctype=\"x-attache\"></bpt>statement<ept id=\"2\"></ept>.<ph id=\"3\" ctype=\"x-attache\"></ph>",
                        "<note from=\"attache-content\">article.news</note>");
        Xliff12Schema.validate(file);
        assertThat(new Xliff12Reader().read(file)).isEqualTo(document);
    }

    @Test
    void inATextTranscriptBracesAreJustText() throws Exception {
        Unit unit =
                new Unit(
                        "p1",
                        "body",
                        true,
                        List.of(new SegmentPair(new SegmentId("p1", 1), "Item {1} of 3")),
                        List.of(),
                        List.of());
        TranslationDocument document =
                new TranslationDocument(
                        "x.en.txt", Locale.ENGLISH, Locale.forLanguageTag("ru"), List.of(unit));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Xliff12Writer().write(document, out);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(">Item {1} of 3<")
                .doesNotContain("<x ");
    }
}
