package dev.attache.xliff;

import java.util.ArrayList;
import java.util.List;
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
 * {@code <it pos="close">} close it ({@code {/N}}), {@code <ph>} and {@code <x/>} stand alone; a
 * code's own content is kept only as its data (the speaker label of a {@code <ph
 * ctype="x-speaker">}). Other markers ({@code <mrk>} of another type) are read through.
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
        return new Builder().read(xml);
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
        private final List<Part> parts = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Code> codes = new ArrayList<>();
        private final List<Integer> openG = new ArrayList<>();
        private String mid;
        private boolean inSegment;
        private boolean marked;

        Xliff12Content read(XMLStreamReader xml) throws XMLStreamException {
            int depth = 0;
            List<Boolean> segmentEnds = new ArrayList<>();
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
                        Boolean opensSegment = start(xml);
                        if (opensSegment != null) {
                            depth++;
                            segmentEnds.add(opensSegment);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 0) {
                            return finish();
                        }
                        depth--;
                        end(xml, segmentEnds.remove(segmentEnds.size() - 1));
                    }
                    default -> {
                        // comments and processing instructions are not content
                    }
                }
            }
        }

        /**
         * Handles a start tag: true when it opens a segment, false when another element, null when
         * the element was read to its end (a code).
         */
        private Boolean start(XMLStreamReader xml) throws XMLStreamException {
            String name = xml.getLocalName();
            switch (name) {
                case "mrk" -> {
                    if (!inSegment && "seg".equals(xml.getAttributeValue(null, "mtype"))) {
                        close();
                        inSegment = true;
                        marked = true;
                        mid = xml.getAttributeValue(null, "mid");
                        return true;
                    }
                }
                case "g" -> {
                    int id = id(xml, "id");
                    openG.add(id);
                    add("{" + id + "}", new Code(xml.getAttributeValue(null, "ctype"), ""));
                }
                case "bx", "x", "bpt", "ph" -> {
                    codeAndSkip(xml, "{" + id(xml, "id") + "}");
                    return null;
                }
                case "ex" -> {
                    codeAndSkip(xml, "{/" + id(xml, rid(xml)) + "}");
                    return null;
                }
                case "ept" -> {
                    codeAndSkip(xml, "{/" + id(xml, "id") + "}");
                    return null;
                }
                case "it" -> {
                    boolean closing = "close".equals(xml.getAttributeValue(null, "pos"));
                    codeAndSkip(xml, (closing ? "{/" : "{") + id(xml, "id") + "}");
                    return null;
                }
                default -> {
                    // another element in the content is read through
                }
            }
            return false;
        }

        private void end(XMLStreamReader xml, boolean segmentEnd) {
            if (segmentEnd) {
                parts.add(new Part(mid, true, text.toString(), codes));
                text.setLength(0);
                codes.clear();
                inSegment = false;
            } else if (xml.getLocalName().equals("g") && !openG.isEmpty()) {
                add("{/" + openG.remove(openG.size() - 1) + "}", new Code(null, ""));
            }
        }

        /**
         * A code whose element ends with it ({@code <x/>}, {@code <ph>…</ph>}): its token, its type
         * and its data (the text inside it); the reader is left on its end tag.
         */
        private void codeAndSkip(XMLStreamReader xml, String token) throws XMLStreamException {
            String type = xml.getAttributeValue(null, "ctype");
            add(token, new Code(type, textOf(xml)));
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

        private static String rid(XMLStreamReader xml) {
            return xml.getAttributeValue(null, "rid") != null ? "rid" : "id";
        }

        private static int id(XMLStreamReader xml, String attribute) {
            String value = xml.getAttributeValue(null, attribute);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "the inline code <"
                                + xml.getLocalName()
                                + "> has the id '"
                                + value
                                + "', not a number: Attaché reads the codes it numbered");
            }
        }
    }
}
