package dev.attache.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fills every target of a worksheet the way a spreadsheet does it: LibreOffice Calc, driven through
 * UNO by {@code src/test/resources/dev/attache/bench/fill_all_targets.py} (one setDataArray on the
 * Target column, one on Status, stored as .xlsx by Calc's "Calc MS Excel 2007 XML" filter). Not
 * timed as a scenario; its time is reported.
 */
record WorksheetFill(Path script, long timeoutSeconds) {
    static final Path SCRIPT = Path.of("src/test/resources/dev/attache/bench/fill_all_targets.py");

    /** The outcome: the seconds it took, and the script's line (or why it failed). */
    record Outcome(boolean ok, double seconds, String log) {}

    Outcome fill(Path prepared, Path filled, Path workDir)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Files.createDirectories(filled.toAbsolutePath().getParent());
        Path log = workDir.resolve("fill.log");
        long start = System.nanoTime();
        Process process =
                new ProcessBuilder(
                                List.of(
                                        "/usr/bin/python3",
                                        script.toAbsolutePath().toString(),
                                        prepared.toAbsolutePath().toString(),
                                        filled.toAbsolutePath().toString()))
                        .directory(workDir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        boolean finished = CommandRun.waitOrKill(process, timeoutSeconds);
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8).strip();
        boolean ok = finished && process.exitValue() == 0 && Files.isRegularFile(filled);
        return new Outcome(
                ok,
                seconds,
                finished ? output : "timed out after " + timeoutSeconds + " s\n" + output);
    }
}
