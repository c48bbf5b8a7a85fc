package io.vectort.providers.http;

import io.vectort.providers.Deployment;
import io.vectort.providers.ProviderException;

/** A vendor's reading of its own error answers; most start from {@link UpstreamError#toException}. */
@FunctionalInterface
public interface ErrorTranslator {

    ProviderException translate(Deployment deployment, UpstreamError error);
}
