package dev.attache.transcript;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.attache.BadInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the bytes of a transcript file into text. A byte-order mark decides UTF-8 or UTF-16;
 * without one, text that is valid UTF-8 is UTF-8, and anything else is windows-1252 or windows-1251
 * as ICU4J's {@link CharsetDetector} ranks them (ICU's "ISO-8859-1" is read as windows-1252, so
 * that byte 0x85 is an ellipsis, never a line break). A charset given by the user is used as is.
 * Decoding is strict: a byte that is not valid in the charset is bad input, as are NUL bytes and
 * control characters (a binary file).
 */
final class TranscriptDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** The single-byte charsets we accept from ICU's guesses, by ICU's name. */
    private static final Map<String, Charset> SINGLE_BYTE =
            Map.of(
                    "windows-1252", WINDOWS_1252,
                    "ISO-8859-1", WINDOWS_1252,
                    "windows-1251", WINDOWS_1251);

    DecodedText decode(Path file, byte[] bytes, Optional<Charset> encoding) {
        if (bytes.length == 0) {
            throw new BadInputException(file, "is empty");
        }
        if (encoding.isPresent()) {
            return new DecodedText(
                    withoutBom(decodeStrictly(file, bytes, 0, encoding.get())), encoding.get());
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decoded(file, bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decoded(file, bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decoded(file, bytes, 2, StandardCharsets.UTF_16LE);
        }
        rejectNul(file, bytes);
        if (isUtf8(bytes)) {
            return decoded(file, bytes, 0, StandardCharsets.UTF_8);
        }
        return decoded(file, bytes, 0, detectSingleByte(bytes));
    }

    private static DecodedText decoded(Path file, byte[] bytes, int offset, Charset charset) {
        return new DecodedText(decodeStrictly(file, bytes, offset, charset), charset);
    }

    private static Charset detectSingleByte(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            Charset charset = SINGLE_BYTE.get(match.getName());
            if (charset != null) {
                return charset;
            }
        }
        return WINDOWS_1252;
    }

    private static String decodeStrictly(Path file, byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder =
                charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out =
                CharBuffer.allocate(
                        (int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new BadInputException(
                    file,
                    "byte " + in.position(),
                    "not valid "
                            + charset.name()
                            + " text (a binary file, or give the right --encoding)");
        }
        String text = out.flip().toString();
        rejectControlCharacters(file, text);
        return text;
    }

    private static void rejectNul(Path file, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(
                        file, "byte " + i, "NUL byte: this is a binary file, not a transcript");
            }
        }
    }

    private static void rejectControlCharacters(Path file, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control =
                    c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F;
            if (control) {
                throw new BadInputException(
                        file,
                        "character " + (i + 1),
                        String.format(
                                Locale.ROOT,
                                "control character U+%04X: this is a binary file, not a transcript",
                                (int) c));
            }
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The decoded text of a file, its byte-order mark removed, and the charset it was read in. */
    record DecodedText(String text, Charset charset) {}
}
