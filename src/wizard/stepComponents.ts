import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { StepId } from '../domain/steps';

export interface StepComponentProps {
  /** Sub-page, e.g. an activity id in "#/activiteiten/<id>". */
  sub?: string;
  focusField?: string;
}

type StepComponent = LazyExoticComponent<ComponentType<StepComponentProps>>;

/**
 * The component of each step, loaded when the step opens: the first page (the task list) needs
 * neither react-hook-form nor the step forms. Order, slugs and checks come from src/domain/steps.ts.
 */
export const STEP_COMPONENTS: Record<StepId, StepComponent> = {
  applicant: lazy(() => import('./steps/ApplicantStep').then((m) => ({ default: m.ApplicantStep }))),
  targetGroups: lazy(() => import('./steps/TargetGroupsStep').then((m) => ({ default: m.TargetGroupsStep }))),
  mechanisms: lazy(() => import('./steps/MechanismsStep').then((m) => ({ default: m.MechanismsStep }))),
  activities: lazy(() => import('./steps/ActivitiesStep').then((m) => ({ default: m.ActivitiesStep }))),
  partners: lazy(() => import('./steps/PartnersStep').then((m) => ({ default: m.PartnersStep }))),
  nazorg: lazy(() => import('./steps/NazorgStep').then((m) => ({ default: m.NazorgStep }))),
  budget: lazy(() => import('./steps/BudgetStep').then((m) => ({ default: m.BudgetStep }))),
  monitoring: lazy(() => import('./steps/MonitoringStep').then((m) => ({ default: m.MonitoringStep }))),
};
