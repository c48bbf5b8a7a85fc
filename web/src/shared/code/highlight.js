/**
 * Syntax highlighting with Shiki, loaded on first use: only the core, the JavaScript regex engine
 * (no WebAssembly), two GitHub themes and the languages generated projects contain.
 */
const BY_EXTENSION = {
    js: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    jsx: 'jsx',
    ts: 'typescript',
    mts: 'typescript',
    tsx: 'tsx',
    json: 'json',
    html: 'html',
    htm: 'html',
    css: 'css',
    vue: 'vue',
    md: 'markdown',
    markdown: 'markdown',
    yml: 'yaml',
    yaml: 'yaml',
    sh: 'shellscript',
    bash: 'shellscript',
};
/** The Shiki language for a file path, or null for plain text. */
export function languageOf(path) {
    const name = path.split('/').pop() ?? '';
    if (name === 'Dockerfile')
        return null;
    const dot = name.lastIndexOf('.');
    if (dot < 0)
        return null;
    return BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? null;
}
/** Above this, highlighting costs more than it helps; the file shows as plain text. */
export const MAX_HIGHLIGHT_CHARS = 300_000;
let highlighter = null;
function load() {
    if (!highlighter) {
        highlighter = (async () => {
            const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
                import('shiki/core'),
                import('shiki/engine/javascript'),
            ]);
            return createHighlighterCore({
                themes: [import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')],
                langs: [
                    import('shiki/langs/javascript.mjs'),
                    import('shiki/langs/jsx.mjs'),
                    import('shiki/langs/typescript.mjs'),
                    import('shiki/langs/tsx.mjs'),
                    import('shiki/langs/json.mjs'),
                    import('shiki/langs/html.mjs'),
                    import('shiki/langs/css.mjs'),
                    import('shiki/langs/vue.mjs'),
                    import('shiki/langs/markdown.mjs'),
                    import('shiki/langs/yaml.mjs'),
                    import('shiki/langs/shellscript.mjs'),
                ],
                engine: createJavaScriptRegexEngine(),
            });
        })();
        highlighter.catch(() => {
            highlighter = null;
        });
    }
    return highlighter;
}
/**
 * HTML for the code with both themes as CSS variables (the page's theme picks one), or null
 * when the file is plain text or too large. Shiki escapes the code itself.
 */
export async function highlightToHtml(code, path) {
    const lang = languageOf(path);
    if (!lang || code.length > MAX_HIGHLIGHT_CHARS)
        return null;
    const shiki = await load();
    return shiki.codeToHtml(code, {
        lang,
        themes: { light: 'github-light-default', dark: 'github-dark-default' },
        defaultColor: false,
    });
}
