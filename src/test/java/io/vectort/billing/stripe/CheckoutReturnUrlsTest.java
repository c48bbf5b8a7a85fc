package io.vectort.billing.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Where Stripe Checkout sends the buyer back, as application.yml resolves it. */
class CheckoutReturnUrlsTest {

    @Test
    void buyersReturnToTheAccountPageOfThePublicUrl() throws IOException {
        StandardEnvironment environment = environment(Map.of("VECTORT_PUBLIC_URL", "https://vectort.example.com"));

        assertThat(environment.getProperty("vectort.billing.stripe.success-url"))
                .isEqualTo("https://vectort.example.com/account?checkout=success&session_id={CHECKOUT_SESSION_ID}");
        assertThat(environment.getProperty("vectort.billing.stripe.cancel-url"))
                .isEqualTo("https://vectort.example.com/account?checkout=cancelled");
    }

    @Test
    void withoutAPublicUrlTheyReturnToLocalhostAndExplicitUrlsWin() throws IOException {
        assertThat(environment(Map.of()).getProperty("vectort.billing.stripe.cancel-url"))
                .isEqualTo("http://localhost:8080/account?checkout=cancelled");
        assertThat(environment(Map.of(
                                "VECTORT_PUBLIC_URL", "https://vectort.example.com",
                                "VECTORT_STRIPE_CANCEL_URL", "https://shop.example.com/cancelled"))
                        .getProperty("vectort.billing.stripe.cancel-url"))
                .isEqualTo("https://shop.example.com/cancelled");
    }

    private static StandardEnvironment environment(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        return environment;
    }
}
