/**
 * <theme-toggle>: a toggle button for dark mode. aria-pressed reflects
 * whether the dark theme is showing, whichever way it was chosen.
 */
const STORAGE_KEY = 'theme';
type Theme = 'light' | 'dark';

function systemTheme(): Theme {
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function currentTheme(): Theme {
  const set = document.documentElement.dataset['theme'];
  return set === 'light' || set === 'dark' ? set : systemTheme();
}

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
    sync();
    button.addEventListener('click', () => {
      const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      sync();
    });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
  }
}

customElements.define('theme-toggle', ThemeToggle);
