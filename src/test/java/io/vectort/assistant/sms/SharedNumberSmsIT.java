package io.vectort.assistant.sms;

import static io.vectort.assistant.sms.SmsIT.awaitTexts;
import static io.vectort.assistant.sms.SmsIT.texts;
import static io.vectort.support.FakeUpstreams.OPENAI;
import static org.assertj.core.api.Assertions.assertThat;

import io.vectort.providers.fakes.FakeReply;
import io.vectort.providers.fakes.RecordedRequest;
import io.vectort.support.Api;
import io.vectort.support.FakeTwilio;
import io.vectort.support.FakeTwilioMessage;
import io.vectort.support.FakeUpstreams;
import io.vectort.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One shared Twilio number for everyone: the verified sender says who texts. The agent answers
 * (a fake OpenAI-compatible model), told it is on SMS; a slow model never keeps Twilio's webhook
 * waiting. A context of its own.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SharedNumberSmsIT extends IntegrationTest {

    private static final String BASE = "/api/v1/assistant/sms";
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    @DynamicPropertySource
    static void twilio(DynamicPropertyRegistry registry) {
        FakeTwilio.register((name, value) -> registry.add(name, () -> value));
        registry.add("vectort.web.public-url", () -> SmsIT.PUBLIC_URL);
        registry.add("vectort.sms.routing", () -> "shared");
        registry.add("vectort.assistant.agent.enabled", () -> "true");
        registry.add("vectort.assistant.agent.model", () -> "assistant-openai");
    }

    @BeforeEach
    void fresh() {
        FakeUpstreams.reset();
        FakeTwilio.reset();
        FakeTwilio.deliverVia(SmsIT.PUBLIC_URL, "http://127.0.0.1:" + port);
        FakeTwilio.sharedNumberWebhook(SmsIT.INBOUND);
    }

    @Test
    void theVerifiedSenderSaysWhoTextsTheSharedNumber() {
        Api.Session ann = verifiedUser("+33612346001");
        Api.Session bob = verifiedUser("+33612346002");
        Api.Response state = api.get(BASE, ann.token());
        assertThat(state.json().get("routing").asString()).isEqualTo("shared");
        assertThat(state.json().get("assistantNumber").asString()).isEqualTo(FakeTwilio.SHARED_NUMBER);
        assertThat(api.post(BASE + "/number", ann.token(), Map.of()).body()).contains("not-dedicated");

        OPENAI.enqueue(FakeReply.text("Hi Ann, noted.").withUsage(100, 5));
        FakeTwilio.text("+33612346001", FakeTwilio.SHARED_NUMBER, "hey it's me");
        FakeTwilioMessage toAnn = awaitTexts("+33612346001", 2).get(1);
        assertThat(toAnn.from()).isEqualTo(FakeTwilio.SHARED_NUMBER);
        assertThat(toAnn.body()).isEqualTo("Hi Ann, noted.");

        OPENAI.enqueue(FakeReply.text("Hi Bob.").withUsage(100, 5));
        FakeTwilio.text("+33612346002", FakeTwilio.SHARED_NUMBER, "hello");
        assertThat(awaitTexts("+33612346002", 2).get(1).body()).isEqualTo("Hi Bob.");
        assertThat(jdbc.sql("select count(*) from assistant_messages where user_id = :u and role = 'user'")
                        .param("u", bob.userId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // The model was told it is answering a text, and within what length.
        RecordedRequest first = OPENAI.requests().getFirst();
        assertThat(first.body()).contains("texting you by SMS", "at most");
    }

    @Test
    void aSlowModelNeverKeepsTwilioWaitingTheReplyGoesOutWhenReady() {
        verifiedUser("+33612346011");
        OPENAI.enqueue(FakeReply.text("Here you go.").withUsage(100, 5).slowFirstByte(Duration.ofSeconds(4)));
        long started = System.nanoTime();
        FakeTwilio.WebhookResponse webhook = FakeTwilio.text("+33612346011", FakeTwilio.SHARED_NUMBER, "help me plan");
        long answeredMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(webhook.status()).isEqualTo(200);
        assertThat(webhook.body()).contains("<Response></Response>");
        assertThat(answeredMillis)
                .as("the webhook is answered before the model")
                .isLessThan(3000);
        assertThat(texts("+33612346011")).hasSize(1);

        FakeTwilioMessage reply = awaitTexts("+33612346011", 2).get(1);
        assertThat(reply.body()).isEqualTo("Here you go.");
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(4000);
    }

    @Test
    void aUsersTextsAreAnsweredInTheOrderTheyCame() {
        verifiedUser("+33612346021");
        OPENAI.enqueue(
                FakeReply.text("First answer.").withUsage(100, 5).slowFirstByte(Duration.ofSeconds(2)),
                FakeReply.text("Second answer.").withUsage(100, 5));
        FakeTwilio.text("+33612346021", FakeTwilio.SHARED_NUMBER, "first thing");
        FakeTwilio.text("+33612346021", FakeTwilio.SHARED_NUMBER, "second thing");

        assertThat(awaitTexts("+33612346021", 3).subList(1, 3))
                .extracting(FakeTwilioMessage::body)
                .containsExactly("First answer.", "Second answer.");
        // The second turn saw the first exchange: it came after it, in the same conversation.
        assertThat(OPENAI.requests().get(1).body()).contains("first thing", "First answer.", "second thing");
    }

    private Api.Session verifiedUser(String phone) {
        Api.Session user = api.newUser();
        assertThat(api.post(BASE + "/phone", user.token(), Map.of("number", phone))
                        .status())
                .isEqualTo(202);
        FakeTwilioMessage codeText = awaitTexts(phone, 1).get(0);
        Matcher code = CODE.matcher(codeText.body());
        assertThat(code.find()).isTrue();
        assertThat(api.post(BASE + "/phone/verify", user.token(), Map.of("code", code.group(1)))
                        .status())
                .isEqualTo(200);
        return user;
    }
}
