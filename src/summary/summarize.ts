import type { ActivityDraft, Answers, PartnerDraft, TargetGroupDraft } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { parseEuroCents } from '../../schemas/dutchNumber';
import { formatEuro } from '../domain/formatEuro';
import { STEP_IDS, type StepId } from '../domain/steps';
import { href } from '../routes/hashRoute';
import { ACTIVITIES } from '../text/activities';
import { BUDGET } from '../text/budget';
import { MECHANISMS } from '../text/mechanisms';
import { MONITORING } from '../text/monitoring';
import { NAZORG } from '../text/nazorg';
import { APPLICANT, STEP_TITLES } from '../text/nl';
import { PARTNERS } from '../text/partners';
import { REVIEW } from '../text/review';
import { TARGET_GROUPS } from '../text/targetGroups';

export interface SummaryRow {
  label: string;
  /** Dutch display text; undefined when not answered. */
  value: string | undefined;
  step: StepId;
  /** react-hook-form name on the page the row links to, e.g. "a.levels", or "costLines.0.amount" on an activity's page. */
  fieldName: string;
  /** "Wijzig": the page and field, returning to Controleren after saving. */
  href: string;
}

export interface SummaryGroup {
  /** e.g. "Groep a: …" or "Activiteit 2 ‘Proefstage’"; none for a step without parts. */
  heading?: string;
  rows: SummaryRow[];
}

export interface SummarySection {
  step: StepId;
  title: string;
  href: string;
  groups: SummaryGroup[];
}

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2021-03-01" → "1 maart 2021"; anything else as typed. */
function dutchDate(iso: string | undefined): string | undefined {
  if (!iso?.trim()) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : undefined;
  return date && !Number.isNaN(date.getTime()) ? longDate.format(date) : iso;
}

/** Euros as nl-NL ("€ 1.250,50"); an amount that cannot be read is shown as typed. */
function euros(typed: string | undefined): string | undefined {
  if (!typed?.trim()) return undefined;
  const cents = parseEuroCents(typed);
  return cents === undefined ? typed.trim() : formatEuro(cents);
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
const list = (items: readonly string[], separator = ', ') => (items.length > 0 ? items.join(separator) : undefined);
const labelsOf = (ids: readonly string[] | undefined, options: readonly { id: string; label: string }[]) =>
  (ids ?? []).map((id) => options.find((o) => o.id === id)?.label ?? id);

/**
 * Check your answers as plain data: per step (in step order) the answers as Dutch display text,
 * each with the field it came from and a "Wijzig" link back to it. Pure; the page only renders it.
 */
export function summarize(answers: Answers, scheme: Scheme): SummarySection[] {
  const mechanismOf = (id: string) => scheme.mechanisms.find((m) => m.id === id);
  const approachName = (id: string) =>
    scheme.mechanisms.flatMap((m) => m.approaches).find((a) => a.id === id)?.name ?? id;

  // A list that is still empty has no field to focus (only an "add" button): its link opens the page.
  const listRoots = new Set(['activities', 'partners', 'costLines']);
  const row = (step: StepId, label: string, value: string | undefined, fieldName: string, sub?: string): SummaryRow => ({
    label,
    value,
    step,
    fieldName,
    href: href.step(step, { sub, field: listRoots.has(fieldName) ? undefined : fieldName, returnTo: 'review' }),
  });

  const applicant = answers.applicant ?? {};
  const a = (field: keyof typeof applicant & keyof typeof APPLICANT, value = applicant[field]) => row('applicant', APPLICANT[field], text(value), field);
  const applicantGroups: SummaryGroup[] = [
    { heading: APPLICANT.institutionSection, rows: [a('institutionName'), a('brin', applicant.brin?.trim().toUpperCase()), a('bevoegdGezag')] },
    { heading: APPLICANT.contactSection, rows: [a('contactName'), a('contactRole'), a('contactEmail'), a('contactPhone')] },
    { heading: APPLICANT.signatorySection, rows: [a('signatoryName'), a('signatoryRole')] },
  ];

  const explains = new Set(scheme.riskIndicators.filter((r) => r.requiresExplanation).map((r) => r.id));
  const targetGroupGroups: SummaryGroup[] = scheme.targetGroups.map((group) => {
    const g: TargetGroupDraft = answers.targetGroups?.[group.id] ?? {};
    const people = TARGET_GROUPS.people[group.id];
    const r = (field: keyof TargetGroupDraft, label: string, value: string | undefined) => row('targetGroups', label, value, `${group.id}.${field}`);
    const rows = [
      r('expectedCount', TARGET_GROUPS.expectedCount(people), text(g.expectedCount)),
      r('levels', TARGET_GROUPS.levels, list(labelsOf(g.levels, scheme.levels))),
      r('pathways', TARGET_GROUPS.pathways, list(labelsOf(g.pathways, scheme.pathways))),
      r('sectors', TARGET_GROUPS.sectors, text(g.sectors)),
      r('riskIndicators', TARGET_GROUPS.riskIndicators(people), list(labelsOf(g.riskIndicators, scheme.riskIndicators), '\n')),
    ];
    // The explanation is only asked (and kept) while an indicator that needs one is chosen.
    if (g.riskIndicators?.some((id) => explains.has(id))) {
      rows.push(r('otherRiskExplanation', TARGET_GROUPS.otherRiskExplanation, text(g.otherRiskExplanation)));
    }
    rows.push(
      r('selection', TARGET_GROUPS.selection(people), text(g.selection)),
      r('ageConfirmed', TARGET_GROUPS.ageConfirmed(scheme.ageLimit.under), g.ageConfirmed ? REVIEW.confirmed : undefined),
    );
    return { heading: TARGET_GROUPS.groupHeading(group.id, group.name), rows };
  });

  const chosen = answers.mechanisms?.chosen ?? [];
  const mechanismGroups: SummaryGroup[] = [
    {
      rows: [
        row(
          'mechanisms',
          REVIEW.chosenMechanisms,
          list(
            chosen.map((c) => {
              const m = mechanismOf(c.mechanismId);
              return m ? ACTIVITIES.mechanismLabel(m.number, m.name) : c.mechanismId;
            }),
            '\n',
          ),
          'chosen',
        ),
      ],
    },
    ...chosen.map((choice, index) => {
      const m = mechanismOf(choice.mechanismId);
      return {
        heading: m ? `${MECHANISMS.numberLabel(m.number)}: ${m.name}` : choice.mechanismId,
        rows: [
          row('mechanisms', MECHANISMS.approaches, list((choice.approachIds ?? []).map(approachName), '\n'), `chosen.${index}.approachIds`),
          row('mechanisms', MECHANISMS.rationale, text(choice.rationale), `chosen.${index}.rationale`),
        ],
      };
    }),
  ];

  const activities = answers.activities ?? [];
  const partners = answers.partners ?? [];
  const activityGroups: SummaryGroup[] =
    activities.length === 0
      ? [{ rows: [row('activities', ACTIVITIES.listHeading, undefined, 'activities')] }]
      : activities.map((activity, index) => ({
          heading: ACTIVITIES.issueLabel(index, activity.title),
          rows: activityRows(activity),
        }));

  function activityRows(activity: ActivityDraft): SummaryRow[] {
    // Fields on the activity's own page are named without the list prefix ("title", "costLines.0.amount").
    const r = (field: string, label: string, value: string | undefined) => row('activities', label, value, field, activity.id);
    const lines = activity.costLines ?? [];
    const costs = lines.map((line) =>
      REVIEW.costLine(
        labelsOf(line.category ? [line.category] : [], scheme.costCategories)[0] ?? BUDGET.noCategory,
        text(line.description) ?? BUDGET.noDescription,
        euros(line.amount) ?? BUDGET.noAmount,
      ),
    );
    const totalCents = lines.reduce((sum, line) => sum + (parseEuroCents(line.amount) ?? 0), 0);
    if (lines.length > 0) costs.push(`${ACTIVITIES.total}: ${formatEuro(totalCents)}`);
    return [
      r('title', ACTIVITIES.title, text(activity.title)),
      r('description', ACTIVITIES.description, text(activity.description)),
      r(
        'mechanismIds',
        ACTIVITIES.mechanisms,
        list(
          (activity.mechanismIds ?? []).map((id) => {
            const m = mechanismOf(id);
            return m ? ACTIVITIES.mechanismLabel(m.number, m.name) : id;
          }),
          '\n',
        ),
      ),
      r('approachIds', ACTIVITIES.approaches, list((activity.approachIds ?? []).map(approachName), '\n')),
      r(
        'targetGroupIds',
        ACTIVITIES.targetGroups,
        list(
          (activity.targetGroupIds ?? []).map((id) => {
            const group = scheme.targetGroups.find((g) => g.id === id);
            return group ? ACTIVITIES.targetGroup(group.id, group.shortName) : id;
          }),
          '\n',
        ),
      ),
      r('phase', ACTIVITIES.phase, labelsOf(activity.phase ? [activity.phase] : [], scheme.phases)[0]),
      r('startDate', ACTIVITIES.startDate, dutchDate(activity.startDate)),
      r('endDate', ACTIVITIES.endDate, dutchDate(activity.endDate)),
      r('expectedParticipants', ACTIVITIES.expectedParticipants, text(activity.expectedParticipants)),
      r('responsible', ACTIVITIES.responsible, text(activity.responsible)),
      r(
        'partnerIds',
        ACTIVITIES.partners,
        list((activity.partnerIds ?? []).map((id) => text(partners.find((p) => p.id === id)?.name) ?? ACTIVITIES.partnerUnnamed), '\n'),
      ),
      r('hours', ACTIVITIES.hours, text(activity.hours)),
      r(lines.length > 0 ? 'costLines.0.category' : 'costLines', ACTIVITIES.costSection, list(costs, '\n')),
    ];
  }

  const partnerGroups: SummaryGroup[] =
    partners.length === 0
      ? [{ rows: [row('partners', PARTNERS.listHeading, undefined, 'partners')] }]
      : partners.map((partner, index) => {
          const r = (field: keyof PartnerDraft, label: string, value: string | undefined) => row('partners', label, value, `partners.${index}.${field}`);
          return {
            heading: PARTNERS.partnerHeading(index + 1, text(partner.name) ?? ''),
            rows: [
              r('type', PARTNERS.type, labelsOf(partner.type ? [partner.type] : [], scheme.partnerTypes)[0]),
              r('name', PARTNERS.name, text(partner.name)),
              r('role', PARTNERS.role, text(partner.role)),
              r('agreements', PARTNERS.agreements, text(partner.agreements)),
            ],
          };
        });

  const nazorg = answers.nazorg ?? {};
  const nazorgGroups: SummaryGroup[] = [
    {
      rows: [
        row('nazorg', NAZORG.contactMethod, text(nazorg.contactMethod), 'contactMethod'),
        row('nazorg', NAZORG.duration, text(nazorg.duration), 'duration'),
        row('nazorg', NAZORG.handover, text(nazorg.handover), 'handover'),
        row('nazorg', NAZORG.expectedUsers, text(nazorg.expectedUsers), 'expectedUsers'),
      ],
    },
  ];

  const budget = answers.budget ?? {};
  const budgetRows = [
    row('budget', BUDGET.requestedAmount, euros(budget.requestedAmount), 'requestedAmount'),
    row('budget', BUDGET.hasCofinancing, budget.hasCofinancing === 'yes' ? BUDGET.yes : budget.hasCofinancing === 'no' ? BUDGET.no : undefined, 'hasCofinancing'),
  ];
  // Amount and source are only asked while there is co-financing.
  if (budget.hasCofinancing === 'yes') {
    budgetRows.push(
      row('budget', BUDGET.cofinancingAmount, euros(budget.cofinancingAmount), 'cofinancingAmount'),
      row('budget', BUDGET.cofinancingSource, text(budget.cofinancingSource), 'cofinancingSource'),
    );
  }
  budgetRows.push(row('budget', BUDGET.notes, text(budget.notes), 'notes'));

  const monitoring = answers.monitoring ?? {};
  const monitoringGroups: SummaryGroup[] = [
    {
      rows: [
        row('monitoring', MONITORING.indicators, text(monitoring.indicators), 'indicators'),
        row('monitoring', MONITORING.registration, text(monitoring.registration), 'registration'),
        row('monitoring', MONITORING.comparison, text(monitoring.comparison), 'comparison'),
      ],
    },
  ];

  const groups: Record<StepId, SummaryGroup[]> = {
    applicant: applicantGroups,
    targetGroups: targetGroupGroups,
    mechanisms: mechanismGroups,
    activities: activityGroups,
    partners: partnerGroups,
    nazorg: nazorgGroups,
    budget: [{ rows: budgetRows }],
    monitoring: monitoringGroups,
  };
  return STEP_IDS.map((step) => ({ step, title: STEP_TITLES[step], href: href.step(step), groups: groups[step] }));
}
