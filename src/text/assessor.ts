import { joinDutch, midSentence } from '../../schemas/dutchText';

/**
 * The messages of the checks an assessor makes (src/domain/assessorChecks.ts), in Dutch. Each
 * names its place first, so it reads the same in Controleren, the command line and the Word
 * document's "Openstaande punten".
 */
/** "1 maand", "18 maanden", "1,5 maand". */
const monthCount = (n: number) => `${n.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} ${n === 1 || n < 1 ? 'maand' : 'maanden'}`;
const quoted = (text: string) => (text ? ` (‘${text}’)` : '');

export const ASSESSOR = {
  participants: 'deelnemers',
  groupWithoutGoal: (group: string) =>
    `${group} heeft activiteiten, maar nog geen doel. Voeg bij Aanleiding en doelen een doel voor deze groep toe, met een streefwaarde en een datum.`,
  nazorgReachDiffers: (group: string, expected: number, users: number) =>
    `${group}: bij Doelgroepen verwacht u ${expected} gediplomeerden, bij Nazorg ${users}. De samenvatting en de nazorg noemen zo twee aantallen. Maak ze gelijk, of leg bij Nazorg uit waarom niet alle gediplomeerden de nazorg gebruiken.`,
  nazorgUsersExceed: (group: string, users: number, count: number, people: string, binding: boolean) =>
    binding
      ? `U belooft dat ${users} gediplomeerden nazorg gebruiken, maar ${midSentence(group)} telt ${count} ${people}. Dit aantal is bindend: maak het niet groter dan de doelgroep.`
      : `U verwacht dat ${users} gediplomeerden nazorg gebruiken, maar ${midSentence(group)} telt ${count} ${people}.`,
  nazorgLongerThanPeriod: (duration: number, diploma: string, end: string, months: number) =>
    `De nazorg duurt volgens uw plan ${monthCount(duration)} na het diploma. Wie een diploma haalt als de activiteiten in het laatste jaar eindigen (${diploma}), krijgt tot ${end} nazorg: ${monthCount(months)}. Maak de duur korter, of laat de nazorgactiviteiten langer lopen als de regeling dat toestaat.`,
  aftercareReachesFewer: (users: number, activity: string, participants: number) =>
    `U verwacht dat ${users} gediplomeerden de nazorg gebruiken, maar de nazorgactiviteit met de meeste deelnemers (${activity}) verwacht er ${participants}. Klopt het aantal deelnemers van die activiteit?`,
  participantsExceedGroups: (activity: string, participants: number, max: number, people: string) =>
    `${activity} verwacht ${participants} deelnemers, meer dan de ${max} ${people} die u bij Doelgroepen verwacht.`,
  activityWithoutCosts: (activity: string) => `${activity} heeft nog geen kosten. Vul bij deze activiteit de kostenregels in.`,
  groupWithoutBudget: (group: string, activities: readonly string[]) =>
    `${group} krijgt geen geld in de begroting: ${joinDutch([...activities])} ${activities.length === 1 ? 'heeft' : 'hebben'} geen kosten. Elke doelgroep hoort bij de begroting.`,
  isThisExtra: (costLine: string, description: string, itself: boolean) =>
    itself
      ? `${costLine}${quoted(description)} noemt uren uit de formatie of reguliere inzet. De regeling betaalt extra begeleiding: is dit extra? Leg dat uit in de toelichting op de begroting, of haal de kosten weg.`
      : `${costLine}${quoted(description)} rekent personeelskosten, terwijl de cofinanciering of de toelichting zegt dat die uren al in de formatie zitten. De regeling betaalt extra begeleiding: is dit extra? Leg dat uit in de toelichting op de begroting.`,
  namedPartnerMissing: (type: string) =>
    `U heeft nog geen partner van het soort ‘${type}’. De regeling omschrijft deze partner, en de begeleiding gebeurt in overleg met de gemeente. Leg vast wat u met hen afspreekt.`,
  startsBeforeApplication: (activity: string, start: string, closes: string) =>
    `${activity} begint op ${start}. Aanvragen kon tot en met ${closes}: wat begint vóór u de aanvraag indient, telt mogelijk niet mee. Vraag bij DUS-I na vanaf welke datum activiteiten en kosten meetellen.`,
};
