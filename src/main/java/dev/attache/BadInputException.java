package dev.attache;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * Input the user gave us that we cannot use: unreadable, malformed, or not ours (exit code 3). Its
 * message is one line that names the file and, where known, the place in it.
 */
public final class BadInputException extends RuntimeException {
    private static final Pattern PARSER_PLACE =
            Pattern.compile("\\[row,col[^\\]]*\\]: \\[(\\d+),(\\d+)");
    private final transient Path file;
    private final String place;
    private final String problem;

    public BadInputException(Path file, String place, String problem) {
        this(file, place, problem, null);
    }

    public BadInputException(Path file, String place, String problem, Throwable cause) {
        super(format(file, place, problem), cause);
        this.file = file;
        this.place = place;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public BadInputException(Path file, String problem) {
        this(file, null, problem, null);
    }

    /**
     * XML that a StAX parser could not read: the place is the parser's line and column, the problem
     * its reason without the position it repeats ("ParseError at [row,col]: … Message: reason").
     */
    public static BadInputException malformedXml(Path file, XMLStreamException e) {
        Location at = e.getLocation();
        String place = at == null ? null : at.getLineNumber() + ":" + at.getColumnNumber();
        String text = e.getMessage() == null ? "unreadable" : e.getMessage();
        int cut = text.lastIndexOf("Message: ");
        String reason =
                (cut >= 0 ? text.substring(cut + "Message: ".length()) : text)
                        .strip()
                        .lines()
                        .findFirst()
                        .orElse("unreadable");
        return new BadInputException(file, place, "malformed XML: " + reason, e);
    }

    /**
     * A parser's message that may run over several lines (Okapi wraps Woodstox's: "Failed to parse
     * …", the reason, " at [row,col,system-id]: [15,57,…]"), as one line: the place is the line and
     * column it names, the problem {@code what} followed by the parser's own reason without the
     * exception class it may start with.
     */
    public static BadInputException parserMessage(
            Path file, String what, String message, Throwable cause) {
        String text = message == null ? "" : message;
        Matcher at = PARSER_PLACE.matcher(text);
        String place = at.find() ? at.group(1) + ":" + at.group(2) : null;
        String reason =
                text.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("at ["))
                        .reduce((first, second) -> second)
                        .orElse("unreadable")
                        .replaceFirst("^(?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error): ", "")
                        .replaceFirst("^\\[[\\w.$]+\\] ", "");
        return new BadInputException(file, place, what + reason, cause);
    }

    public Path file() {
        return file;
    }

    public String place() {
        return place;
    }

    public String problem() {
        return problem;
    }

    private static String format(Path file, String place, String problem) {
        StringBuilder line = new StringBuilder();
        if (file != null) {
            line.append(file);
            if (place != null && !place.isEmpty()) {
                line.append(place.startsWith("!") ? "" : ":").append(place);
            }
            line.append(": ");
        }
        return line.append(problem).toString();
    }
}
