/** Placeholder until this section is built. */
export function TwoFactorSection() {
  return null;
}
