import type { Fact } from '../../../schemas/scheme';
import { placedMessage } from '../../domain/issuePlace';
import { STEP_IDS } from '../../domain/steps';
import { STEP_TITLES } from '../../text/nl';
import { SCHEME_INFO } from '../../text/schemeInfo';
import type { Block } from '../documentModel';
import type { RenderContext } from '../renderContext';
import { heading } from './primitives';

/**
 * Every error and warning, grouped under its step, each naming its place (activity, mechanism,
 * partner, group); nothing when nothing is open, so the appendix can go.
 */
export function openIssues(ctx: RenderContext): Block[] {
  const { labels, issues } = ctx;
  return STEP_IDS.flatMap((step) => {
    const ofStep = issues.filter((i) => i.step === step).sort((x, y) => (x.severity === y.severity ? 0 : x.severity === 'error' ? -1 : 1));
    if (ofStep.length === 0) return [];
    return [
      heading(2, STEP_TITLES[step]),
      {
        kind: 'list' as const,
        items: ofStep.map((issue) => [
          { text: `${issue.severity === 'error' ? labels.error : labels.warning}: `, bold: true },
          { text: placedMessage(issue, ctx.answers, ctx.scheme) },
        ]),
      },
    ];
  });
}

/**
 * The round's facts the public sources do not give (maximum amount, eligible costs, …), each with
 * its note on what to check: for the writer, never in the application's own text.
 */
export function unknownSchemeFacts(ctx: RenderContext): Block[] {
  const { scheme } = ctx;
  const facts: [string, Fact<unknown>][] = [
    [SCHEME_INFO.activityStart, scheme.activityPeriod.start],
    [SCHEME_INFO.activityEnd, scheme.activityPeriod.end],
    [SCHEME_INFO.ageReferenceDate, scheme.ageLimit.referenceDate],
    [SCHEME_INFO.maxSubsidy, scheme.maxSubsidyPerInstitution],
    [SCHEME_INFO.eligibleCosts, scheme.eligibleCosts],
    [SCHEME_INFO.cofinancing, scheme.cofinancing],
    [SCHEME_INFO.reporting, scheme.reporting],
  ];
  const unknown = [
    ...(scheme.citationNote ? [{ label: SCHEME_INFO.publication, note: scheme.citationNote }] : []),
    ...facts.flatMap(([label, fact]) => (fact.status === 'unknown' ? [{ label, note: fact.note }] : [])),
  ];
  if (unknown.length === 0) return [];
  return [
    heading(2, ctx.labels.unknownFacts),
    { kind: 'list', items: unknown.map(({ label, note }) => [{ text: `${label}: `, bold: true }, { text: note }]) },
  ];
}
