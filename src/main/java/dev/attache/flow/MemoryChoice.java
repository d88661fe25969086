package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.memory.TranslationMemory;
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
    Optional<TranslationMemory> open();

    /** The project's memory, used when the folder holds one. */
    record Default(Path folder) implements MemoryChoice {
        public Default {
            requireNonNull(folder, "folder");
        }

        @Override
        public Optional<TranslationMemory> open() {
            return TranslationMemory.exists(folder)
                    ? Optional.of(TranslationMemory.open(folder))
                    : Optional.empty();
        }
    }

    /** A memory the user named ({@code --tm DIR}): it must exist. */
    record Named(Path folder) implements MemoryChoice {
        public Named {
            requireNonNull(folder, "folder");
        }

        @Override
        public Optional<TranslationMemory> open() {
            return Optional.of(TranslationMemory.open(folder));
        }
    }

    /** No memory ({@code --no-tm}). */
    record None() implements MemoryChoice {
        @Override
        public Optional<TranslationMemory> open() {
            return Optional.empty();
        }
    }
}
