import { z } from 'zod';

/**
 * What each activity kind means. The keys are the closed set of kinds an
 * {@link Activity} may have; the values are the documented meaning (our own
 * words) used in the docs and in explanations.
 *
 * @example
 * ```ts
 * ACTIVITY_KIND_MEANINGS.answer; // → 'answered a question asked by someone else'
 * ```
 */
export const ACTIVITY_KIND_MEANINGS = {
  join: 'joined the community (signed up, was added to the member list)',
  leave: 'left the community (unsubscribed, was removed, asked to leave)',
  post: 'started a new conversation: a forum topic, a chat message that opens a thread, a mailing-list message',
  reply: 'replied in an existing conversation',
  comment: 'commented on a shared artefact (a document, an issue, a pull request, a blog post)',
  reaction: 'reacted to a contribution without writing (an emoji, a like, an upvote)',
  review: 'reviewed a contribution (code review, paper or proposal review)',
  commit: 'committed code or content to a shared repository',
  issue: 'opened an issue, bug report or feature request',
  'pull-request': 'proposed a change (a pull or merge request)',
  answer: 'answered a question asked by someone else',
  attend: 'attended a gathering (call, workshop, meetup…)',
  host: 'hosted or facilitated a gathering',
  present: 'presented or spoke at a gathering',
  organise: 'organised a gathering or initiative behind the scenes',
  'mentor-session': 'held a mentoring session (as mentor or mentee)',
  document: 'wrote or maintained documentation, guides or informational material',
  translate: 'translated material into another language',
} as const;

/** The closed set of activity kinds, in documentation order. */
export const ACTIVITY_KINDS = Object.keys(ACTIVITY_KIND_MEANINGS) as ActivityKind[];

/**
 * The kind of an activity: one of {@link ACTIVITY_KINDS}.
 *
 * @example
 * ```ts
 * ActivityKindSchema.parse('reply'); // → 'reply'
 * ```
 */
export const ActivityKindSchema = z.enum([
  'join',
  'leave',
  'post',
  'reply',
  'comment',
  'reaction',
  'review',
  'commit',
  'issue',
  'pull-request',
  'answer',
  'attend',
  'host',
  'present',
  'organise',
  'mentor-session',
  'document',
  'translate',
]);

/** The kind of an activity. */
export type ActivityKind = z.output<typeof ActivityKindSchema>;
