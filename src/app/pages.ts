import { lazy, type ComponentType } from 'react';
import type { RouteId, RouteProps } from '../routes/routeTable';
import { StartPage } from './StartPage';

type Page = ComponentType<RouteProps>;

/** A page that is loaded when it is opened: the first page needs none of them (nor react-hook-form). */
const lazyPage = (load: () => Promise<Page>): Page => lazy(() => load().then((component) => ({ default: component })));

/**
 * The component of every route in src/routes/routeTable.ts (the type makes one required for each).
 * Only the start page is in the first page load.
 */
export const PAGE_COMPONENTS: Record<RouteId, Page> = {
  start: StartPage,
  applicant: lazyPage(() => import('../wizard/steps/ApplicantStep').then((m) => m.ApplicantStep)),
  targetGroups: lazyPage(() => import('../wizard/steps/TargetGroupsStep').then((m) => m.TargetGroupsStep)),
  background: lazyPage(() => import('../wizard/steps/BackgroundStep').then((m) => m.BackgroundStep)),
  mechanisms: lazyPage(() => import('../wizard/steps/MechanismsStep').then((m) => m.MechanismsStep)),
  activities: lazyPage(() => import('../wizard/steps/ActivitiesStep').then((m) => m.ActivitiesStep)),
  partners: lazyPage(() => import('../wizard/steps/PartnersStep').then((m) => m.PartnersStep)),
  nazorg: lazyPage(() => import('../wizard/steps/NazorgStep').then((m) => m.NazorgStep)),
  budget: lazyPage(() => import('../wizard/steps/BudgetStep').then((m) => m.BudgetStep)),
  monitoring: lazyPage(() => import('../wizard/steps/MonitoringStep').then((m) => m.MonitoringStep)),
  review: lazyPage(() => import('../review/ReviewPage').then((m) => m.ReviewPage)),
  coherence: lazyPage(() => import('../review/CoherencePage').then((m) => m.CoherencePage)),
  reviewMode: lazyPage(() => import('../review/ReviewModePage').then((m) => m.ReviewModePage)),
  schemeInfo: lazyPage(() => import('../review/SchemeInfoPage').then((m) => m.SchemeInfoPage)),
  preview: lazyPage(() => import('../review/PreviewPage').then((m) => m.PreviewPage)),
  drafts: lazyPage(() => import('../drafts/DraftsPage').then((m) => m.DraftsPage)),
  report: lazyPage(() => import('../wizard/report/ReportPage').then((m) => m.ReportPage)),
  versions: lazyPage(() => import('../drafts/VersionsPage').then((m) => m.VersionsPage)),
  accessibility: lazyPage(() => import('../about/AccessibilityPage').then((m) => m.AccessibilityPage)),
  privacy: lazyPage(() => import('../about/PrivacyPage').then((m) => m.PrivacyPage)),
  contact: lazyPage(() => import('../about/ContactPage').then((m) => m.ContactPage)),
};
