// The headline figures of a scorecard computed from the records, in the shape the summaries give them
// (utils/triage/scorecard-days): the two compared with toEqual.

import type { Scorecard } from '@/utils/triage/scorecard';
import type { ScoreFigures } from '@/utils/triage/scorecard-days';

export function headline(card: Scorecard): Omit<ScoreFigures, 'exact'> & { exact: true } {
  return {
    received: card.photosReceived.count,
    shots: card.firstTime.shots,
    good: card.firstTime.good,
    problems: card.problems.map(({ problem, count }) => ({ problem, count })),
    requests: {
      sent: card.requests.sent,
      answered: card.requests.answered,
      ...(card.requests.medianDaysToAnswer === undefined
        ? {}
        : { medianDaysToAnswer: card.requests.medianDaysToAnswer }),
    },
    gatesPassedWithout: card.gatesPassedWithout.count,
    exact: true,
  };
}
