// The plan templates a person can start from: each is a set of lanes and a colour legend.
// Names are translation keys, so a plan made in one language reads right in another.
import type { ColourId, Layout, LegendEntry } from './types';

export interface TemplateLane {
  key: string;
  symbolId: string;
}

export interface Template {
  id: string;
  symbolId: string;
  layout?: Layout;
  lanes: readonly TemplateLane[];
  legend: readonly LegendEntry[];
}

const WANT_LEGEND: readonly LegendEntry[] = [
  { colour: 'green', meaningKey: 'legend.iWantThis' },
  { colour: 'yellow', meaningKey: 'legend.notSure' },
  { colour: 'red', meaningKey: 'legend.iDoNotWantThis' },
  { colour: 'blue', meaningKey: 'legend.iNeedHelp' },
];

function lanes(...pairs: [string, string][]): TemplateLane[] {
  return pairs.map(([key, symbolId]) => ({ key, symbolId }));
}

/** Every template, in the order they are offered. */
export const TEMPLATES: readonly Template[] = [
  {
    id: 'my-goals',
    symbolId: '1f3af',
    lanes: lanes(['now', '1f4cd'], ['next', '27a1'], ['later', '1f52d'], ['done', '2705']),
    legend: WANT_LEGEND,
  },
  {
    id: 'life-areas',
    symbolId: '1f308',
    lanes: lanes(
      ['home', '1f3e0'],
      ['dayAndWork', '1f4bc'],
      ['friendsAndFamily', '1f46a'],
      ['health', '1fa7a'],
      ['freeTime', '26bd'],
      ['money', '1f4b0'],
      ['learning', '1f4da'],
    ),
    legend: WANT_LEGEND,
  },
  {
    id: 'important',
    symbolId: '2764',
    lanes: lanes(['importantToMe', '2764'], ['importantForMe', '1f6e1']),
    legend: WANT_LEGEND,
  },
  {
    id: 'working',
    symbolId: '1f44d',
    lanes: lanes(['working', '1f44d'], ['notWorking', '1f44e']),
    legend: WANT_LEGEND,
  },
  {
    id: 'good-day',
    symbolId: '1f31e',
    lanes: lanes(['goodDay', '1f600'], ['badDay', '1f61e']),
    legend: WANT_LEGEND,
  },
  {
    // PATH is drawn as a path from where the person is now to their dream.
    id: 'path',
    symbolId: '1f6e4',
    layout: 'path',
    lanes: lanes(
      ['now', '1f4cd'],
      ['peopleWhoHelp', '1f91d'],
      ['gettingStronger', '1f4aa'],
      ['firstStep', '1f463'],
      ['nextSteps', '1f45f'],
      ['goalInAYear', '1f3af'],
      ['dream', '1f308'],
    ),
    legend: WANT_LEGEND,
  },
  {
    id: 'like-sort',
    symbolId: '1f914',
    lanes: lanes(['like', '1f642'], ['notSure', '1f914'], ['doNotLike', '1f641']),
    legend: WANT_LEGEND,
  },
  {
    id: 'one-page-profile',
    symbolId: '1f464',
    lanes: lanes(['likeAboutMe', '1f31f'], ['mattersToMe', '2764'], ['supportMeWell', '1f91d']),
    legend: WANT_LEGEND,
  },
];

/** The id of the empty board, whose lanes a helper names. */
export const EMPTY_BOARD_ID = 'empty';

/** The empty board: no template lanes; the lanes are named when the plan is made. */
export const EMPTY_BOARD: Template = {
  id: EMPTY_BOARD_ID,
  symbolId: '1f4dd',
  lanes: [],
  legend: WANT_LEGEND,
};

/** Looks a template up by id. */
export function templateById(id: string): Template | undefined {
  return id === EMPTY_BOARD_ID ? EMPTY_BOARD : TEMPLATES.find((template) => template.id === id);
}

/** The colour a new card gets when the person does not choose one. */
export const DEFAULT_COLOUR: ColourId = 'green';
