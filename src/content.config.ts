import { defineCollection } from 'astro:content';
import { dossierLoader } from './loader/dossier-loader.ts';

/** One collection holds every page's data, computed by Dossier's loader. */
export const collections = {
  entries: defineCollection({ loader: dossierLoader() }),
};
