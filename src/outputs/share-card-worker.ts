/**
 * A worker thread of `share-card-pool.ts`: draws each card it is sent
 * (`share-card.ts`), keeps it in the file it is given (`share-card-cache.ts`),
 * and says when it is there.
 */
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { renderShareCard, type ShareCard } from './share-card.ts';
import { keepCard } from './share-card-cache.ts';

// One libvips thread per worker: the pool already has one worker per core.
sharp.concurrency(1);

parentPort!.on('message', ({ card, file }: { card: ShareCard; file: string }) => {
  renderShareCard(card)
    .then((png) => keepCard(file, png))
    .then(
      () => parentPort!.postMessage({}),
      (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
});
