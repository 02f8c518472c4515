// Applies a saved light/dark choice before first paint, so the page does not flash.
// Inlined in <head>; astro.config.mjs adds its hash to the Content Security Policy.
try {
  const t = localStorage.getItem('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset['theme'] = t;
} catch {
  // Storage can be blocked (private mode, policy): the default theme then applies.
}
