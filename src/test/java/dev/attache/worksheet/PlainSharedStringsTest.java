package dev.attache.worksheet;

import static dev.attache.worksheet.HandWrittenXlsx.inline;
import static dev.attache.worksheet.HandWrittenXlsx.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainSharedStringsTest {
    private static final String STRINGS =
            "<si><t>plain</t></si>"
                    + "<si><t xml:space=\"preserve\">  spaced  </t></si>"
                    + "<si><r><rPr><b/></rPr><t>жирный</t></r><r><t xml:space=\"preserve\"> и нет</t></r>"
                    + "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
                    + "<si><t>строка_x000D_\nдругая</t></si>"
                    + "<si><t/></si>"
                    + "<si><t>a &amp; b</t><phoneticPr fontId=\"1\"/></si>";

    @TempDir Path dir;

    @Test
    void readsEachStringAsPoisReadOnlyTableDoes() throws Exception {
        Path xlsx = dir.resolve("shared.xlsx");
        HandWrittenXlsx.write(
                xlsx, "en-ru", row(1, inline("A1", "x")), row(1, inline("A1", "y")), STRINGS);

        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            PlainSharedStrings plain = new PlainSharedStrings(pkg);
            ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(pkg, false);

            assertThat(poi.getUniqueCount()).isZero(); // no count given: both read every si
            for (int i = 0; i < 6; i++) {
                assertThat(new XSSFRichTextString(plain.at(i)).getString())
                        .isEqualTo(poi.getItemAt(i).getString());
            }
            assertThat(plain.at(2)).isEqualTo("жирный и нет");
            assertThat(plain.at(3)).isEqualTo("строка_x000D_\nдругая");
            assertThatThrownBy(() -> plain.at(6))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith(
                            "Cannot get item at 6 with strings: [plain,   spaced  , ");
        }
    }

    @Test
    void aPackageWithoutSharedStringsHasNone() throws Exception {
        Path xlsx = dir.resolve("none.xlsx");
        HandWrittenXlsx.write(xlsx, "en-ru", row(1, inline("A1", "x")), row(1, inline("A1", "y")));

        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            assertThatThrownBy(() -> new PlainSharedStrings(pkg).at(0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Cannot get item at 0 with strings: null");
        }
    }
}
