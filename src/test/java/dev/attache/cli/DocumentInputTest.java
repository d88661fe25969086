package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTML pages and Word documents on the command line: a page without article or main is translated
 * whole and {@code segment} says so, {@code --content} picks an element by CSS selector; a selector
 * that picks nothing, a page that is not in UTF-8 and declares no charset, a .docx that is no zip
 * or no Word package, a zip bomb, and XLIFF 2.1 for a page are each one {@code error:} line, exit
 * 3, and nothing written.
 */
class DocumentInputTest {
    private static final String PAGE =
            """
            <!DOCTYPE html>
            <html lang="en"><head><title>Embassy</title></head>
            <body><div class="menu"><a href="/">Home</a></div>
            <div id="content"><h2>Briefing by the Ambassador</h2><p>The <b>Ambassador</b> met the press today.</p></div>
            <div class="footer"><p>All rights reserved</p></div></body></html>
            """;

    @TempDir Path dir;

    private Path page(String name, String html, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), html.getBytes(charset));
    }

    private CliRun segment(Path input, String... more) {
        String[] args =
                new String[] {
                    "segment",
                    input.toString(),
                    "-t",
                    "ru",
                    "--no-glossary",
                    "--no-tm",
                    "-o",
                    dir.resolve("out.en-ru.xlf").toString()
                };
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void aPageWithoutArticleOrMainIsTranslatedWholeAndSegmentSaysSo() throws IOException {
        CliRun run = segment(page("embassy.en.html", PAGE, StandardCharsets.UTF_8));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("the page has no <article> or <main>: its whole <body> is translated");
        assertThat(Files.readString(dir.resolve("out.en-ru.xlf")))
                .contains(
                        "<bpt id=\"1\" ctype=\"x-attache\"></bpt>Home<ept id=\"1\"></ept>",
                        "Briefing by the Ambassador");
    }

    @Test
    void contentChoosesTheElementByCssSelector() throws IOException {
        CliRun run =
                segment(
                        page("embassy.en.html", PAGE, StandardCharsets.UTF_8),
                        "--content",
                        "#content");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("whole <body>");
        assertThat(Files.readString(dir.resolve("out.en-ru.xlf")))
                .contains(
                        "Briefing by the Ambassador",
                        "The <bpt id=\"1\" ctype=\"x-attache\"></bpt>Ambassador<ept id=\"1\"></ept> met the press today.")
                .doesNotContain(">Home<", "All rights reserved");
    }

    @Test
    void aSelectorThatPicksNothingIsBadInput() throws IOException {
        Path page = page("embassy.en.html", PAGE, StandardCharsets.UTF_8);
        CliRun run = segment(page, "--content", "section.transcript");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().strip())
                .isEqualTo(
                        "error: "
                                + page
                                + ":--content: 'section.transcript' selects 0 "
                                + "elements; it must select exactly one");
        assertThat(dir.resolve("out.en-ru.xlf")).doesNotExist();
    }

    @Test
    void contentOnATextTranscriptIsAUsageError() throws IOException {
        Path text = Files.writeString(dir.resolve("remarks.en.txt"), "Remarks\n\nWe met today.\n");

        CliRun run = segment(text, "--content", "article");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--content chooses an element of an HTML page");
    }

    @Test
    void aPageInAnUndeclaredCharsetThatIsNotUtf8IsRefused() throws IOException {
        String russian = PAGE.replace("The <b>Ambassador</b> met", "Посол <b>встретился</b> с");
        Path page = page("embassy.en.html", russian, Charset.forName("windows-1251"));

        CliRun run = segment(page);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().strip())
                .isEqualTo(
                        "error: "
                                + page
                                + ": cannot be decoded as UTF-8, and the page "
                                + "declares no other: save it as UTF-8 or add <meta charset=\"…\">");
        assertThat(dir.resolve("out.en-ru.xlf")).doesNotExist();
    }

    @Test
    void aDeclaredCharsetIsRead() throws IOException {
        String declared =
                PAGE.replace("<head>", "<head><meta charset=\"windows-1251\">")
                        .replace("met the press today", "met the press (пресса) today");
        CliRun run = segment(page("embassy.en.html", declared, Charset.forName("windows-1251")));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("out.en-ru.xlf")))
                .contains("met the press (пресса) today");
    }

    @Test
    void aDocxThatIsNoZipOrNoWordPackageIsRefused() throws IOException {
        Path text =
                Files.writeString(
                        dir.resolve("notes.en.docx"),
                        "These are plain notes, not a Word document.");
        Path spreadsheet = zip("sheet.en.docx", "xl/workbook.xml", new byte[] {'<', 'x', '/', '>'});

        CliRun notZip = segment(text);
        CliRun notWord = segment(spreadsheet);

        assertThat(notZip.exitCode()).isEqualTo(3);
        assertThat(notZip.err().strip())
                .isEqualTo(
                        "error: "
                                + text
                                + ": is not a Word document (.docx is a zip "
                                + "archive; this is not one)");
        assertThat(notWord.exitCode()).isEqualTo(3);
        assertThat(notWord.err().strip())
                .isEqualTo(
                        "error: "
                                + spreadsheet
                                + ": is not a valid Word document: it "
                                + "has no [Content_Types].xml");
        assertThat(dir.resolve("out.en-ru.xlf")).doesNotExist();
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        Path bomb = zip("bomb.en.docx", "word/document.xml", new byte[50 * 1024 * 1024]);

        CliRun run = segment(bomb);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .startsWith("error: " + bomb + ":word/document.xml: inflates to more than ")
                .contains("refused as a zip bomb");
        assertThat(dir.resolve("out.en-ru.xlf")).doesNotExist();
    }

    @Test
    void xliff21IsRefusedForAPageBeforeAnythingIsWritten() throws IOException {
        CliRun run =
                segment(
                        page("embassy.en.html", PAGE, StandardCharsets.UTF_8),
                        "--xliff-version",
                        "2.1");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("whose inline codes Attaché writes in XLIFF 1.2 only");
        assertThat(dir.resolve("out.en-ru.xlf")).doesNotExist();
    }

    private Path zip(String name, String entry, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return file;
    }
}
