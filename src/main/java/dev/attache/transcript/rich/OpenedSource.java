package dev.attache.transcript.rich;

import dev.attache.BadInputException;
import dev.attache.model.SourceFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.openxml.OpenXMLFilter;

/**
 * An HTML page or Word document checked and opened in the Okapi filter that reads it, set up the
 * same way for {@code prepare} and {@code merge}, so that both see the same paragraphs in the same
 * order. For HTML, only the content element ({@link ContentRule}) is extracted; the rest of the
 * page is skeleton and is written back as it was. For DOCX, the body, headings and tables are
 * extracted, and headers, footers and document properties are not.
 */
public final class OpenedSource implements AutoCloseable {
    private static final String HTML_CONFIGURATION =
            "/net/sf/okapi/filters/html/nonwellformedConfiguration.yml";

    private final IFilter filter;
    private final RawDocument raw;
    private final ContentRule content;
    private int groupDepth;
    private boolean entered;

    private OpenedSource(IFilter filter, RawDocument raw, ContentRule content) {
        this.filter = filter;
        this.raw = raw;
        this.content = content;
    }

    /**
     * Reads and checks the file, then opens it in its filter; {@code contentSelector} is for HTML
     * only.
     */
    public static OpenedSource open(
            Path file,
            SourceFormat format,
            Optional<String> contentSelector,
            LocaleId source,
            LocaleId target) {
        byte[] bytes = bytesOf(file);
        return switch (format) {
            case HTML -> {
                HtmlSource page = HtmlSource.read(file, bytes);
                ContentRule content = page.content(contentSelector);
                HtmlFilter html = new HtmlFilter();
                html.getParameters().fromString(htmlConfiguration(content));
                RawDocument raw =
                        new RawDocument(file.toUri(), page.charset().name(), source, target);
                yield opened(file, html, raw, content);
            }
            case DOCX -> {
                DocxPackage.check(file, bytes);
                OpenXMLFilter docx = new OpenXMLFilter();
                var params = docx.getParameters();
                params.setTranslateWordHeadersFooters(false);
                params.setTranslateDocProperties(false);
                params.setTranslateComments(false);
                params.setAddLineSeparatorCharacter(false);
                params.setAddTabAsCharacter(false);
                RawDocument raw =
                        new RawDocument(
                                file.toUri(), StandardCharsets.UTF_8.name(), source, target);
                yield opened(file, docx, raw, ContentRule.element("body"));
            }
            case TEXT ->
                    throw new IllegalArgumentException(
                            "a text transcript is read by the transcript package");
        };
    }

    private static OpenedSource opened(
            Path file, IFilter filter, RawDocument raw, ContentRule content) {
        try {
            filter.open(raw);
        } catch (RuntimeException e) {
            raw.close();
            throw new BadInputException(file, null, "cannot be read: " + e.getMessage(), e);
        }
        return new OpenedSource(filter, raw, content);
    }

    /**
     * Okapi's own HTML rules, and the content element as the only group: its start and end are
     * events. Whitespace is preserved, so that the text around the content is written back exactly
     * as it was (the reader collapses it in the paragraphs it takes).
     */
    private static String htmlConfiguration(ContentRule content) {
        try (InputStream in = HtmlFilter.class.getResourceAsStream(HTML_CONFIGURATION)) {
            String defaults =
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            return defaults.replace(
                            "\npreserve_whitespace: false\n", "\npreserve_whitespace: true\n")
                    + content.yaml();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public IFilter filter() {
        return filter;
    }

    /**
     * Whether the whole body is translated, because the page has no {@code <article>} or {@code
     * <main>}.
     */
    public boolean wholeBody() {
        return content.wholeBody();
    }

    /** Which element is translated, for messages: {@code <article>}. */
    public String contentElement() {
        return content.describe();
    }

    /**
     * Whether the event is a paragraph of ours, to be called on every event in order: a text unit
     * inside the content (the whole of a Word document), translatable, with some text besides its
     * codes. The n-th such unit is paragraph n, at {@code prepare} and at {@code merge} alike; the
     * rest of a page is left as it is.
     */
    public boolean isParagraph(Event event) {
        if (event.getEventType() == EventType.START_GROUP) {
            groupDepth++;
            entered = true;
        } else if (event.getEventType() == EventType.END_GROUP) {
            groupDepth--;
        }
        if (!event.isTextUnit()) {
            return false;
        }
        ITextUnit unit = event.getTextUnit();
        boolean inContent = !(filter instanceof HtmlFilter) || groupDepth > 0;
        return inContent
                && unit.isTranslatable()
                && !unit.getSource().getUnSegmentedContentCopy().getText().isBlank();
    }

    /** Whether the content element was found by the filter (after all events were read). */
    public boolean contentFound() {
        return entered || !(filter instanceof HtmlFilter);
    }

    private static byte[] bytesOf(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(
                    file, Files.exists(file) ? "is not a regular file" : "no such file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        filter.close();
        raw.close();
    }
}
