package io.vectort.generation.starter;

import static io.vectort.generation.starter.Requests.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.generation.generator.CodeRequest;
import io.vectort.generation.protocol.ParsedOutput;
import io.vectort.generation.protocol.ProjectFiles;
import io.vectort.generation.protocol.ProtocolLimits;
import io.vectort.generation.protocol.ProtocolListener;
import io.vectort.generation.protocol.ProtocolParser;
import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The starter's output passes the real protocol parser and its safety rules, streamed in small
 * chunks, and yields exactly the files the starter planned — for every framework and type.
 */
class StarterThroughParserTest {

    static Stream<Arguments> combinations() {
        return Stream.of("html", "react", "vue", "express")
                .flatMap(framework ->
                        Stream.of("todo", "blog", "landing", "dashboard").map(type -> Arguments.of(framework, type)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("combinations")
    void firstTurnsParseIntoThePlannedFiles(String framework, String type) throws InterruptedException {
        StarterCodeGenerator starter = new StarterCodeGenerator(Duration.ZERO, 7);
        CodeRequest request = aRequest("An inventory tracker for my bike parts with suppliers, with dark mode")
                .framework(framework)
                .appType(type)
                .build();

        SortedMap<String, String> files = parse(starter, request, Map.of());

        assertThat(files).isEqualTo(starter.plan(request).next().files());
        assertThat(files).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("combinations")
    void followUpsApplyOnTheCurrentFiles(String framework, String type) throws InterruptedException {
        StarterCodeGenerator starter = new StarterCodeGenerator(Duration.ZERO, 64);
        CodeRequest first = aRequest("A tracker for my bike parts")
                .framework(framework)
                .appType(type)
                .build();
        SortedMap<String, String> v1 = parse(starter, first, Map.of());
        CodeRequest followUp = aRequest("Also track suppliers and add dark mode")
                .framework(framework)
                .appType(type)
                .after("A tracker for my bike parts", framework, type)
                .currentFiles(v1)
                .build();

        SortedMap<String, String> v2 = parse(starter, followUp, v1);

        assertThat(v2).isEqualTo(starter.plan(followUp).next().files());
    }

    private static SortedMap<String, String> parse(
            StarterCodeGenerator starter, CodeRequest request, Map<String, String> base) throws InterruptedException {
        RecordingStream stream = RecordingStream.recording();
        starter.generate(request, stream);
        ProtocolParser parser = new ProtocolParser(ProtocolLimits.DEFAULTS, ProtocolListener.NONE);
        stream.chunks().forEach(parser::feed);
        ParsedOutput output = parser.finish();
        return ProjectFiles.apply(base, output, ProtocolLimits.DEFAULTS);
    }
}
