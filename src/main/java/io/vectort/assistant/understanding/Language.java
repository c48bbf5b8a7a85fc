package io.vectort.assistant.understanding;

/** The language a message was written in, so that the reply can be phrased in it. */
public enum Language {
    EN("en"),
    FR("fr");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code: {@code en} or {@code fr}. */
    public String code() {
        return code;
    }
}
