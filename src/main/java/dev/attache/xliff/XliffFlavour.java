package dev.attache.xliff;

import static java.util.Objects.requireNonNull;

/**
 * How to write an XLIFF file: its version, and whether empty targets are written as copies of their
 * source (in state new) for CAT tools such as OmegaT that translate only what is inside {@code
 * <target>}.
 */
public record XliffFlavour(XliffVersion version, boolean copySource) {
    public XliffFlavour {
        requireNonNull(version, "version");
    }

    public static XliffFlavour standard(XliffVersion version) {
        return new XliffFlavour(version, false);
    }
}
