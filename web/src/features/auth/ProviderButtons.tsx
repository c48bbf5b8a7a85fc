/**
 * Sign-in with the providers the server has enabled (Google, GitHub, Apple, OpenID Connect). Shows
 * nothing until providers are wired in.
 */
export function ProviderButtons(_props: { next: string }) {
  return null;
}
