package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.glossary.GlossaryFiles;
import dev.attache.glossary.LoadedGlossary;
import java.nio.file.Path;
import java.util.Optional;

/** Which glossary a flow applies: the default one, a named file, or none. */
public sealed interface GlossaryChoice {
    /** Loads the chosen glossary; empty for {@link None}. */
    Optional<LoadedGlossary> load();

    /**
     * {@code glossary/diplomatic-terms.tbx} in the working folder when present, else the built-in
     * termbase.
     */
    record Default(Path workingFolder) implements GlossaryChoice {
        public Default {
            requireNonNull(workingFolder, "workingFolder");
        }

        @Override
        public Optional<LoadedGlossary> load() {
            return Optional.of(new GlossaryFiles().loadDefault(workingFolder));
        }
    }

    /** A TBX or CSV file the user named. */
    record FromFile(Path file) implements GlossaryChoice {
        public FromFile {
            requireNonNull(file, "file");
        }

        @Override
        public Optional<LoadedGlossary> load() {
            return Optional.of(new GlossaryFiles().load(file));
        }
    }

    /** No glossary at all. */
    record None() implements GlossaryChoice {
        @Override
        public Optional<LoadedGlossary> load() {
            return Optional.empty();
        }
    }
}
