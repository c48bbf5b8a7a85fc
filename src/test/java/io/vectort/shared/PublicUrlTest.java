package io.vectort.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void linksAreAbsoluteUnderTheConfiguredUrl() {
        assertThat(PublicUrl.of("https://vectort.example.com/").link("/api/v1/x?token=1"))
                .hasToString("https://vectort.example.com/api/v1/x?token=1");
        assertThat(PublicUrl.of("https://example.com/vectort").link("/api/v1/x"))
                .hasToString("https://example.com/vectort/api/v1/x");
    }

    @Test
    void linksAreRelativeWithoutOne() {
        assertThat(PublicUrl.relative().link("/api/v1/x")).hasToString("/api/v1/x");
    }

    @Test
    void refusesWhatIsNotAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> PublicUrl.of("vectort.example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicUrl.of("ftp://vectort.example.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicUrl.of("https://vectort.example.com/?a=b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
