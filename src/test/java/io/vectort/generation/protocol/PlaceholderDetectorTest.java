package io.vectort.generation.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderDetectorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "// ... rest of the code unchanged",
                "// rest of the file remains the same",
                "/* ...existing code... */",
                "// ... existing code ...",
                "# remaining code omitted for brevity",
                "{/* ... */}",
                "<!-- ... -->",
                "// ...",
                "/* ... */",
                "// (unchanged)",
                "// same as before",
                "// other methods here",
                "// TODO: implement the rest",
                "  // … existing code …",
                "// ...Existing Code...",
                "    * ... existing code ...",
                "-- rest of the query unchanged",
                "{/* rest of the form fields remain the same */}",
                "<!-- rest of the markup unchanged -->",
                "# ...",
                "// Rest of the component",
                "// ... other methods",
                "// ... more routes",
                "// Other methods remain unchanged",
                "// Add your code here",
                "// Implementation goes here",
                "// keep existing code",
                "// Keep the rest as is",
                "// Repeat for the other fields",
                "// existing imports",
                "// [...]",
                "// ... (omitted for brevity)",
                "// Styles omitted for brevity",
                "// everything else stays the same",
                "<div className=\"card\">{/* ... */}</div>",
                "function handleSubmit(event) { /* ... */ }",
                "const initialState = {}; // ...",
                "... rest of the code ...",
                "/* … */",
                "// ...rest of component",
            })
    void flagsCommentsThatStandForCode(String line) {
        assertThat(PlaceholderDetector.isPlaceholder(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "const merged = { ...state, ...patch };",
                "function log(...args) {",
                "return [...items, item];",
                "    ...",
                "def handler(*args, **kwargs): ...",
                "<p>Loading...</p>",
                "setStatus(\"Saving...\");",
                "<a href=\"/more\">Read more...</a>",
                ".spinner::after { content: \"...\"; }",
                "The rest of the code is explained below.",
                "// Rest API client for the todo backend",
                "// Remaining items are rendered lazily",
                "// Unchanged values are skipped when saving",
                "# Getting started",
                "// TODO: add pagination",
                "/* eslint-disable react/prop-types */",
                "// @ts-expect-error third-party types are wrong",
                "<!-- Main navigation -->",
                "{/* Header with the logo */}",
                "// pass the rest of the props to the input",
                "const { a, ...rest } = props;",
                "-- Create the todos table",
                "--primary-color: #3b82f6;",
                " * @param {...string} names the names to join",
                "// See https://react.dev/learn for more...",
                "print(\"Done...\")",
                "// Wait for the other requests...",
                "type Tail<T> = T extends [unknown, ...infer R] ? R : never;",
                "// Existing users keep their settings",
                "Read the [docs](https://example.com/...)",
                "// Other methods call this helper.",
                "// Same as above but for the footer",
                "// Define routes here",
                "// Keep existing sessions alive",
                "// Fields omitted from the payload are left as they were",
                "const url = \"http://...\";",
                "#!/usr/bin/env node",
                "<p>And so on, until the list is empty...</p>",
                "// Shows \"Loading...\" while the request runs",
                "      {items.length > 3 && <span>…</span>}",
            })
    void leavesRealCodeAndProseAlone(String line) {
        assertThat(PlaceholderDetector.isPlaceholder(line)).as(line).isFalse();
    }

    @Test
    void findsTheFirstPlaceholderLineOfAFile() {
        String content = "import React from 'react';\n\nfunction App() {\n  // ... existing code ...\n}\n";

        assertThat(PlaceholderDetector.findPlaceholder(content)).contains("// ... existing code ...");
    }

    @Test
    void findsNothingInACompleteFile() {
        String content = "export function sum(...values) {\n  return values.reduce((a, b) => a + b, 0);\n}\n";

        assertThat(PlaceholderDetector.findPlaceholder(content)).isEmpty();
    }

    @Test
    void checksTheLastLineEvenWithoutATrailingNewline() {
        assertThat(PlaceholderDetector.findPlaceholder("a();\r\n/* ... */")).contains("/* ... */");
    }
}
