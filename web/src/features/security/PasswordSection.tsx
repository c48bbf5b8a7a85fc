/** Placeholder until this section is built. */
export function PasswordSection() {
  return null;
}
