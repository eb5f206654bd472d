/**
 * The public URLs of meetings, in one place for the resolvers, the mails and the calendar files:
 * the client's pages (/reunions/…, /reponse/…) and the iCalendar files (calendar.router.ts).
 */
const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

export const meetingPageUrl = (publicUrl: string, meetingId: string) => `${base(publicUrl)}/reunions/${meetingId}`;
/** The personal answer page of a mail's link (invitation-link.service.ts): no account needed. */
export const answerLinkUrl = (publicUrl: string, token: string) => `${base(publicUrl)}/reponse/${token}`;

export const meetingIcsUrl = (publicUrl: string, meetingId: string) => `${base(publicUrl)}/calendar/meetings/${meetingId}.ics`;
export const networkFeedUrl = (publicUrl: string, networkSlug: string) =>
  `${base(publicUrl)}/calendar/networks/${networkSlug}.ics`;
export const personalFeedUrl = (publicUrl: string, token: string) => `${base(publicUrl)}/calendar/personal/${token}.ics`;

/** The routes of calendar.router.ts, matching the URLs above. */
export const CALENDAR_ROUTES = {
  meeting: '/meetings/:id.ics',
  network: '/networks/:slug.ics',
  personal: '/personal/:token.ics',
} as const;
