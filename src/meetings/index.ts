// The meetings feature: setting up a meeting, the meeting itself (led by the person), and what
// comes after it (the end-of-meeting feedback, the summary, the list of meetings).
export { MeetingSetupScreen } from './MeetingSetupScreen';
export { MeetingScreen } from './MeetingScreen';
export { MeetingEnd } from './MeetingEnd';
export { MeetingSummaryScreen } from './MeetingSummaryScreen';
export { MeetingList } from './MeetingList';
