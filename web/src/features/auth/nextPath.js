/** Where to go after signing in: only a path inside this app (never another site). */
export function nextPath(search) {
    const next = new URLSearchParams(search).get('next');
    return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/signin') ? next : '/projects';
}
