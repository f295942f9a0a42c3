/** Text of the command-line tools (Dutch, like the app). */
export const CLI = {
  validateUsage: 'Gebruik: npm run validate -- <concept.json of aanvraag.docx> [--verslag]',
  exportUsage: 'Gebruik: npm run export -- <concept.json of aanvraag.docx> [--verslag] -o <uitvoer.docx>',
  reportHeading: 'Activiteitenverslag',
  reportComplete: 'Het verslag is compleet: er zijn geen openstaande punten.',
  reportCounts: (errors: number) => (errors === 1 ? '1 openstaand punt in het verslag.' : `${errors} openstaande punten in het verslag.`),
  fileMissing: (path: string) => `Het bestand ‘${path}’ bestaat niet of kan niet worden gelezen.`,
  notAFile: (path: string) => `‘${path}’ is geen bestand.`,
  refused: (path: string, message: string) => `‘${path}’ kan niet worden geopend. ${message}`,
  heading: (name: string) => `Concept: ${name}`,
  noName: '(naam van de instelling nog niet ingevuld)',
  migrated: 'Bijgewerkt naar de huidige versie:',
  complete: 'Het concept is compleet: er zijn geen fouten.',
  setAside: (n: number) =>
    n === 1
      ? 'Eén onderdeel kon niet worden gelezen. Het is apart bewaard in het concept; de Aanvraagwijzer laat zien welk het is en u kunt het daar opslaan als bestand:'
      : `${n} onderdelen konden niet worden gelezen. Ze zijn apart bewaard in het concept; de Aanvraagwijzer laat zien welke het zijn en u kunt ze daar opslaan als bestand:`,
  completeButSetAside: 'Verder zijn er geen fouten, maar het concept is pas compleet als ook de onderdelen hierboven weer zijn ingevuld.',
  counts: (errors: number, warnings: number) =>
    `${errors === 1 ? '1 fout' : `${errors} fouten`} en ${warnings === 1 ? '1 advies' : `${warnings} adviezen`}.`,
  adviceOnly: (warnings: number) => (warnings === 1 ? 'Er is 1 advies.' : `Er zijn ${warnings} adviezen.`),
  error: 'Fout',
  warning: 'Advies',
  outputMissing: 'Geef met -o aan waar het Word-document moet komen, bijvoorbeeld -o aanvraag.docx.',
  outputNotDocx: (path: string) => `Het uitvoerbestand ‘${path}’ moet eindigen op .docx.`,
  written: (path: string) => `Word-document geschreven: ${path}`,
  writtenIncomplete: (errors: number) =>
    `Het document is een concept: ${errors === 1 ? '1 fout staat' : `${errors} fouten staan`} in bijlage A ‘Openstaande punten’.`,
  writeFailed: (path: string) => `Het Word-document kon niet worden geschreven naar ‘${path}’. Controleer of de map bestaat en of u er mag schrijven.`,
  unexpected: 'Er ging iets onverwachts mis. Het bestand is niet verwerkt.',
};
