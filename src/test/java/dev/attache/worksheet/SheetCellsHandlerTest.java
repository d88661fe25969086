package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

class SheetCellsHandlerTest {
    @Test
    void readsEveryColumnOfASheetAsPoisCellReferenceDoes() {
        // every column Excel has (A to XFD), at rows of one to seven digits
        for (int col = 0; col < 16_384; col++) {
            String letters = CellReference.convertNumToColString(col);
            for (String row : new String[] {"1", "59444", "1048576"}) {
                assertThat(SheetCellsHandler.column(letters + row))
                        .as(letters + row)
                        .isEqualTo(col);
            }
        }
    }

    @Test
    void leavesOtherFormsOfAReferenceToPoi() {
        assertThat(SheetCellsHandler.column("$B$2")).isEqualTo(1);
        assertThat(SheetCellsHandler.column("c3")).isEqualTo(2);
    }
}
