/**
 * What HTML an entry body may contain: GitHub's allow-list (hast-util-sanitize's
 * default), plus the classes and attributes Dossier's own transforms add.
 *
 * Raw HTML written in Markdown never gets here: remark-rehype drops it, and
 * `npm run check` warns about each piece ("raw HTML ... is left out of the
 * page"). We chose dropping over parsing it (rehype-raw) and sanitizing: a
 * news explainer needs nothing Markdown can't write, and there is then no
 * HTML parser between an editor's text and the page. So this list applies to
 * the HTML that Markdown itself produces, as a second wall:
 *
 * - elements: a b blockquote br code dd del details div dl dt em h1-h6 hr i
 *   img input(checkbox, disabled) ins kbd li ol p picture pre q rp rt ruby s
 *   samp section source span strike strong sub summary sup table tbody td
 *   tfoot th thead tr tt ul var; `<script>` is removed with its content, and
 *   anything else (iframe, object, embed, style, form, meta, base...) with
 *   its tags;
 * - attributes: none that start with `on` and no `style`; the common ones
 *   (alt, title, id, lang, dir, colspan...), `href` on links, `src` on
 *   images; classes only `entry-link`, `citation`, `citations`,
 *   `broken-link`, and GitHub's footnote and task-list classes; `data-kind`
 *   on entry links;
 * - URLs: `href` only http, https and mailto (or relative); `src` and `cite`
 *   only http and https. `javascript:`, `data:` and the rest are removed.
 * - ids: only footnotes' (prefixed `user-content-` by remark-rehype) and the
 *   headings' (added after sanitizing, never one the page uses itself).
 *
 * Front-matter text never goes through here: pages print it with Astro's
 * `{}` expressions, which escape it.
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
    span: [...without('span'), ['className', 'broken-link', 'nowrap']],
    // The story's "Key questions" wrapper (remark-key-questions.ts), taken out before output.
    div: [...without('div'), ['className', 'key-questions']],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
  // remark-rehype already prefixes its footnote ids with `user-content-`;
  // clobbering again would break their links. Raw HTML, the only other source
  // of ids, never reaches this point (remark-rehype drops it).
  clobber: [],
};
