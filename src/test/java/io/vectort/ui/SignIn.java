package io.vectort.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.vectort.support.Api;
import java.util.regex.Pattern;

/** Signing in through the web app's form, as a person does, for the browser journeys. */
final class SignIn {

    private SignIn() {}

    /** Signs {@code user} in on the server at {@code port} and waits for the projects page. */
    static void asUser(Page page, int port, Api.Session user) {
        page.navigate("http://localhost:" + port + "/signin");
        page.getByLabel("Email").fill(user.email());
        page.getByLabel("Password").fill(user.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForURL(Pattern.compile(".*/projects$"));
    }
}
