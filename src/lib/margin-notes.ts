/**
 * Margin notes: beside the first link in a page's prose to another term, a short note with
 * that term's title and summary. Which links get one is decided from the recorded term links;
 * the notes are then spliced into the rendered HTML as the first child of their links, where
 * the stylesheet floats them into the margin (margin.css) at the line the link starts on.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { TermPreview } from './previews';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A recorded link to a term: which term, and the id of the link element. */
export interface MentionLink {
  slug: string;
  anchor: string;
}

/** A note to place: the id of the link it sits beside, and what it says. */
export interface MarginNote {
  anchor: string;
  preview: TermPreview;
}

/** Options of {@link chooseMarginNotes}. */
export interface ChooseOptions {
  /** The page's own term: links to itself get no note. */
  self?: string;
  /** Terms the page already presents with their summaries (its "Related terms"). */
  skip?: Iterable<string>;
}

/**
 * The links that get a note, in page order: the first link to each term, at most one note per
 * term, leaving out the page's own term, the skipped terms and terms with no preview.
 */
export function chooseMarginNotes(links: readonly MentionLink[], previews: ReadonlyMap<string, TermPreview>, options: ChooseOptions = {}): MarginNote[] {
  const seen = new Set<string>(options.skip ?? []);
  if (options.self) seen.add(options.self);
  const notes: MarginNote[] = [];
  for (const link of links) {
    if (seen.has(link.slug)) continue;
    seen.add(link.slug);
    const preview = previews.get(link.slug);
    if (preview) notes.push({ anchor: link.anchor, preview });
  }
  return notes;
}

/** The class of a note; the stylesheet and the browser tests find notes by it. */
export const NOTE_CLASS = 'margin-note';

/** Places where a note would not read as a side note of a line of prose. */
const NO_NOTE_INSIDE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'figcaption', 'summary', 'button']);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A note's HTML. It repeats what the link leads to, so it is hidden from assistive technology
 * (the link keeps its own name: hidden content takes no part in it) and from the search index.
 */
export function noteHtml(preview: TermPreview): string {
  return (
    `<span class="${NOTE_CLASS}" aria-hidden="true" data-pagefind-ignore data-note-for="${escapeHtml(preview.slug)}">` +
    `<span class="${NOTE_CLASS}-title">${escapeHtml(preview.title)}</span> ${escapeHtml(preview.summary)}</span>`
  );
}

/** The blocks of prose a note belongs to: one note per block at most. */
const BLOCKS = new Set(['p', 'li', 'blockquote', 'dd', 'dt']);

/** Where the walk is: inside a place without notes, and in which block. */
interface Context {
  excluded: boolean;
  block: Element | undefined;
}

function walk(node: Node, context: Context, visit: (el: Element, context: Context) => void): void {
  let inner = context;
  if ('tagName' in node) {
    visit(node, context);
    inner = {
      excluded: context.excluded || NO_NOTE_INSIDE.has(node.tagName),
      block: BLOCKS.has(node.tagName) ? node : context.block,
    };
  }
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, inner, visit);
}

/**
 * The HTML with each note inserted as the first child of the `<a>` whose id is the note's
 * anchor. Inside the link, the float starts on the line the link starts on; just before it,
 * it would sit a line higher whenever the line breaks at the space before the link. (Text
 * decoration does not reach a float, so the note is not underlined.) The rest of the text is
 * left byte for byte as it was. A link inside a heading, table, caption or
 * button gets no note; neither does an anchor that is not found. A paragraph or list item
 * holds one note at most, for its first link that has one: two notes started in one block
 * would stack, and the second would drift away from its line.
 */
export function insertMarginNotes(html: string, notes: readonly MarginNote[]): string {
  if (notes.length === 0) return html;
  const byAnchor = new Map(notes.map((n) => [n.anchor, n]));
  const inserts: { at: number; text: string }[] = [];
  const noted = new Set<Element>();
  walk(parseFragment(html, { sourceCodeLocationInfo: true }), { excluded: false, block: undefined }, (el, { excluded, block }) => {
    if (el.tagName !== 'a' || excluded || (block && noted.has(block))) return;
    const id = el.attrs.find((a) => a.name === 'id')?.value;
    const note = id === undefined ? undefined : byAnchor.get(id);
    const at = el.sourceCodeLocation?.startTag?.endOffset;
    if (!note || at === undefined) return;
    inserts.push({ at, text: noteHtml(note.preview) });
    if (block) noted.add(block);
  });
  let out = html;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at);
  return out;
}
