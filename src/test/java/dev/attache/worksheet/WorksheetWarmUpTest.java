package dev.attache.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up makes every kind of part a worksheet has (a failure there would only be swallowed at
 * run time, so it is caught here) and leaves nothing behind: its streamed sheet's temporary file is
 * gone.
 */
class WorksheetWarmUpTest {
    @TempDir Path poiTemp;

    @AfterEach
    void restorePoiTempFolder() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void makesAWorkbookWithEveryKindOfPartAndLeavesNoFile() throws IOException {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiTemp.toFile()));

        WorksheetWarmUp.warmUp();

        try (Stream<Path> left = Files.walk(poiTemp)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
