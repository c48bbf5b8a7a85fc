/** Placeholder until this section is built. */
export function LinkedAccountsSection() {
  return null;
}
