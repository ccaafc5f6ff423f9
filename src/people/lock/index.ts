// Picture codes on a shared tablet: the gate in front of each person's screens, the lock
// screen, "My picture code", and the message about a helper's removal of a code.
export { PersonGate } from './PersonGate';
export { ResetNotice } from './ResetNotice';
