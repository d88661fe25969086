package dev.attache.transcript.rich;

import dev.attache.BadInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * An HTML page, decoded: in the charset its byte-order mark or {@code <meta charset>} declares,
 * otherwise in UTF-8, strictly (a page that is not valid in that charset is refused rather than
 * read with replacement characters). It knows which element holds the content to translate: the one
 * a CSS selector picks (jsoup), else the {@code <article>}, else the {@code <main>}, else the whole
 * {@code <body>}.
 */
record HtmlSource(Path file, Charset charset, String text) {
    /**
     * Elements the Okapi HTML filter has rules of its own for: they cannot also be the content's
     * rule.
     */
    private static final Set<String> FILTER_ELEMENTS =
            Set.of(
                    "p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
                    "address", "span", "a", "b", "i", "em", "strong", "table", "font", "label");

    static HtmlSource read(Path file, byte[] bytes) {
        Charset charset = declaredCharset(file, bytes).orElse(StandardCharsets.UTF_8);
        try {
            String text =
                    charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes))
                            .toString();
            return new HtmlSource(file, charset, text);
        } catch (CharacterCodingException e) {
            throw new BadInputException(
                    file,
                    "cannot be decoded as "
                            + charset.name()
                            + ", and the page declares "
                            + (declaredCharset(file, bytes).isPresent()
                                    ? "that charset"
                                    : "no other")
                            + ": save it as UTF-8 or add <meta charset=\"…\">");
        }
    }

    /** The element to translate, as a filter rule. */
    ContentRule content(Optional<String> selector) {
        Document page = Jsoup.parse(text);
        if (selector.isPresent()) {
            return chosen(page, selector.get());
        }
        for (String tag : new String[] {"article", "main"}) {
            if (!page.getElementsByTag(tag).isEmpty()) {
                return ContentRule.element(tag);
            }
        }
        return ContentRule.element("body");
    }

    private ContentRule chosen(Document page, String selector) {
        Elements selected;
        try {
            selected = page.select(selector);
        } catch (Selector.SelectorParseException e) {
            throw new BadInputException(
                    file,
                    "--content",
                    "'" + selector + "' is not a CSS selector: " + e.getMessage());
        }
        if (selected.size() != 1) {
            throw new BadInputException(
                    file,
                    "--content",
                    "'"
                            + selector
                            + "' selects "
                            + selected.size()
                            + " elements; it must select exactly one");
        }
        Element element = selected.first();
        String tag = element.normalName();
        if (FILTER_ELEMENTS.contains(tag)) {
            throw new BadInputException(
                    file,
                    "--content",
                    "'"
                            + selector
                            + "' selects a <"
                            + tag
                            + ">: choose the "
                            + "element around the content (a <div>, <section>, <article> or <main>)");
        }
        if (page.getElementsByTag(tag).size() == 1) {
            return ContentRule.element(tag);
        }
        for (String attribute : new String[] {"id", "class"}) {
            String value = element.attr(attribute);
            if (!value.isEmpty()
                    && page.select(tag + "[" + attribute + "]").stream()
                                    .filter(e -> e.attr(attribute).equals(value))
                                    .count()
                            == 1) {
                return new ContentRule(tag, Optional.of(attribute), Optional.of(value), false);
            }
        }
        throw new BadInputException(
                file,
                "--content",
                "'"
                        + selector
                        + "' selects a <"
                        + tag
                        + "> that has no id or "
                        + "class of its own; choose an element with an id, or a unique class");
    }

    /**
     * The charset of a byte-order mark, else of a {@code <meta charset>} or {@code http-equiv}
     * declaration.
     */
    private static Optional<Charset> declaredCharset(Path file, byte[] bytes) {
        if (bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16);
        }
        Document sniffed = Jsoup.parse(new String(bytes, StandardCharsets.ISO_8859_1));
        Element meta = sniffed.selectFirst("meta[charset]");
        String name = meta != null ? meta.attr("charset") : null;
        if (name == null) {
            Element equiv =
                    sniffed.selectFirst(
                            "meta[http-equiv~=(?i)content-type][content~=(?i)charset=]");
            name =
                    equiv == null
                            ? null
                            : equiv.attr("content").replaceFirst("(?i).*charset=\\s*", "").strip();
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new BadInputException(
                    file,
                    "<meta charset>",
                    "declares the charset '" + name + "', which is unknown");
        }
    }
}
