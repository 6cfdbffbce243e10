/**
 * The CSCCE Community Participation Model (Woodley and Pratt, 2020; Zenodo
 * 3997802; part 2 on the Champion mode, 2021, Zenodo 5275270): the modes in
 * which members take part in a STEM community, with the information flow of
 * each. Mode names as CSCCE writes them (in capitals); descriptions are ours.
 * All modes can coexist, and members move between them over time — it is not
 * a maturity ladder. CHAMPION sits alongside the other four. The health
 * module's participation levels use these modes.
 *
 * @example
 * ```ts
 * communityParticipationModel.modes.map((m) => m.name);
 * // → ['CONVEY/CONSUME', 'CONTRIBUTE', 'COLLABORATE', 'CO-CREATE', 'CHAMPION']
 * ```
 */
export const communityParticipationModel = {
  id: 'cscce-community-participation-model',
  name: 'The CSCCE Community Participation Model – A framework to describe member engagement and information flow in STEM communities',
  authors: ['Lou Woodley', 'Katie Pratt'],
  year: 2020,
  doi: '10.5281/zenodo.3997802',
  url: 'https://www.cscce.org/resources/community-participation-model/',
  licence: 'unverified',
  modes: [
    {
      id: 'convey-consume',
      name: 'CONVEY/CONSUME',
      flow: 'transmissive',
      description:
        'Where most groups start: the community manager or a communications person broadcasts (newsletters, posts) and members take it in, each on their own.',
    },
    {
      id: 'contribute',
      name: 'CONTRIBUTE',
      flow: 'transactional',
      description:
        "Members add something — a talk, a guest post, a shared resource — often at the manager's invitation; their skills and interests become visible to each other.",
    },
    {
      id: 'collaborate',
      name: 'COLLABORATE',
      flow: 'transactional',
      description:
        'Members work with one another (say, co-writing a paper) while the manager supports from the background.',
    },
    {
      id: 'co-create',
      name: 'CO-CREATE',
      flow: 'transformational',
      description:
        'Mostly in established communities: members create something new together inside the community — an event, a working group, a new channel.',
    },
    {
      id: 'champion',
      name: 'CHAMPION',
      flow: null,
      description:
        'Alongside the other modes: invested members who promote the community outside or take on leadership inside it, formally or informally, to maintain, grow or evolve it.',
    },
  ],
  flows: {
    transmissive: 'One way; no reply is expected.',
    transactional: 'The terms of engagement are clear and the convener usually manages the exchange.',
    transformational: 'Members change what the community is or does.',
  },
} as const;

/** A mode of the CSCCE Community Participation Model. */
export type ParticipationMode = (typeof communityParticipationModel.modes)[number];
