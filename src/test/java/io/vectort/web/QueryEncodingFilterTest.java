package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryEncodingFilterTest {

    @Test
    void acceptsPercentEncodedUtf8() {
        assertThat(QueryEncodingFilter.wellEncoded("a=1&b=%F0%9F%98%80&c=%C3%A9+x&d="))
                .isTrue();
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        assertThat(QueryEncodingFilter.wellEncoded("x=%ff")).isFalse();
        assertThat(QueryEncodingFilter.wellEncoded("x=%c0%af")).isFalse();
        assertThat(QueryEncodingFilter.wellEncoded("x=%ED%A0%80")).isFalse();
    }

    @Test
    void refusesBrokenEscapesAndNul() {
        assertThat(QueryEncodingFilter.wellEncoded("x=%zz")).isFalse();
        assertThat(QueryEncodingFilter.wellEncoded("x=%f")).isFalse();
        assertThat(QueryEncodingFilter.wellEncoded("x=%00")).isFalse();
    }
}
