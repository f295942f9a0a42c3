import { useState } from 'react';
import type { MechanismChoiceDraft } from '../../../../schemas/draft';
import type { Mechanism } from '../../../../schemas/scheme';
import { mechanismGuidance } from '../../../../templates/guidance';
import type { Choice } from '../../../components/ChoiceGroup';
import { replaceMechanism } from '../../../domain/chosenMechanisms';
import { schemasForScheme } from '../../../domain/schemasForScheme';
import { afterSaveHref } from '../../../routes/afterSaveHref';
import { href } from '../../../routes/hashRoute';
import { MECHANISMS } from '../../../text/mechanisms';
import { useDraftStore, useScheme } from '../../../shell/DraftContext';
import { PageHeading } from '../../../shell/PageHeading';
import { useDocumentTitle } from '../../../shell/useDocumentTitle';
import { useGuidance } from '../../../shell/useGuidance';
import { navigate } from '../../../shell/useHashRoute';
import { useApplicationFields } from '../../FieldTableContext';
import { ItemForm } from '../../ItemForm';
import { mechanismDefaults, type FormValues } from '../../stepForms';
import { MechanismEvidence } from './MechanismEvidence';
import { mechanismForm } from './mechanismForm';
import '../../../components/field.css';
import './Mechanisms.css';

const { Fields } = mechanismForm;

const LIST_HREF = href.step('mechanisms');

/** "#/mechanismen/<id>": one chosen mechanism — what it does, its evidence, and its approaches and rationale. */
export function MechanismPage({ id, focusField }: { id: string; focusField?: string }) {
  const store = useDraftStore();
  const scheme = useScheme();
  const fields = useApplicationFields();
  const guidance = useGuidance();
  // Read once: from here on the form owns the values and writes every change to the draft.
  const [opened] = useState(() => store.getSnapshot().answers.mechanisms?.chosen?.find((c) => c.mechanismId === id));
  const mechanism = scheme.mechanisms.find((m) => m.id === id);
  if (!opened || !mechanism) return <MechanismNotFound />;
  const texts = mechanismGuidance(guidance, mechanism.id);

  const write = (values: FormValues<'mechanism'>) =>
    store.update((d) => ({ ...d, answers: replaceMechanism(d.answers, { ...(values as MechanismChoiceDraft), mechanismId: mechanism.id }) }));

  return (
    <ItemForm
      schema={schemasForScheme(scheme, fields).mechanism}
      item={mechanismDefaults(opened)}
      write={write}
      title={mechanism.name}
      caption={MECHANISMS.caption(mechanism.number)}
      intro={
        <>
          <p className="lead">{texts.summary}</p>
          <MechanismEvidence mechanism={mechanism} guidance={guidance} />
        </>
      }
      focusField={focusField}
      submitLabel={MECHANISMS.save}
      backHref={LIST_HREF}
      onSaved={() => navigate(afterSaveHref(window.location.hash, LIST_HREF))}
      secondary={
        <a className="link" href={LIST_HREF}>
          {MECHANISMS.backToList}
        </a>
      }
    >
      <Fields overrides={{ approachIds: { choices: mechanism.approaches.map((a) => approachChoice(a, texts.approaches[a.id]?.description)) } }} />
    </ItemForm>
  );
}

/** An approach to tick; its explanation (40–80 words) waits behind "Meer over deze aanpak". */
function approachChoice(approach: Mechanism['approaches'][number], description: string | undefined): Choice {
  return { value: approach.id, label: approach.name, more: description ? { summary: MECHANISMS.moreAboutApproach, content: <p>{description}</p> } : undefined };
}

function MechanismNotFound() {
  useDocumentTitle(MECHANISMS.notFoundTitle);
  return (
    <>
      <PageHeading>{MECHANISMS.notFoundTitle}</PageHeading>
      <p>{MECHANISMS.notFoundBody}</p>
      <p>
        <a href={LIST_HREF}>{MECHANISMS.notFoundLink}</a>
      </p>
    </>
  );
}
