package dev.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.InstalledApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;

/**
 * Debian's {@code chromium} in headless mode, rendering a local page: its DOM after loading ({@code
 * --dump-dom}) or a screenshot, with the page's console messages (Content-Security-Policy
 * violations among them) from Chromium's log. Each run gets a profile of its own in {@code
 * workDir}.
 */
record HeadlessChromium(Path workDir) {
    private static final long TIMEOUT_SECONDS = 120;
    static final int WINDOW_WIDTH = 1000;
    static final int WINDOW_HEIGHT = 1400;

    /** What Chromium printed: the document (for {@code --dump-dom}) and its log. */
    record Output(String stdout, String log) {
        /** The page's console messages, one a line. */
        List<String> consoleMessages() {
            return log.lines().filter(line -> line.contains(":CONSOLE")).toList();
        }
    }

    /**
     * Chromium, or the test is skipped (failed under ATTACHE_REQUIRE_APPS=1) where it is not
     * installed.
     */
    static HeadlessChromium require(Path workDir) {
        InstalledApplication.require("chromium", "chromium");
        return new HeadlessChromium(workDir);
    }

    Output dumpDom(Path page) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", page.toUri().toString()));
    }

    Output screenshot(Path page, Path png) throws IOException, InterruptedException {
        return run(
                List.of(
                        "--force-device-scale-factor=1",
                        "--hide-scrollbars",
                        "--window-size=" + WINDOW_WIDTH + "," + WINDOW_HEIGHT,
                        "--screenshot=" + png,
                        page.toUri().toString()));
    }

    private Output run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        Path stdout = Files.createTempFile(workDir, "chromium", ".out");
        Path log = Files.createTempFile(workDir, "chromium", ".log");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                "chromium",
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--no-first-run",
                                "--user-data-dir=" + profile,
                                "--enable-logging=stderr",
                                "--v=0"));
        command.addAll(arguments);
        Process process =
                new ProcessBuilder(command)
                        .directory(workDir.toFile())
                        .redirectOutput(stdout.toFile())
                        .redirectError(log.toFile())
                        .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                Assertions.fail(command + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String logText = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(command + " said:\n" + logText).isZero();
        return new Output(Files.readString(stdout, StandardCharsets.UTF_8), logText);
    }
}
