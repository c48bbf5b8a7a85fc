package io.vectort.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a Twilio list resource: the items under their key, then {@code page}, {@code
 * page_size}, {@code start}, {@code end} and the page URIs. Like Twilio, the next page's URI carries
 * {@code Page=n+1} and a {@code PageToken} naming the last item seen ({@code PA} + its SID), the
 * previous one a {@code PB} token naming the first; {@code next_page_uri} is null on the last page.
 * Without a token, {@code Page} alone counts whole pages from the first item.
 */
final class FakeTwilioPage {

    private static final int DEFAULT_SIZE = 50;
    private static final int MAX_SIZE = 1000;

    private FakeTwilioPage() {}

    /**
     * @param path the list's path, e.g. {@code /2010-04-01/Accounts/AC…/Messages.json}
     * @param filters the filters the request used, repeated in every URI
     * @param query the request's query string, decoded (for Page, PageSize, PageToken)
     */
    static <T> Map<String, Object> of(
            String key,
            List<T> items,
            Function<T, String> sidOf,
            Function<T, Map<String, Object>> json,
            String path,
            Map<String, String> filters,
            Map<String, String> query) {
        int size = Math.min(number(query, "PageSize", DEFAULT_SIZE), MAX_SIZE);
        int page = number(query, "Page", 0);
        String token = query.get("PageToken");
        int from = firstIndex(items, sidOf, token, page, size);
        List<T> slice = items.subList(from, Math.min(from + size, items.size()));
        String base = path + "?" + filtersOf(filters) + "PageSize=" + size + "&Page=";

        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, slice.stream().map(json).toList());
        body.put("page", page);
        body.put("page_size", size);
        body.put("start", page * size);
        body.put("end", slice.isEmpty() ? page * size : page * size + slice.size() - 1);
        body.put("uri", base + page + (token == null ? "" : "&PageToken=" + token));
        body.put("first_page_uri", base + 0);
        boolean more = from + slice.size() < items.size() && !slice.isEmpty();
        body.put("next_page_uri", more ? base + (page + 1) + "&PageToken=PA" + sidOf.apply(slice.getLast()) : null);
        boolean earlier = page > 0 && from > 0 && !slice.isEmpty();
        body.put(
                "previous_page_uri",
                earlier ? base + (page - 1) + "&PageToken=PB" + sidOf.apply(slice.getFirst()) : null);
        return body;
    }

    private static <T> int firstIndex(List<T> items, Function<T, String> sidOf, String token, int page, int size) {
        if (token == null) {
            return Math.min(page * size, items.size());
        }
        if (token.length() < 3 || !(token.startsWith("PA") || token.startsWith("PB"))) {
            throw FakeTwilioError.badRequest(20001, "Invalid PageToken");
        }
        String sid = token.substring(2);
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (sidOf.apply(items.get(i)).equals(sid)) {
                index = i;
            }
        }
        if (index < 0) {
            throw FakeTwilioError.badRequest(20001, "Invalid PageToken");
        }
        return token.startsWith("PA") ? index + 1 : Math.max(0, index - size);
    }

    private static int number(Map<String, String> query, String name, int otherwise) {
        String value = query.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < (name.equals("Page") ? 0 : 1)) {
                throw new NumberFormatException(value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw FakeTwilioError.badRequest(20001, "Invalid " + name + ": " + value);
        }
    }

    private static String filtersOf(Map<String, String> filters) {
        StringBuilder uri = new StringBuilder();
        filters.forEach((name, value) -> uri.append(FakeTwilioWire.encode(name))
                .append('=')
                .append(FakeTwilioWire.encode(value))
                .append('&'));
        return uri.toString();
    }
}
