package dev.attache.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One XLIFF 1.2 {@code <trans-unit>} as it stands in the file, before it is made a {@link
 * dev.attache.model.Unit}: its attributes, its {@code <source>}, {@code <seg-source>} and {@code
 * <target>} (with the target's {@code state} and {@code state-qualifier}), its {@code <alt-trans>},
 * the contexts of its context groups, and its notes. A note that annotates the source or the target
 * only ({@code annotates="source"}) is not the unit's; an {@code <alt-trans>} without a {@code
 * <source>} offers nothing to compare, and is left out, as is one whose text holds a code that
 * cannot be read (it is only offered).
 */
record Xliff12TransUnit(
        String id,
        String restype,
        boolean translatable,
        boolean approved,
        Xliff12Content source,
        Xliff12Content segSource,
        Xliff12Content target,
        String targetState,
        String targetQualifier,
        List<AltTrans> altTrans,
        List<ContextGroup> contextGroups,
        List<UnitNote> notes) {

    /** An {@code <alt-trans>}: the segment it is for ({@code mid}), its quality and origin. */
    record AltTrans(String mid, String matchQuality, String origin, String source, String target) {}

    /** A {@code <context-group>}: its name and its contexts, each a type and a value. */
    record ContextGroup(String name, List<Context> contexts) {}

    record Context(String type, String value) {}

    /** A {@code <note>}: who wrote it ({@code from}, null when it does not say) and its text. */
    record UnitNote(String from, String text) {}

    /**
     * Reads the {@code <trans-unit>} {@code xml} stands on, up to its end tag; {@code translatable}
     * is what its groups say when it says nothing itself.
     */
    static Xliff12TransUnit read(XMLStreamReader xml, boolean translatable)
            throws XMLStreamException {
        String id = xml.getAttributeValue(null, "id");
        String restype = xml.getAttributeValue(null, "restype");
        String translate = xml.getAttributeValue(null, "translate");
        boolean approved = "yes".equals(xml.getAttributeValue(null, "approved"));
        Xliff12Content source = null;
        Xliff12Content segSource = null;
        Xliff12Content target = null;
        String state = null;
        String qualifier = null;
        List<AltTrans> altTrans = new ArrayList<>();
        List<ContextGroup> groups = new ArrayList<>();
        List<UnitNote> notes = new ArrayList<>();
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "source" -> source = Xliff12Content.read(xml);
                case "seg-source" -> segSource = Xliff12Content.read(xml);
                case "target" -> {
                    state = xml.getAttributeValue(null, "state");
                    qualifier = xml.getAttributeValue(null, "state-qualifier");
                    target = Xliff12Content.read(xml);
                }
                case "alt-trans" -> altTrans(xml).ifPresent(altTrans::add);
                case "context-group" -> groups.add(contextGroup(xml));
                case "note" -> {
                    String from = xml.getAttributeValue(null, "from");
                    String annotates = xml.getAttributeValue(null, "annotates");
                    String text = Xliff12Content.textOf(xml);
                    if (annotates == null || annotates.equals("general")) {
                        notes.add(new UnitNote(from, text));
                    }
                }
                default -> skip(xml);
            }
        }
        return new Xliff12TransUnit(
                id,
                restype,
                translate == null ? translatable : !translate.equals("no"),
                approved,
                source,
                segSource,
                target,
                state,
                qualifier,
                altTrans,
                groups,
                notes);
    }

    private static Optional<AltTrans> altTrans(XMLStreamReader xml) throws XMLStreamException {
        String mid = xml.getAttributeValue(null, "mid");
        String quality = xml.getAttributeValue(null, "match-quality");
        String origin = xml.getAttributeValue(null, "origin");
        String source = null;
        String target = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "source" -> source = readable(xml);
                case "target" -> target = readable(xml);
                default -> skip(xml);
            }
        }
        return source == null || target == null
                ? Optional.empty()
                : Optional.of(new AltTrans(mid, quality, origin, source, target));
    }

    private static ContextGroup contextGroup(XMLStreamReader xml) throws XMLStreamException {
        String name = xml.getAttributeValue(null, "name");
        List<Context> contexts = new ArrayList<>();
        while (nextChild(xml)) {
            if (xml.getLocalName().equals("context")) {
                String type = xml.getAttributeValue(null, "context-type");
                contexts.add(new Context(type == null ? "" : type, Xliff12Content.textOf(xml)));
            } else {
                skip(xml);
            }
        }
        return new ContextGroup(name, contexts);
    }

    /**
     * The text of a match's source or target; empty (which leaves the match out) where a code in it
     * cannot be read.
     */
    private static String readable(XMLStreamReader xml) throws XMLStreamException {
        return Xliff12Content.readIfReadable(xml).map(Xliff12Content::whole).orElse("");
    }

    /**
     * Moves {@code xml} to the start tag of the next child of the element it is in, true; or to
     * that element's end tag, false.
     */
    private static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
    }

    /** Reads past the element {@code xml} stands on. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        Xliff12Content.textOf(xml);
    }
}
