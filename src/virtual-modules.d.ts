/** The modules Dossier's integration hands the pages (`src/integration/virtual-options.ts`). */
declare module 'virtual:dossier/options' {
  const options: import('./integration/virtual-options.ts').PageOptions;
  export default options;
}
