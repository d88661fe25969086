package dev.attache;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A file a command writes: never one of its inputs, and an existing one only when asked ({@code
 * --force}), keeping it as {@code .bak}. Written atomically.
 */
public record OutputFile(Path path, boolean replace) {
    public OutputFile {
        requireNonNull(path, "path");
    }

    /**
     * Refuses, before anything is written, an output that is one of the inputs or that exists
     * unasked.
     */
    public OutputFile checkedAgainst(List<Path> inputs) {
        notAmong(inputs);
        if (Files.exists(path) && !replace) {
            throw new BadInputException(
                    path,
                    "exists: run again with --force to replace it (the old one is then "
                            + "kept as .bak)");
        }
        return this;
    }

    /**
     * Refuses, before anything is written, an output that is one of the inputs, whatever {@code
     * --force} says.
     */
    public OutputFile notAmong(List<Path> inputs) {
        Path normalized = path.toAbsolutePath().normalize();
        if (inputs.stream().anyMatch(i -> i.toAbsolutePath().normalize().equals(normalized))) {
            throw new BadInputException(
                    path, "is an input of this command: write the output to another file");
        }
        return this;
    }

    public void write(AtomicFile.Content content) {
        new AtomicFile(path).write(content, Files.exists(path));
    }
}
