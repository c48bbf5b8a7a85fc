package io.vectort.generation.preview;

import java.util.Optional;

/**
 * @param status {@code ready}, {@code building}, {@code unavailable} or {@code failed}
 * @param url where to load the preview, when ready
 * @param reason why there is none, for unavailable and failed
 */
public record PreviewStatus(String status, Optional<String> url, Optional<String> reason) {

    static PreviewStatus ready(String url) {
        return new PreviewStatus("ready", Optional.of(url), Optional.empty());
    }

    static PreviewStatus building() {
        return new PreviewStatus("building", Optional.empty(), Optional.empty());
    }

    static PreviewStatus unavailable(String reason) {
        return new PreviewStatus("unavailable", Optional.empty(), Optional.of(reason));
    }

    static PreviewStatus failed(String reason) {
        return new PreviewStatus("failed", Optional.empty(), Optional.of(reason));
    }
}
