package io.vectort.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The phone numbers side of the fake Twilio: the pool of numbers for sale per country
 * (AvailablePhoneNumbers) and the numbers the account owns (IncomingPhoneNumbers). Buying takes a
 * number out of the pool; releasing does not put it back (Twilio quarantines released numbers).
 */
final class FakeTwilioNumbers {

    /** Every ISO country is known to the fake; only these have numbers for sale unless scripted. */
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private static final Map<String, List<String>> DEFAULT_POOLS = Map.of(
            "US", List.of("+15555550101", "+15555550102", "+15555550103"),
            "FR", List.of("+33756780101", "+33756780102", "+33756780103"));

    private final String accountSid;
    private final Map<String, List<String>> pools = new HashMap<>();
    private final Map<String, FakeTwilioNumber> owned = new LinkedHashMap<>();
    private int limit = Integer.MAX_VALUE;

    FakeTwilioNumbers(String accountSid) {
        this.accountSid = accountSid;
        reset();
    }

    synchronized void reset() {
        pools.clear();
        DEFAULT_POOLS.forEach((country, numbers) -> pools.put(country, new ArrayList<>(numbers)));
        owned.clear();
        limit = Integer.MAX_VALUE;
    }

    synchronized void pool(String isoCountry, List<String> numbers) {
        pools.put(isoCountry.toUpperCase(Locale.ROOT), new ArrayList<>(numbers));
    }

    synchronized void limit(int numbers) {
        limit = numbers;
    }

    synchronized Optional<FakeTwilioNumber> byPhoneNumber(String phoneNumber) {
        return owned.values().stream()
                .filter(n -> n.phoneNumber().equals(phoneNumber))
                .findFirst();
    }

    synchronized List<FakeTwilioNumber> owned() {
        return List.copyOf(owned.values());
    }

    /** {@code GET …/AvailablePhoneNumbers/{IsoCountry}/Local.json}: never more than one page. */
    synchronized Map<String, Object> available(String path, String isoCountry, Map<String, String> query) {
        if (!COUNTRIES.contains(isoCountry)) {
            throw FakeTwilioError.notFound(path);
        }
        List<String> pool = pools.getOrDefault(isoCountry, List.of());
        Map<String, Object> page = FakeTwilioPage.of(
                "available_phone_numbers",
                List.copyOf(pool),
                number -> number,
                number -> forSale(number, isoCountry),
                path,
                filters(query, "SmsEnabled"),
                query);
        // Twilio answers a search with one page only: its size is the most numbers it offers.
        page.put("next_page_uri", null);
        return page;
    }

    synchronized FakeTwilioNumber buy(Map<String, String> form, Instant now) {
        String phoneNumber = form.get("PhoneNumber");
        if (!FakeTwilioWire.isE164(phoneNumber)) {
            throw FakeTwilioError.badRequest(21421, "PhoneNumber is invalid");
        }
        List<String> pool = pools.getOrDefault(FakeTwilioWire.country(phoneNumber), List.of());
        if (!pool.contains(phoneNumber)) {
            throw FakeTwilioError.badRequest(21422, "PhoneNumber requested is not available");
        }
        if (owned.size() >= limit) {
            throw FakeTwilioError.badRequest(
                    21404,
                    "Trial accounts are allowed only one Twilio number. To purchase additional numbers, please"
                            + " upgrade your account.");
        }
        pool.remove(phoneNumber);
        FakeTwilioNumber number = new FakeTwilioNumber(
                FakeTwilioWire.sid("PN"),
                phoneNumber,
                form.getOrDefault("FriendlyName", friendlyName(phoneNumber)),
                form.getOrDefault("SmsUrl", ""),
                method(form.getOrDefault("SmsMethod", "POST")),
                form.getOrDefault("StatusCallback", ""),
                now,
                now);
        owned.put(number.sid(), number);
        return number;
    }

    synchronized FakeTwilioNumber get(String path, String sid) {
        FakeTwilioNumber number = owned.get(sid);
        if (number == null) {
            throw FakeTwilioError.notFound(path);
        }
        return number;
    }

    synchronized FakeTwilioNumber update(String path, String sid, Map<String, String> form, Instant now) {
        FakeTwilioNumber updated = get(path, sid).updated(form, now);
        owned.put(sid, updated);
        return updated;
    }

    synchronized void release(String path, String sid) {
        if (owned.remove(sid) == null) {
            throw FakeTwilioError.notFound(path);
        }
    }

    /** {@code GET …/IncomingPhoneNumbers.json}, oldest first, filtered by {@code PhoneNumber}. */
    synchronized Map<String, Object> list(String path, Map<String, String> query) {
        String phoneNumber = query.get("PhoneNumber");
        List<FakeTwilioNumber> numbers = owned.values().stream()
                .filter(n -> phoneNumber == null || n.phoneNumber().equals(phoneNumber))
                .toList();
        return FakeTwilioPage.of(
                "incoming_phone_numbers",
                numbers,
                FakeTwilioNumber::sid,
                n -> n.json(accountSid),
                path,
                filters(query, "PhoneNumber"),
                query);
    }

    static String method(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        if (!upper.equals("GET") && !upper.equals("POST")) {
            throw FakeTwilioError.badRequest(21403, "Invalid Method: " + method + " (GET or POST)");
        }
        return upper;
    }

    private static Map<String, Object> forSale(String number, String isoCountry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("friendly_name", friendlyName(number));
        json.put("phone_number", number);
        json.put("iso_country", isoCountry);
        json.put("region", isoCountry.equals("US") ? "NY" : null);
        json.put("address_requirements", "none");
        json.put("beta", false);
        json.put("capabilities", Map.of("voice", true, "SMS", true, "MMS", true));
        return json;
    }

    /** Twilio names a North American number {@code (555) 555-0101} and any other by itself. */
    static String friendlyName(String number) {
        if (number.startsWith("+1") && number.length() == 12) {
            return "(" + number.substring(2, 5) + ") " + number.substring(5, 8) + "-" + number.substring(8);
        }
        return number;
    }

    private static Map<String, String> filters(Map<String, String> query, String name) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (query.containsKey(name)) {
            filters.put(name, query.get(name));
        }
        return filters;
    }
}
