/**
 * Calls to addresses that users supply (web push endpoints, later Git remotes): {@link
 * OutboundPolicy} decides whether a URL may be called and resolves its host to addresses it has
 * checked, so the connection goes to an address that was checked (no DNS-rebinding gap). Plain
 * Java; {@link GuardedDnsResolver} plugs the policy into Apache HttpClient.
 */
@NullMarked
package io.vectort.shared.net;

import org.jspecify.annotations.NullMarked;
