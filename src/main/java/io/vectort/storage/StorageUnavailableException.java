package io.vectort.storage;

import io.vectort.shared.DomainException;
import io.vectort.shared.ErrorCategory;

/** The blob store cannot be reached or refused the operation; the web layer answers 503. */
public class StorageUnavailableException extends DomainException {

    public StorageUnavailableException(Throwable cause) {
        super(ErrorCategory.UNAVAILABLE, "storage-unavailable", "File storage is unavailable; retry in a moment");
        initCause(cause);
    }
}
