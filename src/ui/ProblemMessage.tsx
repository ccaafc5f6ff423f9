// The plain "it did not work" message under a form or a tool; nothing when there is no problem.
import { Message } from './Message';

/** Shows `problem` as an urgent message (spoken at once), or nothing. */
export function ProblemMessage({ problem }: { problem?: string }) {
  return problem ? (
    <Message tone="problem" isUrgent>
      {problem}
    </Message>
  ) : null;
}
