package io.vectort.generation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreviewMediaTypesTest {

    /** Browsers refuse scripts and stylesheets of another type under nosniff: each must be exact. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            index.html          | text/html;charset=UTF-8
            app.js              | text/javascript;charset=UTF-8
            assets/index-3f.mjs | text/javascript;charset=UTF-8
            styles.css          | text/css;charset=UTF-8
            notes.txt           | text/plain;charset=UTF-8
            logo.svg            | image/svg+xml
            photo.PNG           | image/png
            favicon.ico         | image/x-icon
            hero.webp           | image/webp
            inter.woff2         | font/woff2
            inter.woff          | font/woff
            data.json           | application/json
            app.js.map          | application/json
            site.webmanifest    | application/manifest+json
            module.wasm         | application/wasm
            LICENSE             | application/octet-stream
            archive.unknownext  | application/octet-stream
            """)
    void answersEachFileWithTheTypeBrowsersExpect(String name, String type) {
        assertThat(PreviewMediaTypes.of(name).toString()).isEqualTo(type);
    }
}
