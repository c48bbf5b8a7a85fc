// Applies the saved theme before the first paint, so a dark-mode user never sees a white flash.
// A file, not an inline script: the Content-Security-Policy allows scripts from our origin only.
try {
  var t = localStorage.getItem('vectort.theme');
  var dark = t === 'dark' || (t !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
} catch {
  // Storage or media queries refused: the light theme shows, nothing breaks.
}
