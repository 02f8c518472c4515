// The embed's theme comes from its URL (?theme=light|dark), set by the page that embeds it, before first paint.
// Inlined in <head>; astro.config.mjs adds its hash to the Content Security Policy.
try {
  const t = new URLSearchParams(location.search).get('theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset['theme'] = t;
} catch {
  // A blocked URL API cannot happen here, but the page must render whatever the script meets.
}
