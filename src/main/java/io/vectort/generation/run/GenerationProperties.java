package io.vectort.generation.run;

import io.vectort.generation.protocol.ProtocolLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Builder generation settings, prefix {@code vectort.generation}; the generators have their own
 * ({@code vectort.generation.starter}, {@code vectort.generation.llm}).
 *
 * @param timeout a generation running longer than this fails with {@code timeout}
 * @param maxDescriptionLength longest accepted prompt, in characters after trimming
 * @param eventFlushInterval streamed file text is coalesced into one event per this interval
 * @param eventFlushBytes ... or per this many characters, whichever comes first
 * @param cancelCheckInterval how often a running generation checks the database for a
 *     cancellation made on another node
 * @param limits size limits of generated output
 * @param defaultGenerator who answers requests that name no model: {@code auto} (an AI model when
 *     one is configured, else the offline starter), {@code starter} or {@code llm}
 * @param eventRetention how long the streamed events of a finished generation are kept; its last
 *     event (the final status) stays, so replaying an old generation still ends
 *
 */
@Validated
@ConfigurationProperties("vectort.generation")
public record GenerationProperties(
        @DefaultValue("10m") Duration timeout,
        @DefaultValue("5000") @Min(1) @Max(100000) int maxDescriptionLength,
        @DefaultValue("100ms") Duration eventFlushInterval,
        @DefaultValue("8192") @Min(256) int eventFlushBytes,
        @DefaultValue("1s") Duration cancelCheckInterval,
        @DefaultValue @Valid Limits limits,

        @DefaultValue("auto") @Pattern(regexp = "auto|starter|llm")
        String defaultGenerator,

        @DefaultValue("90d") Duration eventRetention) {

    /**
     * @param maxFileBytes largest generated file
     * @param maxTotalBytes largest resulting project
     * @param maxFiles most files in a project
     */
    public record Limits(
            @DefaultValue("1048576") @Min(1024) int maxFileBytes,
            @DefaultValue("10485760") @Min(1024) long maxTotalBytes,
            @DefaultValue("1000") @Min(1) int maxFiles) {

        /** The same limits, as the protocol parser and {@code ProjectFiles} take them. */
        public ProtocolLimits protocol() {
            return new ProtocolLimits(maxFileBytes, maxTotalBytes, maxFiles);
        }
    }
}
