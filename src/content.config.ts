import { defineCollection } from 'astro:content';
import { dossierLoader } from './integration/loader.ts';

/** One collection holds every entry of the story, read and rendered by Dossier's loader. */
export const collections = {
  dossier: defineCollection({ loader: dossierLoader() }),
};
