package io.vectort.console;

import java.util.List;

/** The features whose usage the console shows, by the names rollup sources report them under. */
public final class Features {

    public static final String BUILDER = "builder";
    public static final String GATEWAY = "gateway";
    public static final String ASSISTANT = "assistant";
    public static final String SMS = "sms";
    public static final String DEPLOY = "deploy";

    public static final List<String> ALL = List.of(BUILDER, GATEWAY, ASSISTANT, SMS, DEPLOY);

    private Features() {}
}
