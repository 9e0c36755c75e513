/**
 * axe-core run inside the page under test, returning only its violations. The pages have no
 * frames before a reader starts a video, so one `axe.run` over the document sees everything;
 * asking for violations alone (not the thousands of passing nodes, each with its HTML) keeps a
 * run to about a quarter of the time the Playwright wrapper took for the same rules.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** What a test reports of one violated rule. */
export interface Violation {
  id: string;
  impact?: string | null;
  nodes: { target: unknown }[];
}

/** Which rules to run: named rules, or every rule carrying one of the tags. */
export type AxeScope = { rules: readonly string[]; include?: string } | { tags: readonly string[]; include?: string };

/** The WCAG 2.0, 2.1 and 2.2 rules of levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] as const;

/** Runs axe on the page (or on the part `include` selects) and returns the violations. */
export async function axeViolations(page: Page, scope: AxeScope): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const runOnly = 'rules' in scope ? { type: 'rule', values: [...scope.rules] } : { type: 'tag', values: [...scope.tags] };
  return page.evaluate(
    async ({ runOnly, include }) => {
      const engine = (window as unknown as { axe: typeof axe }).axe;
      const context = include ? { include: [include] } : document;
      const results = await engine.run(context as Parameters<typeof engine.run>[0], { runOnly: runOnly as axe.RunOnly, resultTypes: ['violations'] });
      return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    },
    { runOnly, include: scope.include },
  );
}
