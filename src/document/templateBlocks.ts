import { activitiesOverview, activitySections, aftercareActivities } from './blocks/activities';
import { applicantTable } from './blocks/applicantTable';
import { backgroundFigures, goalIndicators, goalsList } from './blocks/background';
import { budgetPerActivityTable, budgetPerCategoryTable, budgetPerTargetGroupTable, financingTable } from './blocks/budgetTables';
import { mechanismSections } from './blocks/mechanismSections';
import { openIssues, unknownSchemeFacts } from './blocks/openIssues';
import { partnerSections, partnersTable } from './blocks/partners';
import { planningTable } from './blocks/planningTable';
import { sourcesList } from './blocks/sourcesList';
import { targetGroupDetails, targetGroupsTable } from './blocks/targetGroups';
import type { Block } from './documentModel';
import type { RenderContext } from './renderContext';

/**
 * The computed parts a template may insert with `{"block": "<name>"}`. A house-style Word file
 * can use the same names as `{{block.<name>}}`. Descriptions are shown to those users.
 */
export interface TemplateBlock {
  description: string;
  build: (ctx: RenderContext) => Block[];
}

export const TEMPLATE_BLOCKS = {
  applicantTable: { description: 'Tabel met de gegevens van de aanvrager', build: applicantTable },
  targetGroupsTable: { description: 'Tabel met beide doelgroepen', build: targetGroupsTable },
  targetGroupDetails: { description: 'Per doelgroep: omschrijving en selectie', build: targetGroupDetails },
  backgroundFigures: { description: 'Tabel met de cijfers van de instelling (wat, waarde, jaar en bron)', build: backgroundFigures },
  goalsList: { description: 'Per doel (D1, D2, …): wat wij willen bereiken, doelgroep, indicator, streefwaarde en streefdatum', build: goalsList },
  goalIndicators: { description: 'Kop, inleiding en tabel: per doel (D1, D2, …) de indicator, streefwaarde en streefdatum, voor de monitoring; niets zonder doelen', build: goalIndicators },
  mechanismSections: { description: 'Per gekozen mechanisme (in volgorde 1 tot 7): wat het onderzoek zegt, waarom het past en de gekozen aanpakken', build: mechanismSections },
  activitiesOverview: { description: 'Overzichtstabel van alle activiteiten', build: activitiesOverview },
  activitySections: { description: 'Per activiteit: gegevens, beschrijving en kosten', build: activitySections },
  planningTable: { description: 'Planning per kwartaal', build: planningTable },
  aftercareActivities: { description: 'Welke activiteiten de nazorg vormen (codes en titels)', build: aftercareActivities },
  partnersTable: { description: 'Tabel met de samenwerkingspartners', build: partnersTable },
  partnerSections: { description: 'Per partner: rol en afspraken', build: partnerSections },
  budgetPerActivityTable: { description: 'Begroting per activiteit', build: budgetPerActivityTable },
  budgetPerCategoryTable: { description: 'Begroting per soort kosten', build: budgetPerCategoryTable },
  budgetPerTargetGroupTable: { description: 'Begroting per doelgroep', build: budgetPerTargetGroupTable },
  financingTable: { description: 'Financiering: subsidie en cofinanciering', build: financingTable },
  sourcesList: { description: 'Lijst met gebruikte bronnen', build: sourcesList },
  openIssues: { description: 'Openstaande punten (fouten en adviezen, elk met de plek waar het om gaat)', build: openIssues },
  unknownSchemeFacts: { description: 'Wat de openbare bronnen over de regeling niet zeggen (na te vragen bij DUS-I)', build: unknownSchemeFacts },
} satisfies Record<string, TemplateBlock>;

export type BlockName = keyof typeof TEMPLATE_BLOCKS;

export function findBlock(name: string): TemplateBlock | undefined {
  return Object.hasOwn(TEMPLATE_BLOCKS, name) ? TEMPLATE_BLOCKS[name as BlockName] : undefined;
}
