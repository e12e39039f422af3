/**
 * A graph wider than the screen scrolls sideways (src/styles/graph.css); it
 * starts scrolled to the page's own box, so a reader on a phone sees it
 * first, with what it connects to on either side. Without JavaScript the
 * drawing starts at its left edge and the hint above it says to scroll.
 */
function centre(scroller: HTMLElement): void {
  const own = scroller.querySelector<SVGGraphicsElement>('.graph-node--centre rect');
  const svg = scroller.querySelector<SVGSVGElement>('svg');
  if (!own || !svg || scroller.scrollWidth <= scroller.clientWidth) return;
  const box = own.getBoundingClientRect();
  const frame = scroller.getBoundingClientRect();
  scroller.scrollLeft += box.left + box.width / 2 - (frame.left + frame.width / 2);
}

for (const scroller of document.querySelectorAll<HTMLElement>('[data-graph-scroll]')) centre(scroller);
