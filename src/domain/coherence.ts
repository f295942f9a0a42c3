import type { Answers } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { activityGroupIds, activityPhase } from '../../schemas/fields/activities';
import { goalGroupIds } from '../../schemas/fields/background';
import { budgetTotals } from './budget';
import { formatEuro } from './formatEuro';
import type { Issue } from './issues';
import { activityLabel } from '../text/activityLabel';
import { ASSESSOR } from '../text/assessor';
import { PLACES } from '../text/places';
import { assessorChecks } from './assessorChecks';

/**
 * Checks across steps: does the plan hang together? Errors block "klaar"; warnings advise from
 * the evidence. Each rule only speaks when the answers it needs are there, so an empty draft gets
 * step errors, not a flood of coherence errors.
 */
export function checkCoherence(answers: Answers, scheme: Scheme): Issue[] {
  const issues: Issue[] = [];
  const activities = answers.activities ?? [];
  const chosen = (answers.mechanisms?.chosen ?? []).map((c) => c.mechanismId);
  const mechanismName = (id: string) => scheme.mechanisms.find((m) => m.id === id)?.name ?? id;
  const groupName = (id: string) => scheme.targetGroups.find((g) => g.id === id)?.shortName ?? id;

  if (activities.length > 0) {
    // Both target groups must be supported to qualify (DUS-I).
    if (scheme.bothGroupsRequired) {
      for (const group of scheme.targetGroups) {
        if (!activities.some((a) => activityGroupIds(a, scheme).includes(group.id))) {
          issues.push({
            severity: 'error',
            step: 'activities',
            path: [],
            rule: 'group-without-activity',
            message: `Geen activiteit voor doelgroep ${group.id} (${groupName(group.id)}). De regeling vraagt steun aan beide doelgroepen.`,
          });
        }
      }
    }

    for (const mechanismId of chosen) {
      if (!activities.some((a) => a.mechanismIds?.includes(mechanismId))) {
        issues.push({
          severity: 'error',
          step: 'mechanisms',
          path: [],
          rule: 'mechanism-without-activity',
          message: `U koos het mechanisme ‘${mechanismName(mechanismId)}’, maar geen activiteit gebruikt het. Voeg een activiteit toe of kies het mechanisme af.`,
        });
      }
    }

    const aftercare = scheme.phases.find((p) => p.id === 'aftercare');
    const groupB = scheme.targetGroups.find((g) => g.phase === 'aftercare');
    if (aftercare && groupB && !activities.some((a) => activityPhase(a, scheme) === 'aftercare' && activityGroupIds(a, scheme).includes(groupB.id))) {
      issues.push({
        severity: 'error',
        step: 'activities',
        path: [],
        rule: 'no-aftercare-activity',
        message: `Er is nog geen nazorgactiviteit voor doelgroep ${groupB.id} (${groupB.shortName}). Voeg een activiteit toe met de fase ‘${aftercare.label}’.`,
      });
    }
  }

  activities.forEach((activity, index) => {
    const at = ['activities', index] as const;
    const unchosen = (activity.mechanismIds ?? []).filter((m) => !chosen.includes(m));
    if (unchosen.length > 0) {
      issues.push({
        severity: 'error',
        step: 'activities',
        path: [...at, 'mechanismIds'],
        rule: 'activity-mechanism-not-chosen',
        message: `${activityLabel(activity, index)} gebruikt ‘${unchosen.map(mechanismName).join('’, ‘')}’, maar dat mechanisme staat niet bij uw gekozen mechanismen.`,
      });
    }
    const finalYear = scheme.targetGroups.find((g) => g.phase === 'final-year');
    const groups = activityGroupIds(activity, scheme);
    if (activityPhase(activity, scheme) === 'aftercare' && finalYear && groups.length === 1 && groups[0] === finalYear.id) {
      issues.push({
        severity: 'error',
        step: 'activities',
        path: [...at, 'phase'],
        rule: 'aftercare-for-final-year',
        message: `${activityLabel(activity, index)} is nazorg na het diploma, maar is alleen voor doelgroep ${finalYear.id} (laatstejaars). Kies doelgroep b of de fase ‘laatste studiejaar’.`,
      });
    }
    const partnerIds = new Set((answers.partners ?? []).map((p) => p.id));
    if ((activity.partnerIds ?? []).some((p) => !partnerIds.has(p))) {
      issues.push({
        severity: 'warning',
        step: 'activities',
        path: [...at, 'partnerIds'],
        rule: 'activity-unknown-partner',
        message: `${activityLabel(activity, index)} noemt een partner die niet meer bij Samenwerking staat.`,
      });
    }

  });

  // Working together is what the scheme asks for: a plan whose activities name no partner shows no cooperation anywhere.
  if (activities.length > 0 && !activities.some((a) => (a.partnerIds ?? []).length > 0)) {
    issues.push({
      severity: 'warning',
      step: 'activities',
      path: [],
      rule: 'activities-without-partners',
      message:
        (answers.partners ?? []).length > 0
          ? 'Geen activiteit noemt een partner. Vink bij elke activiteit aan welke partners meedoen.'
          : 'Geen activiteit noemt een partner. Voeg uw partners toe bij Samenwerking en vink ze aan bij de activiteiten.',
    });
  }

  // The regulation defines the RMC-contactgemeente and the centrumgemeente, and the guidance happens in consultation with the gemeente (DUS-I).
  const partners = answers.partners ?? [];
  if (partners.length > 0) {
    for (const type of scheme.partnerTypes.filter((t) => t.namedInRegulation)) {
      if (!partners.some((p) => p.type === type.id)) {
        issues.push({ severity: 'warning', step: 'partners', path: [], rule: 'named-partner-missing', message: ASSESSOR.namedPartnerMissing(type.label) });
      }
    }
  }

  // Goals per target group (Aanleiding en doelen): a group the activities serve without a goal of its own has nothing to be measured against.
  const goals = answers.background?.goals ?? [];
  if (goals.length > 0) {
    for (const group of scheme.targetGroups) {
      const served = activities.some((a) => activityGroupIds(a, scheme).includes(group.id));
      if (served && !goals.some((g) => goalGroupIds(g, scheme).includes(group.id))) {
        issues.push({ severity: 'warning', step: 'background', path: ['goals'], rule: 'group-without-goal', message: ASSESSOR.groupWithoutGoal(PLACES.group(group.id, group.shortName)) });
      }
    }
  }

  // The budget must add up: cost lines = requested subsidy + co-financing.
  const totals = budgetTotals(answers, scheme);
  if (totals.requestedCents !== undefined && totals.lineCount > 0) {
    const funded = totals.requestedCents + (totals.cofinancingCents ?? 0);
    if (funded !== totals.totalCents) {
      issues.push({
        severity: 'error',
        step: 'budget',
        path: ['requestedAmount'],
        rule: 'budget-mismatch',
        message: `De kosten van de activiteiten zijn samen ${formatEuro(totals.totalCents)}, maar gevraagde subsidie plus cofinanciering is ${formatEuro(funded)}. Maak die gelijk.`,
      });
    }
  }
  if (activities.length > 0 && totals.lineCount === 0) {
    issues.push({
      severity: 'error',
      step: 'budget',
      path: [],
      rule: 'budget-no-lines',
      message: 'Er staan nog geen kosten bij de activiteiten. Vul bij elke activiteit de kostenregels in.',
    });
  }
  return [...issues, ...assessorChecks(answers, scheme)];
}
