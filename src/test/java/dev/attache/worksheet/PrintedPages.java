package dev.attache.worksheet;

import static java.util.Objects.requireNonNull;

import dev.attache.InstalledApplication;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Worksheets as a translator prints them: LibreOffice exports them to PDF ({@code soffice
 * --headless --convert-to pdf}, with a profile of its own), and poppler's {@code pdftotext -bbox}
 * gives every word on every page with its box. For tests only.
 */
public record PrintedPages(Path pdf, List<Page> pages) {
    private static final FontRenderContext PRINTING = new FontRenderContext(null, true, true);

    /** A word and its box, in points from the page's top left corner. */
    public record Word(String text, double xMin, double yMin, double xMax, double yMax) {
        /**
         * Whether two words print over each other: their boxes share some width and more than a
         * quarter of the lower one's height. A word's box spans its font's ascent and descent, so
         * the lines of one wrapped cell touch by about a sixth of their height; words printed over
         * each other share far more.
         */
        boolean overlaps(Word other) {
            double width = Math.min(xMax, other.xMax) - Math.max(xMin, other.xMin);
            double height = Math.min(yMax, other.yMax) - Math.max(yMin, other.yMin);
            double smaller = Math.min(yMax - yMin, other.yMax - other.yMin);
            return width > 0.1 && height > smaller / 4;
        }

        @Override
        public String toString() {
            return String.format("'%s' at (%.1f, %.1f)", text, xMin, yMin);
        }
    }

    /** A printed page (1-based number), its size in points, and its words. */
    public record Page(int number, double width, double height, List<Word> words) {
        public Page {
            words = List.copyOf(words);
        }

        /** The words that print, wholly or in part, outside the page, as sentences. */
        public List<String> wordsOutside() {
            return words.stream()
                    .filter(w -> w.xMin < 0 || w.yMin < 0 || w.xMax > width || w.yMax > height)
                    .map(w -> "page " + number + " (" + width + " x " + height + "): " + w)
                    .toList();
        }

        /**
         * The scale the page was printed at, read off the first of {@code candidates} on its top
         * line, a word in Arial 10 (bold where {@code bold}): its printed width against its width
         * at 100 %, measured in the font the jar ships for Arial, which LibreOffice prints Arial
         * in. Empty when the top line has none of them.
         */
        public Optional<Double> scale(List<String> candidates, boolean bold) {
            double top = words.stream().mapToDouble(Word::yMin).min().orElse(0);
            for (String candidate : candidates) {
                Optional<Word> word =
                        words.stream()
                                .filter(w -> w.yMin < top + 1)
                                .filter(w -> w.text().equals(candidate))
                                .findFirst();
                if (word.isPresent()) {
                    double full =
                            ShippedFont.of(bold)
                                    .at(10)
                                    .getStringBounds(candidate, PRINTING)
                                    .getWidth();
                    return Optional.of((word.get().xMax - word.get().xMin) / full);
                }
            }
            return Optional.empty();
        }

        /** Every pair of words that print over each other, as sentences. */
        public List<String> overlaps() {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                for (int j = i + 1; j < words.size(); j++) {
                    if (words.get(i).overlaps(words.get(j))) {
                        found.add(
                                "page "
                                        + number
                                        + ": "
                                        + words.get(i)
                                        + " overlaps "
                                        + words.get(j));
                    }
                }
            }
            return found;
        }

        public boolean has(String word) {
            return words.stream().anyMatch(w -> w.text().equals(word));
        }
    }

    public PrintedPages {
        requireNonNull(pdf, "pdf");
        pages = List.copyOf(pages);
    }

    /**
     * Prints each worksheet to PDF with LibreOffice in {@code dir}, one call for all, and reads the
     * PDFs' words.
     */
    public static List<PrintedPages> print(List<Path> worksheets, Path dir)
            throws IOException, InterruptedException {
        InstalledApplication.require("soffice", "libreoffice-calc");
        InstalledApplication.require("pdftotext", "poppler-utils");
        InstalledApplication.requireArialMetrics(dir);
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                "soffice",
                                "-env:UserInstallation=" + profile.toUri(),
                                "--headless",
                                "--convert-to",
                                "pdf",
                                "--outdir",
                                dir.toString()));
        worksheets.forEach(w -> command.add(w.toAbsolutePath().toString()));
        InstalledApplication.run(command, dir);
        List<PrintedPages> printed = new ArrayList<>();
        for (Path worksheet : worksheets) {
            String name = worksheet.getFileName().toString();
            Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            Path words = dir.resolve(pdf.getFileName() + ".html");
            InstalledApplication.run(
                    List.of("pdftotext", "-bbox", pdf.toString(), words.toString()), dir);
            printed.add(new PrintedPages(pdf, read(words)));
        }
        return printed;
    }

    /** The pages of {@code pdftotext -bbox} output, read with DTDs and external entities off. */
    static List<Page> read(Path bboxHtml) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Page> pages = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        double[] size = new double[2];
        try (InputStream in = Files.newInputStream(bboxHtml)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("page")) {
                    size[0] = Double.parseDouble(xml.getAttributeValue(null, "width"));
                    size[1] = Double.parseDouble(xml.getAttributeValue(null, "height"));
                } else if (event == XMLStreamReader.START_ELEMENT
                        && xml.getLocalName().equals("word")) {
                    double[] box = new double[4];
                    String[] names = {"xMin", "yMin", "xMax", "yMax"};
                    for (int i = 0; i < 4; i++) {
                        box[i] = Double.parseDouble(xml.getAttributeValue(null, names[i]));
                    }
                    words.add(new Word(xml.getElementText(), box[0], box[1], box[2], box[3]));
                } else if (event == XMLStreamReader.END_ELEMENT
                        && xml.getLocalName().equals("page")) {
                    pages.add(new Page(pages.size() + 1, size[0], size[1], words));
                    words.clear();
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(bboxHtml + ": " + e.getMessage(), e);
        }
        return pages;
    }

    /**
     * How many pixels of a page, rendered by poppler's {@code pdftoppm} at 50 dpi, have the colour
     * {@code rgb} (each channel within 8 of it).
     */
    public long pixelsOfColour(Page page, byte[] rgb, Path dir)
            throws IOException, InterruptedException {
        Path png = dir.resolve(pdf.getFileName() + "-page" + page.number());
        String number = Integer.toString(page.number());
        InstalledApplication.run(
                List.of(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "50",
                        "-f",
                        number,
                        "-l",
                        number,
                        "-singlefile",
                        pdf.toString(),
                        png.toString()),
                dir);
        BufferedImage image = ImageIO.read(png.resolveSibling(png.getFileName() + ".png").toFile());
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int pixel = image.getRGB(x, y);
                if (near(pixel >> 16, rgb[0]) && near(pixel >> 8, rgb[1]) && near(pixel, rgb[2])) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean near(int channel, byte wanted) {
        return Math.abs((channel & 0xFF) - (wanted & 0xFF)) <= 8;
    }
}
