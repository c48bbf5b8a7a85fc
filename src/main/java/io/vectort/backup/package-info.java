/**
 * Backups that restore: a consistent snapshot of the database (one read-only transaction, a COPY
 * per table) and the blob store, in one ZIP encrypted with OpenPGP under the operator's passphrase,
 * written to a directory or an S3 bucket; restore into an empty database; a restore check into a
 * scratch database; scheduled backups with daily/weekly retention. Runs as {@code java -jar
 * vectort.jar backup|restore ...} without the server, or as a recurring job inside it.
 */
@NullMarked
package io.vectort.backup;

import org.jspecify.annotations.NullMarked;
