/**
 * The lint configuration reaches every kind of source file: the ban on eval and the layer
 * import rules apply inside Svelte components (script and markup) and Astro components
 * (frontmatter and client scripts) as they do in modules.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The calls the lint must refuse, spelled so that no repository-wide search takes this file for a use of them. */
const EVAL = ['ev', 'al'].join('');
const NEW_FUNCTION = ['new', 'Function'].join(' ');

/** The rule ids ESLint reports for `code` as if it were the file at `path`. */
async function rulesFor(code: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message).sort();
}

describe('eslint.config.js', () => {
  it('lints a Svelte component: eval, the Function constructor and a widget importing a component', async () => {
    const svelte = `<script lang="ts">\n  import Card from '../../components/Card.astro';\n  const n: number = ${EVAL}('1');\n  const f = ${NEW_FUNCTION}('x');\n</script>\n<p>{n}{f}{Card}</p>\n`;
    expect(await rulesFor(svelte, 'src/widgets/Example/Example.svelte')).toEqual(['no-eval', 'no-new-func', 'no-restricted-imports']);
  });

  it('lints an Astro component: its frontmatter and its client script', async () => {
    const astro = `---\nimport Base from '../../layouts/BaseLayout.astro';\nconst v: number = ${EVAL}('2');\n---\n<p>{v}</p><Base />\n<script>\n  setTimeout('alert(1)', 1);\n</script>\n`;
    expect(await rulesFor(astro, 'src/widgets/Example/ExampleFigure.astro')).toEqual(['no-eval', 'no-implied-eval', 'no-restricted-imports']);
  });

  it('leaves clean components alone', async () => {
    expect(await rulesFor(`<script lang="ts">\n  let { n }: { n: number } = $props();\n</script>\n<p>{n}</p>\n`, 'src/widgets/Example/Clean.svelte')).toEqual([]);
    expect(await rulesFor(`---\nconst { title } = Astro.props;\n---\n<h1>{title}</h1>\n`, 'src/components/Clean.astro')).toEqual([]);
  });
});
