import { STEP_IDS } from '../../domain/steps';
import { STEP_TITLES } from '../../text/nl';
import type { Block } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { heading, paragraph } from './primitives';

/** Every error and warning, grouped under its step, so an incomplete draft exports honestly. */
export function openIssues(ctx: RenderContext): Block[] {
  const { labels, issues } = ctx;
  if (issues.length === 0) return [paragraph(labels.noIssues)];
  return STEP_IDS.flatMap((step) => {
    const ofStep = issues.filter((i) => i.step === step).sort((x, y) => (x.severity === y.severity ? 0 : x.severity === 'error' ? -1 : 1));
    if (ofStep.length === 0) return [];
    return [
      heading(2, STEP_TITLES[step]),
      {
        kind: 'list' as const,
        items: ofStep.map((issue) => [
          { text: `${issue.severity === 'error' ? labels.error : labels.warning}: `, bold: true },
          { text: issue.message },
        ]),
      },
    ];
  });
}
