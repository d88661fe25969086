package dev.attache.glossary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A light inflectional stemmer for Azerbaijani (Latin script), written for term matching because
 * neither Lucene nor Snowball has one. It expects a word lower-cased with the Azerbaijani locale
 * ({@code "İşlər"} → {@code "işlər"}).
 *
 * <p>It reads the end of a word as at most one suffix of each of these slots, in this order from
 * the end:
 *
 * <ol>
 *   <li>predicative: -dIr;
 *   <li>case: genitive -nIn/-In, locative -ndA/-dA, relative -dAkI, ablative -ndAn/-dAn, dative
 *       -nA/-yA/-A, accusative -nI, instrumental -ylA/-lA;
 *   <li>possessive: -lArI, -ImIz/-mIz, -InIz/-nIz, -sI, -Im, -I (the accusative -I after a
 *       consonant has the same shape and is removed here);
 *   <li>plural: -lAr.
 * </ol>
 *
 * {@code A} stands for a/ə and {@code I} for ı/i/u/ü. A suffix is removed only when
 *
 * <ul>
 *   <li>its vowels follow vowel harmony with the last vowel of what remains (a, ı → a, ı; o, u → a,
 *       u; e, ə, i → ə, i; ö, ü → ə, ü), so that "Rusiya" keeps its -ya (after "rusi" the dative
 *       would be -yə);
 *   <li>its buffer fits: -nIn, -nI, -yA, -ylA, -sI, -mIz, -nIz follow a vowel; -nA, -ndA, -ndAn
 *       follow the third-person possessive vowel (ı, i, u, ü); the bare vowel suffixes -A, -I, -In,
 *       -Im, -ImIz, -InIz follow a consonant;
 *   <li>what remains has at least two letters and a vowel.
 * </ul>
 *
 * When a suffix that begins with a vowel is removed, the k/q of the derivational -lIk/-lIq,
 * softened to y/ğ before it, is restored ("nazirliyi" → "nazirlik", "azadlığı" → "azadlıq").
 *
 * <p>Suffixes are ambiguous ("azərbaycanın" is "azərbaycan" + -ın, "rusiyanın" is "rusiya" + -nın;
 * "moskva" may be read as "moskv" + -a), so the stemmer gives every reading, the word itself
 * included, and two words match when their readings share one: "Moskva" and "Moskvada" share
 * "moskva".
 */
public final class AzerbaijaniStemmer {
    private static final String VOWELS = "aıoueəiöü";
    private static final String BACK_VOWELS = "aıou";
    private static final String CLOSE_VOWELS = "ıiuü";

    private enum Buffer {
        ANY,
        AFTER_VOWEL,
        AFTER_POSSESSIVE,
        AFTER_CONSONANT
    }

    private record Suffix(String template, Buffer buffer) {}

    private static final List<Suffix> PREDICATIVE = List.of(new Suffix("dIr", Buffer.ANY));
    private static final List<Suffix> CASE =
            List.of(
                    new Suffix("ndAn", Buffer.AFTER_POSSESSIVE),
                    new Suffix("dAkI", Buffer.ANY),
                    new Suffix("nIn", Buffer.AFTER_VOWEL),
                    new Suffix("ndA", Buffer.AFTER_POSSESSIVE),
                    new Suffix("dAn", Buffer.ANY),
                    new Suffix("ylA", Buffer.AFTER_VOWEL),
                    new Suffix("In", Buffer.AFTER_CONSONANT),
                    new Suffix("dA", Buffer.ANY),
                    new Suffix("nA", Buffer.AFTER_POSSESSIVE),
                    new Suffix("yA", Buffer.AFTER_VOWEL),
                    new Suffix("nI", Buffer.AFTER_VOWEL),
                    new Suffix("lA", Buffer.ANY),
                    new Suffix("A", Buffer.AFTER_CONSONANT));
    private static final List<Suffix> POSSESSIVE =
            List.of(
                    new Suffix("ImIz", Buffer.AFTER_CONSONANT),
                            new Suffix("InIz", Buffer.AFTER_CONSONANT),
                    new Suffix("lArI", Buffer.ANY), new Suffix("mIz", Buffer.AFTER_VOWEL),
                    new Suffix("nIz", Buffer.AFTER_VOWEL), new Suffix("sI", Buffer.AFTER_VOWEL),
                    new Suffix("Im", Buffer.AFTER_CONSONANT),
                            new Suffix("I", Buffer.AFTER_CONSONANT));
    private static final List<Suffix> PLURAL = List.of(new Suffix("lAr", Buffer.ANY));
    private static final List<List<Suffix>> SLOTS = List.of(PREDICATIVE, CASE, POSSESSIVE, PLURAL);

    /**
     * Every reading of a lower-cased Azerbaijani word: the word itself and each stem that the
     * suffix slots allow. A word can be read more than one way ("azərbaycanın" is "azərbaycan" +
     * -ın or "azərbayca" + -nın); the matcher compares sets, so the right reading is among them.
     */
    public Set<String> stems(String word) {
        Set<String> stems = new LinkedHashSet<>();
        collect(word, 0, stems);
        return stems;
    }

    /**
     * The part of a lower-cased word that every inflected form of it contains, for a spreadsheet's
     * {@code SEARCH}: its shortest reading of at least three letters (shorter ones, "il" of "ilə",
     * would be found anywhere), less the final k or q of a word of several syllables, which softens
     * to y or ğ before a suffix that begins with a vowel ("əməkdaşlıq" → "əməkdaşlı", found in
     * "əməkdaşlığı"; "nitq" keeps its q: "nitqi").
     */
    public String sharedPrefix(String word) {
        String shortest =
                stems(word).stream()
                        .filter(s -> s.length() >= 3)
                        .min(java.util.Comparator.comparingInt(String::length))
                        .orElse(word);
        int n = shortest.length();
        char last = shortest.charAt(n - 1);
        return (last == 'k' || last == 'q') && vowels(shortest) >= 2
                ? shortest.substring(0, n - 1)
                : shortest;
    }

    private static long vowels(String word) {
        return word.chars().filter(c -> isVowel((char) c)).count();
    }

    private static void collect(String word, int slot, Set<String> stems) {
        if (slot == SLOTS.size()) {
            stems.add(word);
            return;
        }
        collect(word, slot + 1, stems);
        for (Suffix suffix : SLOTS.get(slot)) {
            int cut = word.length() - suffix.template().length();
            if (cut < 2) {
                continue;
            }
            String rest = word.substring(0, cut);
            char lastVowel = lastVowel(rest);
            if (lastVowel != 0
                    && fits(rest, suffix.buffer())
                    && word.endsWith(instantiate(suffix.template(), lastVowel))) {
                collect(isVowel(word.charAt(cut)) ? restoreSoftenedK(rest) : rest, slot + 1, stems);
            }
        }
    }

    private static boolean fits(String rest, Buffer buffer) {
        char last = rest.charAt(rest.length() - 1);
        return switch (buffer) {
            case ANY -> true;
            case AFTER_VOWEL -> isVowel(last);
            case AFTER_POSSESSIVE -> CLOSE_VOWELS.indexOf(last) >= 0;
            case AFTER_CONSONANT -> !isVowel(last);
        };
    }

    /** Writes a suffix template out, each vowel in harmony with the one before it. */
    private static String instantiate(String template, char lastVowel) {
        StringBuilder out = new StringBuilder(template.length());
        char previous = lastVowel;
        for (char c : template.toCharArray()) {
            if (c == 'A') {
                previous = isBack(previous) ? 'a' : 'ə';
                out.append(previous);
            } else if (c == 'I') {
                previous =
                        switch (previous) {
                            case 'a', 'ı' -> 'ı';
                            case 'o', 'u' -> 'u';
                            case 'ö', 'ü' -> 'ü';
                            default -> 'i';
                        };
                out.append(previous);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * "nazirliy" (before -i) → "nazirlik", "azadlığ" → "azadlıq": the -lIk/-lIq softened before a
     * vowel.
     */
    private static String restoreSoftenedK(String rest) {
        int n = rest.length();
        if (n < 4 || rest.charAt(n - 3) != 'l' || CLOSE_VOWELS.indexOf(rest.charAt(n - 2)) < 0) {
            return rest;
        }
        boolean back = isBack(rest.charAt(n - 2));
        char last = rest.charAt(n - 1);
        if (back && last == 'ğ') {
            return rest.substring(0, n - 1) + 'q';
        }
        if (!back && last == 'y') {
            return rest.substring(0, n - 1) + 'k';
        }
        return rest;
    }

    private static char lastVowel(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (isVowel(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean isBack(char vowel) {
        return BACK_VOWELS.indexOf(vowel) >= 0;
    }
}
