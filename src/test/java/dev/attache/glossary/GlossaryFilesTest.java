package dev.attache.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryFilesTest {
    private final GlossaryFiles files = new GlossaryFiles();

    private static String sha256(Path file) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void theDefaultIsTheWorkingFoldersTermbase() throws Exception {
        LoadedGlossary loaded = files.loadDefault(Path.of(""));
        assertThat(loaded.origin()).isEqualTo("glossary/diplomatic-terms.tbx");
        assertThat(loaded.sha256()).isEqualTo(sha256(TbxSchemaTest.SHIPPED));
        assertThat(loaded.glossary().concepts()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void elsewhereTheDefaultIsTheCopyInsideTheJar(@TempDir Path elsewhere) throws Exception {
        LoadedGlossary loaded = files.load(java.util.Optional.empty(), elsewhere);
        assertThat(loaded.origin()).isEqualTo("built-in dev/attache/glossary/diplomatic-terms.tbx");
        assertThat(loaded.sha256()).isEqualTo(sha256(TbxSchemaTest.SHIPPED));
        assertThat(loaded.glossary()).isEqualTo(files.load(TbxSchemaTest.SHIPPED).glossary());
    }

    @Test
    void aLocalTermbaseWinsOverTheBuiltInOne(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("glossary"));
        Files.writeString(
                folder.resolve("glossary/diplomatic-terms.tbx"),
                Files.readString(
                        Path.of("src/test/resources/glossary/martif-v2.tbx"),
                        StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        LoadedGlossary loaded = files.loadDefault(folder);
        assertThat(loaded.origin())
                .isEqualTo(folder.resolve("glossary/diplomatic-terms.tbx").toString());
        assertThat(loaded.glossary().concepts()).hasSize(2);
    }

    @Test
    void picksTheReaderByExtensionOrContent(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("terms.txt");
        Files.writeString(csv, "en,ru,az\nBaku,Баку,Bakı\n", StandardCharsets.UTF_8);
        assertThat(files.load(csv).glossary().concepts())
                .extracting(Concept::id)
                .containsExactly("c-baku");
        Path tbx = dir.resolve("terms.dat");
        Files.copy(Path.of("src/test/resources/glossary/martif-v2.tbx"), tbx);
        assertThat(files.load(tbx).glossary().concepts()).hasSize(2);
        Path csvNamedTbx = dir.resolve("terms.tbx");
        Files.writeString(csvNamedTbx, "en,ru,az\nBaku,Баку,Bakı\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> files.load(csvNamedTbx))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("malformed XML");
    }

    @Test
    void eachFormatWritesWhatItsReaderReadsBack(@TempDir Path dir) throws Exception {
        Glossary glossary = files.load(TbxSchemaTest.SHIPPED).glossary();
        for (GlossaryFormat format : GlossaryFormat.values()) {
            Path file = dir.resolve("out." + format.name().toLowerCase(java.util.Locale.ROOT));
            try (var out = Files.newOutputStream(file)) {
                format.write(glossary, out);
            }
            assertThat(GlossaryFormat.byExtension(file)).contains(format);
            assertThat(files.load(file).glossary()).as(format.name()).isEqualTo(glossary);
        }
    }

    @Test
    void aMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> files.load(dir.resolve("none.tbx")))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("none.tbx: no such file");
    }
}
