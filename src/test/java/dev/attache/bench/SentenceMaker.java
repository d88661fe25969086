package dev.attache.bench;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes the sentences of a generated transcript from templates in the register of the shipped one.
 * A template's slots: {@code {N}} a person ("Sergey Lavrov", "Mr. Bayramov", "President Vladimir
 * Putin"), {@code {S}} a surname, {@code {T}} a glossary term inside the sentence, {@code {C}} one
 * opening it, {@code {PL}} one in the plural, {@code {P}} a possessive, {@code {Y}} a year, {@code
 * {D}} a number, {@code {O}} an ordinal, {@code {H}} an hour, {@code {A}} a phrase with an
 * abbreviation ("e.g. in Baku and Moscow", "Resolution No. 5", "the U.S. side").
 */
final class SentenceMaker {
    private static final List<String> TEMPLATES =
            List.of(
                    "{N} noted that {T} had reached a new level in {Y}.",
                    "{C} remains a priority for both of our countries, {A}.",
                    "We discussed {T} and {T} at length, {A}.",
                    "In {Y}, we marked the {O} anniversary of {T}.",
                    "{P} visit to the Russian Federation in {Y} charted ways to advance {T}.",
                    "As {N} has repeatedly said, we welcome all efforts aiming to strengthen {T} and {T}.",
                    "Bilateral trade grew by {D} per cent in {Y}, and {T} is a highlight of this work.",
                    "Several {PL} are underway, and these projects will have bilateral, regional and even global significance.",
                    "Will {T} help us make headway before the end of {Y}?",
                    "I am convinced that {T} will once again emphasise the special sympathy between our peoples!",
                    "The talks began at {H} a.m. and ended at {H} p.m., with {N} taking part via videoconference.",
                    "{N} and {N} signed {D} documents on {T}, {A}.",
                    "Our experts met {D} times in {Y} to prepare the next steps on {T} and {PL}.",
                    "We appreciate the personal attention of {N} to {T} and to the Russian language.",
                    "Many of our international colleagues, {A}, are very interested in {T}.",
                    "The U.S. side has repeatedly commented on {T}, but we follow our own agenda.",
                    "Agreement No. {D} on {T} was signed in Baku on {H} February {Y}.",
                    "This includes regular contacts between {N} and {N}, and contacts between our prime ministers.",
                    "Dr. {S} presented a report on {T} to {T} at {H} a.m. on Monday.",
                    "{C} and {T} were at the centre of our discussion with {N}.",
                    "Certainly, {T} is a topical issue of our bilateral relations and of multilateral relations.",
                    "We are planning an entire series of events, e.g. exhibitions and concerts, to celebrate {T}.",
                    "Mr. {S} and I maintain close contacts, both in person and via videoconference, on {T}.",
                    "Practical cooperation continues to develop effectively, and {P} role in it is well known.",
                    "The {O} meeting of the intergovernmental commission, i.e. the one held in {Y}, dealt with {PL}.");
    private static final List<String> PEOPLE =
            List.of(
                    "Sergey Lavrov",
                    "Ilham Aliyev",
                    "Jeyhun Bayramov",
                    "Vladimir Putin",
                    "Heydar Aliyev");
    private static final List<String> TITLES =
            List.of("Foreign Minister", "President", "Mr.", "Mr", "Minister");
    private static final List<String> ABBREVIATED =
            List.of(
                    "e.g. in Baku and Moscow",
                    "as Resolution No. {D} says",
                    "i.e. in the interests of our states",
                    "as the U.S. State Department admits",
                    "as Dr. {S} wrote in {Y}",
                    "whatever the U.K. Government may think",
                    "as agreed at 10 a.m. today",
                    "as stated in Art. {D} of the Charter",
                    "e.g. at the U.N. General Assembly",
                    "including the partners of Mr. {S}");
    private static final List<String> ORDINALS =
            List.of("5th", "10th", "25th", "30th", "100th", "first", "second");

    private final GlossaryTermForms terms;
    private final RandomGenerator random;

    SentenceMaker(GlossaryTermForms terms, RandomGenerator random) {
        this.terms = terms;
        this.random = random;
    }

    /**
     * A sentence from a template, capitalised like any sentence (a slot may open it with a
     * lower-case term).
     */
    String sentence() {
        String sentence = fill(TEMPLATES.get(random.nextInt(TEMPLATES.size())));
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() * 2);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(slot(template.substring(i + 1, close)));
            i = close + 1;
        }
        return out.toString();
    }

    private String slot(String name) {
        return switch (name) {
            case "N" -> person();
            case "S" -> surname();
            case "T" -> terms.inSentence(random);
            case "C" -> terms.atSentenceStart(random);
            case "PL" -> terms.plural(random);
            case "P" -> random.nextBoolean() ? terms.possessive(random) : person() + "'s";
            case "Y" -> Integer.toString(1991 + random.nextInt(33));
            case "D" -> Integer.toString(2 + random.nextInt(98));
            case "O" -> ORDINALS.get(random.nextInt(ORDINALS.size()));
            case "H" -> Integer.toString(1 + random.nextInt(11));
            case "A" -> fill(ABBREVIATED.get(random.nextInt(ABBREVIATED.size())));
            default -> throw new IllegalArgumentException("no slot {" + name + "}");
        };
    }

    private String person() {
        String name = PEOPLE.get(random.nextInt(PEOPLE.size()));
        return switch (random.nextInt(3)) {
            case 0 -> name;
            case 1 -> TITLES.get(random.nextInt(TITLES.size())) + " " + name;
            default -> "Mr. " + name.substring(name.indexOf(' ') + 1);
        };
    }

    private String surname() {
        String name = PEOPLE.get(random.nextInt(PEOPLE.size()));
        return name.substring(name.indexOf(' ') + 1);
    }
}
