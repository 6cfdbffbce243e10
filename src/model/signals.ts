import { z } from 'zod';

/**
 * The kinds of evidence a community's data can hold. Report sections and
 * findings declare which of these they need; {@link dataCoverage} says which
 * the data has.
 *
 * @example
 * ```ts
 * SignalSchema.parse('replies'); // → 'replies'
 * ```
 */
export const SignalSchema = z.enum([
  'activity',
  'conversations',
  'replies',
  'answers',
  'reviews',
  'reactions',
  'joins',
  'leaves',
  'gatherings',
  'attendance',
  'roles',
  'skillAssessments',
  'affiliations',
  'topics',
  'text',
  'interests',
  'mentoringWishes',
  'stakeholders',
  'bots',
]);

/** One kind of evidence the data can hold (see {@link SignalSchema}). */
export type Signal = z.output<typeof SignalSchema>;

/**
 * For each signal: what it is, in words a community manager uses, and what
 * to import or record to get it. Report lines such as "Not measured: time to
 * first response needs replies (import …)" are written from this table.
 *
 * @example
 * ```ts
 * SIGNALS.replies.toGet; // → 'import a GitHub, forum, chat or mailing-list export'
 * ```
 */
export const SIGNALS: Readonly<Record<Signal, { readonly is: string; readonly toGet: string }>> = {
  activity: {
    is: 'dated activity by members',
    toGet: 'import an activity source: a git history, or a GitHub, forum, chat or mailing-list export',
  },
  conversations: {
    is: 'conversations started by posts, issues or pull requests',
    toGet: 'import a GitHub, forum, chat or mailing-list export',
  },
  replies: {
    is: 'replies within conversations',
    toGet: 'import a GitHub, forum, chat or mailing-list export',
  },
  answers: {
    is: 'answers marked as answers, such as accepted answers',
    toGet: 'import a Q&A forum or GitHub Discussions export',
  },
  reviews: {
    is: 'reviews of contributions',
    toGet: 'import GitHub pull-request reviews or git review trailers',
  },
  reactions: {
    is: 'reactions such as emoji and likes',
    toGet: 'import a chat or forum export with reactions',
  },
  joins: {
    is: 'records of members joining',
    toGet: 'import a member roster with join dates, or a chat export with join events',
  },
  leaves: {
    is: 'records of members leaving',
    toGet: 'record when members leave, with a roster of leave dates or unsubscribe events',
  },
  gatherings: {
    is: 'gatherings such as calls, workshops and meetups',
    toGet: 'import event attendance: a Zoom, Meetup, Luma or Eventbrite CSV',
  },
  attendance: {
    is: 'who attended gatherings',
    toGet: 'import event attendance: a Zoom, Meetup, Luma or Eventbrite CSV',
  },
  roles: { is: 'who holds which community role', toGet: 'record role assignments, e.g. from a roles CSV' },
  skillAssessments: {
    is: 'skill assessments against a framework',
    toGet: 'import a skills self-assessment survey exported as CSV',
  },
  affiliations: {
    is: "members' organisations",
    toGet: 'map e-mail domains to organisations, or import a roster with affiliations',
  },
  topics: {
    is: 'topics of activities',
    toGet: 'import with topics (paths in git, labels on GitHub, channels in chat)',
  },
  text: { is: 'text of activities', toGet: 'import with text: messages, issue and commit text' },
  interests: {
    is: "members' stated interests and expertise",
    toGet: 'import a member roster with interests',
  },
  mentoringWishes: {
    is: 'who is willing to mentor or be mentored',
    toGet: 'record mentoring wishes, with a roster or survey that has willing-to-mentor columns',
  },
  stakeholders: {
    is: 'stakeholders outside the membership',
    toGet: 'record stakeholders such as organisations and funders',
  },
  bots: { is: 'automated accounts', toGet: 'nothing to import: bots are flagged when the data has them' },
};
