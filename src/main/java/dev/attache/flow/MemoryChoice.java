package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.memory.ProjectMemory;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which memory a flow leverages: the default one when it exists ({@code tm/}), a named one that
 * must, or none.
 */
public sealed interface MemoryChoice {
    /**
     * Opens the chosen memory; empty for {@link None} and for a default memory that does not exist.
     */
    Optional<ProjectMemory> open();

    /** The project's memory, used when the folder holds one. */
    record Default(Path folder) implements MemoryChoice {
        public Default {
            requireNonNull(folder, "folder");
        }

        @Override
        public Optional<ProjectMemory> open() {
            return ProjectMemory.exists(folder)
                    ? Optional.of(ProjectMemory.open(folder))
                    : Optional.empty();
        }
    }

    /** A memory the user named ({@code --tm DIR}): it must exist. */
    record Named(Path folder) implements MemoryChoice {
        public Named {
            requireNonNull(folder, "folder");
        }

        @Override
        public Optional<ProjectMemory> open() {
            return Optional.of(ProjectMemory.open(folder));
        }
    }

    /** No memory ({@code --no-tm}). */
    record None() implements MemoryChoice {
        @Override
        public Optional<ProjectMemory> open() {
            return Optional.empty();
        }
    }
}
