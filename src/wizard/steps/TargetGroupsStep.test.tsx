// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { draftFileSchema } from '../../../schemas/draft';
import { getScheme } from '../../../templates/schemes';
import { pruneHidden } from '../../domain/pruneHidden';
import { DraftStoreContext, SchemeContext } from '../../shell/DraftContext';
import { createDraftStore, createEmptyDraft, type DraftStore } from '../../shell/draftStore';
import { TargetGroupsStep } from './TargetGroupsStep';

const scheme = getScheme();

function renderStep(): DraftStore {
  const store = createDraftStore(createEmptyDraft(scheme.id), { normalize: (a) => pruneHidden(a, scheme) });
  render(
    <SchemeContext.Provider value={scheme}>
      <DraftStoreContext.Provider value={store}>
        <TargetGroupsStep />
      </DraftStoreContext.Provider>
    </SchemeContext.Provider>,
  );
  return store;
}

afterEach(cleanup);

describe('TargetGroupsStep', () => {
  it('keeps the draft readable: checkbox groups nobody touched are empty lists, not false', async () => {
    const store = renderStep();
    const groupB = screen.getByRole('region', { name: /^Groep b:/ });
    await act(async () => fireEvent.change(within(groupB).getByLabelText('Sectoren of opleidingen'), { target: { value: 'Horeca' } }));
    const { answers } = store.getSnapshot();
    expect(answers.targetGroups?.a?.levels).toEqual([]);
    expect(answers.targetGroups?.a?.riskIndicators).toEqual([]);
    expect(answers.targetGroups?.b?.sectors).toBe('Horeca');
    expect(draftFileSchema.safeParse(store.getSnapshot()).success).toBe(true);
  });

  it('drops the explanation from the draft when "other" is unticked', async () => {
    const store = renderStep();
    const groupA = screen.getByRole('region', { name: /^Groep a:/ });
    const other = within(groupA).getByRole('checkbox', { name: 'Ander risico op jeugdwerkloosheid' });
    await act(async () => fireEvent.click(other));
    await act(async () => fireEvent.change(within(groupA).getByLabelText('Welke andere reden is er?'), { target: { value: 'Wijk met veel werkloosheid' } }));
    expect(store.getSnapshot().answers.targetGroups?.a).toMatchObject({ riskIndicators: ['other'], otherRiskExplanation: 'Wijk met veel werkloosheid' });
    await act(async () => fireEvent.click(other));
    expect(within(groupA).queryByLabelText('Welke andere reden is er?')).toBeNull();
    expect(store.getSnapshot().answers.targetGroups?.a).not.toHaveProperty('otherRiskExplanation');
    expect(store.getSnapshot().answers.targetGroups?.a?.riskIndicators).toEqual([]);
  });
});
