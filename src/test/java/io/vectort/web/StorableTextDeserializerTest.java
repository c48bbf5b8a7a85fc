package io.vectort.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextDeserializerTest {

    @Test
    void keepsAnyWellFormedText() {
        assertThat(StorableTextDeserializer.storable("")).isTrue();
        assertThat(StorableTextDeserializer.storable("émoji \ud83d\ude00 rtl \u202e zero\u200bwidth"))
                .isTrue();
    }

    @Test
    void refusesNulAndUnpairedSurrogates() {
        assertThat(StorableTextDeserializer.storable("a\u0000b")).isFalse();
        assertThat(StorableTextDeserializer.storable("\ud800")).isFalse();
        assertThat(StorableTextDeserializer.storable("x\udc00")).isFalse();
        assertThat(StorableTextDeserializer.storable("\ud83dx")).isFalse();
    }
}
