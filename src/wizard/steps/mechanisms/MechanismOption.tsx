import type { Guidance } from '../../../../schemas/guidance';
import type { Mechanism } from '../../../../schemas/scheme';
import { mechanismGuidance } from '../../../../templates/guidance';
import { MECHANISMS } from '../../../text/mechanisms';
import { MechanismEvidence } from './MechanismEvidence';

interface Props {
  mechanism: Mechanism;
  guidance: Guidance;
  onChoose: (mechanismId: string) => void;
  /** The list's error ("choose at least one"), announced with each button. */
  errorId?: string;
}

/** A mechanism not chosen yet: what it does, its evidence behind "Hoe werkt het?", and "Kies dit mechanisme". */
export function MechanismOption({ mechanism, guidance, onChoose, errorId }: Props) {
  return (
    <li className="card mechanism-option">
      <h3 className="mechanism__title">
        <span className="mechanism__number">
          {MECHANISMS.numberLabel(mechanism.number)}
          <span className="visually-hidden">: </span>
        </span>{' '}
        {mechanism.name}
      </h3>
      <p>{mechanismGuidance(guidance, mechanism.id).summary}</p>
      <MechanismEvidence mechanism={mechanism} guidance={guidance} />
      <button type="button" className="button button--secondary mechanism-option__choose" aria-describedby={errorId} onClick={() => onChoose(mechanism.id)}>
        {MECHANISMS.chooseButton}
        <span className="visually-hidden">{MECHANISMS.chooseContext(mechanism.number, mechanism.name)}</span>
      </button>
    </li>
  );
}
