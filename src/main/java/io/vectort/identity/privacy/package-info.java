/**
 * "Your data": the export of everything Vectort holds about a user (a durable job writes one ZIP
 * into the blob store, downloadable through a signed, expiring link) and the deletion of an
 * account. Identity cannot see the modules that hold most of that data, so they take part through
 * SPIs declared here: {@link io.vectort.identity.privacy.PersonalDataContributor} for the export,
 * {@link io.vectort.identity.organization.OrganizationDeletionListener} for the deletion.
 */
@NullMarked
package io.vectort.identity.privacy;

import org.jspecify.annotations.NullMarked;
