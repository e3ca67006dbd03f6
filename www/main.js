// Starts the wasm app. Kept out of the HTML so a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval') needs no 'unsafe-inline'.
import init, { mountApp } from './rj_atlas.js';

init().then(() => {
  mountApp();
  registerServiceWorker();
}, (error) => {
  console.error('RJ Atlas failed to start:', error);
  const app = document.getElementById('app');
  // A panic while starting has already put up the panic card (src/ui/mod.rs).
  if (!app || app.querySelector('.error-card')) return;
  const card = document.createElement('div');
  card.className = 'rj-atlas error-card';
  card.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = 'The atlas could not start';
  const text = document.createElement('p');
  text.textContent = 'Your browser may not support WebAssembly, or a file failed to load. Reload to try again.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => location.reload());
  card.append(title, text, button);
  app.replaceChildren(card);
});

// Offline copy (sw.js); optional, so any failure leaves the atlas online-only.
function registerServiceWorker() {
  try {
    if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
      const sw = navigator.serviceWorker;
      // Once active, the worker caches what this page fetched before it was in control.
      sw.register(new URL('sw.js', import.meta.url)).then(() => sw.ready).then((r) => r.active?.postMessage({
        rjAtlasCache: [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)],
      })).catch((e) => console.warn('RJ Atlas offline copy:', e));
    }
  } catch (e) {
    console.warn('RJ Atlas offline copy:', e);
  }
}
