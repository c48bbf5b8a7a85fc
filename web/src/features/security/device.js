/** A short, human name for a User-Agent: "Firefox on Windows", or the raw text when unknown. */
export function describeDevice(userAgent) {
    if (!userAgent)
        return { browser: null, os: null };
    const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
    const os = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
    return { browser, os };
}
// Order matters: Edge and Opera also claim to be Chrome, Chrome claims to be Safari.
const BROWSERS = [
    [/Edg\//, 'Edge'],
    [/OPR\/|Opera/, 'Opera'],
    [/Firefox\//, 'Firefox'],
    [/Chrom(e|ium)\//, 'Chrome'],
    [/Safari\//, 'Safari'],
    [/curl\//, 'curl'],
];
const SYSTEMS = [
    [/Android/, 'Android'],
    [/iPhone|iPad|iOS/, 'iOS'],
    [/Windows/, 'Windows'],
    [/Mac OS X|Macintosh/, 'macOS'],
    [/CrOS/, 'ChromeOS'],
    [/Linux/, 'Linux'],
];
