/** Placeholder until this section is built. */
export function SessionsSection() {
  return null;
}
