package dev.attache.worksheet;

import dev.attache.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;

/**
 * Reads a translator worksheet back with POI's streaming event API (SAX over the sheet XML, plain
 * shared strings; never a whole workbook in memory). Finds the very hidden manifest and the
 * translation sheet of its language, locates the columns by their header text, and returns every
 * row that has an ID, a source or a target, in sheet order, whatever the translator sorted,
 * filtered, hid or added.
 *
 * <p>The Source is kept exactly as stored, so that its hash can be compared. The other cells are
 * normalised to NFC and their line breaks to {@code \n}; trailing spaces (and tabs, no-break
 * spaces) are stripped from the Target and Comment cells, because a segment's spacing comes from
 * the source's separators and a space typed at the end of a cell is invisible to the translator.
 * Leading spaces are kept.
 */
public final class WorksheetReader {

    /**
     * Reads the worksheet; anything unreadable or not ours is a {@link BadInputException} naming
     * the file.
     */
    public Worksheet read(Path xlsx) {
        return read(xlsx, manifest -> {});
    }

    /**
     * Reads the worksheet, handing its manifest to {@code manifestRead} as soon as it is read,
     * before the translation sheet's rows: a caller on another thread can start on the XLIFF file
     * the manifest names.
     */
    public Worksheet read(Path xlsx, Consumer<Manifest> manifestRead) {
        if (!Files.isRegularFile(xlsx)) {
            throw new BadInputException(xlsx, "no such file");
        }
        checkIsOoxml(xlsx);
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = inPackage(xlsx, () -> new XSSFReader(pkg));
            PlainSharedStrings strings = inPackage(xlsx, () -> new PlainSharedStrings(pkg));
            StylesTable styles = inPackage(xlsx, reader::getStylesTable);
            List<List<String>> manifestRows = new ArrayList<>();
            if (readSheet(
                            xlsx,
                            reader,
                            strings,
                            styles,
                            SheetLayout.MANIFEST_SHEET::equals,
                            row -> manifestRows.add(texts(row)))
                    .isEmpty()) {
                throw new BadInputException(
                        xlsx,
                        "not an Attaché worksheet: it has no '"
                                + SheetLayout.MANIFEST_SHEET
                                + "' sheet");
            }
            Manifest manifest = ManifestSheet.parse(manifestRows, xlsx);
            manifestRead.accept(manifest);
            String suffix = "-" + manifest.targetLang();
            TranslationRows rows = new TranslationRows(xlsx, manifest.sourceHashes().size());
            String name =
                    readSheet(
                                    xlsx,
                                    reader,
                                    strings,
                                    styles,
                                    n ->
                                            n.endsWith(suffix)
                                                    && !n.equals(SheetLayout.MANIFEST_SHEET),
                                    rows)
                            .orElseThrow(
                                    () ->
                                            new BadInputException(
                                                    xlsx,
                                                    "no translation sheet for the manifest's language "
                                                            + manifest.targetLang()
                                                            + " (a sheet named like 'en"
                                                            + suffix
                                                            + "')"));
            return new Worksheet(xlsx, name, manifest, rows.rows(xlsx, name));
        } catch (UnsupportedFileFormatException
                | InvalidOperationException
                | POIXMLException
                | OpenXML4JException
                | SAXException e) {
            throw new BadInputException(
                    xlsx, null, "not a readable .xlsx workbook: " + firstLine(e), e);
        } catch (EmptyFileException e) {
            throw new BadInputException(xlsx, "is empty, not a worksheet");
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new BadInputException(
                    xlsx, null, "damaged workbook: a cell holds " + firstLine(e), e);
        } catch (IOException e) {
            throw new BadInputException(xlsx, null, "cannot read: " + firstLine(e), e);
        }
    }

    /**
     * Refuses, with what to do about it, the files people save by mistake: a password-protected
     * workbook (an encrypted OOXML package is an OLE2 file holding {@code EncryptionInfo}), an
     * Excel 97–2003 workbook (OLE2), LibreOffice's own spreadsheet (.ods, a zip whose {@code
     * mimetype} entry says so), and anything that is not a zip at all. POI's {@link FileMagic}
     * reads the first bytes.
     */
    private static void checkIsOoxml(Path xlsx) {
        FileMagic magic;
        try {
            if (Files.size(xlsx) == 0) {
                throw new BadInputException(xlsx, "is empty, not a worksheet");
            }
        } catch (IOException e) {
            throw new BadInputException(xlsx, null, "cannot read: " + firstLine(e), e);
        }
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(xlsx))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new BadInputException(xlsx, null, "cannot read: " + firstLine(e), e);
        }
        if (magic == FileMagic.OLE2) {
            throw new BadInputException(
                    xlsx,
                    isEncrypted(xlsx)
                            ? "is password-protected: open it, save it again without a password, and import that"
                            : "is an Excel 97-2003 workbook (.xls), not an .xlsx: save it as an Excel Workbook (.xlsx) and "
                                    + "import that");
        }
        if (magic != FileMagic.OOXML) {
            throw new BadInputException(
                    xlsx,
                    "is not an .xlsx workbook (its content is "
                            + magic.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + ", not a zip package)");
        }
        Optional<OpenDocumentType> openDocument = OpenDocumentType.of(xlsx);
        if (openDocument.isPresent()) {
            throw new BadInputException(
                    xlsx,
                    openDocument.get().isSpreadsheet()
                            ? "is an OpenDocument spreadsheet (.ods), not an .xlsx: in LibreOffice Calc, save it with File > "
                                    + "Save As as Excel 2007-365 (.xlsx) and import that"
                            : "is an OpenDocument file ("
                                    + openDocument.get().mediaType()
                                    + "), not an .xlsx workbook");
        }
    }

    private static boolean isEncrypted(Path ole2) {
        try (POIFSFileSystem fs = new POIFSFileSystem(ole2.toFile(), true)) {
            return fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)
                    || fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Streams the first sheet whose name {@code wanted} accepts into {@code rows}; its name, if
     * there is one.
     */
    private static Optional<String> readSheet(
            Path xlsx,
            XSSFReader reader,
            PlainSharedStrings strings,
            StylesTable styles,
            Predicate<String> wanted,
            Consumer<SheetCellsHandler.SheetRow> rows)
            throws IOException, OpenXML4JException, SAXException {
        XSSFReader.SheetIterator sheets = inPackage(xlsx, reader::getSheetIterator);
        while (sheets.hasNext()) {
            try (InputStream sheet = inPackage(xlsx, sheets::next)) {
                if (wanted.test(sheets.getSheetName())) {
                    try {
                        PartParser.parse(sheet, new SheetCellsHandler(strings, styles, rows));
                    } catch (SheetCellsHandler.EndOfCells e) {
                        // every row is read
                    } catch (IllegalStateException e) {
                        // the shared strings table, asked for a string it does not have (or has no
                        // table), or a cell outside a row
                        throw new BadInputException(
                                xlsx,
                                "!" + sheets.getSheetName(),
                                "damaged workbook: " + firstLine(e),
                                e);
                    }
                    return Optional.of(sheets.getSheetName());
                }
            }
        }
        return Optional.empty();
    }

    /** A call into POI's reading of the package. */
    private interface PackageCall<T> {
        T call() throws IOException, OpenXML4JException, SAXException;
    }

    /**
     * {@code call}'s result; a relationship whose target names no part (a damaged {@code .rels})
     * fails POI's call with an {@link IllegalArgumentException}, which is a damaged workbook here.
     */
    private static <T> T inPackage(Path xlsx, PackageCall<T> call)
            throws IOException, OpenXML4JException, SAXException {
        try {
            return call.call();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(
                    xlsx, null, "not a readable .xlsx workbook: " + firstLine(e), e);
        }
    }

    /**
     * The first line of an exception's message: POI's may run over several, ours is one line; the
     * name of a wrapped SAX exception and its line and column ("org.xml.sax.SAXParseException;
     * lineNumber: 2; columnNumber: 10; ") are left out: they are about a part inside the zip, not a
     * place the translator can find.
     */
    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end))
                .strip()
                .replaceFirst("^[\\w.]+Exception(?:; \\w+: [^;]*)*; ", "");
    }

    private static List<String> texts(SheetCellsHandler.SheetRow row) {
        int last = row.cells().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        List<String> texts = new ArrayList<>();
        for (int c = 0; c <= last; c++) {
            texts.add(Optional.ofNullable(row.cells().get(c)).map(TargetCell::shown).orElse(""));
        }
        return texts;
    }
}
