package io.vectort.generation.llm;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How AI generations call the gateway, prefix {@code vectort.generation.llm}.
 *
 * @param model the model or alias generations use when the request names none ({@code auto}
 *     routes by prompt complexity)
 * @param maxOutputTokens the output limit of one call
 * @param maxContinuations how many times output cut off by that limit is continued
 * @param contextChars how much of the current project's file content a follow-up sends
 * @param historyChars how much of the project's earlier requests and changes a follow-up tells
 * @param digestEvery how many turns older than the quoted ones may pile up before the model
 *     condenses them into the rolling summary (an extra, charged call); 0 never calls it and keeps
 *     the summary made of version summaries
 * @param digestChars the longest rolling summary the model may write
 */
@Validated
@ConfigurationProperties("vectort.generation.llm")
record LlmGeneratorProperties(
        @DefaultValue("auto") String model,
        @DefaultValue("16000") @Min(256) int maxOutputTokens,
        @DefaultValue("3") @Min(0) @Max(20) int maxContinuations,
        @DefaultValue("60000") @Min(1000) int contextChars,
        @DefaultValue("8000") @Min(500) int historyChars,
        @DefaultValue("6") @Min(0) @Max(100) int digestEvery,
        @DefaultValue("1500") @Min(200) @Max(8000) int digestChars) {

    /** The output limit of the condensing call: room for {@link #digestChars} in any language. */
    int digestMaxTokens() {
        return digestChars / 2;
    }
}
