import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
/** Small line icons (24×24 grid, currentColor): no emoji, so they render the same everywhere. */
function Icon({ children, className = 'h-4 w-4', ...rest }) {
    return (_jsx("svg", { viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "round", strokeLinejoin: "round", "aria-hidden": "true", focusable: "false", className: className, ...rest, children: children }));
}
export const GlobeIcon = (p) => (_jsxs(Icon, { ...p, children: [_jsx("circle", { cx: "12", cy: "12", r: "9" }), _jsx("path", { d: "M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" })] }));
export const SunIcon = (p) => (_jsxs(Icon, { ...p, children: [_jsx("circle", { cx: "12", cy: "12", r: "4" }), _jsx("path", { d: "M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" })] }));
export const MoonIcon = (p) => (_jsx(Icon, { ...p, children: _jsx("path", { d: "M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" }) }));
export const MonitorIcon = (p) => (_jsxs(Icon, { ...p, children: [_jsx("rect", { x: "3", y: "4", width: "18", height: "12", rx: "2" }), _jsx("path", { d: "M8 20h8M12 16v4" })] }));
export const FolderIcon = (p) => (_jsx(Icon, { ...p, children: _jsx("path", { d: "M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" }) }));
export const FileIcon = (p) => (_jsxs(Icon, { ...p, children: [_jsx("path", { d: "M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" }), _jsx("path", { d: "M14 3v5h5" })] }));
export const ChatIcon = (p) => (_jsx(Icon, { ...p, children: _jsx("path", { d: "M21 12a8 8 0 0 1-11.6 7.1L4 20l1.1-4.4A8 8 0 1 1 21 12z" }) }));
export const PlayIcon = (p) => (_jsx(Icon, { ...p, children: _jsx("path", { d: "M7 4l13 8-13 8z" }) }));
export const ClockIcon = (p) => (_jsxs(Icon, { ...p, children: [_jsx("circle", { cx: "12", cy: "12", r: "9" }), _jsx("path", { d: "M12 7v5l3 2" })] }));
export const CodeIcon = (p) => (_jsx(Icon, { ...p, children: _jsx("path", { d: "M8 6l-6 6 6 6M16 6l6 6-6 6" }) }));
export const SparkIcon = (p) => (_jsx(Icon, { ...p, children: _jsx("path", { d: "M12 3l2 6 6 2-6 2-2 6-2-6-6-2 6-2z" }) }));
export const GearIcon = (p) => (_jsxs(Icon, { ...p, children: [_jsx("circle", { cx: "12", cy: "12", r: "3" }), _jsx("path", { d: "M12 2v3M12 19v3M4.2 4.2l2.1 2.1M17.7 17.7l2.1 2.1M2 12h3M19 12h3M4.2 19.8l2.1-2.1M17.7 6.3l2.1-2.1" })] }));
export const PlusIcon = (p) => (_jsx(Icon, { ...p, children: _jsx("path", { d: "M12 5v14M5 12h14" }) }));
export const DownloadIcon = (p) => (_jsx(Icon, { ...p, children: _jsx("path", { d: "M12 4v11M7 10l5 5 5-5M5 20h14" }) }));
export const RestoreIcon = (p) => (_jsxs(Icon, { ...p, children: [_jsx("path", { d: "M3 12a9 9 0 1 0 3-6.7L3 8" }), _jsx("path", { d: "M3 3v5h5" })] }));
export const ReloadIcon = (p) => (_jsxs(Icon, { ...p, children: [_jsx("path", { d: "M21 12a9 9 0 1 1-3-6.7L21 8" }), _jsx("path", { d: "M21 3v5h-5" })] }));
export const BlockIcon = (p) => (_jsxs(Icon, { ...p, children: [_jsx("circle", { cx: "12", cy: "12", r: "9" }), _jsx("path", { d: "M5.6 5.6l12.8 12.8" })] }));
export const CloseIcon = (p) => (_jsx(Icon, { ...p, children: _jsx("path", { d: "M6 6l12 12M18 6L6 18" }) }));
export const ChevronIcon = ({ open, ...p }) => (_jsx(Icon, { ...p, style: { transform: open ? 'rotate(90deg)' : undefined, transition: 'transform 120ms' }, children: _jsx("path", { d: "M9 6l6 6-6 6" }) }));
export const SignOutIcon = (p) => (_jsx(Icon, { ...p, children: _jsx("path", { d: "M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 17l5-5-5-5M15 12H3" }) }));
export const UsersIcon = (p) => (_jsxs(Icon, { ...p, children: [_jsx("circle", { cx: "9", cy: "8", r: "3.5" }), _jsx("path", { d: "M2.5 20a6.5 6.5 0 0 1 13 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14.5a6.5 6.5 0 0 1 3.5 5.5" })] }));
