package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.BadInputException;
import dev.attache.model.State;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManifestTest {
    private static final String HASH = "0".repeat(64);

    @Test
    void hashesAreSha256OfUtf8InLowerCaseHex() {
        assertThat(Manifest.sourceHash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Manifest.translationHash("Спасибо.", State.TRANSLATED))
                .isEqualTo("f6388f028067facd0a43d897441e6b6c83bbd59e07269cdc24a5845032379327");
    }

    @Test
    void hashesDoNotDependOnUnicodeNormalisation() {
        String nfd = "Ali\u0301yev";
        String nfc = "Al\u00edyev";
        assertThat(Manifest.sourceHash(nfd)).isEqualTo(Manifest.sourceHash(nfc));
        assertThat(Manifest.translationHash(nfd, State.FINAL))
                .isEqualTo(Manifest.translationHash(nfc, State.FINAL));
    }

    @Test
    void theTranslationHashTellsStatesApart() {
        assertThat(Manifest.translationHash("Да.", State.TRANSLATED))
                .isNotEqualTo(Manifest.translationHash("Да.", State.FINAL));
    }

    @Test
    void everyRowHasBothHashes() {
        assertThatThrownBy(
                        () ->
                                new Manifest(
                                        1,
                                        "x.en-ru.xlf",
                                        HASH,
                                        "",
                                        "ru",
                                        Optional.empty(),
                                        Map.of("p1.s1", HASH, "p1.s2", HASH),
                                        Map.of("p1.s1", HASH)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different rows");
    }

    @Test
    void theWorksheetIdIsARowOfItsOwnThatAManifestWithoutOneDoesWithout() {
        Manifest withId =
                new Manifest(
                        1,
                        "x.en-ru.xlf",
                        HASH,
                        "",
                        "ru",
                        Optional.of("0b6c1e52-7f3a-4d8e-9c51-2a4f6d8e0b13"),
                        Map.of("p1.s1", HASH),
                        Map.of("p1.s1", HASH));
        Manifest withoutId =
                new Manifest(
                        1,
                        "x.en-ru.xlf",
                        HASH,
                        "",
                        "ru",
                        Optional.empty(),
                        Map.of("p1.s1", HASH),
                        Map.of("p1.s1", HASH));

        assertThat(ManifestSheet.head(withId))
                .contains(List.of("worksheet-id", withId.worksheetId().orElseThrow()));
        assertThat(ManifestSheet.head(withoutId))
                .noneMatch(row -> row.get(0).equals("worksheet-id"));
        assertThat(ManifestSheet.parse(rows(withId), Path.of("x.xlsx"))).isEqualTo(withId);
        assertThat(ManifestSheet.parse(rows(withoutId), Path.of("x.xlsx"))).isEqualTo(withoutId);
    }

    @Test
    void aWorksheetIdThatIsNotOneIsADamagedManifest() {
        List<List<String>> rows =
                new ArrayList<>(
                        rows(
                                new Manifest(
                                        1,
                                        "x.en-ru.xlf",
                                        HASH,
                                        "",
                                        "ru",
                                        Optional.empty(),
                                        Map.of("p1.s1", HASH),
                                        Map.of("p1.s1", HASH))));
        rows.add(0, List.of("worksheet-id", "a b"));

        assertThatThrownBy(() -> ManifestSheet.parse(rows, Path.of("x.xlsx")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("damaged manifest")
                .hasMessageContaining("worksheet id 'a b'");
    }

    private static List<List<String>> rows(Manifest manifest) {
        List<List<String>> rows = new ArrayList<>(ManifestSheet.head(manifest));
        manifest.sourceHashes()
                .forEach(
                        (id, hash) ->
                                rows.add(List.of(id, hash, manifest.translationHashes().get(id))));
        return rows;
    }
}
