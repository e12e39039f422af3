/**
 * What HTML an entry body may contain: GitHub's allow-list (hast-util-sanitize's
 * default), plus the classes and attributes Dossier's own transforms add.
 * No scripts, frames, objects, event handlers, `style` or non-http(s) links.
 */
import { defaultSchema, type Options } from 'rehype-sanitize';

const base = defaultSchema.attributes ?? {};
/** The default list for an element, less its `className` rule (replaced below). */
const without = (tag: string) => (base[tag] ?? []).filter((a) => !(Array.isArray(a) && a[0] === 'className'));

export const sanitizeSchema: Options = {
  ...defaultSchema,
  attributes: {
    ...base,
    a: [...without('a'), ['className', 'entry-link', 'citation', 'data-footnote-backref'], 'dataKind'],
    sup: [...without('sup'), ['className', 'citations']],
    span: [...without('span'), ['className', 'broken-link']],
    // The story's "Key questions" wrapper (remark-key-questions.ts), taken out before output.
    div: [...without('div'), ['className', 'key-questions']],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  // remark-rehype already prefixes its footnote ids with `user-content-`;
  // clobbering again would break their links. Raw HTML, the only other source
  // of ids, never reaches this point (remark-rehype drops it).
  clobber: [],
};
