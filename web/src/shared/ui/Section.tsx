import { useId, type ReactNode } from 'react';

/** One block of a page (account, organisation): a titled card, labelled by its heading. */
export function Section({
  title,
  testId,
  actions,
  children,
}: {
  title: string;
  testId: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      data-testid={testId}
      className="rounded-xl border border-border bg-surface p-4 shadow-sm sm:p-5"
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold text-fg">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export const TABLE = 'w-full min-w-max border-collapse text-left text-sm';
export const TH = 'border-b border-border px-2 py-1.5 text-xs font-semibold tracking-wide text-muted uppercase';
export const TD = 'border-b border-border px-2 py-1.5 text-fg';
export const NUM = 'text-right tabular-nums';
