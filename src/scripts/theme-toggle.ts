/**
 * <theme-toggle>: switches between the light and dark themes and remembers
 * the choice. The button is labelled with the theme it switches to (CSS
 * shows the right label, see layout.css), so it is a plain button, not a
 * pressed/unpressed toggle whose label would also change.
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
    button.addEventListener('click', () => {
      const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);
