import { describe, it, expect } from 'vitest';
import schemeJson from './scheme.json';
import guidanceJson from './guidance.json';
import { schemeSchema } from '../../schemas/scheme';
import { guidanceSchema } from '../../schemas/guidance';

// Parse once; the first test reports the zod issues if this fails.
const parsed = schemeSchema.safeParse(schemeJson);
const scheme = parsed.success ? parsed.data : schemeSchema.parse(schemeJson);
const parsedGuidance = guidanceSchema.safeParse(guidanceJson);
const guidance = parsedGuidance.success ? parsedGuidance.data : guidanceSchema.parse(guidanceJson);

const duplicates = (ids: string[]): string[] => ids.filter((id, i) => ids.indexOf(id) !== i);

// Factsheet "Werkzame mechanismen": 7 mechanisms, 17 ways of applying them.
const EXPECTED_MECHANISMS: Record<string, { number: number; approaches: string[] }> = {
  'effectiveness-empowerment': {
    number: 1,
    approaches: ['safe-context', 'dialogue-equal-opportunities', 'career-guidance'],
  },
  'search-behaviour': {
    number: 2,
    approaches: ['right-information', 'targeted-applying', 'practice-with-employers'],
  },
  'meeting-employers': { number: 3, approaches: ['learning-to-network', 'bringing-together'] },
  'workplace-contact': { number: 4, approaches: ['trial-internships', 'orientation-company-visits'] },
  'objective-selection': { number: 5, approaches: ['selection-by-school', 'selection-by-employers'] },
  'awareness-dialogue': {
    number: 6,
    approaches: ['awareness-training', 'insight-discrimination-reports', 'discussing-discrimination-with-employers'],
  },
  'social-norms': {
    number: 7,
    approaches: ['equal-opportunity-policy-school', 'objective-recruitment-policy-employer'],
  },
};

const allApproachIds = scheme.mechanisms.flatMap((m) => m.approaches.map((a) => a.id));
const mechanismById = new Map(scheme.mechanisms.map((m) => [m.id, m]));

describe('scheme ebn-mbo-2021-2022', () => {
  it('parses with schemeSchema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(scheme.id).toBe('ebn-mbo-2021-2022');
  });

  it('has guidance (evidence, approach descriptions, sources) for exactly its mechanisms and approaches', () => {
    expect(parsedGuidance.success ? [] : parsedGuidance.error.issues).toEqual([]);
    expect(guidance.schemeId).toBe(scheme.id);
    expect(Object.keys(guidance.mechanisms).sort()).toEqual(scheme.mechanisms.map((m) => m.id).sort());
    for (const m of scheme.mechanisms) {
      const texts = guidance.mechanisms[m.id];
      expect(texts?.evidence.length, m.id).toBeGreaterThan(0);
      expect(Object.keys(texts?.approaches ?? {}).sort(), m.id).toEqual(m.approaches.map((a) => a.id).sort());
    }
  });

  it('has exactly 7 mechanisms numbered 1..7 and 17 approaches', () => {
    expect(scheme.mechanisms).toHaveLength(7);
    expect(scheme.mechanisms.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(allApproachIds).toHaveLength(17);
  });

  it('uses the agreed mechanism and approach ids', () => {
    const actual = Object.fromEntries(
      scheme.mechanisms.map((m) => [m.id, { number: m.number, approaches: m.approaches.map((a) => a.id) }]),
    );
    expect(actual).toEqual(EXPECTED_MECHANISMS);
  });

  it('has unique ids', () => {
    expect(duplicates(scheme.mechanisms.map((m) => m.id))).toEqual([]);
    expect(duplicates(allApproachIds)).toEqual([]);
    expect(duplicates(guidance.exampleActivities.map((a) => a.id))).toEqual([]);
    expect(duplicates(guidance.sources.map((s) => s.id))).toEqual([]);
    expect(duplicates(guidance.evidenceWarnings.map((w) => w.id))).toEqual([]);
    expect(duplicates(guidance.practiceExamples.map((p) => p.id))).toEqual([]);
    expect(duplicates(scheme.partnerTypes.map((p) => p.id))).toEqual([]);
    expect(duplicates(scheme.riskIndicators.map((r) => r.id))).toEqual([]);
  });

  it('references only sources that exist', () => {
    const sourceIds = new Set(guidance.sources.map((s) => s.id));
    const referenced = [
      guidance.primarySourceId,
      ...Object.values(guidance.mechanisms).flatMap((m) => m.sourceIds),
      ...guidance.practiceExamples.map((p) => p.sourceId),
    ];
    expect(referenced.filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  it('example activities reference existing mechanisms, approaches and partner types', () => {
    const partnerIds = new Set(scheme.partnerTypes.map((p) => p.id));
    const approachSet = new Set(allApproachIds);
    for (const activity of guidance.exampleActivities) {
      expect(activity.mechanismIds.filter((id) => !mechanismById.has(id)), activity.id).toEqual([]);
      expect(activity.approachIds.filter((id) => !approachSet.has(id)), activity.id).toEqual([]);
      expect(activity.partnerTypeIds.filter((id) => !partnerIds.has(id)), activity.id).toEqual([]);
    }
  });

  it("every example activity's approaches belong to its mechanisms, and every mechanism has one", () => {
    for (const activity of guidance.exampleActivities) {
      const own = new Set(
        activity.mechanismIds.flatMap((id) => mechanismById.get(id)?.approaches.map((a) => a.id) ?? []),
      );
      expect(activity.approachIds.filter((id) => !own.has(id)), activity.id).toEqual([]);
      const unused = activity.mechanismIds.filter(
        (id) => !mechanismById.get(id)?.approaches.some((a) => activity.approachIds.includes(a.id)),
      );
      expect(unused, activity.id).toEqual([]);
    }
  });

  it('example activities cover all mechanisms, all approaches and both target groups', () => {
    const activities = guidance.exampleActivities;
    expect(activities.length).toBeGreaterThanOrEqual(14);
    expect(activities.length).toBeLessThanOrEqual(18);
    const mechanisms = new Set(activities.flatMap((a) => a.mechanismIds));
    const approaches = new Set(activities.flatMap((a) => a.approachIds));
    const groups = new Set(activities.flatMap((a) => a.targetGroupIds));
    expect(scheme.mechanisms.map((m) => m.id).filter((id) => !mechanisms.has(id))).toEqual([]);
    expect(allApproachIds.filter((id) => !approaches.has(id))).toEqual([]);
    expect([...groups].sort()).toEqual(['a', 'b']);
  });

  it("example activities' phase matches the phase of their target groups", () => {
    const phaseOf = new Map(scheme.targetGroups.map((g) => [g.id, g.phase]));
    for (const activity of guidance.exampleActivities) {
      expect(
        activity.targetGroupIds.map((g) => phaseOf.get(g)),
        activity.id,
      ).toEqual(activity.targetGroupIds.map(() => activity.phase));
    }
  });

  it('evidence warnings reference existing mechanisms and match in lower case', () => {
    expect(guidance.evidenceWarnings.length).toBeGreaterThanOrEqual(2);
    for (const warning of guidance.evidenceWarnings) {
      expect(mechanismById.has(warning.mechanismId), warning.id).toBe(true);
      for (const word of warning.matchAny) expect(word, warning.id).toBe(word.toLowerCase());
    }
    const speeddate = guidance.evidenceWarnings.find((w) => w.matchAny.includes('speeddate'));
    expect(speeddate?.mechanismId).toBe('workplace-contact');
    const openApplying = guidance.evidenceWarnings.find((w) => w.matchAny.includes('open sollicitatie'));
    expect(openApplying?.mechanismId).toBe('search-behaviour');
  });

  it('no example activity triggers an evidence warning itself', () => {
    const triggered = guidance.exampleActivities.flatMap((activity) => {
      const text = `${activity.title} ${activity.description}`.toLowerCase();
      return guidance.evidenceWarnings
        .filter((w) => activity.mechanismIds.includes(w.mechanismId))
        .filter((w) => w.matchAny.some((word) => text.includes(word)))
        .map((w) => `${activity.id}: ${w.id}`);
    });
    expect(triggered).toEqual([]);
  });

  it('has exactly target groups a (final year) and b (aftercare), both required', () => {
    expect(scheme.targetGroups.map((g) => [g.id, g.phase])).toEqual([
      ['a', 'final-year'],
      ['b', 'aftercare'],
    ]);
    expect(scheme.targetGroups.find((g) => g.id === 'b')?.notInScope).toMatch(/RMC/);
    expect(scheme.bothGroupsRequired).toBe(true);
  });

  it('has the agreed risk indicators and partner types', () => {
    expect(scheme.riskIndicators.map((r) => r.id)).toEqual([
      'migration-background',
      'bol-level-2',
      'corona-sector',
      'low-ses',
      'entree',
      'other',
    ]);
    expect(scheme.riskIndicators.filter((r) => r.requiresExplanation).map((r) => r.id)).toEqual(['other']);
    expect(scheme.riskIndicators.find((r) => r.id === 'entree')?.hint).toMatch(/niet als criterium/);
    expect(
      Object.fromEntries(scheme.partnerTypes.map((p) => [p.id, p.namedInRegulation])),
    ).toEqual({
      'rmc-contactgemeente': true,
      centrumgemeente: true,
      employers: false,
      uwv: false,
      sbb: false,
      other: false,
    });
  });

  it('lists the fixed levels, pathways, phases and cost categories', () => {
    expect(scheme.levels.map((l) => l.id)).toEqual(['entree', '2', '3', '4']);
    expect(scheme.pathways.map((p) => p.id)).toEqual(['bol', 'bbl']);
    expect(scheme.phases.map((p) => [p.id, p.label])).toEqual([
      ['final-year', 'Laatste studiejaar'],
      ['aftercare', 'Nazorg na het diploma'],
    ]);
    expect(scheme.costCategories.map((c) => [c.id, c.label])).toEqual([
      ['staff', 'Personeel'],
      ['third-party', 'Inhuur derden'],
      ['material', 'Materiaal'],
      ['other', 'Overig'],
    ]);
  });

  it('keeps the facts that are not known as unknown, with a Dutch note pointing to DUS-I', () => {
    const unknownFacts = {
      'activityPeriod.start': scheme.activityPeriod.start,
      'activityPeriod.end': scheme.activityPeriod.end,
      maxSubsidyPerInstitution: scheme.maxSubsidyPerInstitution,
      eligibleCosts: scheme.eligibleCosts,
      cofinancing: scheme.cofinancing,
      'ageLimit.referenceDate': scheme.ageLimit.referenceDate,
      reporting: scheme.reporting,
    };
    for (const [name, fact] of Object.entries(unknownFacts)) {
      expect(fact.status, name).toBe('unknown');
      if (fact.status === 'unknown') expect(fact.note, name).toMatch(/^Controleer (bij DUS-I|in uw beschikking)/);
    }
  });

  it('has the known facts with the right values', () => {
    expect(scheme.name).toBe('Subsidieregeling extra begeleiding en nazorg mbo 2021/2022');
    expect(scheme.citation).toBe('Stcrt. 2021, 2100');
    expect(scheme.regulationDate).toBe('2021-01-12');
    expect(scheme.executor.name).toBe('DUS-I');
    expect(scheme.executor.url).toBe('https://www.dus-i.nl/subsidies/extra-begeleiding-en-nazorg-mbo');
    expect(scheme.totalBudgetEuro).toMatchObject({ status: 'known', value: 24_500_000 });
    expect(scheme.applicationWindows).toMatchObject([{ opens: '2021-01-22', closes: '2021-02-22' }]);
    expect(scheme.activityYears).toEqual([2021, 2022]);
    expect(scheme.ageLimit.under).toBe(27);
    expect(scheme.evaluation.status).toBe('known');
    if (scheme.evaluation.status === 'known') expect(scheme.evaluation.value).toMatch(/^2026\b/);
  });
});
