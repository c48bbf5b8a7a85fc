import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, fieldMessage } from '../../shared/api/messages';
import { downloadFile } from '../../shared/api/download';
import { useLoader } from '../../shared/api/useLoader';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { TextField } from '../../shared/ui/Field';
import { ErrorAlert, Loading } from '../../shared/ui/States';
import { assistantApi } from './api';
import { AssistantLayout } from './AssistantLayout';
import { MemoryItem } from './MemoryItem';
/** Typing pauses this long before the search asks the server. */
const SEARCH_DELAY_MS = 300;
/** What the Assistant remembers: search it, add to it, correct it, make it forget. */
export function MemoryPage() {
    const { t } = useTranslation();
    const [query, setQuery] = useState('');
    const [forgetting, setForgetting] = useState(null);
    const list = useLoader(useCallback((signal) => assistantApi.memories(signal).then((p) => p.items), []));
    const search = useSearch(query.trim());
    const shown = query.trim() ? search.results : list.data;
    const error = query.trim() ? search.error : list.error;
    const changed = () => {
        list.reload();
        search.again();
    };
    return (_jsxs(AssistantLayout, { title: t('assistant.memory.title'), children: [_jsxs("div", { children: [_jsx("h2", { className: "text-2xl font-semibold text-fg", children: t('assistant.memory.title') }), _jsx("p", { className: "mt-1 text-sm text-muted", children: t('assistant.memory.subtitle') }), _jsx(ExportMemories, {})] }), _jsx(AddMemory, { onAdded: changed }), _jsx("div", { role: "search", children: _jsx(TextField, { type: "search", label: t('assistant.memory.search'), placeholder: t('assistant.memory.searchPlaceholder'), value: query, maxLength: 500, onChange: (e) => setQuery(e.target.value), className: "min-h-11 text-base" }) }), error ? (_jsx(ErrorAlert, { error: error, onRetry: query.trim() ? search.again : list.reload })) : shown === null ? (_jsx(Loading, {})) : shown.length === 0 ? (_jsx("p", { className: "py-6 text-center text-sm text-muted", role: "status", children: query.trim() ? t('assistant.memory.noResults') : t('assistant.memory.empty') })) : (_jsx("ul", { className: "flex flex-col gap-2", "data-testid": "memories", "aria-live": "polite", children: shown.map((memory) => (_jsx(MemoryItem, { memory: memory, onChanged: changed, onForget: () => setForgetting(memory) }, memory.id))) })), forgetting && (_jsx(ConfirmDialog, { title: t('assistant.memory.forgetTitle'), confirmLabel: t('assistant.memory.forget'), danger: true, onClose: () => setForgetting(null), onConfirm: async () => {
                    await assistantApi.deleteMemory(forgetting.id);
                    setForgetting(null);
                    changed();
                }, children: _jsx("p", { className: "text-sm text-fg", children: t('assistant.memory.forgetBody', { fact: forgetting.fact }) }) }))] }));
}
/** The backend's hybrid search (words and meaning), asked again after a short pause in typing. */
function useSearch(query) {
    const [results, setResults] = useState(null);
    const [error, setError] = useState(null);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
        if (!query)
            return;
        const controller = new AbortController();
        const timer = setTimeout(() => {
            setError(null);
            assistantApi
                .searchMemories(query, controller.signal)
                .then(setResults)
                .catch((e) => {
                if (!controller.signal.aborted)
                    setError(e);
            });
        }, SEARCH_DELAY_MS);
        return () => {
            clearTimeout(timer);
            controller.abort();
        };
    }, [query, attempt]);
    return { results: query ? results : null, error, again: () => setAttempt((n) => n + 1) };
}
function AddMemory({ onAdded }) {
    const { t } = useTranslation();
    const [fact, setFact] = useState('');
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const submit = async () => {
        if (!fact.trim())
            return;
        setBusy(true);
        setError(null);
        try {
            await assistantApi.remember(fact.trim());
            setFact('');
            onAdded();
        }
        catch (e) {
            setError(e);
        }
        finally {
            setBusy(false);
        }
    };
    const fieldError = fieldMessage(t, error, 'fact');
    return (_jsxs("form", { className: "flex flex-col gap-2 rounded-xl border border-border bg-surface p-4 sm:flex-row sm:items-end", onSubmit: (e) => {
            e.preventDefault();
            void submit();
        }, children: [_jsx("div", { className: "flex-1", children: _jsx(TextField, { label: t('assistant.memory.add'), placeholder: t('assistant.memory.addPlaceholder'), value: fact, maxLength: 500, onChange: (e) => setFact(e.target.value), error: fieldError, className: "min-h-11 text-base" }) }), _jsx(Button, { type: "submit", variant: "primary", busy: busy, disabled: !fact.trim(), className: "min-h-11", children: t('assistant.memory.remember') }), error !== null && !fieldError && (_jsx("p", { role: "alert", className: "text-sm text-danger", children: describeError(t, error) }))] }));
}
/** Everything remembered, superseded and expired facts included, as the JSON file the API serves. */
function ExportMemories() {
    const { t } = useTranslation();
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState(null);
    const download = async () => {
        setBusy(true);
        setError(null);
        try {
            await downloadFile('/api/v1/assistant/memories/export', 'vectort-memories.json');
        }
        catch (e) {
            setError(e);
        }
        finally {
            setBusy(false);
        }
    };
    return (_jsxs("div", { className: "mt-3 flex flex-col gap-2", children: [_jsx(Button, { variant: "secondary", busy: busy, onClick: () => void download(), className: "min-h-11 self-start", children: t('assistant.memory.export') }), error !== null && (_jsx("p", { role: "alert", className: "text-sm text-danger", children: t('assistant.memory.exportFailed', { reason: describeError(t, error) }) }))] }));
}
