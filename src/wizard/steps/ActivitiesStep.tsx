import type { RouteProps } from '../../routes/routeTable';
import { ActivityList } from './activities/ActivityList';
import { ActivityPage } from './activities/ActivityPage';

/** "#/activiteiten" lists the activities; "#/activiteiten/<id>" is the form of one of them. */
export function ActivitiesStep({ sub, focusField }: RouteProps) {
  return sub === undefined ? <ActivityList /> : <ActivityPage id={sub} focusField={focusField} />;
}
