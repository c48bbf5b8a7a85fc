package io.vectort.identity.privacy;

import java.util.UUID;

/** Where data exports live in the blob store: apart from any organisation's objects. */
final class ExportKeys {

    private ExportKeys() {}

    static String archive(UUID userId, UUID exportId) {
        return "exports/users/" + userId + "/" + exportId + ".zip";
    }
}
