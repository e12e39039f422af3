/**
 * An embed view tells the page that frames it how tall it is, whenever that
 * changes, so the frame can fit it (the snippet in docs/embeds.md sets the
 * frame's height, after checking the message comes from this site). The
 * message holds the height only; when the site lists the origins that may
 * frame it (`DOSSIER_EMBED_ORIGINS`), it goes to those alone.
 */
export {}; // a module: its names stay its own

/** The message's type, which the snippet checks. */
const TYPE = 'dossier:embed-height';

if (window.parent !== window) {
  const origins = (document.body.dataset.embedOrigins ?? '').split(' ').filter(Boolean);
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const origin of origins.length > 0 ? origins : ['*']) window.parent.postMessage({ type: TYPE, height }, origin);
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}
