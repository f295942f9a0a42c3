import { useState } from 'react';
import type { ActivityDraft } from '../../../../schemas/draft';
import { replaceActivity } from '../../../domain/activityList';
import { validateDraftWithAdvice } from '../../../domain/validateDraft';
import { useGuidance } from '../../../shell/useGuidance';
import { schemasForScheme } from '../../../domain/schemasForScheme';
import { afterSaveHref } from '../../../routes/afterSaveHref';
import { href } from '../../../routes/hashRoute';
import { navigate } from '../../../shell/useHashRoute';
import { ChoiceGroup, type Choice } from '../../../components/ChoiceGroup';
import { TextField } from '../../../components/TextField';
import { ACTIVITIES } from '../../../text/activities';
import { useDraft, useDraftStore, useScheme } from '../../../shell/DraftContext';
import { ItemForm } from '../../ItemForm';
import { PageHeading } from '../../../shell/PageHeading';
import { useDocumentTitle } from '../../../shell/useDocumentTitle';
import { ApproachChoices } from './ApproachChoices';
import { CostLines } from './CostLines';
import { activityYearsText } from '../../../../schemas/fields/kinds';

const LIST_HREF = href.step('activities');

/** "#/activiteiten/<id>": the form of one activity. */
export function ActivityPage({ id, focusField }: { id: string; focusField?: string }) {
  const store = useDraftStore();
  const scheme = useScheme();
  const guidance = useGuidance();
  // Read once: from here on the form owns the values and writes every change to the draft.
  const [opened] = useState(() => {
    const { answers } = store.getSnapshot();
    const list = answers.activities ?? [];
    const index = list.findIndex((a) => a.id === id);
    const activity = list[index];
    if (!activity) return undefined;
    // "Still exactly the example" is said by the intro already.
    const warnings = validateDraftWithAdvice(answers, scheme, guidance).filter(
      (i) => i.severity === 'warning' && i.path[0] === 'activities' && i.path[1] === index && i.rule !== 'example-unchanged',
    );
    return { activity, index, count: list.length, warnings };
  });
  if (!opened) return <ActivityNotFound />;
  const { activity, index, count, warnings } = opened;
  const example = guidance.exampleActivities.find((e) => e.id === activity.fromExampleId);

  const write = (values: Record<string, unknown>) => store.update((d) => ({ ...d, answers: replaceActivity(d.answers, values as ActivityDraft) }));
  const summaryLabel = (name: string) => {
    const line = /^costLines\.(\d+)\./.exec(name);
    return line ? ACTIVITIES.costLine(Number(line[1])) : undefined;
  };

  return (
    <ItemForm
      schema={schemasForScheme(scheme).activity}
      item={withLists(activity)}
      write={write}
      title={ACTIVITIES.pageTitle(index)}
      caption={ACTIVITIES.caption(index, count)}
      focusField={focusField}
      summaryLabel={summaryLabel}
      submitLabel={ACTIVITIES.save}
      // Back to the list, or to the page that sent the user (e.g. Controleren).
      onSaved={() => navigate(afterSaveHref(window.location.hash, LIST_HREF))}
      secondary={
        <a className="link" href={LIST_HREF}>
          {ACTIVITIES.backToList}
        </a>
      }
      intro={
        <>
          {example && <p className="lead">{ACTIVITIES.fromExample(example.title)}</p>}
          {warnings.length > 0 && (
            <div className="notice notice--warning">
              <h2 className="notice__title">{ACTIVITIES.warningsOnPage}</h2>
              <ul>
                {warnings.map((w) => (
                  <li key={w.rule}>{w.message}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      }
    >
      <ActivityFields />
    </ItemForm>
  );
}

/** Lists start as [] so a single checkbox still yields a list (react-hook-form), and cost lines can be appended. */
function withLists(activity: ActivityDraft): Record<string, unknown> {
  return {
    ...activity,
    mechanismIds: activity.mechanismIds ?? [],
    approachIds: activity.approachIds ?? [],
    targetGroupIds: activity.targetGroupIds ?? [],
    partnerIds: activity.partnerIds ?? [],
    costLines: activity.costLines ?? [],
  };
}

function ActivityFields() {
  const scheme = useScheme();
  // Other steps' answers do not change while this page is open: these never re-render on typing.
  const chosen = useDraft((d) => d.answers.mechanisms?.chosen);
  const partners = useDraft((d) => d.answers.partners);
  const chosenIds = (chosen ?? []).map((c) => c.mechanismId);
  const chosenApproachIds = (chosen ?? []).flatMap((c) => c.approachIds ?? []);

  const mechanismChoice = (m: (typeof scheme.mechanisms)[number], isChosen: boolean): Choice => ({
    value: m.id,
    label: ACTIVITIES.mechanismLabel(m.number, m.name),
    // Without any chosen mechanism the list page already says so; a hint on all seven is noise.
    hint: isChosen || chosenIds.length === 0 ? undefined : ACTIVITIES.mechanismNotChosen,
  });
  const mechanismChoices = [
    ...scheme.mechanisms.filter((m) => chosenIds.includes(m.id)).map((m) => mechanismChoice(m, true)),
    ...scheme.mechanisms.filter((m) => !chosenIds.includes(m.id)).map((m) => mechanismChoice(m, false)),
  ];
  const yearsText = activityYearsText(scheme);

  return (
    <>
      <h2 className="section-heading">{ACTIVITIES.whatSection}</h2>
      <TextField name="title" label={ACTIVITIES.title} hint={ACTIVITIES.titleHint} />
      <TextField name="description" label={ACTIVITIES.description} hint={ACTIVITIES.descriptionHint} multiline rows={8} />

      <h2 className="section-heading">{ACTIVITIES.whySection}</h2>
      <ChoiceGroup name="mechanismIds" kind="checkbox" legend={ACTIVITIES.mechanisms} hint={ACTIVITIES.mechanismsHint} choices={mechanismChoices} />
      <ApproachChoices chosenApproachIds={chosenApproachIds} />

      <h2 className="section-heading">{ACTIVITIES.forWhomSection}</h2>
      <ChoiceGroup
        name="targetGroupIds"
        kind="checkbox"
        legend={ACTIVITIES.targetGroups}
        hint={ACTIVITIES.targetGroupsHint}
        choices={scheme.targetGroups.map((g) => ({ value: g.id, label: `${ACTIVITIES.targetGroup(g.id, g.shortName)}`, hint: g.name }))}
      />
      <ChoiceGroup name="phase" kind="radio" legend={ACTIVITIES.phase} choices={scheme.phases.map((p) => ({ value: p.id, label: p.label, hint: p.hint }))} />
      <div className="activity-dates">
        <TextField name="startDate" label={ACTIVITIES.startDate} hint={ACTIVITIES.datesHint(yearsText)} type="date" width="medium" />
        <TextField name="endDate" label={ACTIVITIES.endDate} hint={ACTIVITIES.datesHint(yearsText)} type="date" width="medium" />
      </div>
      <TextField name="expectedParticipants" label={ACTIVITIES.expectedParticipants} hint={ACTIVITIES.expectedParticipantsHint} inputMode="numeric" width="short" />

      <h2 className="section-heading">{ACTIVITIES.whoSection}</h2>
      <TextField name="responsible" label={ACTIVITIES.responsible} hint={ACTIVITIES.responsibleHint} width="medium" />
      {partners && partners.length > 0 ? (
        <ChoiceGroup
          name="partnerIds"
          kind="checkbox"
          legend={ACTIVITIES.partners}
          hint={ACTIVITIES.partnersHint}
          optional
          choices={partners.map((p) => ({
            value: p.id,
            label: p.name?.trim() || ACTIVITIES.partnerUnnamed,
            hint: scheme.partnerTypes.find((t) => t.id === p.type)?.label,
          }))}
        />
      ) : (
        <div className="field">
          <p className="field__label">{ACTIVITIES.partners}</p>
          <p className="field__hint">
            {ACTIVITIES.noPartnersBefore}
            <a href={href.step('partners')}>{ACTIVITIES.noPartnersLink}</a>
            {ACTIVITIES.noPartnersAfter}
          </p>
        </div>
      )}
      <TextField name="hours" label={ACTIVITIES.hours} hint={ACTIVITIES.hoursHint} inputMode="numeric" width="short" optional />

      <CostLines />
    </>
  );
}

function ActivityNotFound() {
  useDocumentTitle(ACTIVITIES.notFoundTitle);
  return (
    <>
      <PageHeading>{ACTIVITIES.notFoundTitle}</PageHeading>
      <p>{ACTIVITIES.notFoundBody}</p>
      <p>
        <a href={LIST_HREF}>{ACTIVITIES.notFoundLink}</a>
      </p>
    </>
  );
}
