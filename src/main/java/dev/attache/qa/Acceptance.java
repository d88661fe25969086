package dev.attache.qa;

import static java.util.Objects.requireNonNull;

import dev.attache.model.Note;
import dev.attache.model.SegmentId;
import dev.attache.model.TranslationDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reviser's word that the findings of one check on one segment are intended: kept in the XLIFF as
 * a note on the unit, from {@value #NOTE_AUTHOR}, {@code p5.s2: accepted numbers (by anna,
 * 2026-12-07T17:05:00Z; target 3f9a0c12d4e5b6a7)}. It holds while the target is the one accepted
 * (the first 16 hex digits of its SHA-256): a changed target is checked afresh.
 *
 * @param target the digest of the target accepted
 */
public record Acceptance(SegmentId segment, QaCheck check, String by, Instant at, String target) {
    /** The author of acceptance notes. */
    public static final String NOTE_AUTHOR = "reviser";

    private static final Pattern TEXT =
            Pattern.compile("(\\S+): accepted (\\S+) \\(by (.+), (\\S+); target ([0-9a-f]{16})\\)");

    public Acceptance {
        requireNonNull(segment, "segment");
        requireNonNull(check, "check");
        requireNonNull(at, "at");
        if (by == null || by.isBlank() || by.contains(",")) {
            throw new IllegalArgumentException(
                    "an acceptance needs who gave it, without a comma: '" + by + "'");
        }
        if (target == null || !target.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("not a target digest: '" + target + "'");
        }
    }

    /**
     * {@code by}'s acceptance, at {@code at}, of the {@code check} findings on {@code segment}'s
     * {@code target}.
     */
    public static Acceptance of(
            SegmentId segment, QaCheck check, String by, Instant at, String target) {
        return new Acceptance(segment, check, by, at, digest(target));
    }

    /** The acceptances recorded in {@code document}'s notes. */
    public static List<Acceptance> in(TranslationDocument document) {
        return document.units().stream()
                .flatMap(u -> u.notes().stream())
                .map(Acceptance::read)
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The acceptance a note records, if it is one (a note from {@value #NOTE_AUTHOR} in the form
     * above).
     */
    public static Optional<Acceptance> read(Note note) {
        if (!note.from().equals(NOTE_AUTHOR)) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(note.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new Acceptance(
                            SegmentId.parse(m.group(1)),
                            QaCheck.of(m.group(2)),
                            m.group(3),
                            Instant.parse(m.group(4)),
                            m.group(5)));
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    public Note toNote() {
        return new Note(
                NOTE_AUTHOR,
                "%s: accepted %s (by %s, %s; target %s)"
                        .formatted(segment, check.id(), by, at, target));
    }

    /**
     * Whether it covers a finding of {@code findingCheck} on {@code findingSegment} whose target is
     * {@code text}.
     */
    public boolean covers(SegmentId findingSegment, String findingCheck, String text) {
        return segment.equals(findingSegment)
                && check.id().equals(findingCheck)
                && target.equals(digest(text));
    }

    private static String digest(String text) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
