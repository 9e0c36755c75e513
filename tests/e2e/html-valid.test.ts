/** Every built page passes html-validate's recommended rules (config: .htmlvalidate.json). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

const dist = process.env['DIST_DIR'] ?? 'dist';
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

describe('valid HTML', () => {
  it('finds the pages', () => expect(pages.length).toBeGreaterThanOrEqual(15));

  it.each(pages)('%s passes html-validate', async (page) => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const report = await validator.validateFile(join(dist, page));
    const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(problems).toEqual([]);
  });
});
