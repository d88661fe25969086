package dev.attache.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The hostile inputs too big to commit, or that need POI to make: written at test time, named in
 * the table of {@code hostile/cases.tsv} with a leading {@code @}.
 */
final class HostileFiles {
    private static final Map<String, Generator> GENERATORS =
            Map.of(
                    "@one-line-50mb.en.txt", HostileFiles::oneLine50Mb,
                    "@million-rows.xlsx", HostileFiles::millionRows,
                    "@encrypted.xlsx", HostileFiles::encrypted,
                    "@ole2-workbook.xlsx", HostileFiles::ole2,
                    "@not-a-tm", HostileFiles::notAMemory);

    @FunctionalInterface
    private interface Generator {
        void write(Path base, Path file) throws IOException;
    }

    private HostileFiles() {}

    /**
     * Writes the generated file {@code name} (with its {@code @}) into {@code dir}, from the files
     * of {@code base}.
     */
    static Path generate(String name, Path base, Path dir) throws IOException {
        Generator generator = GENERATORS.get(name);
        if (generator == null) {
            throw new IllegalArgumentException("no generator for " + name);
        }
        Path file = dir.resolve(name.substring(1));
        generator.write(base, file);
        return file;
    }

    /** 50 MiB of English words and no line break, no sentence end. */
    private static void oneLine50Mb(Path base, Path file) throws IOException {
        String words =
                "the delegations discussed the draft of the peace treaty and the border commission ";
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long written = 0; written < 50L << 20; written += words.length()) {
                out.write(words);
            }
        }
    }

    /**
     * The base worksheet whose translation sheet has a million rows, each a copy of the first with
     * its own ID.
     */
    private static void millionRows(Path base, Path file) throws IOException {
        try (ZipFile in = new ZipFile(base.resolve("base.en-ru.xlsx").toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    writeMillionRows(out);
                } else {
                    try (InputStream part = in.getInputStream(entry)) {
                        part.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    private static void writeMillionRows(OutputStream out) throws IOException {
        Writer xml =
                new java.io.BufferedWriter(
                        new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        xml.write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>#</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>ID</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Source (en)</t>"
                        + "</is></c><c r=\"D1\" t=\"inlineStr\"><is><t>Target (ru)</t></is></c></row>\n");
        for (int r = 2; r <= 1_000_001; r++) {
            xml.write(
                    "<row r=\""
                            + r
                            + "\"><c r=\"A"
                            + r
                            + "\"><v>"
                            + (r - 1)
                            + "</v></c><c r=\"B"
                            + r
                            + "\" t=\"inlineStr\"><is><t>p"
                            + r
                            + ".s1</t></is></c><c r=\"C"
                            + r
                            + "\" t=\"inlineStr\"><is><t>"
                            + "Sentence number "
                            + r
                            + " of a sheet that never ends.</t></is></c><c r=\"D"
                            + r
                            + "\" "
                            + "t=\"inlineStr\"><is><t>Предложение "
                            + Integer.toHexString(r * 0x9E3779B1)
                            + "</t>"
                            + "</is></c></row>\n");
        }
        xml.write("</sheetData></worksheet>");
        xml.flush();
    }

    /**
     * The base worksheet encrypted with a password (agile encryption, as Excel does it): an OLE2
     * container.
     */
    private static void encrypted(Path base, Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(base.resolve("base.en-ru.xlsx"), out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** A folder with a file in it, that is not a memory (a Lucene index). */
    private static void notAMemory(Path base, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "meeting notes\n", StandardCharsets.UTF_8);
    }

    /**
     * An Excel 97–2003 workbook (.xls, OLE2) with one sheet named like ours, saved under an .xlsx
     * name.
     */
    private static void ole2(Path base, Path file) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("en-ru").createRow(0).createCell(0).setCellValue("ID");
            workbook.write(out);
        }
    }
}
