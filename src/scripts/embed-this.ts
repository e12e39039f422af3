/**
 * "Embed this" (EmbedThis.astro): fills in a snippet the build could not
 * write for want of the site's address (no DOSSIER_SITE), from the page's
 * own, and copies a snippet on Copy. Without scripts the Copy buttons are
 * not shown (CSS `scripting: none`), and the snippet is selectable text.
 */
import { embedSnippet } from '../outputs/embeds.ts';
import { readStrings, say } from './strings.ts';

for (const code of document.querySelectorAll<HTMLElement>('[data-embed-snippet]')) {
  if (code.textContent?.trim()) continue;
  const { src = '', title = '', height = '0' } = code.dataset;
  code.textContent = embedSnippet(new URL(src, location.href).href, title, Number(height));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-embed-copy]')) {
  button.addEventListener('click', () => {
    const option = button.closest('.embed-option');
    const text = option?.querySelector('[data-embed-snippet]')?.textContent ?? '';
    const status = option?.querySelector('[role="status"]');
    const strings = readStrings(button.closest<HTMLElement>('.embed-this'));
    navigator.clipboard.writeText(text).then(
      () => status && (status.textContent = say(strings, 'embed.copied')),
      () => status && (status.textContent = say(strings, 'embed.selectToCopy')),
    );
  });
}
