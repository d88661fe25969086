package dev.attache.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one command line in a fresh process, in a working folder, to its end or its timeout, and
 * measures it: wall time from start to exit (System.nanoTime around the process), and the peak
 * resident set size of the process.
 *
 * <p>Peak RSS: where GNU time is installed ({@code /usr/bin/time}), the command runs under {@code
 * /usr/bin/time -f %M -o FILE}, which reports the child's {@code ru_maxrss} from {@code wait4} once
 * it has exited, so nothing is missed. Without it, the command runs directly and its {@code VmHWM}
 * (the kernel's own high-water mark of the RSS) is read from {@code /proc/PID/status} every 50 ms;
 * the last reading before exit is at most 50 ms old.
 *
 * <p>Standard output and error go to {@code stdout.txt} and {@code stderr.txt} in the working
 * folder.
 */
record CommandRun(
        List<String> commandLine, Path workDir, Set<Integer> expectedExits, long timeoutSeconds) {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final int TAIL_BYTES = 2_000;

    CommandRun {
        commandLine = List.copyOf(commandLine);
        expectedExits = Set.copyOf(expectedExits);
    }

    static String rssMethod() {
        return Files.isExecutable(GNU_TIME)
                ? "GNU time -f %M (ru_maxrss of the process, from wait4)"
                : "VmHWM from /proc/PID/status, sampled every 50 ms";
    }

    Measurement measure() throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path timeFile = workDir.resolve("time.txt");
        Path stderr = workDir.resolve("stderr.txt");
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        List<String> line = new ArrayList<>();
        if (gnuTime) {
            line.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", timeFile.toString()));
        }
        line.addAll(commandLine);
        long start = System.nanoTime();
        Process process =
                new ProcessBuilder(line)
                        .directory(workDir.toFile())
                        .redirectOutput(workDir.resolve("stdout.txt").toFile())
                        .redirectError(stderr.toFile())
                        .start();
        AtomicLong sampledKb = new AtomicLong();
        Thread sampler = gnuTime ? null : startSampler(process, sampledKb);
        boolean finished = waitOrKill(process, timeoutSeconds);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (sampler != null) {
            sampler.join();
        }
        long peakKb = gnuTime ? gnuTimeKb(timeFile) : sampledKb.get();
        int exit = process.exitValue();
        return new Measurement(
                seconds, peakKb, exit, failure(finished, exit, stderr), headAndTail(stderr));
    }

    /**
     * Waits for the process; when it outlasts the timeout, kills it and all it started, and says it
     * did not finish.
     */
    static boolean waitOrKill(Process process, long timeoutSeconds) throws InterruptedException {
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        return finished;
    }

    private String failure(boolean finished, int exit, Path stderr) throws IOException {
        if (!finished) {
            return "timed out (" + timeoutSeconds + " s)";
        }
        if (expectedExits.contains(exit)) {
            return "";
        }
        return ranOutOfMemory(stderr) ? "exit " + exit + " / OutOfMemoryError" : "exit " + exit;
    }

    private static Thread startSampler(Process process, AtomicLong peakKb) {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        Thread sampler =
                new Thread(
                        () -> {
                            while (process.isAlive()) {
                                try {
                                    for (String line :
                                            Files.readAllLines(status, StandardCharsets.UTF_8)) {
                                        if (line.startsWith("VmHWM:")) {
                                            peakKb.accumulateAndGet(
                                                    Long.parseLong(line.replaceAll("\\D", "")),
                                                    Math::max);
                                        }
                                    }
                                    Thread.sleep(50);
                                } catch (IOException | InterruptedException e) {
                                    return; // the process is gone
                                }
                            }
                        },
                        "vmhwm-sampler");
        sampler.setDaemon(true);
        sampler.start();
        return sampler;
    }

    /**
     * GNU time's file: "Command exited with non-zero status 1" or "Command terminated by signal 9"
     * may come first.
     */
    private static long gnuTimeKb(Path timeFile) throws IOException {
        if (!Files.exists(timeFile)) {
            return 0;
        }
        List<String> lines = Files.readAllLines(timeFile, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).strip().matches("\\d+")) {
                return Long.parseLong(lines.get(i).strip());
            }
        }
        return 0;
    }

    /**
     * The whole of stderr is read: a command may print thousands of findings before it runs out of
     * heap.
     */
    private static boolean ranOutOfMemory(Path stderr) throws IOException {
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(
                                Files.newInputStream(stderr), StandardCharsets.UTF_8))) {
            return in.lines().anyMatch(line -> line.contains("OutOfMemoryError"));
        }
    }

    /** The start of stderr (where the error is named) and its end, for the console. */
    private static String headAndTail(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (in.length() <= 2L * TAIL_BYTES) {
                byte[] all = new byte[(int) in.length()];
                in.readFully(all);
                return new String(all, StandardCharsets.UTF_8);
            }
            byte[] head = new byte[TAIL_BYTES];
            in.readFully(head);
            byte[] tail = new byte[TAIL_BYTES];
            in.seek(in.length() - TAIL_BYTES);
            in.readFully(tail);
            return new String(head, StandardCharsets.UTF_8)
                    + "\n[…]\n"
                    + new String(tail, StandardCharsets.UTF_8);
        }
    }
}
