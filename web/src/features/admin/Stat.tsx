/** One headline number with its name. */
export function Stat({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="min-w-0 rounded-lg border border-border bg-surface px-3 py-2" data-testid={testId}>
      <dt className="truncate text-xs font-medium tracking-wide text-muted uppercase">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold text-fg tabular-nums">{value}</dd>
    </div>
  );
}

export function Stats({ children }: { children: React.ReactNode }) {
  return <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">{children}</dl>;
}
