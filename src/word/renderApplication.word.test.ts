import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { getScheme } from '../../templates/schemes';
import { formatEuro } from '../domain/formatEuro';
import { validateDraft } from '../domain/validateDraft';
import { STEP_TITLES } from '../text/nl';
import { placedMessage } from '../domain/issuePlace';
import { answerTexts } from '../document/fixtures/answerTexts';
import { EXPORT_DATE, goldenDrafts } from '../document/fixtures/goldenDrafts';
import { CONTENT_WIDTH_DXA } from './modelToDocx';
import { packApplication } from './packApplication';

const scheme = getScheme();

interface Exported {
  name: string;
  complete: boolean;
  draft: ReturnType<typeof goldenDrafts>[number]['draft'];
  text: string;
  parts: Record<string, string>;
}

const exported: Exported[] = [];

beforeAll(async () => {
  for (const golden of goldenDrafts()) {
    const bytes = await packApplication(golden.draft, scheme, EXPORT_DATE, { appVersion: '9.9.9' });
    const files = unzipSync(bytes);
    const parts = Object.fromEntries(Object.entries(files).filter(([n]) => n.endsWith('.xml') || n.endsWith('.rels')).map(([n, d]) => [n, strFromU8(d)]));
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    exported.push({ ...golden, text, parts });
  }
});

const each = (name: string) => exported.find((e) => e.name === name)!;
const paragraphs = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

describe('the Word draft (golden fixtures read back with mammoth)', () => {
  it.each(['leeg', 'typisch', 'volledig'])('%s: every non-empty answer is in the document', (name) => {
    const { draft, text } = each(name);
    const lines = new Set(paragraphs(text));
    const missing = answerTexts(draft, scheme).all.filter((answer) => !text.includes(answer));
    expect(missing).toEqual([]);
    // Multi-line answers stay separate paragraphs, not one run-on line.
    for (const line of answerTexts(draft, scheme).prose) expect(text).toContain(line);
    if (name === 'typisch') {
      expect(lines).toContain('Mentoren bespreken in oktober wie extra steun nodig heeft.');
      expect(lines).toContain('We kijken naar: verzuim, stageresultaten en de wens van de student zelf.');
      expect(lines).toContain('gesprek met ouders als de student dat wil');
    }
  });

  it('keeps & < > ’ – € emoji and Arabic and Turkish names intact', () => {
    const { text, parts } = each('typisch');
    expect(text).toContain('ROC Çağlar & Zn <Noord> – “Ağrı” 🎓');
    expect(text).toContain('محمد الأمين (Mohammed al-Amin)');
    expect(text).toContain('Veel gediplomeerden zonder netwerk – vooral in de horeca 🍽️.');
    expect(text).toContain(formatEuro(125050));
    expect(parts['word/document.xml']).toContain('ROC Çağlar &amp; Zn &lt;Noord&gt;');
  });

  it('has a title page with scheme, institution and version date, CONCEPT (with the export date) while errors are open, and nothing of the tool', () => {
    const { text } = each('typisch');
    const start = text.slice(0, text.indexOf('Inhoud'));
    expect(start).toContain(`Aanvraag ${scheme.name}`);
    expect(start).toContain('ROC Çağlar & Zn <Noord> – “Ağrı” 🎓');
    expect(start).toMatch(/Versie van \d+ \w+ 20\d\d/);
    expect(start).toContain('CONCEPT — NIET INDIENEN (gemaakt op 25 november 2026)');
    expect(start).not.toMatch(/Aanvraagwijzer|9\.9\.9|Word vraagt/);
  });

  it('a complete application is the institution’s own: no badge, no "niet indienen" anywhere', () => {
    const { draft, text, parts } = each('volledig');
    expect(validateDraft(draft.answers, scheme).filter((i) => i.severity === 'error')).toEqual([]);
    expect(text).not.toContain('CONCEPT');
    expect(text).not.toMatch(/niet indienen/i);
    expect(Object.entries(parts).filter(([n]) => n.startsWith('word/footer')).map(([, x]) => x).join('')).not.toContain('niet indienen');
  });

  it('lists every error and warning in "Openstaande punten" under its step title, with its place', () => {
    for (const name of ['leeg', 'typisch']) {
      const { draft, text } = each(name);
      const appendix = text.slice(text.indexOf('Bijlage A. Openstaande punten', text.indexOf('Bijlage B')));
      const issues = validateDraft(draft.answers, scheme);
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(appendix).toContain(`${issue.severity === 'error' ? 'Fout' : 'Advies'}: ${placedMessage(issue, draft.answers, scheme)}`);
        expect(appendix).toContain(STEP_TITLES[issue.step]);
      }
    }
    // Nothing to fix in the complete one: only what the public sources do not say about the round.
    const complete = each('volledig').text;
    const openPoints = complete.slice(complete.lastIndexOf('Bijlage A. Openstaande punten'), complete.lastIndexOf('Bijlage B. Bronnen'));
    expect(openPoints).toContain('Na te vragen bij DUS-I');
    expect(openPoints).not.toMatch(/^(Fout|Advies): /m);
  });

  it('keeps the body the institution’s own: no tool, no scheme notes, no je-form, the factsheet cited short and listed once', () => {
    for (const { name, text } of exported) {
      const body = text.slice(0, text.lastIndexOf('Bijlage A. '));
      expect(body.match(/.{0,60}(Niet bekend|controleer bij DUS-I|Aanvraagwijzer|Word vraagt|\b(je|jij|jouw)\b).{0,30}/i)?.[0], name).toBeUndefined();
      expect(body).not.toMatch(/Niet bekend|controleer bij DUS-I|Aanvraagwijzer|Word vraagt|\b(je|jij|jouw)\b/i);
      expect(text.split('Kennispunt Gelijke Kansen Diversiteit en Inclusie').length - 1).toBeLessThanOrEqual(1);
    }
  });

  it('has the sections in order, numbered, with a table of contents', () => {
    const { text } = each('volledig');
    const body = text.slice(text.lastIndexOf('Bijlage B. Bronnen') > 0 ? text.indexOf('1. Gegevens van de aanvrager', text.indexOf('Bijlage B')) : 0);
    const order = [
      '1. Gegevens van de aanvrager',
      '2. Samenvatting',
      '3. Doelgroepen',
      // The argument: aanleiding → doelen → aanpak → activiteiten → middelen → meten.
      '4. Aanleiding en doelen',
      'Onze doelen',
      '5. Onze aanpak: werkzame mechanismen',
      '6. Activiteiten',
      '7. Planning',
      '8. Samenwerking',
      '9. Nazorg',
      '10. Begroting',
      '11. Monitoring en verantwoording',
      'Doelen en indicatoren',
      '12. Ondertekening',
      'Bijlage A. Openstaande punten',
      'Bijlage B. Bronnen',
    ];
    const positions = order.map((h) => body.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    // The table of contents is a real TOC field over Heading 1–2.
    expect(each('volledig').parts['word/document.xml']).toContain('TOC \\h \\o &quot;1-2&quot;');
  });

  it('argues from the institution’s own figures and goals, and measures each goal by its code', () => {
    const { text } = each('volledig');
    const background = text.slice(text.lastIndexOf('4. Aanleiding en doelen'), text.lastIndexOf('5. Onze aanpak'));
    for (const expected of ['Het probleem', '118 studenten', 'schooljaar 2019/2020, registratie stagebureau', 'Doel D1', 'Doel D3', 'Streefwaarde\n\nhoogstens 60', 'Streefdatum\n\n31 dec 2022', 'Wat dit plan toevoegt aan de gewone begeleiding']) {
      expect(background).toContain(expected);
    }
    const monitoring = text.slice(text.lastIndexOf('11. Monitoring en verantwoording'), text.lastIndexOf('12. Ondertekening'));
    expect(monitoring).toMatch(/D3\n\nAandeel gediplomeerden in de nazorg met werk of een opleiding na zes maanden\n\n70 %\n\n31 dec 2022/);
    // A goal stays on one page with its heading: rows that do not split, each keeping with the next.
    const xml = each('volledig').parts['word/document.xml']!;
    const goal = xml.slice(xml.indexOf('>Doel D1<'), xml.indexOf('>Doel D2<'));
    expect(goal.match(/<w:cantSplit\/>/g)).toHaveLength(5);
    expect(goal.match(/<w:keepNext\/>/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it('cites the factsheet briefly per mechanism, in the mechanisms’ own order, and lists it in full once', () => {
    const { text } = each('volledig');
    const body = text.slice(text.lastIndexOf('5. Onze aanpak'), text.lastIndexOf('Bijlage A. '));
    expect(body).toMatch(/\(factsheet\)\.\n/);
    const numbers = [...body.matchAll(/^Mechanisme (\d): /gm)].map((m) => Number(m[1]));
    expect(numbers.length).toBeGreaterThan(1);
    expect([...numbers].sort()).toEqual(numbers);
    const sources = text.slice(text.lastIndexOf('Bijlage B. Bronnen'));
    expect(sources).toContain('[Factsheet over werkzame mechanismen');
  });

  it('plans activities per quarter and sums the budget in Dutch euros', () => {
    const { text } = each('typisch');
    // 7.800 + 1.250,50 + 24.000
    expect(text).toContain(formatEuro(3305050));
    expect(text).toContain('Kosten per activiteit');
    expect(text).toContain('Kosten per soort');
    expect(text).toContain('Kosten per doelgroep');
    expect(text).toContain('K1\n\n2021');
    expect(text).toContain('K4\n\n2022');
  });
});

describe('Word structure', () => {
  it('uses real heading styles with outline levels, so the navigation pane works', () => {
    const { parts } = each('volledig');
    const doc = parts['word/document.xml']!;
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    const styles = parts['word/styles.xml']!;
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
  });

  it('is in Dutch (nl-NL) throughout', () => {
    expect(each('leeg').parts['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="nl-NL"/);
  });

  it('has the institution in the header and "pagina X van Y" fields in the footer', () => {
    const { parts } = each('typisch');
    const headers = Object.entries(parts).filter(([n]) => /^word\/header\d*\.xml$/.test(n)).map(([, x]) => x).join('');
    const footers = Object.entries(parts).filter(([n]) => /^word\/footer\d*\.xml$/.test(n)).map(([, x]) => x).join('');
    expect(headers).toContain('ROC Çağlar &amp; Zn &lt;Noord&gt; – “Ağrı” 🎓 — aanvraag');
    expect(footers).toContain('Concept — niet indienen');
    expect(footers).toContain('pagina ');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
  });

  it('gives every table its widths in DXA (grid and cells) that add up to the text width', () => {
    const doc = each('volledig').parts['word/document.xml']!;
    const tables = doc.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      expect(table).toContain(`<w:tblW w:type="dxa" w:w="${CONTENT_WIDTH_DXA}"/>`);
      const grid = [...table.slice(0, table.indexOf('</w:tblGrid>')).matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_DXA);
      expect(table).not.toMatch(/<w:tcW w:type="pct"/);
      expect(table).toMatch(/<w:tcW w:type="dxa" w:w="\d+"\/>/);
    }
  });
});
