package dev.attache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataFileTest {
    @Test
    void keepsTheRowsWithTheirLineNumbersAndLeavesOutBlankAndCommentLines() {
        DataFile file = DataFile.read(DataFileTest.class, "data-file-sample.tsv");

        assertThat(file.rows())
                .containsExactly(new DataFile.Row(2, "first\tcell"), new DataFile.Row(6, "second"));
    }

    @Test
    void aMissingFileIsNoneWhenLookedForAndAnErrorWhenRequired() {
        assertThat(DataFile.find(DataFileTest.class, "no-such.tsv")).isEmpty();
        assertThatThrownBy(() -> DataFile.read(DataFileTest.class, "no-such.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no-such.tsv is missing from the class path");
    }
}
