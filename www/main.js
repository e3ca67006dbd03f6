// Starts the wasm app. Kept out of the HTML so a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval') needs no 'unsafe-inline'.
import init from './rj_atlas.js';

init().catch((error) => {
  console.error('RJ Atlas failed to start:', error);
  const app = document.getElementById('app');
  if (!app) return;
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
