package dev.attache.transcript;

import static java.util.Objects.requireNonNull;

import dev.attache.DataFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of speaker labels besides the names, kept as data in {@code speaker-words.tsv} beside
 * this class: roles ({@code Question}, {@code Q}), title words that may stand before a name ({@code
 * President}, {@code Russia}), joiners inside a title ({@code of}, {@code the}) and particles
 * inside a name ({@code oglu}), each with a real label that holds it. {@link #parse} reads a label
 * with them: a role, or title words and then a name of one to {@value #NAME_WORDS_MAX} capitalised
 * words (initials, hyphens and apostrophes allowed), whose person is the name.
 */
final class SpeakerWords {
    static final int NAME_WORDS_MAX = 4;
    private static final String RESOURCE = "speaker-words.tsv";
    private static final Pattern NAME_WORD =
            Pattern.compile(
                    "(?:\\p{Lu}\\.\\s?)*\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*|(?:\\p{Lu}\\.)+");

    /** A number before a role: "1. Question". */
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\.\\s+");

    /** A name and its affiliation: capitalised words after a comma or "from". */
    private static final Pattern AFFILIATION =
            Pattern.compile(
                    "(.+?)(?:,| from) (?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*)(?: (?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*|of|the|and))*");

    private static final SpeakerWords SHIPPED = load();

    enum Kind {
        ROLE,
        TITLE,
        JOINER,
        PARTICLE
    }

    /**
     * A label read: its title words (empty for a role or a bare name), and the person's name (empty
     * for a role); {@code nameWords} counts the capitalised words of the name.
     */
    record Label(String text, String title, Optional<String> person, int nameWords) {
        Label {
            requireNonNull(text, "text");
            requireNonNull(title, "title");
            requireNonNull(person, "person");
        }
    }

    private final Map<String, Kind> words;

    private SpeakerWords(Map<String, Kind> words) {
        this.words = Map.copyOf(words);
    }

    static SpeakerWords shipped() {
        return SHIPPED;
    }

    /**
     * The label {@code text} reads as, if it is one (without its colon): a role, optionally
     * numbered ({@code 1. Question}), or title words, a name, and optionally the name's affiliation
     * after a comma or "from" ({@code Tofig Abbasov, Azerbaijan Television}, {@code Rufat Hamzayev
     * from Azerbaijan Television}).
     */
    Optional<Label> parse(String text) {
        String role = NUMBERED.matcher(text).replaceFirst("");
        if (words.get(role) == Kind.ROLE) {
            return Optional.of(new Label(text, "", Optional.empty(), 0));
        }
        Matcher affiliated = AFFILIATION.matcher(text);
        String named = affiliated.matches() ? affiliated.group(1) : text;
        String[] tokens = named.split(" ", -1);
        int name = 0;
        while (name < tokens.length
                && (words.get(tokens[name]) == Kind.TITLE
                        || name > 0 && words.get(tokens[name]) == Kind.JOINER)) {
            name++;
        }
        if (name > 0 && words.get(tokens[name - 1]) == Kind.JOINER) {
            return Optional.empty();
        }
        int capitalised = 0;
        for (int i = name; i < tokens.length; i++) {
            boolean particle =
                    words.get(tokens[i]) == Kind.PARTICLE && i > name && i < tokens.length - 1;
            if (!particle && !NAME_WORD.matcher(tokens[i]).matches()) {
                return Optional.empty();
            }
            capitalised += particle ? 0 : 1;
        }
        if (capitalised == 0 || capitalised > NAME_WORDS_MAX) {
            return Optional.empty();
        }
        String title = String.join(" ", List.of(tokens).subList(0, name));
        String person = String.join(" ", List.of(tokens).subList(name, tokens.length));
        return Optional.of(new Label(text, title, Optional.of(person), capitalised));
    }

    private static SpeakerWords load() {
        List<DataFile.Row> rows = DataFile.read(SpeakerWords.class, RESOURCE).rows();
        Map<String, Kind> words = new HashMap<>();
        List<String> examples = new ArrayList<>();
        for (DataFile.Row row : rows.subList(1, rows.size())) {
            String[] cells = row.text().split("\t", -1);
            if (cells.length != 4 || !(" " + cells[2] + " ").contains(" " + cells[0] + " ")) {
                throw new IllegalStateException(
                        RESOURCE
                                + ": a row needs 4 cells separated by tabs, and an "
                                + "example that holds its word: "
                                + row.text());
            }
            words.put(cells[0], Kind.valueOf(cells[1].toUpperCase(java.util.Locale.ROOT)));
            examples.add(cells[2]);
        }
        SpeakerWords loaded = new SpeakerWords(words);
        for (String example : examples) {
            if (loaded.parse(example).isEmpty()) {
                throw new IllegalStateException(
                        RESOURCE + ": the example '" + example + "' is no label");
            }
        }
        return loaded;
    }
}
