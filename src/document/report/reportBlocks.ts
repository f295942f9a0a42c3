import { ACHIEVED, CARRIED_OUT } from '../../../schemas/fields/report';
import { formatEuro, parseEuroCents } from '../../../schemas/dutchNumber';
import { shortDateText } from '../../../schemas/fields/display';
import { nazorgComparison, partnerName } from '../../domain/report/reportChecks';
import { difference, type ActivityComparison } from '../../domain/report/planVsRealised';
import { goalName, signedNumber, type GoalComparison } from '../../domain/report/goalResults';
import { applicantTable } from '../blocks/applicantTable';
import { heading, labelled, note, paragraph, textBlocks } from '../blocks/primitives';
import type { Block, TableCell } from '../documentModel';
import { labelOf } from '../schemeLabels';
import type { ReportContext } from './reportContext';
import { countOr, euroOr, signedCount, signedEuro, signedPercent } from './reportFormat';

/** The computed parts of the report's template, `{"block": "<name>"}`: plan against realisation. */

const title = (ctx: ReportContext, t: string | undefined) => t?.trim() || ctx.labels.missing;
const carriedText = (ctx: ReportContext, c: ActivityComparison) => CARRIED_OUT.find((o) => o.id === c.carriedOut)?.label ?? ctx.labels.missing;
const period = (ctx: ReportContext, start: string | undefined, end: string | undefined) =>
  start || end ? `${shortDateText(start) ?? ctx.labels.missing} – ${shortDateText(end) ?? ctx.labels.missing}` : ctx.labels.missing;

function activitiesComparisonTable(ctx: ReportContext): Block[] {
  const { labels } = ctx;
  if (ctx.comparisons.length === 0 && ctx.added.length === 0) return [note(labels.noActivities)];
  const rows: TableCell[][] = [
    ...ctx.comparisons.map((c) => [
      c.code,
      title(ctx, c.planned.title),
      carriedText(ctx, c),
      period(ctx, c.period.plannedStart, c.period.plannedEnd),
      c.carriedOut === 'no' ? labels.notCarriedOut : period(ctx, c.period.realisedStart, c.period.realisedEnd),
    ]),
    ...ctx.added.map((a) => [a.code, title(ctx, a.activity.title), labels.addedCategory, '–', period(ctx, a.activity.startDate, a.activity.endDate)]),
  ];
  return [
    heading(2, labels.activitiesComparison),
    {
      kind: 'table',
      caption: labels.activitiesComparison,
      columns: [
        { header: labels.code, width: 0.08 },
        { header: labels.activity, width: 0.32 },
        { header: labels.carriedOut, width: 0.16 },
        { header: labels.plannedPeriod, width: 0.22 },
        { header: labels.realisedPeriod, width: 0.22 },
      ],
      rows,
    },
  ];
}

function participantsComparisonTable(ctx: ReportContext): Block[] {
  const { labels } = ctx;
  if (ctx.comparisons.length === 0) return [];
  const rows: TableCell[][] = ctx.comparisons.map((c) => [
    c.code,
    title(ctx, c.planned.title),
    countOr(c.participants.planned, labels.missing),
    countOr(c.participants.realised, labels.missing),
    signedCount(c.participants.difference),
    signedPercent(c.participants),
  ]);
  rows.push(...ctx.added.map((a) => [a.code, title(ctx, a.activity.title), '–', countOr(a.participants, labels.missing), '', '–']));
  return [
    heading(2, labels.participantsComparison),
    {
      kind: 'table',
      caption: labels.participantsComparison,
      columns: [
        { header: labels.code, width: 0.08 },
        { header: labels.activity, width: 0.42 },
        { header: labels.participantsPlanned, width: 0.13, align: 'end' },
        { header: labels.participantsRealised, width: 0.13, align: 'end' },
        { header: labels.difference, width: 0.12, align: 'end' },
        { header: labels.differencePercent, width: 0.12, align: 'end' },
      ],
      rows,
    },
  ];
}

function participantsPerGroupTable(ctx: ReportContext): Block[] {
  const { labels } = ctx;
  const rows = ctx.scheme.targetGroups.map((g) => {
    const p = ctx.totals.participantsByGroup[g.id];
    const d = difference(p?.planned, p?.realised ?? 0);
    return [`${g.id}. ${g.name}`, countOr(p?.planned, labels.missing), countOr(p?.realised ?? 0, labels.missing), signedCount(d.difference), signedPercent(d)];
  });
  return [
    {
      kind: 'table',
      caption: labels.participantsPerGroup,
      columns: [
        { header: labels.targetGroup, width: 0.4 },
        { header: labels.participantsPlanned, width: 0.15, align: 'end' },
        { header: labels.participantsRealised, width: 0.15, align: 'end' },
        { header: labels.difference, width: 0.15, align: 'end' },
        { header: labels.differencePercent, width: 0.15, align: 'end' },
      ],
      rows,
    },
  ];
}

/** The differences of one activity from its plan, each with the explanation the report gives. */
function differences(ctx: ReportContext, c: ActivityComparison): Block[] {
  const { labels } = ctx;
  const r = c.realised;
  const explained = (label: string, what: string, text: string | undefined): Block[] => [
    { kind: 'paragraph', runs: [{ text: `${label}: `, bold: true }, { text: what }] },
    ...(text?.trim() ? textBlocks(text, labels.noExplanation) : [{ kind: 'paragraph' as const, runs: [{ text: labels.noExplanation, italic: true }], style: 'missing' as const }]),
  ];
  const blocks: Block[] = [];
  if (c.needs.notDone) blocks.push(...explained(labels.notDoneReason, carriedText(ctx, c), r?.notDoneReason));
  if (c.needs.period) {
    blocks.push(
      ...explained(
        labels.periodDifference,
        `${labels.planned.toLowerCase()} ${period(ctx, c.period.plannedStart, c.period.plannedEnd)}, ${labels.realised.toLowerCase()} ${period(ctx, c.period.realisedStart, c.period.realisedEnd)}`,
        r?.periodExplanation,
      ),
    );
  }
  if (c.needs.participants) {
    blocks.push(
      ...explained(
        labels.participantsDifference,
        `${labels.participantsPlanned.toLowerCase()} ${countOr(c.participants.planned, labels.missing)}, ${labels.participantsRealised.toLowerCase()} ${countOr(c.participants.realised, labels.missing)} (${signedCount(c.participants.difference)}, ${signedPercent(c.participants)})`,
        r?.participantsExplanation,
      ),
    );
  }
  if (c.needs.costs) {
    blocks.push(
      ...explained(
        labels.costsDifference,
        `${labels.costsPlanned.toLowerCase()} ${euroOr(c.costs.planned, labels.missing)}, ${labels.costsRealised.toLowerCase()} ${euroOr(c.costs.realised, labels.missing)} (${signedEuro(c.costs.difference)}, ${signedPercent(c.costs)})`,
        r?.costsExplanation,
      ),
    );
  }
  return blocks.length > 0 ? blocks : [paragraph(labels.noDifferences)];
}

function activityReportSections(ctx: ReportContext): Block[] {
  const { labels } = ctx;
  return ctx.comparisons.flatMap((c): Block[] => {
    const done = c.carriedOut !== 'no';
    return [
      heading(2, `${c.code} ${title(ctx, c.planned.title)}`),
      {
        kind: 'facts',
        caption: `${c.code} ${title(ctx, c.planned.title)}`,
        rows: [
          { label: labels.carriedOut, value: carriedText(ctx, c), ...(c.carriedOut ? {} : { missing: true }) },
          {
            label: labels.periodDifference,
            value: `${labels.planned.toLowerCase()} ${period(ctx, c.period.plannedStart, c.period.plannedEnd)}${done ? `; ${labels.realised.toLowerCase()} ${period(ctx, c.period.realisedStart, c.period.realisedEnd)}` : ''}`,
          },
          {
            label: labels.participants,
            value: `${labels.participantsPlanned.toLowerCase()} ${countOr(c.participants.planned, labels.missing)}, ${labels.participantsRealised.toLowerCase()} ${countOr(c.participants.realised, labels.missing)}`,
          },
          { label: labels.costsDifference, value: `${labels.costsPlanned.toLowerCase()} ${euroOr(c.costs.planned, labels.missing)}, ${labels.costsRealised.toLowerCase()} ${euroOr(c.costs.realised, labels.missing)}` },
        ],
      },
      ...(done && c.costLines.length > 0
        ? [
            {
              kind: 'table' as const,
              caption: `${labels.costLinesOf} (${c.code})`,
              columns: [
                { header: labels.costLine, width: 0.34 },
                { header: labels.costsPlanned, width: 0.18, align: 'end' as const },
                { header: labels.costsRealised, width: 0.18, align: 'end' as const },
                { header: labels.difference, width: 0.19, align: 'end' as const },
                { header: labels.differencePercent, width: 0.11, align: 'end' as const },
              ],
              rows: c.costLines.map((l) => [
                `${labelOf(ctx.scheme.costCategories, l.category) ?? ctx.labels.missing} – ${l.description?.trim() || ctx.labels.missing}`,
                euroOr(l.cents.planned, labels.missing),
                euroOr(l.cents.realised, labels.missing),
                signedEuro(l.cents.difference),
                signedPercent(l.cents),
              ]),
              totals: [labels.total, euroOr(c.costs.planned, labels.missing), euroOr(c.costs.realised, labels.missing), signedEuro(c.costs.difference), signedPercent(c.costs)],
            },
          ]
        : []),
      ...(done ? [heading(3, labels.wayOfWorking), ...textBlocks(c.realised?.wayOfWorking, labels.missing)] : []),
      heading(3, labels.differencesHeading),
      ...differences(ctx, c),
    ];
  });
}

function addedActivitySections(ctx: ReportContext): Block[] {
  const { labels } = ctx;
  if (ctx.added.length === 0) return [paragraph(labels.noAdded)];
  return ctx.added.flatMap(({ code, activity, participants, cents }): Block[] => [
    heading(3, `${code} ${title(ctx, activity.title)}`),
    {
      kind: 'facts',
      caption: `${code} ${title(ctx, activity.title)}`,
      rows: [
        { label: labels.targetGroup, value: (activity.targetGroupIds ?? []).join(', ') || labels.missing },
        { label: labels.realisedPeriod, value: period(ctx, activity.startDate, activity.endDate) },
        { label: labels.participantsRealised, value: countOr(participants, labels.missing) },
        { label: labels.costsRealised, value: euroOr(cents, labels.missing) },
      ],
    },
    labelled(labels.reason, activity.reason?.trim() || labels.missing),
    heading(3, labels.wayOfWorking),
    ...textBlocks(activity.wayOfWorking, labels.missing),
  ]);
}

const achievedText = (g: GoalComparison) => ACHIEVED.find((o) => o.id === g.achieved)?.label;

/** "−6 procentpunt" for percentages, "+12 (+20 %)" otherwise; "–" where target or measurement is no number. */
function goalDifference(ctx: ReportContext, g: GoalComparison): string {
  if (g.values.difference === undefined) return '–';
  const signed = signedNumber(g.values.difference);
  if (g.unit === '%') return `${signed} ${ctx.labels.percentagePoints}`;
  return g.values.share === undefined ? signed : `${signed} (${signedPercent(g.values)})`;
}

/** "70 % op 31-12-2022": a value with the date it is (to be) reached or was measured. */
const valueOn = (ctx: ReportContext, value: string | undefined, date: string | undefined): TableCell => {
  const text = value?.trim();
  if (!text) return { text: ctx.labels.missing, missing: true };
  const on = shortDateText(date);
  return on ? `${text} ${ctx.labels.valueOn} ${on}` : text;
};

/** Per goal of the plan (D1, D2, … in its order): target, measured value, difference, reached. */
function goalResultsTable(ctx: ReportContext): Block[] {
  const { labels } = ctx;
  if (ctx.goals.length === 0) return [note(labels.noGoals)];
  return [
    {
      kind: 'table',
      caption: labels.goalResults,
      columns: [
        // Wider than the header's word needs by the estimate: LibreOffice's substitute fonts are wider than Calibri.
        { header: labels.code, width: 0.09 },
        { header: labels.goal, width: 0.22 },
        { header: labels.targetValue, width: 0.18 },
        { header: labels.realisedValue, width: 0.18 },
        { header: labels.difference, width: 0.17, align: 'end' },
        { header: labels.achieved, width: 0.16 },
      ],
      rows: ctx.goals.map((g) => {
        const achieved = achievedText(g);
        return [
          g.code,
          title(ctx, g.planned.goal),
          valueOn(ctx, g.planned.targetValue, g.planned.targetDate),
          valueOn(ctx, g.realised?.realisedValue, g.realised?.measuredDate),
          goalDifference(ctx, g),
          achieved ?? { text: labels.missing, missing: true },
        ];
      }),
    },
  ];
}

/** "Nee, niet gehaald: gerealiseerd 72, streefwaarde hoogstens 60 (+12, +20 %)". */
function goalFacts(ctx: ReportContext, g: GoalComparison): string {
  const { labels } = ctx;
  const measured = g.realised?.realisedValue?.trim() || labels.missing;
  const target = g.planned.targetValue?.trim() || labels.missing;
  const diff = g.values.difference === undefined ? '' : ` (${goalDifference(ctx, g).replace(' (', ', ').replace(/\)$/, '')})`;
  return `${achievedText(g) ?? labels.missing}: ${labels.realisedValue.toLowerCase()} ${measured}, ${labels.targetValue.toLowerCase()} ${target}${diff}`;
}

/** The explanation of each goal not (fully) reached or more than the tolerance off its target. */
function goalExplanations(ctx: ReportContext): Block[] {
  const { labels } = ctx;
  const explained = ctx.goals.filter((g) => g.needs.notReached || g.needs.difference || g.realised?.explanation?.trim());
  if (explained.length === 0) return [];
  return [
    heading(2, labels.goalExplanations),
    ...explained.flatMap((g): Block[] => [
      { kind: 'paragraph', runs: [{ text: `${goalName(g.code, g.planned.goal)}: `, bold: true }, { text: goalFacts(ctx, g) }] },
      ...(g.realised?.explanation?.trim()
        ? textBlocks(g.realised.explanation, labels.noExplanation)
        : [{ kind: 'paragraph' as const, runs: [{ text: labels.noExplanation, italic: true }], style: 'missing' as const }]),
    ]),
  ];
}

function partnersReport(ctx: ReportContext): Block[] {
  const { labels } = ctx;
  const partners = ctx.draft.answers.partners ?? [];
  if (partners.length === 0) return [paragraph(labels.noPartners)];
  return partners.flatMap((p): Block[] => {
    const entry = ctx.draft.report?.partners?.find((r) => r.partnerId === p.id);
    return [
      heading(2, p.name?.trim() || partnerName(p)),
      labelled(labels.partnerAgreements, p.agreements?.trim() || labels.missing),
      heading(3, labels.partnerCooperation),
      ...textBlocks(entry?.cooperation, labels.missing),
    ];
  });
}

function nazorgReport(ctx: ReportContext): Block[] {
  const { labels } = ctx;
  const d = nazorgComparison(ctx.draft.answers, ctx.draft.report);
  return [
    {
      kind: 'facts',
      caption: labels.nazorgActual,
      rows: [
        { label: labels.nazorgPromised, value: countOr(d.planned, labels.missing) },
        { label: labels.nazorgActual, value: countOr(d.realised, labels.missing) },
        { label: labels.difference, value: d.difference === undefined ? labels.missing : `${signedCount(d.difference)} (${signedPercent(d)})` },
      ],
    },
    ...(d.beyond || ctx.draft.report?.nazorg?.explanation?.trim()
      ? [heading(3, labels.explanation), ...textBlocks(ctx.draft.report?.nazorg?.explanation, labels.noExplanation)]
      : []),
  ];
}

function costsComparisonTable(ctx: ReportContext): Block[] {
  const { labels, totals } = ctx;
  const rows: TableCell[][] = [
    ...ctx.comparisons.map((c) => [c.code, title(ctx, c.planned.title), euroOr(c.costs.planned, labels.missing), euroOr(c.costs.realised, labels.missing), signedEuro(c.costs.difference), signedPercent(c.costs)]),
    ...ctx.added.map((a) => [a.code, title(ctx, a.activity.title), formatEuro(0), euroOr(a.cents, labels.missing), signedEuro(a.cents), '–']),
  ];
  const all = difference(totals.plannedCents, totals.realisedCents);
  return [
    heading(2, labels.costsComparison),
    {
      kind: 'table',
      caption: labels.costsComparison,
      columns: [
        { header: labels.code, width: 0.08 },
        { header: labels.activity, width: 0.3 },
        { header: labels.costsPlanned, width: 0.17, align: 'end' },
        { header: labels.costsRealised, width: 0.17, align: 'end' },
        { header: labels.difference, width: 0.17, align: 'end' },
        { header: labels.differencePercent, width: 0.11, align: 'end' },
      ],
      rows,
      totals: ['', labels.total, formatEuro(totals.plannedCents), euroOr(totals.realisedCents, labels.missing), signedEuro(all.difference), signedPercent(all)],
    },
  ];
}

function twoWayTable(ctx: ReportContext, caption: string, first: string, entries: [string, { plannedCents: number; realisedCents: number }][]): Block[] {
  const { labels } = ctx;
  const planned = entries.reduce((s, [, v]) => s + v.plannedCents, 0);
  const realised = entries.reduce((s, [, v]) => s + v.realisedCents, 0);
  const all = difference(planned, realised);
  return [
    heading(2, caption),
    {
      kind: 'table',
      caption,
      columns: [
        { header: first, width: 0.36 },
        { header: labels.costsPlanned, width: 0.18, align: 'end' },
        { header: labels.costsRealised, width: 0.18, align: 'end' },
        { header: labels.difference, width: 0.17, align: 'end' },
        { header: labels.differencePercent, width: 0.11, align: 'end' },
      ],
      rows: entries.map(([name, v]) => {
        const d = difference(v.plannedCents, v.realisedCents);
        return [name, formatEuro(v.plannedCents), formatEuro(v.realisedCents), signedEuro(d.difference), signedPercent(d)];
      }),
      totals: [labels.total, formatEuro(planned), formatEuro(realised), signedEuro(all.difference), signedPercent(all)],
    },
  ];
}

function costsPerGroupTable(ctx: ReportContext): Block[] {
  return twoWayTable(
    ctx,
    ctx.labels.costsPerGroup,
    ctx.labels.targetGroup,
    ctx.scheme.targetGroups.map((g) => [`${g.id}. ${g.name}`, ctx.totals.byTargetGroup[g.id] ?? { plannedCents: 0, realisedCents: 0 }]),
  );
}

function costsPerCategoryTable(ctx: ReportContext): Block[] {
  const known = ctx.scheme.costCategories.map((c) => c.id as string);
  const ids = [...known.filter((id) => ctx.totals.byCategory[id]), ...Object.keys(ctx.totals.byCategory).filter((id) => !known.includes(id))];
  return twoWayTable(
    ctx,
    ctx.labels.costsPerCategory,
    ctx.labels.costCategory,
    ids.map((id) => [id === 'added' ? ctx.labels.addedCategory : (labelOf(ctx.scheme.costCategories, id) ?? id), ctx.totals.byCategory[id]!]),
  );
}

function totalsFacts(ctx: ReportContext): Block[] {
  const { labels } = ctx;
  return [
    {
      kind: 'facts',
      caption: labels.realisedTotal,
      rows: [
        { label: labels.grantedAmount, value: euroOr(parseEuroCents(ctx.draft.report?.grant?.grantedAmount), labels.missing) },
        { label: labels.realisedTotal, value: euroOr(ctx.totals.realisedCents, labels.missing) },
        { label: labels.typedTotal, value: euroOr(parseEuroCents(ctx.draft.report?.closing?.totalCosts), labels.missing) },
      ],
    },
  ];
}

function reportOpenIssues(ctx: ReportContext): Block[] {
  const { labels, issues } = ctx;
  if (issues.length === 0) return [paragraph(labels.noIssues)];
  return [
    {
      kind: 'list',
      items: issues.map((issue) => [{ text: `${issue.severity === 'error' ? labels.error : labels.warning}: `, bold: true }, { text: issue.message }]),
    },
  ];
}

export interface ReportBlock {
  description: string;
  build: (ctx: ReportContext) => Block[];
}

export const REPORT_BLOCKS = {
  applicantTable: { description: 'Tabel met de gegevens van de aanvrager', build: (ctx) => applicantTable(ctx.app) },
  participantsPerGroupTable: { description: 'Deelnemers per doelgroep: verwacht en bereikt', build: participantsPerGroupTable },
  activitiesComparisonTable: { description: 'Activiteiten: uitgevoerd, geplande en werkelijke periode', build: activitiesComparisonTable },
  participantsComparisonTable: { description: 'Deelnemers per activiteit: verwacht, bereikt, verschil', build: participantsComparisonTable },
  activityReportSections: { description: 'Per activiteit: uitvoering, kosten, werkwijze en verschillen met toelichting', build: activityReportSections },
  addedActivitySections: { description: 'Per toegevoegde activiteit: reden, uitvoering en kosten', build: addedActivitySections },
  goalResultsTable: { description: 'Per doel (D1, D2, …): streefwaarde, gerealiseerd, verschil en gehaald', build: goalResultsTable },
  goalExplanations: { description: 'De toelichting per doel dat niet (helemaal) is gehaald of afwijkt van de streefwaarde', build: goalExplanations },
  partnersReport: { description: 'Per partner: afspraken en samenwerking', build: partnersReport },
  nazorgReport: { description: 'Nazorg: beloofd en werkelijk bereik', build: nazorgReport },
  costsComparisonTable: { description: 'Kosten per activiteit: begroot, werkelijk, verschil', build: costsComparisonTable },
  costsPerGroupTable: { description: 'Kosten per doelgroep: begroot en werkelijk', build: costsPerGroupTable },
  costsPerCategoryTable: { description: 'Kosten per soort: begroot en werkelijk', build: costsPerCategoryTable },
  totalsFacts: { description: 'Verleend bedrag en werkelijke kosten', build: totalsFacts },
  reportOpenIssues: { description: 'Openstaande punten van het verslag', build: reportOpenIssues },
} satisfies Record<string, ReportBlock>;

export function findReportBlock(name: string): ReportBlock | undefined {
  return Object.hasOwn(REPORT_BLOCKS, name) ? REPORT_BLOCKS[name as keyof typeof REPORT_BLOCKS] : undefined;
}
