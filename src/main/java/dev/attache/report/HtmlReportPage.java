package dev.attache.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The frame every report page shares, built as a jsoup DOM (so that every text is escaped on
 * output): a self-contained HTML5 page in UTF-8 with its style sheet inline and a
 * Content-Security-Policy that allows that style sheet alone (by its SHA-256) and nothing else: no
 * script, no image, font or style from anywhere, no request.
 */
final class HtmlReportPage {
    private static final String CSS = styleSheet();

    /**
     * The policy the page declares: nothing may be loaded, only the page's own style sheet applies.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src '" + sha256(CSS) + "'";

    private final Document document;

    HtmlReportPage(String title) {
        document = Document.createShell("");
        document.outputSettings()
                .charset(StandardCharsets.UTF_8)
                .syntax(Document.OutputSettings.Syntax.html);
        document.prependChild(new DocumentType("html", "", ""));
        document.selectFirst("html").attr("lang", "en");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta")
                .attr("http-equiv", "Content-Security-Policy")
                .attr("content", CONTENT_SECURITY_POLICY);
        head.appendElement("meta")
                .attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "Attaché");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new DataNode(CSS));
        document.body().appendElement("h1").text(title);
    }

    Element body() {
        return document.body();
    }

    /** The page in UTF-8, streamed from the DOM (never held as one string). */
    void writeTo(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        document.html(writer);
        writer.flush();
    }

    private static String styleSheet() {
        try (InputStream in =
                Objects.requireNonNull(
                        HtmlReportPage.class.getResourceAsStream("report.css"),
                        "report.css is not on the class path")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSP source of a style sheet: {@code sha256-} and the Base64 of its SHA-256. */
    private static String sha256(String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
