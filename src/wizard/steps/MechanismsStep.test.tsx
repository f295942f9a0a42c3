// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { draftFileSchema, type Answers } from '../../../schemas/draft';
import { getScheme } from '../../../templates/schemes';
import { DraftStoreContext, SchemeContext } from '../../shell/DraftContext';
import { createDraftStore, createEmptyDraft, type DraftStore } from '../../shell/draftStore';
import { MechanismsStep } from './MechanismsStep';

const scheme = getScheme();
const [m1, m2] = scheme.mechanisms;

function renderStep(answers: Answers): DraftStore {
  const store = createDraftStore({ ...createEmptyDraft(scheme.id), answers });
  render(
    <SchemeContext.Provider value={scheme}>
      <DraftStoreContext.Provider value={store}>
        <MechanismsStep />
      </DraftStoreContext.Provider>
    </SchemeContext.Provider>,
  );
  return store;
}

const chosenIds = (store: DraftStore) => store.getSnapshot().answers.mechanisms?.chosen?.map((c) => c.mechanismId);
const chooseBox = (n: number) => screen.getByRole('checkbox', { name: new RegExp(`^Ik kies dit mechanisme \\(${n}\\.`) });

afterEach(cleanup);

describe('MechanismsStep', () => {
  it('keeps the chosen list in the scheme order and drops an unchosen entry whole', async () => {
    const store = renderStep({});
    await act(async () => fireEvent.click(chooseBox(2)));
    await act(async () => fireEvent.click(chooseBox(1)));
    expect(chosenIds(store)).toEqual([m1?.id, m2?.id]);

    fireEvent.change(screen.getByLabelText('Waarom past dit mechanisme bij uw doelgroepen?', { selector: '#veld-chosen-1-rationale' }), {
      target: { value: 'Past bij onze bol-2 studenten' },
    });
    expect(store.getSnapshot().answers.mechanisms?.chosen?.[1]?.rationale).toBe('Past bij onze bol-2 studenten');

    await act(async () => fireEvent.click(chooseBox(2)));
    expect(store.getSnapshot().answers.mechanisms?.chosen).toEqual([{ mechanismId: m1?.id, approachIds: [], rationale: '' }]);
    expect(draftFileSchema.safeParse(store.getSnapshot()).success).toBe(true);
  });

  it('shows a mechanism from another scheme round and lets the user remove it', async () => {
    const store = renderStep({ mechanisms: { chosen: [{ mechanismId: m1?.id ?? '', approachIds: [] }, { mechanismId: 'oud-mechanisme' }] } });
    const notice = document.getElementById('veld-chosen-1-mechanismId');
    expect(notice).not.toBeNull();
    expect(notice?.textContent).toContain('oud-mechanisme');
    await act(async () => fireEvent.click(within(notice as HTMLElement).getByRole('button', { name: 'Haal ‘oud-mechanisme’ weg' })));
    expect(chosenIds(store)).toEqual([m1?.id]);
    expect(document.getElementById('veld-chosen-1-mechanismId')).toBeNull();
  });
});
