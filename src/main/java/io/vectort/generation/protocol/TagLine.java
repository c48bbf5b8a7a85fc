package io.vectort.generation.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One tag line, already stripped: {@code <vt-file path="a.js">}, {@code </vt-file>} or
 * {@code <vt-delete path="a.js"/>}. Attribute values are taken verbatim; they cannot hold {@code "}.
 */
record TagLine(String text, String name, boolean closing, boolean selfClosing, Map<String, String> attributes) {

    private static final Pattern TAG = Pattern.compile("<(/)?vt-([a-z]+)((?:\\s+[a-z]+\\s*=\\s*\"[^\"]*\")*)\\s*(/)?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z]+)\\s*=\\s*\"([^\"]*)\"");

    TagLine {
        attributes = Map.copyOf(attributes);
    }

    /** True for any line that claims to be a tag; such a line must then parse. */
    static boolean looksLikeTag(String stripped) {
        return stripped.startsWith("<vt-") || stripped.startsWith("</vt-");
    }

    static TagLine parse(String stripped) {
        Matcher matcher = TAG.matcher(stripped);
        if (!matcher.matches()) {
            throw Malformed.of("The line " + Display.quote(stripped)
                    + " is not a valid tag: a tag is <vt-name attribute=\"value\">, alone on its line");
        }
        boolean closing = matcher.group(1) != null;
        boolean selfClosing = matcher.group(4) != null;
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(matcher.group(3));
        while (attribute.find()) {
            if (attributes.put(attribute.group(1), attribute.group(2)) != null) {
                throw Malformed.of(
                        "The tag " + Display.quote(stripped) + " repeats the attribute " + attribute.group(1));
            }
        }
        if (closing && (selfClosing || !attributes.isEmpty())) {
            throw Malformed.of("The closing tag " + Display.quote(stripped) + " cannot have attributes or '/>'");
        }
        return new TagLine(stripped, "vt-" + matcher.group(2), closing, selfClosing, attributes);
    }

    boolean opens(String tagName) {
        return name.equals(tagName) && !closing;
    }

    boolean closes(String tagName) {
        return name.equals(tagName) && closing;
    }

    /** Checks the tag's form: exactly these attributes, and self-closing ({@code />}) or not. */
    TagLine require(Set<String> expectedAttributes, boolean expectSelfClosing) {
        if (!attributes.keySet().equals(expectedAttributes)) {
            String expected = expectedAttributes.isEmpty() ? "no attributes" : "the attributes " + expectedAttributes;
            throw Malformed.of("The tag " + Display.quote(text) + " must have " + expected);
        }
        if (selfClosing != expectSelfClosing) {
            throw Malformed.of("The tag " + Display.quote(text)
                    + (expectSelfClosing ? " must end with '/>'" : " opens a block and must not end with '/>'"));
        }
        return this;
    }

    String attribute(String attributeName) {
        String value = attributes.get(attributeName);
        if (value == null) {
            throw Malformed.of("The tag " + Display.quote(text) + " has no attribute " + attributeName);
        }
        return value;
    }
}
