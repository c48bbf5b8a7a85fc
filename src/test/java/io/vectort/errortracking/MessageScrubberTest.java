package io.vectort.errortracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageScrubberTest {

    @Test
    void keepsAnOrdinaryDiagnostic() {
        assertThat(MessageScrubber.scrub("Connection to 127.0.0.1:5432 refused"))
                .isEqualTo("Connection to 127.0.0.1:5432 refused");
        assertThat(MessageScrubber.scrub("Project 0b6f1c3e-8a7d-4e2b-9c1f-2d3e4f5a6b7c not found"))
                .isEqualTo("Project 0b6f1c3e-8a7d-4e2b-9c1f-2d3e4f5a6b7c not found");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vt_abc123_9f8e7d6c5b4a3f2e1d0c",
                "sk-proj-AbCdEf0123456789xyz",
                "sk-ant-api03-AbCdEf0123456789",
                "sk_live_51HqLyjWDarjtT1zdp7dc",
                "rk_test_51HqLyjWDarjtT1zdp7dc",
                "whsec_vectort_test_signing_secret",
                "SK0123456789abcdef0123456789abcdef",
                "ghp_0123456789abcdefghijABCDEFGHIJklmnop",
                "github_pat_11ABCDEFG0123456789_abcdefghijklmnop",
                "xoxb-1234567890-abcdefghij",
                "AIzaSyA-0123456789abcdefghijklmnopqrstu",
                "AKIAIOSFODNN7EXAMPLE",
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl",
                "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A"
            })
    void masksKnownSecretShapes(String secret) {
        String scrubbed = MessageScrubber.scrub("Upstream refused " + secret + " with 401");

        assertThat(scrubbed).doesNotContain(secret).contains(MessageScrubber.REDACTED);
        assertThat(scrubbed).startsWith("Upstream refused").endsWith("with 401");
    }

    @Test
    void masksCredentialsThatAreNamedRatherThanShaped() {
        String scrubbed = MessageScrubber.scrub(
                "Authorization: Bearer abc.def-ghi_123 password=hunter2 api_key: \"plain\" token=xyz Cookie: s=1");

        assertThat(scrubbed).doesNotContain("abc.def", "hunter2", "plain", "xyz", "s=1");
        assertThat(scrubbed).contains("password=[redacted]", "token=[redacted]");
    }

    @Test
    void masksUrlCredentialsAndQueryStrings() {
        String scrubbed =
                MessageScrubber.scrub("GET https://admin:s3cret@db.example.com/path?access_token=abc&x=1 failed");

        assertThat(scrubbed).isEqualTo("GET https://[redacted]@db.example.com/path?[redacted] failed");
    }

    @Test
    void masksEmailAddresses() {
        assertThat(MessageScrubber.scrub("No account for jane.doe+test@example.org"))
                .isEqualTo("No account for [email]");
    }

    @Test
    void keepsOnlyTheFirstLineSoCodeAndPromptsAfterItAreDropped() {
        String scrubbed = MessageScrubber.scrub(
                "Generated file does not compile:\nexport default function App() {\n  return <div/>;\n}");

        assertThat(scrubbed).isEqualTo("Generated file does not compile: […]");
    }

    @Test
    void masksQuotedInputThatParsersEcho() {
        String scrubbed = MessageScrubber.scrub(
                "Unexpected character at [Source: \"Build me a CRM for my dental clinic\"; line: 1]");

        assertThat(scrubbed).doesNotContain("dental").contains("\"[text]\"").contains("line: 1");
    }

    @Test
    void masksProseLongEnoughToBeAPrompt() {
        String scrubbed = MessageScrubber.scrub(
                "Planning failed for: build a booking site for my yoga studio with a calendar and payments");

        assertThat(scrubbed).doesNotContain("yoga").startsWith("Planning failed for: ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "export default function App() { return null }",
                "const total = items.length",
                "import { useState } from 'react'",
                "onClick={() => save()}",
                "if (x) { y(); }",
                "<h1 className=\"title\">Hello</h1>",
                "def main(): pass"
            })
    void cutsWhereCodeBegins(String code) {
        String scrubbed = MessageScrubber.scrub("Could not store " + code + " in the project");

        assertThat(scrubbed).startsWith("Could not store ").endsWith("[code]");
        assertThat(scrubbed).doesNotContain(code.substring(code.length() - 4), "project");
    }

    @Test
    void leavesJavaGenericsAndPlainWordsThatCodeAlsoUses() {
        assertThat(MessageScrubber.scrub("Cannot convert List<String> to Map: import failed, return code 2"))
                .isEqualTo("Cannot convert List<String> to Map: import failed, return code 2");
    }

    @Test
    void capsTheLength() {
        String scrubbed = MessageScrubber.scrub("x".repeat(5000));

        assertThat(scrubbed).hasSize(MessageScrubber.MAX_LENGTH + 1).endsWith("…");
    }
}
