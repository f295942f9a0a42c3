import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * WCAG 2.1 A and AA, the Dutch public-sector bar (EN 301 549). `include`: CSS selectors of the
 * parts to check, for a page already checked whole whose other parts did not change (axe on a
 * long page takes 5 s idle and 30 s on a busy 2-core machine).
 */
export async function expectNoAxeViolations(page: Page, include: string[] = []) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  include.forEach((selector) => builder.include(selector));
  const result = await builder.analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
