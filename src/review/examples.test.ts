import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftFileSchema, type DraftFile } from '../../schemas/draft';
import { getScheme } from '../../templates/schemes';
import { goalGroupIds } from '../../schemas/fields/background';
import { budgetTotals } from '../domain/budget';
import { checkCoherence } from '../domain/coherence';
import { coherenceMatrix } from '../domain/coherenceMatrix';
import { errorsOf } from '../domain/issues';
import { validateDraft } from '../domain/validateDraft';
import { adviceIssues } from '../domain/advice';
import { getGuidance } from '../../templates/guidance';

const scheme = getScheme();

/** The example drafts in public/examples, parsed exactly as a draft file is. */
function example(name: string): DraftFile {
  const json: unknown = JSON.parse(readFileSync(new URL(`../../public/examples/${name}.json`, import.meta.url), 'utf8'));
  return draftFileSchema.parse(json);
}

describe('public/examples', () => {
  it.each(['leeg-begin', 'roc-voorbeeld', 'volledig'])('%s.json is a valid draft file for this scheme', (name) => {
    const draft = example(name);
    expect(draft.schemeId).toBe(scheme.id);
  });

  describe('leeg-begin.json', () => {
    const draft = example('leeg-begin');
    it('has no answers, so every step reports what is missing and nothing else', () => {
      expect(draft.answers).toEqual({});
      expect(checkCoherence(draft.answers, scheme)).toEqual([]);
    });
  });

  describe('volledig.json', () => {
    const { answers } = example('volledig');
    const activities = answers.activities ?? [];

    it('has no error and no warning at all', () => {
      expect(validateDraft(answers, scheme)).toEqual([]);
      expect(checkCoherence(answers, scheme)).toEqual([]);
    });

    it('chooses all 7 mechanisms and all 17 approaches, each with a rationale', () => {
      const chosen = answers.mechanisms?.chosen ?? [];
      expect(chosen.map((c) => c.mechanismId).sort()).toEqual(scheme.mechanisms.map((m) => m.id).sort());
      const approaches = chosen.flatMap((c) => c.approachIds ?? []);
      expect(approaches).toHaveLength(17);
      expect(new Set(approaches)).toEqual(new Set(scheme.mechanisms.flatMap((m) => m.approaches.map((a) => a.id))));
      expect(chosen.every((c) => (c.rationale?.trim().length ?? 0) > 80)).toBe(true);
    });

    it('has at least 12 activities that together use every approach and serve both groups', () => {
      expect(activities.length).toBeGreaterThanOrEqual(12);
      expect(new Set(activities.flatMap((a) => a.approachIds ?? [])).size).toBe(17);
      expect(coherenceMatrix(answers, scheme).gaps).toEqual([]);
      expect(activities.some((a) => a.targetGroupIds?.includes('b') && a.phase === 'aftercare')).toBe(true);
    });

    it('plans every activity inside 2021–2022, with cost lines and known partners', () => {
      const partnerIds = new Set((answers.partners ?? []).map((p) => p.id));
      for (const a of activities) {
        expect(a.startDate! >= '2021-01-01' && a.endDate! <= '2022-12-31').toBe(true);
        expect(a.costLines?.length).toBeGreaterThan(0);
        expect(a.partnerIds?.every((p) => partnerIds.has(p))).toBe(true);
      }
      const used = new Set(activities.flatMap((a) => a.partnerIds ?? []));
      expect([...partnerIds].every((p) => used.has(p))).toBe(true);
    });

    it('works with the RMC-contactgemeente and the centrumgemeente', () => {
      const types = (answers.partners ?? []).map((p) => p.type);
      expect(types).toContain('rmc-contactgemeente');
      expect(types).toContain('centrumgemeente');
    });

    it('has a budget that adds up: requested subsidy plus co-financing equals the cost lines', () => {
      const totals = budgetTotals(answers);
      expect(totals.unreadableLines).toBe(0);
      expect(totals.requestedCents! + totals.cofinancingCents!).toBe(totals.totalCents);
    });
  });

  // The finished examples of every round, and the one with a report: complete in their own round,
  // the new step Aanleiding en doelen included (it has at least one figure and one goal).
  it.each(['volledig', 'verslag', 'nazorg-2022-2023', 'nazorg-2022-2024', 'nazorg-2024-2025'])('%s.json has no error in its own round', (name) => {
    const { answers, schemeId } = example(name);
    const round = getScheme(schemeId);
    expect(errorsOf(validateDraft(answers, round))).toEqual([]);
    expect(answers.background?.figures?.length).toBeGreaterThan(0);
    const groupIds: string[] = round.targetGroups.map((g) => g.id);
    for (const goal of answers.background?.goals ?? []) {
      // A round with one group asks no goal's group (as no activity's).
      if (groupIds.length === 1) expect(goal.targetGroupIds).toBeUndefined();
      expect(goalGroupIds(goal, round).every((id) => groupIds.includes(id))).toBe(true);
    }
  });

  describe('roc-voorbeeld.json', () => {
    const { answers } = example('roc-voorbeeld');
    const issues = validateDraft(answers, scheme);

    it('is a realistic first draft of 4 to 6 activities', () => {
      expect(answers.applicant?.institutionName).toBeTruthy();
      expect(answers.activities?.length).toBeGreaterThanOrEqual(4);
      expect(answers.activities?.length).toBeLessThanOrEqual(6);
    });

    it('leaves open points, in the steps and across them', () => {
      expect(errorsOf(issues).length).toBeGreaterThan(0);
      const rules = checkCoherence(answers, scheme).map((i) => i.rule);
      expect(rules).toContain('mechanism-without-activity');
      expect(rules).toContain('budget-mismatch');
      expect(adviceIssues(answers, getGuidance(scheme.id)).map((i) => i.rule)).toContain('evidence:speeddates-workplace-contact');
    });
  });
});
