package io.vectort.support;

import java.util.function.BiConsumer;

/** Points the application at the fake hosts and makes deployments poll fast. */
public final class FakeHosts {

    /** The operator's Netlify token of the test installation (VECTORT_NETLIFY_TOKEN). */
    public static final String OPERATOR_NETLIFY_TOKEN = FakeNetlify.HOST.token(FakeHost.Outcome.READY);

    private FakeHosts() {}

    static void register(BiConsumer<String, Object> property) {
        property.accept("vectort.deploy.vercel.api-url", FakeVercel.HOST.baseUrl());
        property.accept("vectort.deploy.netlify.api-url", FakeNetlify.HOST.baseUrl());
        property.accept("vectort.deploy.render.api-url", FakeRender.HOST.baseUrl());
        property.accept("vectort.deploy.netlify.token", OPERATOR_NETLIFY_TOKEN);
        property.accept("vectort.deploy.poll-interval", "200ms");
    }
}
