package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of a worksheet that Attaché writes itself or through its own POI extensions (the
 * streamed shared strings table, the translation sheet with its streamed missing-term rules) are
 * valid SpreadsheetML (ECMA-376 Transitional).
 */
class SpreadsheetMlSchemaTest {
    private static final Path SCHEMAS = Path.of("src/test/resources/schemas/ooxml");
    private static final WorksheetOptions OPTIONS =
            new WorksheetOptions("sample.en-ru.xlf", "0".repeat(64), "", Optional.empty());

    @TempDir Path dir;

    @Test
    void sharedStringsAndTheTranslationSheetAreValidSpreadsheetMl() throws Exception {
        Path sheet = dir.resolve("sample.xlsx");
        new WorksheetWriter()
                .write(SampleDocument.document(), SampleDocument.glossary(), OPTIONS, sheet);

        try (ZipFile zip = new ZipFile(sheet.toFile())) {
            for (String part :
                    List.of(
                            "xl/sharedStrings.xml",
                            "xl/worksheets/sheet1.xml",
                            "xl/worksheets/sheet4.xml")) {
                validate(zip, part);
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("xl/sharedStrings.xml"))) {
                String sst = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(sst)
                        .contains(
                                "<rPr><rFont val=\"Arial\"/><b/><color indexed=\"18\"/><sz val=\"10\"/></rPr>")
                        .contains("uniqueCount=\"");
            }
        }
        assertThat(Files.size(sheet)).isPositive();
    }

    @Test
    void theMissingTermChecksAndTheirRuleAreValidSpreadsheetMl() throws Exception {
        Path sheet = dir.resolve("allied.xlsx");
        new WorksheetWriter()
                .write(
                        SampleDocument.rowsSharingARule(),
                        SampleDocument.glossary(),
                        OPTIONS,
                        sheet);

        try (ZipFile zip = new ZipFile(sheet.toFile())) {
            assertThat(validate(zip, "xl/worksheets/sheet1.xml"))
                    .contains("<formula>$J2</formula>")
                    .contains("<c r=\"J2\" s=\"2\" t=\"b\"><f>AND(LEN(TRIM($D2))&gt;0,")
                    .contains("</f><v>0</v></c>");
        }
    }

    /** Validates a part of the workbook against the schema; its text. */
    private static String validate(ZipFile zip, String part) throws Exception {
        ZipEntry entry = zip.getEntry(part);
        assertThat(entry).as(part).isNotNull();
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        Validator validator = factory.newSchema(SCHEMAS.resolve("sml.xsd").toFile()).newValidator();
        try (InputStream in = zip.getInputStream(entry)) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            validator.validate(new StreamSource(new StringReader(withoutSpacePreserve(xml)), part));
            return xml;
        }
    }

    /**
     * The text without {@code xml:space="preserve"} on {@code <t>}: Excel, LibreOffice and POI
     * write it there to keep leading and trailing spaces, but the Transitional schema types {@code
     * <t>} as a simple type without attributes.
     */
    private static String withoutSpacePreserve(String xml) {
        return xml.replace("<t xml:space=\"preserve\">", "<t>");
    }
}
