package dev.attache.glossary;

import dev.attache.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Loads glossary files, reading TBX or CSV by the file's extension (or, for other names, by its
 * content), and finds the default glossary: {@value #DEFAULT_FILE} under the working folder when
 * present, else the same termbase shipped inside the jar as {@value #RESOURCE}. ({@link
 * GlossaryFormat#write} writes one.)
 */
public final class GlossaryFiles {
    public static final String DEFAULT_FILE = "glossary/diplomatic-terms.tbx";
    public static final String RESOURCE = "dev/attache/glossary/diplomatic-terms.tbx";

    /** How the copy inside the jar is named in messages and manifests. */
    public static final String BUILT_IN = "built-in " + RESOURCE;

    /** Loads a glossary file. */
    public LoadedGlossary load(Path file) {
        return parse(file, file.toString(), read(file));
    }

    /**
     * Loads the file when one is given ({@code -g FILE}), else the default glossary seen from
     * {@code workingFolder}.
     */
    public LoadedGlossary load(Optional<Path> file, Path workingFolder) {
        return file.map(this::load).orElseGet(() -> loadDefault(workingFolder));
    }

    /** Loads the default glossary as seen from {@code workingFolder}. */
    public LoadedGlossary loadDefault(Path workingFolder) {
        Path local = workingFolder.resolve(DEFAULT_FILE);
        if (Files.isRegularFile(local)) {
            return parse(local, local.toString(), read(local));
        }
        return loadBuiltIn();
    }

    /** Loads the termbase shipped inside the jar. */
    public LoadedGlossary loadBuiltIn() {
        try (InputStream in = GlossaryFiles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + RESOURCE);
            }
            return parse(Path.of(BUILT_IN), BUILT_IN, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + " from the jar", e);
        }
    }

    private static LoadedGlossary parse(Path file, String origin, byte[] content) {
        GlossaryFormat format =
                GlossaryFormat.byExtension(file).orElseGet(() -> GlossaryFormat.sniff(content));
        ParsedGlossary parsed =
                format == GlossaryFormat.TBX
                        ? new TbxReader().read(file, content)
                        : new CsvGlossaryReader().read(file, content);
        return new LoadedGlossary(parsed.glossary(), origin, sha256(content), parsed.problems());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "no such file");
        } catch (IOException e) {
            throw new BadInputException(file, null, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of the bytes, in lower-case hex. */
    private static String sha256(byte[] content) {
        return DigestUtils.sha256Hex(content);
    }
}
