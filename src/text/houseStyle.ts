/** Interface text of the house-style export: the user's own Word file with {{placeholders}}. */
export const HOUSE_STYLE = {
  heading: 'Uw eigen huisstijl gebruiken',
  intro:
    'Heeft uw instelling een Word-sjabloon met logo, lettertype en stijlen? Typ in dat sjabloon velden tussen dubbele accolades, bijvoorbeeld {{applicant.institutionName}}. Zet {{aanvraag}} op een eigen regel voor de hele aanvraag. De Aanvraagwijzer vult de velden in en slaat het document op.',
  fieldsSummary: 'Welke velden kan ik gebruiken?',
  fieldsCaption: 'Velden voor uw eigen Word-sjabloon',
  fieldColumn: 'Veld',
  meaningColumn: 'Wordt',
  wholeDocument: 'De hele aanvraag: alle hoofdstukken en bijlagen (op een eigen regel)',
  blockNote: 'Velden die met block. beginnen, zijn tabellen of hoofdstukdelen. Zet ze op een eigen regel.',
  fileLabel: 'Kies uw Word-sjabloon (.docx)',
  fileHint: 'Het sjabloon blijft op uw computer. Er wordt niets verstuurd.',
  busy: 'Uw sjabloon wordt ingevuld…',
  done: (fileName: string) => `Het document ‘${fileName}’ is gemaakt in uw huisstijl. Kijk bij uw downloads.`,
  notDocx: 'Dit bestand is geen Word-document (.docx). Kies een sjabloon dat u in Word als .docx heeft opgeslagen.',
  tooLarge: 'Dit sjabloon is groter dan 20 MB. Kies een kleiner sjabloon, bijvoorbeeld met een kleinere afbeelding van het logo.',
  noFields:
    'In dit Word-bestand staan geen velden. Typ bijvoorbeeld {{applicant.institutionName}} of {{aanvraag}} op de plek waar de tekst moet komen, sla het op en kies het opnieuw.',
  unknownFields: (names: string[]) =>
    `${names.length === 1 ? 'Dit veld kent' : 'Deze velden kent'} de Aanvraagwijzer niet: ${names.map((n) => `{{${n}}}`).join(', ')}. Controleer de spelling (hoofdletters tellen mee) in de lijst ‘Welke velden kan ik gebruiken?’. Het document is niet gemaakt.`,
  emptyFields: (names: string[]) =>
    `Let op: ${names.length === 1 ? 'dit veld is' : 'deze velden zijn'} nog niet ingevuld en ${names.length === 1 ? 'staat' : 'staan'} als ‘[nog niet ingevuld]’ in het document: ${names.map((n) => `{{${n}}}`).join(', ')}.`,
  failed: 'Het sjabloon kon niet worden ingevuld. Misschien is het beschadigd. Uw antwoorden zijn niet verloren.',
  tooLargeUnpacked:
    'Dit sjabloon is te groot om in te vullen: uitgepakt is het meer dan 50 MB, of het heeft meer dan 10 MB aan tekst en opmaak. Een gewoon huisstijlsjabloon is veel kleiner. Kies een ander sjabloon, of sla het in Word opnieuw op als .docx.',
  tooLong:
    'Dit sjabloon is te lang om in te vullen: het heeft meer dan 3.000 alinea’s. Een huisstijlsjabloon heeft meestal maar een paar bladzijden: logo, kop- en voettekst en de velden. Haal de vaste tekst eruit en kies het sjabloon opnieuw.',
  tooManyFields: (count: number, max: number) =>
    `In dit sjabloon staan ${count.toLocaleString('nl-NL')} velden tussen dubbele accolades. De Aanvraagwijzer vult er ten hoogste ${max.toLocaleString('nl-NL')} in. Haal velden weg die dubbel staan en kies het sjabloon opnieuw. Het document is niet gemaakt.`,
  tooManyBlocks: (count: number, max: number) =>
    `In dit sjabloon staan ${count} velden die een heel stuk van de aanvraag invoegen ({{aanvraag}} of een veld dat met block. begint). Dat kan ten hoogste ${max} keer. Meestal is één keer {{aanvraag}} genoeg. Het document is niet gemaakt.`,
  removedMacros: 'Het sjabloon bevatte macro’s (VBA). Die zijn niet meegenomen: een document van de Aanvraagwijzer bevat geen macro’s.',
  removedAttachedTemplate:
    'Het sjabloon was gekoppeld aan een ander sjabloon elders (op internet of op een netwerkschijf). Die koppeling is verwijderd, zodat Word bij het openen niets van buiten ophaalt.',
  removedExternal: (count: number) =>
    `Het sjabloon had ${count === 1 ? '1 koppeling' : `${count} koppelingen`} naar buiten het document, zoals een link of een afbeelding van internet. ${count === 1 ? 'Die is' : 'Die zijn'} verwijderd, zodat Word bij het openen niets van buiten ophaalt. De tekst van een link blijft staan.`,
};
