package dev.attache.align;

import java.util.Locale;
import java.util.Optional;

/**
 * The key of a name across scripts: the capitalised word in Latin letters (Russian Cyrillic and
 * Azerbaijani letters transliterated), its vowels, {@code y}, {@code j} and {@code w} dropped,
 * {@code c} read as {@code k} and {@code h} as {@code g} (Heydar, Гейдар), and the first three
 * consonants kept: "Lavrov", "Лаврова" and "Lavrovu" are all {@code lvr}; "Aliyev", "Алиевым" and
 * "Əliyev" are {@code lv}; "Azerbaijan", "Азербайджана" and "Azərbaycan" are {@code zrb}. A key of
 * fewer than two consonants is no key.
 */
record NameKey(String key) {
    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] LATIN = {
        "a", "b", "v", "g", "d", "e", "e", "j", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
        "s", "t", "u", "f", "g", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"
    };
    private static final int CONSONANTS = 3;

    static Optional<NameKey> of(String word) {
        StringBuilder latin = new StringBuilder();
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            int cyrillic = CYRILLIC.indexOf(c);
            latin.append(cyrillic >= 0 ? LATIN[cyrillic] : azerbaijani(c));
        }
        String read =
                latin.toString()
                        .replace("dzh", "j")
                        .replace("kh", "g")
                        .replace("ch", "c")
                        .replace("sh", "s")
                        .replace("ts", "s")
                        .replace('x', 'g')
                        .replace('q', 'g')
                        .replace('c', 'k')
                        .replace('h', 'g');
        StringBuilder consonants = new StringBuilder();
        for (char c : read.toCharArray()) {
            if (c >= 'a'
                    && c <= 'z'
                    && "aeiouyjw".indexOf(c) < 0
                    && (consonants.isEmpty() || consonants.charAt(consonants.length() - 1) != c)) {
                consonants.append(c);
            }
            if (consonants.length() == CONSONANTS) {
                break;
            }
        }
        return consonants.length() < 2
                ? Optional.empty()
                : Optional.of(new NameKey(consonants.toString()));
    }

    private static String azerbaijani(char c) {
        return switch (c) {
            case 'ə' -> "a";
            case 'ı' -> "i";
            case 'ö' -> "o";
            case 'ü' -> "u";
            case 'ş' -> "s";
            case 'ç' -> "c";
            case 'ğ' -> "g";
            default -> String.valueOf(c);
        };
    }
}
