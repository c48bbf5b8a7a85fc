import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useId } from 'react';
/** One block of a page (account, organisation): a titled card, labelled by its heading. */
export function Section({ title, testId, actions, children, }) {
    const id = useId();
    return (_jsxs("section", { "aria-labelledby": id, "data-testid": testId, className: "rounded-xl border border-border bg-surface p-4 shadow-sm sm:p-5", children: [_jsxs("div", { className: "mb-3 flex flex-wrap items-center justify-between gap-2", children: [_jsx("h2", { id: id, className: "text-lg font-semibold text-fg", children: title }), actions] }), children] }));
}
export const TABLE = 'w-full min-w-max border-collapse text-left text-sm';
export const TH = 'border-b border-border px-2 py-1.5 text-xs font-semibold tracking-wide text-muted uppercase';
export const TD = 'border-b border-border px-2 py-1.5 text-fg';
export const NUM = 'text-right tabular-nums';
