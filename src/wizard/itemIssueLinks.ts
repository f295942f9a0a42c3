import type { Issue } from '../domain/issues';
import type { ItemListName } from '../domain/itemList';
import { href } from '../routes/hashRoute';
import type { ErrorSummaryItem } from '../components/ErrorSummary';

/**
 * Issues of a list step whose items have pages of their own, as error-summary links: an issue
 * inside one item goes to that item's page and field ("#/activiteiten/<id>?veld=veld-startDate");
 * an issue about the list goes to its add button (`addId`). Messages of the strict schema get the
 * item's name in front (`context`), as they say nothing about which item they are about.
 */
export function itemIssueLinks(
  step: ItemListName,
  issues: readonly Issue[],
  items: readonly { id: string }[],
  addId: string,
  context: (index: number, rest: readonly (string | number)[]) => string,
): ErrorSummaryItem[] {
  return issues.map((issue) => {
    const [list, index, ...rest] = issue.path;
    const item = list === step && typeof index === 'number' ? items[index] : undefined;
    if (!item || typeof index !== 'number') return { message: issue.message, target: addId };
    const target = href.step(step, { sub: item.id, field: rest.length > 0 ? rest.join('.') : undefined });
    if (!issue.rule.startsWith('field:')) return { message: issue.message, target };
    return { message: `${context(index, rest)}: ${issue.message}`, target };
  });
}
