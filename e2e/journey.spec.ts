import { expect, test, type Locator, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import scheme from '../templates/ebn-mbo-2021-2022/scheme.json' with { type: 'json' };
import documentTemplate from '../templates/ebn-mbo-2021-2022/document.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { press, tab, tabTo } from './keyboard';
import { addPartner, chooseMechanism, exampleActivity, fillApplicant, fillDate, fillGroupByKeyboard, pickExample, typeDate } from './steps';

/**
 * The whole application, from an empty draft to a Word document with nothing open, the way a
 * project leader of a (fictional) ROC would fill it in: every step, with the keyboard, meeting and
 * fixing the checks across steps on the way.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const summary = (page: Page) => page.getByRole('alert').filter({ hasText: 'Er is een probleem' });
const saveAndContinue = (page: Page) => page.getByRole('button', { name: 'Opslaan en verder' });
const groupRegion = (page: Page, id: 'a' | 'b') => page.getByRole('region', { name: new RegExp(`^Groep ${id}:`) });
const mechanism = (id: string) => {
  const found = scheme.mechanisms.find((m) => m.id === id);
  if (!found) throw new Error(id);
  return found;
};
const approach = (mechanismId: string, id: string) => {
  const found = mechanism(mechanismId).approaches.find((a) => a.id === id);
  if (!found) throw new Error(id);
  return found;
};
const phaseLabel = (id: string) => scheme.phases.find((p) => p.id === id)?.label ?? id;
const categoryIndex = (id: string) => scheme.costCategories.findIndex((c) => c.id === id);

const school = {
  institution: 'ROC Zuiderwaard',
  brin: '26ZW',
  bevoegdGezag: 'Stichting ROC Zuiderwaard',
  contact: 'Samira El Amrani',
  contactRole: 'Projectleider loopbaan en nazorg',
  email: 's.elamrani@roczuiderwaard.nl',
  phone: '010 765 43 21',
  signatory: 'drs. P. Hoekstra',
  signatoryRole: 'Voorzitter college van bestuur',
};
const sectorsA = 'Zorg en welzijn (Helpende zorg en welzijn); Logistiek (Logistiek medewerker)';
const rationales = {
  'effectiveness-empowerment':
    'Veel van onze laatstejaars op niveau 2 twijfelen of zij een kans maken. Een vaste coach helpt hen positieve ervaringen op te doen en hun loopbaan zelf te sturen.',
  'search-behaviour':
    'Gediplomeerden in horeca en detailhandel solliciteren breed en raken ontmoedigd. Gericht solliciteren op wat werkgevers in Rijnmond zoeken, past beter.',
  'workplace-contact':
    'Leerbedrijven in zorg en logistiek leren onze studenten kennen tijdens een proefstage, zonder sollicitatiegesprek vooraf. Zo tellen vooroordelen minder.',
} as const;
const chosenMechanisms = [
  { id: 'effectiveness-empowerment', approach: 'career-guidance' },
  { id: 'search-behaviour', approach: 'targeted-applying' },
  { id: 'workplace-contact', approach: 'trial-internships' },
] as const;
const trialTitle = 'Proefstages in zorg en logistiek';
const coachTitle = 'Nazorgcoach voor gediplomeerden van ROC Zuiderwaard';
const partners = {
  rmc: 'Gemeente Rotterdam (RMC Rijnmond)',
  centrum: 'Gemeente Rotterdam (arbeidsmarktregio Rijnmond)',
  employer: 'Zorggroep Maasoever',
};
const nazorgContact =
  'Elke gediplomeerde houdt de eigen nazorgcoach als vast aanspreekpunt. De coach belt elke maand en spreekt af op school of bij het bedrijf.';
const monitoringIndicators =
  'Deelnemers per activiteit; aandeel gediplomeerden met werk of een vervolgopleiding na 6 en 12 maanden; aantal warme overdrachten aan gemeente of UWV.';

/** Adds a cost line with the keyboard: the new line's first field has focus, the category is chosen with the arrow keys. */
async function addCostLine(page: Page, addButton: Locator, line: { category: string; description: string; amount: string }) {
  await addButton.focus();
  await page.keyboard.press('Enter');
  const category = page.locator('select:focus');
  await expect(category).toHaveAccessibleName('Soort kosten');
  for (let i = 0; i <= categoryIndex(line.category); i += 1) await page.keyboard.press('ArrowDown');
  await expect(category).toHaveValue(line.category);
  await tab(page, page.getByRole('group', { name: /^Kostenregel \d+$/ }).last().getByLabel('Waarvoor?'));
  await page.keyboard.type(line.description);
  await page.keyboard.press('Tab');
  await page.keyboard.type(line.amount);
}

test('a project leader fills every step from empty, fixes the cross-step errors and exports a draft with nothing open', async ({ page }, testInfo) => {
  // 1. A fresh context: an empty draft, nothing started.
  await page.goto('/');
  await expect(h1(page)).toHaveText('Uw aanvraag in stappen');
  await expect(page.getByText('0 van 9 stappen klaar')).toBeVisible();
  await press(page, page.getByRole('link', { name: 'Aanvrager' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Aanvrager' })).toBeFocused();
  await fillApplicant(page, {
    institutionName: school.institution,
    brin: school.brin,
    bevoegdGezag: school.bevoegdGezag,
    contactName: school.contact,
    contactRole: school.contactRole,
    contactEmail: school.email,
    contactPhone: school.phone,
    signatoryName: school.signatory,
    signatoryRole: school.signatoryRole,
  });
  await press(page, saveAndContinue(page));

  // 2. Doelgroepen, strictly with Tab, Space and typing.
  await expect(page).toHaveURL(/#\/doelgroepen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Doelgroepen' })).toBeFocused();
  await tabTo(page, groupRegion(page, 'a').getByLabel(/verwacht u te helpen/), 60);
  await fillGroupByKeyboard(page, groupRegion(page, 'a'), {
    count: '140',
    levels: ['2', '3'],
    pathways: ['bol'],
    sectors: sectorsA,
    risks: ['migration-background', 'bol-level-2'],
    other: 'Veel studenten wonen in Rotterdam-Zuid, waar de jeugdwerkloosheid in 2020 het hoogst van de stad was (cijfers gemeente).',
    selection: 'Studieloopbaanbegeleiders signaleren in periode 1 wie nog geen stageplek of baan in zicht heeft; de leeftijd controleren we op 1 september.',
  });
  await tab(page, groupRegion(page, 'a').getByText('Meer over de peildatum'));
  await tab(page, groupRegion(page, 'b').getByLabel(/verwacht u te helpen/));
  await fillGroupByKeyboard(page, groupRegion(page, 'b'), {
    count: '60',
    levels: ['2', '3', '4'],
    pathways: ['bol', 'bbl'],
    sectors: 'Horeca en toerisme; Detailhandel',
    risks: ['corona-sector', 'low-ses'],
    selection: 'Gediplomeerden van 2021 zonder baan of vervolgopleiding drie maanden na het diploma, via het alumnibestand en het RMC.',
  });
  await tabTo(page, saveAndContinue(page), 10);
  await page.keyboard.press('Enter');

  // 2b. Aanleiding en doelen: the problem in own figures, a measurable goal, and what is extra.
  await expect(page).toHaveURL(/#\/aanleiding$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Aanleiding en doelen' })).toBeFocused();
  await page.getByLabel('Welk probleem pakt dit plan aan?').fill('Laatstejaars in zorg en logistiek worden vaak afgewezen voor een stage.');
  await press(page, page.getByRole('button', { name: 'Cijfer toevoegen' }));
  await page.getByLabel('Wat laat het cijfer zien?').fill('Laatstejaars die drie keer of vaker zijn afgewezen');
  await page.getByLabel('Waarde', { exact: true }).fill('48 studenten');
  await page.getByLabel('Jaar en bron').fill('2020, registratie stagebureau');
  await press(page, page.getByRole('button', { name: 'Doel toevoegen' }));
  await press(page, page.getByRole('checkbox', { name: 'Doelgroep a (extra begeleiding)' }), 'Space');
  await page.getByLabel('Wat wilt u bereiken?').fill('Minder laatstejaars die herhaaldelijk worden afgewezen.');
  await page.getByLabel('Waaraan meet u het?').fill('Aantal laatstejaars dat drie keer of vaker wordt afgewezen');
  await page.getByLabel('Streefwaarde').fill('hoogstens 20');
  await fillDate(page, 'Wanneer wilt u de streefwaarde halen?', '30-06-2022');
  // A goal for each group the activities serve (else an advice asks for one).
  await press(page, page.getByRole('button', { name: 'Doel toevoegen' }));
  const goal2 = page.getByRole('group', { name: 'Doel 2', exact: true });
  const goal2Date = goal2.getByRole('group', { name: 'Wanneer wilt u de streefwaarde halen?' });
  await press(page, goal2.getByRole('checkbox', { name: 'Doelgroep b (nazorg)' }), 'Space');
  await goal2.getByLabel('Wat wilt u bereiken?').fill('Gediplomeerden in de nazorg hebben werk of volgen een opleiding.');
  await goal2.getByLabel('Waaraan meet u het?').fill('Aandeel gediplomeerden met werk of opleiding na zes maanden');
  await goal2.getByLabel('Streefwaarde').fill('70 %');
  await goal2Date.getByLabel('Dag').fill('31');
  await goal2Date.getByLabel('Maand').fill('12');
  await goal2Date.getByLabel('Jaar').fill('2022');
  await page.getByLabel('Wat voegt dit plan toe aan de gewone begeleiding?').fill('Proefstages en een nazorgcoach komen bovenop de gewone stagebegeleiding.');
  await press(page, saveAndContinue(page));

  // 3. Mechanismen: three, each with an approach and why it fits.
  await expect(page).toHaveURL(/#\/mechanismen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mechanismen' })).toBeFocused();
  for (const choice of chosenMechanisms) await chooseMechanism(page, choice.id, { approaches: [choice.approach], rationale: rationales[choice.id] });
  await press(page, saveAndContinue(page));

  // 4. Samenwerking, before the activities so they can name the partners: the two partners the regulation names, and an employer.
  await expect(page).toHaveURL(/#\/samenwerking$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Samenwerking' })).toBeFocused();
  await addPartner(page, {
    type: 'rmc-contactgemeente',
    name: partners.rmc,
    role: 'Coördineert de aanpak van voortijdig schoolverlaten in de regio en neemt jongeren over die na de nazorg nog hulp nodig hebben.',
    agreements: 'Samenwerkingsovereenkomst 2021–2022; elk kwartaal overleg met de teamleider nazorg.',
  });
  await addPartner(page, {
    type: 'centrumgemeente',
    name: partners.centrum,
    role: 'Trekt de samenwerking rond werk in de arbeidsmarktregio en verbindt ons met het werkgeversservicepunt.',
    agreements: 'Deelname aan het regionale netwerk jeugdwerkloosheid; warme overdracht via het werkgeversservicepunt.',
  });
  await addPartner(page, {
    type: 'employers',
    name: partners.employer,
    role: 'Biedt proefstages in de zorg en denkt mee over objectief selecteren.',
    agreements: 'Twaalf proefstageplekken per schooljaar; een vaste praktijkopleider als aanspreekpunt.',
  });
  await expect(page.locator('.notice--warning')).toHaveCount(0);
  await press(page, saveAndContinue(page));

  // 5. Activiteiten: one activity for group a, added and saved with the keyboard only.
  await expect(page).toHaveURL(/#\/activiteiten$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Activiteiten' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Activiteit toevoegen' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Activiteit 1' })).toBeFocused();
  await tabTo(page, page.getByLabel('Titel', { exact: true }));
  await page.keyboard.type(trialTitle);
  await tab(page, page.getByLabel('Beschrijving'));
  await page.keyboard.type('Laatstejaars lopen twee weken mee bij een zorginstelling of logistiek bedrijf, zonder sollicitatiegesprek vooraf.');
  const workplace = mechanism('workplace-contact');
  await tabTo(page, page.getByRole('checkbox', { name: `${workplace.number}. ${workplace.name}` }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: approach('workplace-contact', 'trial-internships').name }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: 'Doelgroep a (extra begeleiding)' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('radio', { name: phaseLabel('final-year') }));
  await page.keyboard.press('Space');
  // The partners are there to tick: Samenwerking came first.
  await tabTo(page, page.getByRole('checkbox', { name: partners.employer }));
  await page.keyboard.press('Space');
  await typeDate(page, 'Startdatum', '09-09-2021');
  await typeDate(page, 'Einddatum', '06-06-2022');
  await tabTo(page, page.getByLabel('Hoeveel deelnemers verwacht u?'));
  await page.keyboard.type('40');
  await tabTo(page, page.getByLabel('Wie is verantwoordelijk?'));
  await page.keyboard.type('Stagecoördinator zorg en logistiek');
  await tabTo(page, page.getByLabel('Hoeveel uur kost de activiteit?'));
  await page.keyboard.type('120');
  const addLine = page.getByRole('button', { name: 'Kostenregel toevoegen' });
  await tabTo(page, addLine);
  await addCostLine(page, addLine, { category: 'staff', description: '120 uur stagecoördinator à € 65', amount: '7.800' });
  await tabTo(page, addLine);
  await addCostLine(page, addLine, { category: 'other', description: 'Reiskosten bedrijfsbezoeken', amount: '650' });
  await expect(page.getByText('Totaal van deze activiteit: € 8.450,00')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Opslaan', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/activiteiten$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Activiteiten' })).toBeFocused();

  // Submitting now shows what the plan still misses, across steps.
  await tabTo(page, saveAndContinue(page), 60);
  await page.keyboard.press('Enter');
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Fout: Activiteiten/);
  const unused = (id: string) =>
    `U koos het mechanisme ‘${mechanism(id).name}’, maar geen activiteit gebruikt het. Voeg een activiteit toe of kies het mechanisme af.`;
  await expect(summary(page).getByRole('link')).toHaveText([
    'Geen activiteit voor doelgroep b (Nazorg). De regeling vraagt steun aan beide doelgroepen.',
    unused('effectiveness-empowerment'),
    unused('search-behaviour'),
    `Er is nog geen nazorgactiviteit voor doelgroep b (Nazorg). Voeg een activiteit toe met de fase ‘${phaseLabel('aftercare')}’.`,
  ]);
  await expectNoAxeViolations(page);
  // Each link leads to where the fix starts: adding an activity.
  for (const link of await summary(page).getByRole('link').all()) {
    await press(page, link);
    await expect(page.getByRole('button', { name: 'Activiteit toevoegen' })).toBeFocused();
  }
  // Mechanismen, where these two errors count against (its task is not "klaar"), says so too.
  await press(page, page.getByRole('link', { name: 'Vorige stap' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Samenwerking' })).toBeFocused();
  await press(page, page.getByRole('link', { name: 'Vorige stap' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Mechanismen' })).toBeFocused();
  await expect(page.locator('.notice--error')).toHaveText([unused('effectiveness-empowerment'), unused('search-behaviour')]);
  await press(page, saveAndContinue(page));
  await expect(page.getByRole('heading', { level: 1, name: 'Samenwerking' })).toBeFocused();
  await press(page, saveAndContinue(page));
  await expect(page.getByRole('heading', { level: 1, name: 'Activiteiten' })).toBeFocused();

  // The fix: a nazorg activity for group b that uses the two unused mechanisms, started from an example.
  const coach = exampleActivity('aftercare-coach');
  expect(coach.mechanismIds).toEqual(['effectiveness-empowerment', 'search-behaviour']);
  await pickExample(page, 'aftercare-coach');
  // The page is titled by the activity's title, not "Activiteit 2".
  await expect(page.getByRole('heading', { level: 1, name: coach.title })).toBeFocused();
  await expect(page.getByRole('radio', { name: phaseLabel('aftercare') })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Doelgroep b (nazorg)' })).toBeChecked();
  // The example ticks the partners of the kinds it names: they exist already.
  for (const name of Object.values(partners)) await expect(page.getByRole('checkbox', { name })).toBeChecked();
  await page.getByLabel('Titel', { exact: true }).fill(coachTitle);
  await page
    .getByLabel('Beschrijving')
    .fill(`${coach.description}\n\nBij ROC Zuiderwaard zijn dat twee coaches; zij volgen de gediplomeerden van 2021 tot eind 2022.`);
  await fillDate(page, 'Startdatum', '01-07-2021');
  await fillDate(page, 'Einddatum', '31-12-2022');
  await page.getByLabel('Hoeveel deelnemers verwacht u?').fill('60');
  await page.getByLabel('Wie is verantwoordelijk?').fill('Teamleider nazorg, met twee nazorgcoaches');
  await addCostLine(page, addLine, { category: 'staff', description: 'Twee nazorgcoaches, samen 0,4 fte', amount: '24.000' });
  await addCostLine(page, addLine, { category: 'third-party', description: 'Training gericht solliciteren (extern bureau)', amount: '3.500' });
  await expect(page.getByText('Totaal van deze activiteit: € 27.500,00')).toBeVisible();
  await press(page, page.getByRole('button', { name: 'Opslaan', exact: true }));
  await expect(page).toHaveURL(/#\/activiteiten$/);
  await expect(page.getByRole('region', { name: /^\d+\. / }).getByText('Klaar')).toHaveCount(2);
  await press(page, saveAndContinue(page));

  // 6. Nazorg.
  await expect(page).toHaveURL(/#\/nazorg$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nazorg' })).toBeFocused();
  await page.getByLabel('Hoe houdt u persoonlijk en direct contact met de gediplomeerden?').fill(nazorgContact);
  await page.getByLabel('Hoe lang duurt de nazorg?').fill('6 maanden na het diploma');
  await page
    .getByLabel('Hoe draagt u gediplomeerden warm over aan gemeente of UWV?')
    .fill('De coach plant een driegesprek met de jongere en de consulent van de gemeente of het UWV, en belt na een maand na.');
  await page.getByLabel('Hoeveel gediplomeerden gebruiken naar verwachting de nazorg?').fill('60');
  await press(page, saveAndContinue(page));

  // 7. Begroting: an amount that does not match the costs, then the fix.
  await expect(page).toHaveURL(/#\/begroting$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Begroting' })).toBeFocused();
  await expect(page.getByText('Totale kosten van de activiteiten:')).toContainText('€ 35.950,00');
  await page.getByLabel('Gevraagde subsidie').fill('30.000');
  const cofinancing = page.getByRole('group', { name: /cofinanciering/ });
  await press(page, cofinancing.getByRole('radio', { name: 'Nee' }), 'Space');
  const mismatch = page.locator('.budget-mismatch');
  await expect(mismatch).toContainText('De begroting klopt nog niet');
  await expect(mismatch.locator('dd')).toHaveText(['€ 35.950,00', '€ 30.000,00', '€ 0,00', '€ 30.000,00']);
  await expect(mismatch).toContainText('Subsidie plus cofinanciering is € 5.950,00 lager dan de kosten.');
  await expectNoAxeViolations(page);
  await press(page, cofinancing.getByRole('radio', { name: 'Ja' }), 'Space');
  await page.getByLabel('Bedrag van de cofinanciering').fill('5.950');
  await page.getByLabel('Wie betaalt de cofinanciering?').fill('ROC Zuiderwaard zelf, uit eigen middelen (uren van docenten)');
  await expect(mismatch).toHaveCount(0);
  await press(page, saveAndContinue(page));

  // 8. Monitoring.
  await expect(page).toHaveURL(/#\/monitoring$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Monitoring en verantwoording' })).toBeFocused();
  await page.getByLabel('Met welke indicatoren meet u of de aanpak werkt?').fill(monitoringIndicators);
  await page
    .getByLabel('Hoe legt u deelname en resultaten vast?')
    .fill('De coaches leggen deelname per activiteit vast in het studentvolgsysteem; uitstroom na 6 en 12 maanden in een aparte lijst.');
  await page
    .getByLabel('Hoe vergelijkt u het latere verslag met dit plan?')
    .fill('Elk half jaar legt de projectleider de cijfers naast de activiteiten van dit plan en schrijft verschillen op, met een verklaring.');
  await press(page, page.getByRole('button', { name: 'Opslaan en controleren' }));

  // 9. Controleren: nothing open. The task list agrees: every step "Klaar".
  await expect(page).toHaveURL(/#\/controleren$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer uw aanvraag' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Uw aanvraag is compleet' })).toBeVisible();
  await press(page, page.getByRole('link', { name: 'Terug naar het overzicht' }).first());
  await expect(page.getByText('9 van 9 stappen klaar')).toBeVisible();
  for (const step of ['Aanvrager', 'Doelgroepen', 'Aanleiding en doelen', 'Mechanismen', 'Activiteiten', 'Samenwerking', 'Nazorg', 'Begroting', 'Monitoring en verantwoording']) {
    await expect(page.getByRole('link', { name: step, exact: true })).toHaveAccessibleDescription('Klaar');
  }
  await expect(page.locator('#task-samenhang-status')).toHaveText('Klaar');
  await expect(page.locator('#task-controleren-status')).toHaveText('Klaar');

  await press(page, page.getByRole('link', { name: 'Controleren', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer uw aanvraag' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Uw aanvraag is compleet' })).toBeVisible();
  await expect(page.locator('.review__errors')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Adviezen' })).toHaveCount(0);

  // "Wijzigen" round trip: the employer does not take part in the nazorg after all; untick it and come back here.
  const coachGroup = `Activiteit 2 ‘${coachTitle}’`;
  await press(page, page.getByRole('link', { name: `Wijzigen Welke partners doen mee? (${coachGroup})` }));
  await expect(page).toHaveURL(/#\/activiteiten\/[A-Za-z0-9_-]+\?veld=veld-partnerIds&terug=controleren$/);
  await expect(page.getByRole('checkbox', { name: partners.rmc })).toBeFocused();
  await tab(page, page.getByRole('checkbox', { name: partners.centrum }));
  await tab(page, page.getByRole('checkbox', { name: partners.employer }));
  await page.keyboard.press('Space');
  await press(page, page.getByRole('button', { name: 'Opslaan en terug naar controleren' }));
  await expect(page).toHaveURL(/#\/controleren$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Controleer uw aanvraag' })).toBeFocused();
  const coachPartners = page
    .locator('.summary-list__row')
    .filter({ has: page.getByRole('link', { name: `Wijzigen Welke partners doen mee? (${coachGroup})` }) });
  await expect(coachPartners.locator('.summary-list__value')).toHaveText(`${partners.rmc}\n${partners.centrum}`, { useInnerText: true });
  await expect(page.getByRole('heading', { name: 'Uw aanvraag is compleet' })).toBeVisible();
  await expectNoAxeViolations(page);

  // 10. The Word draft holds an answer from every step, and says nothing is open.
  const download = page.waitForEvent('download');
  await press(page, page.getByRole('button', { name: 'Word-document maken' }));
  const file = testInfo.outputPath('aanvraag.docx');
  await (await download).saveAs(file);
  const { value: text } = await mammoth.extractRawText({ path: file });
  const mustContain = [
    school.institution,
    sectorsA,
    rationales['workplace-contact'],
    trialTitle,
    coachTitle,
    partners.centrum,
    nazorgContact,
    '€\u00a030.000,00',
    monitoringIndicators,
  ];
  for (const expected of mustContain) expect(text, `"${expected}" in the Word document`).toContain(expected);
  expect(text).not.toContain('CONCEPT — NIET INDIENEN');
  // Appendix A holds no error or advice, only what the public sources do not say about the round.
  const appendix = text.slice(text.lastIndexOf('Bijlage A. Openstaande punten'));
  expect(appendix).toContain(documentTemplate.labels.unknownFacts);
  expect(appendix).not.toMatch(/^(Fout|Advies): /m);
});
