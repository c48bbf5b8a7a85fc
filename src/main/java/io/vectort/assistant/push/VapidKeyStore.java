package io.vectort.assistant.push;

import io.vectort.database.InstanceSettings;
import io.vectort.identity.organization.OrganizationProperties;
import io.vectort.shared.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The VAPID key pair and subject. Configured keys win; otherwise the first node to need them
 * generates a pair and stores it as an instance setting (encrypted under the master key, inserted
 * once: concurrent first starts converge on the first pair written), so every node signs with the
 * same key and browsers' subscriptions survive restarts.
 */
@Component
class VapidKeyStore {

    private static final Logger log = LoggerFactory.getLogger(VapidKeyStore.class);
    static final String SETTING = "assistant.push.vapid-private-key";

    private final PushProperties properties;
    private final InstanceSettings settings;
    private final String subject;
    private volatile VapidKeys keys;

    VapidKeyStore(
            PushProperties properties,
            InstanceSettings settings,
            OrganizationProperties organizations,
            PublicUrl publicUrl) {
        this.properties = properties;
        this.settings = settings;
        this.subject = subject(properties, organizations, publicUrl);
        if (!properties.vapidPrivateKey().isEmpty()) {
            // Fail at start-up, not at the first nudge, when the configured keys are wrong.
            keys();
        }
    }

    VapidKeys keys() {
        VapidKeys current = keys;
        if (current == null) {
            synchronized (this) {
                current = keys;
                if (current == null) {
                    current = load();
                    keys = current;
                }
            }
        }
        return current;
    }

    String subject() {
        return subject;
    }

    private VapidKeys load() {
        if (!properties.vapidPrivateKey().isEmpty()) {
            VapidKeys configured = VapidKeys.fromPrivateKey(properties.vapidPrivateKey());
            return properties.vapidPublicKey().isEmpty()
                    ? configured
                    : configured.requirePublicKey(properties.vapidPublicKey());
        }
        String stored = settings.getOrCreate(SETTING, () -> VapidKeys.generate().privateKeyBase64Url());
        return VapidKeys.fromPrivateKey(stored);
    }

    private static String subject(PushProperties properties, OrganizationProperties organizations, PublicUrl url) {
        if (!properties.vapidSubject().isEmpty()) {
            return properties.vapidSubject();
        }
        String from = organizations.mailFrom();
        if (!from.isEmpty()) {
            // "Vectort <vectort@example.com>" or a bare address.
            int open = from.indexOf('<');
            int close = from.indexOf('>', open + 1);
            return "mailto:" + (open >= 0 && close > open ? from.substring(open + 1, close) : from).strip();
        }
        if (!organizations.adminEmails().isEmpty()) {
            return "mailto:" + organizations.adminEmails().getFirst();
        }
        if (url.base().isPresent() && url.base().get().startsWith("https://")) {
            return url.base().get();
        }
        log.warn("Web push has no contact for push services; set VECTORT_VAPID_SUBJECT (mailto: or https:)"
                + " or VECTORT_MAIL_FROM. Some push services (Apple's) refuse pushes without one.");
        return "mailto:vectort@localhost";
    }
}
