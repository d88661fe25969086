package dev.attache.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The content of one XLIFF 1.2 {@code <source>}, {@code <seg-source>} or {@code <target>}: its
 * segments (each {@code <mrk mtype="seg">}, by {@code mid}) and what stands between them, in order.
 * Content without segment markers is one segment with no {@code mid}. Inline codes become the
 * model's tokens, numbered by their {@code id}: {@code <bpt>}, {@code <bx/>}, {@code <g>}'s start
 * and {@code <it pos="open">} open {@code {N}}, {@code <ept>}, {@code <ex/>}, {@code </g>} and
 * {@code <it pos="close">} close it ({@code {/N}}; an {@code <ex/>} takes the id of the {@code
 * <bx/>} its {@code rid} names), {@code <ph>} and {@code <x/>} stand alone; a code's own content is
 * kept only as its data (the speaker label of a {@code <ph ctype="x-speaker">}). Other markers
 * ({@code <mrk>} of another type) and other vocabularies' elements are read through. Two segments
 * with one {@code mid}, or with none, are refused: their texts could not be told apart.
 */
record Xliff12Content(List<Part> parts) {
    /** A segment ({@code mid} its id; null where the content has no markers) or a gap. */
    record Part(String mid, boolean segment, String text, List<Code> codes) {
        Part {
            codes = List.copyOf(codes);
        }
    }

    /** An inline code: its {@code ctype} (null when it has none) and its data. */
    record Code(String type, String data) {}

    Xliff12Content {
        parts = List.copyOf(parts);
    }

    List<Part> segments() {
        return parts.stream().filter(Part::segment).toList();
    }

    /** Every part's text, one after the other. */
    String whole() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }

    /**
     * Reads the content of the element {@code xml} stands on, up to its end tag. An inline code's
     * id that is not a number is refused ({@link IllegalArgumentException}).
     */
    static Xliff12Content read(XMLStreamReader xml) throws XMLStreamException {
        return new Builder(true).read(xml).orElseThrow();
    }

    /**
     * Reads the content as {@link #read} does, to its end tag; empty where {@link #read} would
     * refuse it (for what is only offered, a match, and can be left out).
     */
    static Optional<Xliff12Content> readIfReadable(XMLStreamReader xml) throws XMLStreamException {
        return new Builder(false).read(xml);
    }

    /**
     * The text of the element {@code xml} stands on, that of its children included; the reader is
     * left on its end tag.
     */
    static String textOf(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth-- == 0) {
                    return text.toString();
                }
            } else if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            }
        }
    }

    private static final class Builder {
        private static final String XLIFF_1_2 = "urn:oasis:names:tc:xliff:document:1.2";

        /** What a start tag was: a segment's, another element's, or a code read to its end. */
        private enum Opened {
            SEGMENT,
            ELEMENT,
            CODE
        }

        private final List<Part> parts = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Code> codes = new ArrayList<>();
        private final Deque<Integer> openG = new ArrayDeque<>();
        // the id of each <bx/> by its rid, for the <ex/> that closes it
        private final Map<String, Integer> openedByRid = new HashMap<>();
        // the mids of the segments so far (null for one without)
        private final Set<String> mids = new HashSet<>();
        private final boolean strict;
        private String mid;
        private boolean inSegment;
        private boolean marked;
        private String unreadable;

        Builder(boolean strict) {
            this.strict = strict;
        }

        Optional<Xliff12Content> read(XMLStreamReader xml) throws XMLStreamException {
            // for each element open inside the content, whether it is a segment
            Deque<Boolean> open = new ArrayDeque<>();
            while (true) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS,
                            XMLStreamConstants.CDATA,
                            XMLStreamConstants.SPACE ->
                            text.append(
                                    xml.getTextCharacters(),
                                    xml.getTextStart(),
                                    xml.getTextLength());
                    case XMLStreamConstants.START_ELEMENT -> {
                        Opened opened = start(xml);
                        if (opened != Opened.CODE) {
                            open.push(opened == Opened.SEGMENT);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (open.isEmpty()) {
                            return unreadable == null ? Optional.of(finish()) : Optional.empty();
                        }
                        end(xml, open.pop());
                    }
                    default -> {
                        // comments and processing instructions are not content
                    }
                }
            }
        }

        private Opened start(XMLStreamReader xml) throws XMLStreamException {
            String name = xml.getLocalName();
            if (!XLIFF_1_2.equals(xml.getNamespaceURI())) {
                // another vocabulary's element in the content is read through
                return Opened.ELEMENT;
            }
            switch (name) {
                case "mrk" -> {
                    if (!inSegment && "seg".equals(xml.getAttributeValue(null, "mtype"))) {
                        close();
                        inSegment = true;
                        marked = true;
                        mid = xml.getAttributeValue(null, "mid");
                        if (!mids.add(mid)) {
                            refuse(
                                    mid == null
                                            ? "two segments have no mid: their texts cannot be told apart"
                                            : "two segments have the mid '"
                                                    + mid
                                                    + "': their texts cannot be told apart");
                        }
                        return Opened.SEGMENT;
                    }
                }
                case "g" -> {
                    int id = id(xml, "id");
                    openG.push(id);
                    add("{" + id + "}", new Code(xml.getAttributeValue(null, "ctype"), ""));
                }
                case "bx" -> {
                    int id = id(xml, "id");
                    String rid = xml.getAttributeValue(null, "rid");
                    if (rid != null) {
                        openedByRid.put(rid, id);
                    }
                    return code(xml, "{" + id + "}");
                }
                case "ex" -> {
                    String rid = xml.getAttributeValue(null, "rid");
                    Integer opened = rid == null ? null : openedByRid.get(rid);
                    return code(xml, "{/" + (opened != null ? opened : id(xml, "id")) + "}");
                }
                case "x", "bpt", "ph" -> {
                    return code(xml, "{" + id(xml, "id") + "}");
                }
                case "ept" -> {
                    return code(xml, "{/" + id(xml, "id") + "}");
                }
                case "it" -> {
                    boolean closing = "close".equals(xml.getAttributeValue(null, "pos"));
                    return code(xml, (closing ? "{/" : "{") + id(xml, "id") + "}");
                }
                default -> {
                    // another element in the content (a <mrk> of another type) is read through
                }
            }
            return Opened.ELEMENT;
        }

        private void end(XMLStreamReader xml, boolean segmentEnd) {
            if (segmentEnd) {
                parts.add(new Part(mid, true, text.toString(), codes));
                text.setLength(0);
                codes.clear();
                inSegment = false;
            } else if (xml.getLocalName().equals("g")
                    && XLIFF_1_2.equals(xml.getNamespaceURI())
                    && !openG.isEmpty()) {
                add("{/" + openG.pop() + "}", new Code(null, ""));
            }
        }

        /**
         * A code whose element ends with it ({@code <x/>}, {@code <ph>…</ph>}): its token, its type
         * and its data (the text inside it); the reader is left on its end tag.
         */
        private Opened code(XMLStreamReader xml, String token) throws XMLStreamException {
            String type = xml.getAttributeValue(null, "ctype");
            add(token, new Code(type, textOf(xml)));
            return Opened.CODE;
        }

        private void add(String token, Code code) {
            text.append(token);
            codes.add(code);
        }

        /** The gap read so far, as a part of its own. */
        private void close() {
            if (!text.isEmpty() || !codes.isEmpty()) {
                parts.add(new Part(null, false, text.toString(), codes));
            }
            text.setLength(0);
            codes.clear();
        }

        private Xliff12Content finish() {
            if (!marked) {
                // content without markers is one segment, codes and all
                parts.add(new Part(null, true, text.toString(), codes));
                return new Xliff12Content(parts);
            }
            close();
            return new Xliff12Content(parts);
        }

        private int id(XMLStreamReader xml, String attribute) {
            String value = xml.getAttributeValue(null, attribute);
            if (value == null) {
                refuse("the inline code <" + xml.getLocalName() + "> has no id");
                return 0;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                refuse(
                        "the inline code <"
                                + xml.getLocalName()
                                + "> has the id '"
                                + value
                                + "', not a number: Attaché reads the codes it numbered");
                return 0;
            }
        }

        /**
         * Refuses the content ({@link IllegalArgumentException}); or, reading what can be left out,
         * notes it and reads on to its end.
         */
        private void refuse(String problem) {
            if (strict) {
                throw new IllegalArgumentException(problem);
            }
            unreadable = problem;
        }
    }
}
