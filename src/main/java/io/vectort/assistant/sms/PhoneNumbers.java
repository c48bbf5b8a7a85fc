package io.vectort.assistant.sms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.vectort.shared.InvalidRequestException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Phone numbers as people type them ("06 12 34 56 78", "+1 (415) 555-0100") to E.164, and back. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {}

    /**
     * The E.164 form of {@code typed}, read in {@code country} (ISO 3166 alpha-2) unless it starts
     * with +; a number that cannot exist there is refused as {@code invalid-number}.
     */
    public static String e164(@Nullable String typed, @Nullable String country) {
        if (typed == null || typed.isBlank() || typed.length() > 40) {
            throw invalid();
        }
        String region =
                country == null || country.isBlank() ? "US" : country.strip().toUpperCase(Locale.ROOT);
        try {
            PhoneNumber number = UTIL.parse(typed.strip(), region);
            if (!UTIL.isValidNumber(number)) {
                throw invalid();
            }
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw invalid();
        }
    }

    /** The country (ISO alpha-2) of an E.164 number, if known. */
    public static Optional<String> country(String e164) {
        try {
            String region = UTIL.getRegionCodeForNumber(UTIL.parse(e164, "US"));
            return region == null || region.equals("ZZ") ? Optional.empty() : Optional.of(region);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} looks like a number a provider sent us (E.164): a guard on webhook fields. */
    public static boolean isE164(@Nullable String text) {
        return text != null && text.matches("\\+[1-9]\\d{6,14}");
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException(
                "number", "invalid-number", "is not a phone number we can text; include the country code, like +33…");
    }
}
