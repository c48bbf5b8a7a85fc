package io.vectort.identity.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vectort.identity.mail.Mailer;
import io.vectort.identity.organization.OrganizationProperties;
import io.vectort.shared.PublicUrl;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

class EmailVerificationsTest {

    @Test
    void requiredVerificationWithoutSmtpFailsAtStartUpSayingWhatToSet() {
        RecoveryMailer mailer = new RecoveryMailer(new Mailer(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                PublicUrl.of("https://vectort.example"),
                new OrganizationProperties(List.of(), 10, Duration.ofDays(7), Duration.ofDays(400), 50, ""),
                ""));
        RecoveryProperties required = new RecoveryProperties(
                EmailVerificationMode.REQUIRED, Duration.ofMinutes(30), Duration.ofHours(48), 20, 5);

        assertThatThrownBy(() -> new EmailVerifications(null, null, null, null, mailer, null, null, required, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VECTORT_EMAIL_VERIFICATION=required")
                .hasMessageContaining("SPRING_MAIL_HOST")
                .hasMessageContaining("VECTORT_PUBLIC_URL");
        mailer.close();
    }

    @Test
    void emailsSayHowLongALinkWorksInWords() {
        assertThat(RecoveryMails.words(Duration.ofMinutes(30))).isEqualTo("30 minutes");
        assertThat(RecoveryMails.words(Duration.ofHours(48))).isEqualTo("48 hours");
        assertThat(RecoveryMails.words(Duration.ofDays(7))).isEqualTo("7 days");
        assertThat(RecoveryMails.words(Duration.ofMinutes(1))).isEqualTo("1 minute");
    }
}
