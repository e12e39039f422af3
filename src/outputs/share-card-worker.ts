/**
 * A worker thread of `share-card-pool.ts`: draws each card it is sent
 * (`share-card.ts`) and sends back the PNG's bytes.
 */
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { renderShareCard, type ShareCard } from './share-card.ts';

// One libvips thread per worker: the pool already has one worker per core.
sharp.concurrency(1);

parentPort!.on('message', ({ card }: { card: ShareCard }) => {
  renderShareCard(card).then(
    (png) => {
      const bytes = new Uint8Array(png);
      parentPort!.postMessage({ bytes }, [bytes.buffer]);
    },
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
});
