import type { RouteProps } from '../../routes/routeTable';
import { ActivityReportPage } from './ActivityReportPage';
import { AddedActivitiesPage, AddedActivityPage } from './AddedActivitiesPage';
import { GoalsReportPage } from './GoalsReportPage';
import { GrantPage } from './GrantPage';
import { ClosingPage, NazorgReportPage, PartnersReportPage } from './OtherReportPages';
import { REPORT_SUB } from './reportForm';
import { ReportTasksPage } from './ReportTasksPage';
import './report.css';

/** "#/verslag" and its parts: the activiteitenverslag, written after the grant from the plan. */
export function ReportPage({ sub, focusField }: RouteProps) {
  const [part, id] = (sub ?? '').split('/');
  switch (part) {
    case REPORT_SUB.grant:
      return <GrantPage focusField={focusField} />;
    case REPORT_SUB.activity:
      return id ? <ActivityReportPage id={id} focusField={focusField} /> : <ReportTasksPage />;
    case REPORT_SUB.added:
      return id ? <AddedActivityPage id={id} focusField={focusField} /> : <AddedActivitiesPage />;
    case REPORT_SUB.goals:
      return <GoalsReportPage focusField={focusField} />;
    case REPORT_SUB.nazorg:
      return <NazorgReportPage focusField={focusField} />;
    case REPORT_SUB.partners:
      return <PartnersReportPage focusField={focusField} />;
    case REPORT_SUB.closing:
      return <ClosingPage focusField={focusField} />;
    default:
      return <ReportTasksPage />;
  }
}
