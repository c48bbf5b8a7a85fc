package io.vectort.billing.stripe;

import tools.jackson.databind.JsonNode;

/**
 * A verified webhook event. {@code object} is the event's {@code data.object} as JSON: read field
 * by field rather than through the SDK's typed models, whose deserialisation depends on the
 * account's API version matching the SDK's.
 */
record StripeEvent(String id, String type, boolean livemode, JsonNode object) {

    String text(String field) {
        JsonNode value = object.path(field);
        // Expandable fields (customer, subscription) are an id, or an object with one when expanded.
        if (value.isObject()) {
            value = value.path("id");
        }
        return value.isString() ? value.asString() : "";
    }
}
