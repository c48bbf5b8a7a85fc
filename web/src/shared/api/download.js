import { api } from './endpoints';
import { readJson } from './client';
/** The file name a Content-Disposition header suggests, if any. */
export function filenameFrom(disposition, fallback) {
    if (!disposition)
        return fallback;
    const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
    if (star) {
        try {
            return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
        }
        catch {
            // fall through to the plain parameter
        }
    }
    const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
    return plain ? plain[1].trim() : fallback;
}
/**
 * Downloads a protected file: it needs the bearer token, so it is fetched, then handed to the
 * browser as a blob under the server's file name.
 */
export async function downloadFile(path, fallbackName) {
    const response = await api.fetch(path, { headers: { Accept: 'application/zip, application/octet-stream' } });
    if (!response.ok)
        await readJson(response);
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = filenameFrom(response.headers.get('Content-Disposition'), fallbackName);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
