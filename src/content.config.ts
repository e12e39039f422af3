import { defineCollection } from 'astro:content';
import { dossierLoader } from './integration/loader.ts';
import { storedSchema } from './integration/stored-entry.ts';

/**
 * One collection holds every entry of the story, read and rendered by
 * Dossier's loader; its schema takes Astro's `image()`, which turns each
 * picture's file into `ImageMetadata` for the image pipeline.
 */
export const collections = {
  dossier: defineCollection({ loader: dossierLoader(), schema: ({ image }) => storedSchema(image) }),
};
