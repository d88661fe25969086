package dev.attache.qa.numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Compares the mentions of a source and its target as multisets, both ways, mention to mention:
 * each source mention takes an equal target mention (the same amount, date or time), or failing
 * that the same amount where one side leaves the unit understood (100 million dollars, "100 млн"),
 * or a date that agrees as far as both go (December 2021, "Dekabr": a rendering may leave the year
 * understood, never change it). What is left is paired in text order, a source mention with a
 * target mention of the same sort (amount, date, time), numbers in digits first: each pair is a
 * wrong number, each unpaired one missing or extra, except a number spelled out in words ("first",
 * "один", "bir"), which a translator may drop or add ("both" as "обе") and which is reported only
 * in a pair. Before that pairing, a year or a dated day on one side takes a "this year" or "today"
 * on the other ({@link DeicticTime}); the words left are dropped.
 */
final class MentionComparer {
    private static final BiPredicate<Mention, Mention> EQUAL =
            (s, t) -> s.quantity().equals(t.quantity());
    private static final BiPredicate<Mention, Mention> UNIT_UNDERSTOOD =
            (s, t) ->
                    s.quantity() instanceof Amount a
                            && t.quantity() instanceof Amount b
                            && a.bare().equals(b.bare())
                            && (a.unit().isEmpty() || b.unit().isEmpty());
    private static final BiPredicate<Mention, Mention> DATE_AGREES =
            (s, t) ->
                    s.quantity() instanceof CalendarDate a
                            && t.quantity() instanceof CalendarDate b
                            && a.agrees(b);
    private static final BiPredicate<Mention, Mention> SAME_SORT =
            (s, t) -> s.quantity().getClass() == t.quantity().getClass();

    List<NumberFinding> compare(List<Mention> source, List<Mention> target) {
        if (source.isEmpty() && target.isEmpty()) {
            return List.of(); // most sentences: nothing to pair
        }
        List<Mention> sourceLeft = new ArrayList<>(source);
        List<Mention> targetLeft = new ArrayList<>(target);
        match(sourceLeft, targetLeft, EQUAL);
        match(sourceLeft, targetLeft, UNIT_UNDERSTOOD);
        match(sourceLeft, targetLeft, DATE_AGREES);
        resolveDeictic(sourceLeft, targetLeft);
        resolveDeictic(targetLeft, sourceLeft);
        sourceLeft.removeIf(m -> m.quantity() instanceof DeicticTime);
        targetLeft.removeIf(m -> m.quantity() instanceof DeicticTime);
        Comparator<Mention> digitsFirst = Comparator.comparing(Mention::spelledOut);
        sourceLeft.sort(digitsFirst);
        targetLeft.sort(digitsFirst);
        List<NumberFinding> findings = new ArrayList<>();
        for (Mention expected : sourceLeft) {
            Optional<Mention> found =
                    targetLeft.stream().filter(t -> SAME_SORT.test(expected, t)).findFirst();
            found.ifPresent(targetLeft::remove);
            if (found.isPresent() || !expected.spelledOut()) {
                findings.add(new NumberFinding(Optional.of(expected), found));
            }
        }
        targetLeft.stream()
                .filter(t -> !t.spelledOut())
                .forEach(
                        extra ->
                                findings.add(
                                        new NumberFinding(Optional.empty(), Optional.of(extra))));
        return findings;
    }

    /**
     * Pairs the years or dated days left on one side with the "this year" or "today" left on the
     * other, in text order, when the side with the years has no such words left and the other no
     * year or dated day: so "this year" and 2023 never swap places to hide a wrong year.
     */
    private static void resolveDeictic(List<Mention> withTimes, List<Mention> withWords) {
        if (withTimes.isEmpty() || withWords.isEmpty()) {
            return;
        }
        for (DeicticTime.Reach reach : DeicticTime.Reach.values()) {
            DeicticTime words = new DeicticTime(reach);
            boolean plain =
                    withTimes.stream().noneMatch(m -> m.quantity().equals(words))
                            && withWords.stream().noneMatch(m -> words.standsFor(m.quantity()));
            if (plain) {
                match(
                        withTimes,
                        withWords,
                        (time, word) ->
                                word.quantity().equals(words) && words.standsFor(time.quantity()));
            }
        }
    }

    /**
     * Removes from both lists each source mention and the first target mention that {@code same}
     * pairs with it.
     */
    private static void match(
            List<Mention> source, List<Mention> target, BiPredicate<Mention, Mention> same) {
        if (source.isEmpty() || target.isEmpty()) {
            return;
        }
        for (Mention s : List.copyOf(source)) {
            target.stream()
                    .filter(t -> same.test(s, t))
                    .findFirst()
                    .ifPresent(
                            t -> {
                                target.remove(t);
                                source.remove(s);
                            });
        }
    }
}
