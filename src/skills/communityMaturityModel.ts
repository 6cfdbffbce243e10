/**
 * The Community Roundtable's Community Maturity Model™ (first published 2009;
 * 2019 edition; CC BY-NC-ND 4.0): eight competencies assessed across four
 * stages. Names as published; the stage gists are our own paraphrase. The
 * per-stage descriptors of each competency are the publisher's text and are
 * not reproduced.
 *
 * @example
 * ```ts
 * communityMaturityModel.stages.map((s) => s.name); // → ['Hierarchy', 'Emergent Community', 'Community', 'Network']
 * ```
 */
export const communityMaturityModel = {
  id: 'roundtable-community-maturity-model',
  name: 'Community Maturity Model',
  publisher: 'The Community Roundtable',
  year: 2009,
  edition: '2019',
  url: 'https://communityroundtable.com/what-we-do/research/community-maturity-model/',
  licence: 'CC BY-NC-ND 4.0',
  notes: [
    'Competency names use "&" and "Tools" as The Community Roundtable writes them today; a 2010 summary writes "and" and "Tool". The exact glyphs of the 2019 edition are unverified; the ids do not depend on them.',
  ],
  competencies: [
    { id: 'strategy', name: 'Strategy' },
    { id: 'leadership', name: 'Leadership' },
    { id: 'culture', name: 'Culture' },
    { id: 'community-management', name: 'Community Management' },
    { id: 'content-and-programming', name: 'Content & Programming' },
    { id: 'policies-and-governance', name: 'Policies & Governance' },
    { id: 'tools', name: 'Tools' },
    { id: 'metrics-and-measurement', name: 'Metrics & Measurement' },
  ],
  stages: [
    {
      stage: 1,
      id: 'hierarchy',
      name: 'Hierarchy',
      gist: 'Ad hoc use of community tools; no strategy, no resources for community management, informal guidelines.',
    },
    {
      stage: 2,
      id: 'emergent-community',
      name: 'Emergent Community',
      gist: 'Structures being built: a strategy and staff, policies being formalised, advocates, programming and reporting.',
    },
    { stage: 3, id: 'community', name: 'Community', gist: 'An established programme that produces value.' },
    {
      stage: 4,
      id: 'network',
      name: 'Network',
      gist: "A networked approach across the organisation's whole business ecosystem.",
    },
  ],
} as const;
