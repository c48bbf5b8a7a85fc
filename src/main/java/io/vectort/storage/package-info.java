/**
 * Blob storage: immutable-ish byte objects under slash-separated keys, on the local filesystem
 * (the default, {@code ./data/blobs}) or on an S3-compatible store when a bucket is configured.
 * The public API is {@link io.vectort.storage.BlobStore} with plain Java types; S3 SDK types and
 * file-system details stay inside this package.
 */
@NullMarked
package io.vectort.storage;

import org.jspecify.annotations.NullMarked;
