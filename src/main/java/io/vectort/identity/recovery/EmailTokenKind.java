package io.vectort.identity.recovery;

/** What an emailed link proves, and the page of the web app it opens. */
enum EmailTokenKind {
    VERIFY_EMAIL("verify-email", "/verify-email"),
    PASSWORD_RESET("password-reset", "/reset-password"),
    CHANGE_EMAIL("change-email", "/confirm-email-change");

    private final String wireName;
    private final String page;

    EmailTokenKind(String wireName, String page) {
        this.wireName = wireName;
        this.page = page;
    }

    String wireName() {
        return wireName;
    }

    /** The page of the web app, without a token (the reset page asks for an address there). */
    String page() {
        return page;
    }

    /** The path of the link for {@code token} (URL-safe already). */
    String linkPath(String token) {
        return page + "?token=" + token;
    }
}
