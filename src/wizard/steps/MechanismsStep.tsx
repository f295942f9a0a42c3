import type { RouteProps } from '../../routes/routeTable';
import { MechanismList } from './mechanisms/MechanismList';
import { MechanismPage } from './mechanisms/MechanismPage';

/** "#/mechanismen" lists the mechanisms, chosen ones as cards; "#/mechanismen/<id>" is the form of one chosen mechanism. */
export function MechanismsStep({ sub, focusField }: RouteProps) {
  return sub === undefined ? <MechanismList focusField={focusField} /> : <MechanismPage id={sub} focusField={focusField} />;
}
