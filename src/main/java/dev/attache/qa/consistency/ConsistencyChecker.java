package dev.attache.qa.consistency;

import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The consistency check of the translated segments of one or more documents: a source translated
 * several ways, and several sources with one translation, within a language pair; and a source the
 * project memory translated otherwise ({@link #checkAgainst}). Texts are compared with their white
 * space collapsed and trimmed and their case folded, so that a difference of spacing or capitals
 * alone is not a different translation. Segments whose source has fewer than {@value #MIN_WORDS}
 * words ("Thank you.", "Mr Aliyev,") are left out: short phrases are rightly rendered differently
 * in different places.
 */
public final class ConsistencyChecker {
    /** The fewest words a source must have to be compared. */
    public static final int MIN_WORDS = 3;

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    /**
     * A group found: its first segment (where it is reported) and the finding with all its
     * segments.
     */
    public record Group(Translation first, ConsistencyFinding finding) {
        public Group {
            requireNonNull(first, "first");
            requireNonNull(finding, "finding");
        }
    }

    /**
     * The groups among {@code translations} (in the order given, which is the order of their
     * places): first the sources translated several ways, then the targets of several sources, each
     * in the order of its first segment.
     */
    public List<Group> check(List<Translation> translations) {
        List<Translation> compared =
                translations.stream().filter(t -> isLongEnough(t.source())).toList();
        List<Group> groups =
                new ArrayList<>(groups(compared, Translation::source, Translation::target, false));
        groups.addAll(groups(compared, Translation::target, Translation::source, true));
        return groups;
    }

    /**
     * The sources among {@code translations} that the project memory translated otherwise: {@code
     * remembered} gives the memory's targets of a translation's source (exact matches, its language
     * pair). One group a source, at its first segment, with the documents' variants and each of the
     * memory's others, placed at {@code memory}.
     */
    public List<Group> checkAgainst(
            List<Translation> translations,
            Function<Translation, List<String>> remembered,
            String memory) {
        Map<String, List<Translation>> bySource =
                translations.stream()
                        .filter(t -> isLongEnough(t.source()))
                        .collect(
                                groupingBy(
                                        t -> t.languages() + "\n" + key(t.source()),
                                        LinkedHashMap::new,
                                        toList()));
        List<Group> found = new ArrayList<>();
        for (List<Translation> group : bySource.values()) {
            Map<String, List<Translation>> byTarget =
                    group.stream()
                            .collect(
                                    groupingBy(t -> key(t.target()), LinkedHashMap::new, toList()));
            Map<String, String> others = new LinkedHashMap<>();
            remembered.apply(group.get(0)).stream()
                    .filter(r -> !byTarget.containsKey(key(r)))
                    .forEach(r -> others.putIfAbsent(key(r), spaced(r)));
            if (!others.isEmpty()) {
                boolean acrossFiles = group.stream().map(Translation::file).distinct().count() > 1;
                List<Variant> variants =
                        new ArrayList<>(
                                byTarget.values().stream()
                                        .map(
                                                v ->
                                                        new Variant(
                                                                spaced(v.get(0).target()),
                                                                v.stream()
                                                                        .map(
                                                                                t ->
                                                                                        place(
                                                                                                t,
                                                                                                acrossFiles))
                                                                        .toList()))
                                        .toList());
                others.values().forEach(text -> variants.add(new Variant(text, List.of(memory))));
                found.add(
                        new Group(
                                group.get(0),
                                new ConsistencyFinding(
                                        false, spaced(group.get(0).source()), variants)));
            }
        }
        return found;
    }

    /**
     * Whether {@code source} has at least {@value #MIN_WORDS} words (runs between spaces with a
     * letter or digit).
     */
    public static boolean isLongEnough(String source) {
        return SPACE.splitAsStream(source).filter(w -> WORD.matcher(w).find()).count() >= MIN_WORDS;
    }

    private static List<Group> groups(
            List<Translation> translations,
            Function<Translation, String> shared,
            Function<Translation, String> varying,
            boolean sharedTarget) {
        Map<String, List<Translation>> byShared =
                translations.stream()
                        .collect(
                                groupingBy(
                                        t -> t.languages() + "\n" + key(shared.apply(t)),
                                        LinkedHashMap::new,
                                        toList()));
        List<Group> found = new ArrayList<>();
        for (List<Translation> group : byShared.values()) {
            Map<String, List<Translation>> byVariant =
                    group.stream()
                            .collect(
                                    groupingBy(
                                            t -> key(varying.apply(t)),
                                            LinkedHashMap::new,
                                            toList()));
            if (byVariant.size() > 1) {
                boolean acrossFiles = group.stream().map(Translation::file).distinct().count() > 1;
                List<Variant> variants =
                        byVariant.values().stream()
                                .map(
                                        v ->
                                                new Variant(
                                                        spaced(varying.apply(v.get(0))),
                                                        v.stream()
                                                                .map(t -> place(t, acrossFiles))
                                                                .toList()))
                                .toList();
                found.add(
                        new Group(
                                group.get(0),
                                new ConsistencyFinding(
                                        sharedTarget,
                                        spaced(shared.apply(group.get(0))),
                                        variants)));
            }
        }
        return found;
    }

    private static String place(Translation translation, boolean withFile) {
        return withFile
                ? translation.file() + ":" + translation.segment()
                : translation.segment().toString();
    }

    private static String spaced(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String key(String text) {
        return spaced(text).toLowerCase(Locale.ROOT);
    }
}
