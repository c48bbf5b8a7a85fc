import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronIcon, FileIcon, FolderIcon } from '../../shared/ui/Icons';
function Folder({ node, depth, selected, onSelect, }) {
    const [open, setOpen] = useState(depth < 2);
    return (_jsxs("li", { children: [_jsxs("button", { type: "button", "aria-expanded": open, onClick: () => setOpen(!open), className: "flex w-full items-center gap-1 rounded px-1 py-0.5 text-left text-sm text-fg hover:bg-surface-2", style: { paddingLeft: `${depth * 0.75 + 0.25}rem` }, children: [_jsx(ChevronIcon, { open: open, className: "h-3 w-3 shrink-0 text-muted" }), _jsx(FolderIcon, { className: "h-4 w-4 shrink-0 text-muted" }), _jsx("span", { className: "truncate", children: node.name })] }), open && node.children && (_jsx(Nodes, { nodes: node.children, depth: depth + 1, selected: selected, onSelect: onSelect }))] }));
}
function Nodes({ nodes, depth, selected, onSelect, }) {
    return (_jsx("ul", { className: "flex flex-col", children: nodes.map((node) => node.type === 'directory' ? (_jsx(Folder, { node: node, depth: depth, selected: selected, onSelect: onSelect }, node.path)) : (_jsx("li", { children: _jsxs("button", { type: "button", onClick: () => onSelect(node.path), "aria-current": selected === node.path ? 'true' : undefined, "data-path": node.path, className: `flex w-full items-center gap-1 rounded px-1 py-0.5 text-left font-mono text-xs hover:bg-surface-2 ${selected === node.path ? 'bg-accent-soft font-semibold text-fg' : 'text-fg'}`, style: { paddingLeft: `${depth * 0.75 + 1}rem` }, children: [_jsx(FileIcon, { className: "h-3.5 w-3.5 shrink-0 text-muted" }), _jsx("span", { className: "truncate", children: node.name })] }) }, node.path))) }));
}
/** The files of a version as folders and files; folders open and close, a file opens in the viewer. */
export function FileTree({ tree, selected, onSelect, }) {
    const { t } = useTranslation();
    return (_jsx("nav", { "aria-label": t('code.treeLabel'), className: "text-sm", children: _jsx(Nodes, { nodes: tree, depth: 0, selected: selected, onSelect: onSelect }) }));
}
/** The file to open first: the app's main component or page, else the first file. */
export function defaultFile(paths) {
    const preferred = ['src/App.jsx', 'src/App.tsx', 'src/App.vue', 'src/App.js', 'index.html', 'src/index.js', 'README.md'];
    return preferred.find((p) => paths.includes(p)) ?? paths[0] ?? null;
}
