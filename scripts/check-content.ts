/**
 * Checks content files in a second, without building the site: each file's frontmatter, its
 * MDX, notation, worked examples (calc) and every formula (KaTeX, strict), through the same
 * pipeline as the build (src/plugins/markdown.ts).
 *
 *   node --import tsx scripts/check-content.ts src/content/terms/dot-product.mdx [...]
 *
 * Links, related terms and prerequisites that name a term not written yet are reported as
 * warnings, so entries that link to each other can be written in any order; the site build
 * refuses them. Exits 1 if any file has an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { parse as parseYaml } from 'yaml';
import { AREAS } from '../src/lib/areas';
import { SLUG_PATTERN } from '../src/lib/slugs';
import { verifiedVideo } from '../src/lib/videos';
import { markdownPipeline } from '../src/plugins/markdown';

const exists = (kind: string) => (slug: string) => existsSync(`src/content/${kind}/${slug}.mdx`);

function checkFrontmatter(file: string, data: Record<string, unknown>, errors: string[], warnings: string[]): void {
  const isTerm = file.includes('/terms/');
  const str = (k: string) => (typeof data[k] === 'string' ? (data[k] as string) : undefined);
  const list = (k: string) => (Array.isArray(data[k]) ? (data[k] as unknown[]).map(String) : []);
  if (!str('title')) errors.push("field 'title' is missing");
  if (str('slug') !== basename(file, '.mdx')) errors.push(`field 'slug' must equal the file name '${basename(file, '.mdx')}'`);
  const summary = str('summary') ?? '';
  if (summary.length < 20 || summary.length > 200 || /[$\\]/.test(summary)) errors.push("field 'summary' must be one plain sentence of 20-200 characters, no $ or \\");
  const tags = list('tags');
  if (tags.length === 0 || tags.some((t) => !AREAS.has(t))) errors.push(`field 'tags' must list areas from: ${[...AREAS.keys()].join(', ')}`);
  if (!isTerm) return;
  for (const field of ['related', 'prerequisites']) {
    for (const slug of list(field)) {
      if (!SLUG_PATTERN.test(slug)) errors.push(`field '${field}': '${slug}' is not a slug`);
      else if (!exists('terms')(slug)) warnings.push(`field '${field}': no term '${slug}' yet`);
    }
  }
  if (list('related').length === 0) errors.push("field 'related' is empty");
  const video = data['video'] as { youtubeId?: string; title?: string; channel?: string } | undefined;
  if (video) {
    const known = verifiedVideo(String(video.youtubeId));
    if (!known) errors.push(`field 'video': '${video.youtubeId}' is not on the verified list`);
    else if (known.title !== video.title || known.channel !== video.channel) errors.push("field 'video': title and channel must be copied exactly from the verified list");
  }
}

async function checkFile(file: string): Promise<boolean> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const source = readFileSync(file, 'utf8');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!fm) errors.push('no frontmatter between --- lines at the top');
  else {
    try {
      checkFrontmatter(file, parseYaml(fm[1]!) as Record<string, unknown>, errors, warnings);
    } catch (e) {
      errors.push(`frontmatter is not valid YAML: ${(e as Error).message}`);
    }
  }
  // The frontmatter becomes blank lines, so line numbers stay those of the file.
  const body = fm ? fm[0].replace(/[^\n]/g, '') + source.slice(fm[0].length) : source;
  const missing: string[] = [];
  const termExists = (slug: string) => exists('terms')(slug) || (missing.push(slug), true);
  const pipeline = markdownPipeline({ termExists, articleExists: exists('articles') });
  let uses = 0;
  try {
    const vfile = await compile({ path: file, value: body }, { ...(pipeline as object) } as never);
    const fmData = (vfile.data as { astro?: { frontmatter?: { calcUses?: number; termLinks?: unknown[] } } }).astro?.frontmatter;
    uses = fmData?.calcUses ?? 0;
    const links = new Set((fmData?.termLinks ?? []).map((l) => (l as { slug: string }).slug));
    if (file.includes('/terms/') && links.size < 3) errors.push(`the body links to ${links.size} other term(s); at least 3 are needed`);
  } catch (e) {
    errors.push((e as Error).message.replace(`${file}:`, 'line '));
  }
  if (file.includes('/terms/') && uses === 0 && errors.length === 0) errors.push('no worked example computed with calc (\\calc{...} in maths)');
  for (const slug of new Set(missing)) warnings.push(`links to '${slug}', which is not written yet`);
  for (const w of warnings) console.log(`${file}: warning: ${w}`);
  for (const e of errors) console.log(`${file}: error: ${e}`);
  if (errors.length === 0) console.log(`${file}: ok (${uses} computed formula(s))`);
  return errors.length === 0;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.log('usage: node --import tsx scripts/check-content.ts <file.mdx> [...]');
  process.exit(2);
}
let ok = true;
for (const file of files) ok = (await checkFile(file)) && ok;
process.exit(ok ? 0 : 1);
