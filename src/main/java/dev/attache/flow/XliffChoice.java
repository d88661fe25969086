package dev.attache.flow;

import static java.util.Objects.requireNonNull;

import dev.attache.xliff.XliffFlavour;
import dev.attache.xliff.XliffVersion;
import java.util.Optional;

/**
 * The XLIFF asked for on the command line: a version ({@code --xliff-version}; without it, the
 * version of the file being replaced, else 1.2) and whether empty targets are written as copies of
 * their source ({@code --copy-source}).
 */
public record XliffChoice(Optional<XliffVersion> version, boolean copySource) {
    public XliffChoice {
        requireNonNull(version, "version");
    }

    /** No version asked for, no copies: files keep their version, new ones are 1.2. */
    public static XliffChoice unchanged() {
        return new XliffChoice(Optional.empty(), false);
    }

    /**
     * The flavour to write a file in that is in version {@code existing} now (empty: a new file).
     */
    XliffFlavour flavourFor(Optional<XliffVersion> existing) {
        return new XliffFlavour(version.or(() -> existing).orElse(XliffVersion.V1_2), copySource);
    }
}
