import { AlignmentType, Document, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, PageBreak } from 'docx';
import type { DraftFile } from '../../schemas/draft';
import type { Scheme } from '../../schemas/scheme';
import { validateDraft } from '../domain/validateDraft';
import { STEP_TITLES } from '../text/nl';

const CONTENT_WIDTH_DXA = 9026; // A4 minus 2.54 cm margins, in twentieths of a point

/** Pure: (draft, scheme) → a docx Document. No packing, no DOM. */
export function renderApplication(draft: DraftFile, scheme: Scheme, now: Date = new Date()): Document {
  const applicant = draft.answers.applicant ?? {};
  const issues = validateDraft(draft.answers, scheme);
  const rows: [string, string | undefined][] = [
    ['Naam van de instelling', applicant.institutionName],
    ['BRIN-code', applicant.brin?.toUpperCase()],
    ['Bevoegd gezag', applicant.bevoegdGezag],
    ['Contactpersoon', applicant.contactName],
    ['Functie', applicant.contactRole],
    ['E-mailadres', applicant.contactEmail],
    ['Telefoonnummer', applicant.contactPhone],
    ['Ondertekenaar', applicant.signatoryName],
    ['Functie ondertekenaar', applicant.signatoryRole],
  ];
  return new Document({
    creator: 'Aanvraagwijzer',
    title: `Aanvraag ${scheme.name}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } } } } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Aanvraag ${scheme.name}`)] }),
          new Paragraph({ children: [new TextRun({ text: applicant.institutionName || 'Naam instelling nog niet ingevuld', bold: true, size: 28 })] }),
          new Paragraph({ children: [new TextRun(`Concept van ${now.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })}`)] }),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: 'CONCEPT — NIET INDIENEN', bold: true })] }),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('1. Gegevens van de aanvrager')] }),
          new Table({
            width: { size: CONTENT_WIDTH_DXA, type: WidthType.DXA },
            columnWidths: [3200, CONTENT_WIDTH_DXA - 3200],
            rows: rows.map(
              ([label, value]) =>
                new TableRow({
                  children: [
                    new TableCell({ width: { size: 3200, type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
                    new TableCell({
                      width: { size: CONTENT_WIDTH_DXA - 3200, type: WidthType.DXA },
                      children: [new Paragraph(value?.trim() ? value : '[nog niet ingevuld]')],
                    }),
                  ],
                }),
            ),
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Openstaande punten')] }),
          ...(issues.length === 0
            ? [new Paragraph('Er zijn geen openstaande punten.')]
            : issues.map((i) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${STEP_TITLES[i.step]}: ${i.message}`)] }))),
        ],
      },
    ],
  });
}
