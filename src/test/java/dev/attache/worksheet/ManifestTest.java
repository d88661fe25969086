package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attache.xliff.State;
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
        assertThat(Manifest.translationHash(nfd, State.FINAL)).isEqualTo(Manifest.translationHash(nfc, State.FINAL));
    }

    @Test
    void theTranslationHashTellsStatesApart() {
        assertThat(Manifest.translationHash("Да.", State.TRANSLATED))
                .isNotEqualTo(Manifest.translationHash("Да.", State.FINAL));
    }

    @Test
    void everyRowHasBothHashes() {
        assertThatThrownBy(() -> new Manifest(1, "x.en-ru.xlf", HASH, "", "ru", Optional.empty(),
                Map.of("p1.s1", HASH, "p1.s2", HASH), Map.of("p1.s1", HASH)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different rows");
    }
}
