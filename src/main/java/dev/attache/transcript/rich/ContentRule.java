package dev.attache.transcript.rich;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Which element of an HTML page holds what is translated, as an Okapi HTML filter rule: the
 * element's tag, and when the tag alone does not pick it, the attribute and value that do ({@code
 * div} with {@code id="content"}). The rule makes it a group, whose start and end the filter
 * reports: the paragraphs between are translated, everything outside it (header, navigation,
 * footer, scripts) is no unit at all and stays in the page unchanged. {@code wholeBody} says that
 * the page had no {@code <article>} or {@code <main>} and none was chosen.
 */
record ContentRule(
        String tag, Optional<String> attribute, Optional<String> value, boolean wholeBody) {
    ContentRule {
        requireNonNull(tag, "tag");
        requireNonNull(attribute, "attribute");
        requireNonNull(value, "value");
        if (!tag.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("not an HTML element name: '" + tag + "'");
        }
        if (attribute.isPresent() != value.isPresent()) {
            throw new IllegalArgumentException(
                    "an attribute condition needs both a name and a value");
        }
    }

    static ContentRule element(String tag) {
        return new ContentRule(tag, Optional.empty(), Optional.empty(), tag.equals("body"));
    }

    /** The rule as an entry of the filter's {@code elements:} map (YAML). */
    String yaml() {
        StringBuilder rule =
                new StringBuilder("\n  '").append(tag).append("':\n    ruleTypes: [GROUP]\n");
        attribute.ifPresent(
                name ->
                        rule.append("    conditions: [")
                                .append(quoted(name))
                                .append(", EQUALS, ")
                                .append(quoted(value.orElseThrow()))
                                .append("]\n"));
        return rule.toString();
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** {@code <article>}, {@code <div id="content">}: for messages. */
    String describe() {
        return "<"
                + tag
                + attribute.map(name -> " " + name + "=\"" + value.orElseThrow() + "\"").orElse("")
                + ">";
    }
}
