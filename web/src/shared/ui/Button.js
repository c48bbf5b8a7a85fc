import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { forwardRef } from 'react';
import { Spinner } from './Spinner';
const VARIANTS = {
    primary: 'bg-accent text-accent-fg hover:bg-accent-hover border border-transparent',
    secondary: 'bg-surface text-fg border border-border hover:bg-surface-2',
    danger: 'bg-danger-solid text-white border border-transparent hover:brightness-110',
    ghost: 'bg-transparent text-fg border border-transparent hover:bg-surface-2',
    ghostDanger: 'bg-transparent text-danger border border-transparent hover:bg-danger-bg',
};
export const Button = forwardRef(function Button({ variant = 'secondary', size = 'md', busy = false, className = '', children, disabled, type = 'button', ...rest }, ref) {
    const sizing = size === 'sm' ? 'px-2.5 py-1.5 text-sm gap-1.5' : 'px-4 py-2 text-sm gap-2';
    return (_jsxs("button", { ref: ref, type: type, disabled: disabled || busy, "aria-busy": busy || undefined, className: `inline-flex items-center justify-center rounded-md font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${sizing} ${VARIANTS[variant]} ${className}`, ...rest, children: [busy && _jsx(Spinner, { size: "sm" }), children] }));
});
