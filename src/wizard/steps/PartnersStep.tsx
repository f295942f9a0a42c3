import type { RouteProps } from '../../routes/routeTable';
import { PartnerList } from './partners/PartnerList';
import { PartnerPage } from './partners/PartnerPage';

/** "#/samenwerking" lists the partners; "#/samenwerking/<id>" is the form of one of them. */
export function PartnersStep({ sub, focusField }: RouteProps) {
  return sub === undefined ? <PartnerList /> : <PartnerPage id={sub} focusField={focusField} />;
}
