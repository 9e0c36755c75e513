import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { AREA_TAGS } from './lib/areas';
import { SLUG_PATTERN } from './lib/slugs';
import { videoIdProblem } from './lib/videos';
import { FIGURE_NAMES, startProblems } from './widgets/registry';
import { mergeParams } from './widgets/shared/url-params';

/**
 * Entries are identified by their file path, not by their `slug` field, so that two files
 * claiming the same slug are both loaded and the duplicate is reported (the default would let
 * one silently replace the other).
 */
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

const slug = z
  .string()
  .regex(SLUG_PATTERN, 'use lowercase letters, digits and hyphens, e.g. "gradient-descent"');

const oneSentence = z
  .string()
  .min(20, 'write one full sentence (at least 20 characters)')
  .max(200, 'keep it to one sentence of at most 200 characters')
  .refine((s) => !/[$\\]/.test(s), 'plain text only: no maths markup, it is used in previews and meta tags');

const video = z.object({
  /** The YouTube id; must be on the verified list in src/data/videos.json. */
  youtubeId: z.string().superRefine((id, ctx) => {
    const problem = videoIdProblem(id);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  }),
  /** The video's title as the host shows it. */
  title: z.string().min(1),
  /** Who made it. */
  channel: z.string().min(1),
});

/**
 * A figure under "Interactive": its name, or its name with a caption of the term's own (a
 * figure of another term reused here, saying what it shows about this one).
 */
const figure = z.union([
  z.enum(FIGURE_NAMES).transform((name) => ({ name, caption: undefined })),
  z.object({ name: z.enum(FIGURE_NAMES), caption: z.string().min(40, 'write a caption that says what to try (at least 40 characters)') }).strict(),
]);

/** A glossary term: one file per term in src/content/terms/<slug>.mdx. */
const terms = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/terms', generateId: fileId }),
  schema: z.object({
    /** The term as readers know it, e.g. "Gradient". */
    title: z.string().min(1),
    /** The URL name; must equal the file name. */
    slug,
    /** Other names a reader may search for ("grad", "nabla f"); unique across all terms. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One sentence: the preview, the meta description and the search result. */
    summary: oneSentence,
    /** Slugs of related terms, in the order they are shown. */
    related: z.array(slug).default([]),
    /** An explanatory video from the verified list. */
    video: video.optional(),
    /** Slugs of terms to read first, shown as "Read first" on the page. */
    prerequisites: z.array(slug).default([]),
    /** Areas of the glossary (src/lib/areas.ts); the first is the term's home area. */
    tags: z.array(z.enum(AREA_TAGS)).min(1, 'name the area, e.g. tags: [calculus]'),
    /** Interactive figures shown under "Interactive", by widget name (see `figure`). */
    figures: z.array(figure).default([]),
    /**
     * The state the term's figures start in, by URL key ({ f: "x^2*y", x: 1 }): only keys of
     * those figures, each with a value they accept. It becomes a query string; the reader's
     * link overrides it key by key.
     */
    start: z
      .record(z.union([z.string(), z.number()]))
      .transform((keys) => mergeParams('', keys))
      .optional(),
  }).superRefine((term, ctx) => {
    if (term.start === undefined) return;
    const problems = startProblems(term.start, term.figures.map((f) => f.name));
    for (const message of problems) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['start'], message });
  }),
});

/** A longer lesson: src/content/articles/<slug>.mdx; its links to terms become "Discussed in". */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/articles', generateId: fileId }),
  schema: z.object({
    /** The article's headline. */
    title: z.string().min(1),
    /** The URL name; must equal the file name. */
    slug,
    /** One sentence for previews and the meta description. */
    summary: oneSentence,
    /** Publication date. */
    date: z.coerce.date(),
    /** Areas of the glossary it belongs to (src/lib/areas.ts). */
    tags: z.array(z.enum(AREA_TAGS)).min(1, 'name the area, e.g. tags: [optimisation]'),
  }),
});

export const collections = { terms, articles };
