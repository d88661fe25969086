package dev.attache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An OmegaT 3.6 project (en → ru) in a test's folder, for the CAT-tool round trips: the file is
 * segmented already, so OmegaT's own sentence segmentation is off; {@code tm/auto} holds the memory
 * OmegaT translates from.
 */
public record OmegaTProject(Path folder) {
    private static final String PROJECT =
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <omegat>
                <project version="1.0">
                    <source_dir>__DEFAULT__</source_dir>
                    <target_dir>__DEFAULT__</target_dir>
                    <tm_dir>__DEFAULT__</tm_dir>
                    <glossary_dir>__DEFAULT__</glossary_dir>
                    <glossary_file>__DEFAULT__</glossary_file>
                    <dictionary_dir>__DEFAULT__</dictionary_dir>
                    <source_lang>en</source_lang>
                    <target_lang>ru</target_lang>
                    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
                    <target_tok>org.omegat.tokenizer.LuceneRussianTokenizer</target_tok>
                    <sentence_seg>false</sentence_seg>
                    <support_default_translations>true</support_default_translations>
                    <remove_tags>false</remove_tags>
                </project>
            </omegat>
            """;

    /** Makes the project's folders and its {@code omegat.project} in {@code dir/omegat-project}. */
    public static OmegaTProject in(Path dir) throws IOException {
        Path folder = dir.resolve("omegat-project");
        for (String sub :
                List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat")) {
            Files.createDirectories(folder.resolve(sub));
        }
        Files.writeString(folder.resolve("omegat.project"), PROJECT, StandardCharsets.UTF_8);
        return new OmegaTProject(folder);
    }

    /** The TMX OmegaT translates from. */
    public Path memory() {
        return folder.resolve("tm/auto/memory.tmx");
    }

    public Path source(String name) {
        return folder.resolve("source").resolve(name);
    }

    public Path target(String name) {
        return folder.resolve("target").resolve(name);
    }

    /**
     * Runs OmegaT's console mode on the project: every source file is translated into {@code
     * target/}.
     */
    public void translate(InstalledApplication omegat, Path workingDir)
            throws IOException, InterruptedException {
        InstalledApplication.run(
                List.of(omegat.command(), folder.toString(), "--mode=console-translate"),
                workingDir);
    }
}
