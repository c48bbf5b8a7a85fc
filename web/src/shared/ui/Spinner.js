import { jsx as _jsx } from "react/jsx-runtime";
export function Spinner({ size = 'md', className = '' }) {
    const dims = size === 'sm' ? 'h-3.5 w-3.5 border-2' : 'h-5 w-5 border-2';
    return (_jsx("span", { "aria-hidden": "true", className: `inline-block animate-spin rounded-full border-current border-r-transparent ${dims} ${className}` }));
}
