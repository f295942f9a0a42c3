import { useState } from 'react';
import type { PartnerDraft } from '../../../../schemas/draft';
import { replaceItem } from '../../../domain/itemList';
import { schemasForScheme } from '../../../domain/schemasForScheme';
import { afterSaveHref } from '../../../routes/afterSaveHref';
import { href } from '../../../routes/hashRoute';
import { navigate } from '../../../shell/useHashRoute';
import { PARTNERS } from '../../../text/partners';
import { useDraftStore, useScheme } from '../../../shell/DraftContext';
import { PageHeading } from '../../../shell/PageHeading';
import { useDocumentTitle } from '../../../shell/useDocumentTitle';
import { useApplicationFields } from '../../FieldTableContext';
import { ItemForm } from '../../ItemForm';
import { partnerDefaults, type FormValues } from '../../stepForms';
import { partnerForm } from './partnerForm';
import '../../../components/field.css';

const { Fields, useValue } = partnerForm;

const LIST_HREF = href.step('partners');

/** "#/samenwerking/<id>": the form of one partner. */
export function PartnerPage({ id, focusField }: { id: string; focusField?: string }) {
  const store = useDraftStore();
  const scheme = useScheme();
  const fields = useApplicationFields();
  // Read once: from here on the form owns the values and writes every change to the draft.
  const [opened] = useState(() => {
    const list = store.getSnapshot().answers.partners ?? [];
    const index = list.findIndex((p) => p.id === id);
    const partner = list[index];
    return partner ? { partner, index, count: list.length } : undefined;
  });
  if (!opened) return <PartnerNotFound />;
  const { partner, index, count } = opened;

  const write = (values: FormValues<'partner'>) => store.update((d) => ({ ...d, answers: replaceItem(d.answers, 'partners', values as PartnerDraft) }));

  return (
    <ItemForm
      schema={schemasForScheme(scheme, fields).partner}
      item={partnerDefaults(partner)}
      write={write}
      title={partner.name?.trim() || PARTNERS.newPartner}
      caption={PARTNERS.caption(index, count)}
      focusField={focusField}
      submitLabel={PARTNERS.save}
      backHref={LIST_HREF}
      onSaved={() => navigate(afterSaveHref(window.location.hash, LIST_HREF))}
      secondary={
        <a className="link" href={LIST_HREF}>
          {PARTNERS.backToList}
        </a>
      }
    >
      <PartnerFields />
    </ItemForm>
  );
}

function PartnerFields() {
  const scheme = useScheme();
  const typeValue = useValue('type');
  const choices = scheme.partnerTypes.map((type) => ({
    value: type.id,
    label: type.namedInRegulation ? `${type.label} (${PARTNERS.namedInRegulation})` : type.label,
    reveal: type.hint ? <p className="choice__hint">{type.hint}</p> : undefined,
  }));
  return <Fields overrides={{ type: { choices, checked: typeValue } }} />;
}

function PartnerNotFound() {
  useDocumentTitle(PARTNERS.notFoundTitle);
  return (
    <>
      <PageHeading>{PARTNERS.notFoundTitle}</PageHeading>
      <p>{PARTNERS.notFoundBody}</p>
      <p>
        <a href={LIST_HREF}>{PARTNERS.notFoundLink}</a>
      </p>
    </>
  );
}
