import type { ActivityDraft } from '../../../schemas/draft';
import type { RenderContext } from '../renderContext';

/** "A1", "A2", …: stable codes the later activiteitenverslag can refer to. */
export const activityCode = (ctx: RenderContext, index: number) => `${ctx.labels.activityCode}${index + 1}`;

export const activityTitle = (ctx: RenderContext, activity: ActivityDraft) => activity.title?.trim() || ctx.labels.missing;

export const activityHeading = (ctx: RenderContext, activity: ActivityDraft, index: number) =>
  `${activityCode(ctx, index)} ${activityTitle(ctx, activity)}`;
