/**
 * The vocabulary the sample community is built from: invented organisations,
 * names, topic clusters and stakeholders. Plain literal data.
 */

/** A topic cluster: the sub-network a member mainly belongs to. */
export interface SampleCluster {
  id: string;
  channel: string;
  topics: readonly string[];
  expertise: readonly string[];
  groups: readonly string[];
  /** Share of new members who join this cluster. */
  share: number;
  /** Probability that a question in this cluster gets no answer. */
  unanswered: number;
}

/**
 * Five clusters. `policy` and `software` both care about reproducibility but
 * their members never meet in the same threads: the built-in silo.
 */
export const SAMPLE_CLUSTERS: readonly SampleCluster[] = [
  {
    id: 'data',
    channel: 'data',
    topics: ['open-data', 'data-curation', 'metadata', 'fair-principles'],
    expertise: ['data management plans', 'metadata standards', 'data repositories', 'ontologies'],
    groups: ['researchers', 'librarians'],
    share: 0.26,
    unanswered: 0.3,
  },
  {
    id: 'software',
    channel: 'software',
    topics: ['research-software', 'python', 'testing', 'reproducibility'],
    expertise: ['python packaging', 'continuous integration', 'unit testing', 'version control'],
    groups: ['research-software-engineers', 'researchers'],
    share: 0.28,
    unanswered: 0.1,
  },
  {
    id: 'training',
    channel: 'training',
    topics: ['teaching', 'workshops', 'onboarding', 'carpentries'],
    expertise: ['lesson design', 'workshop facilitation', 'instructor training', 'assessment'],
    groups: ['educators', 'students'],
    share: 0.2,
    unanswered: 0.12,
  },
  {
    id: 'policy',
    channel: 'policy',
    topics: ['open-access', 'research-policy', 'funding', 'reproducibility'],
    expertise: ['funder mandates', 'open access policy', 'research assessment', 'grant writing'],
    groups: ['policy-makers', 'librarians'],
    share: 0.12,
    unanswered: 0.15,
  },
  {
    id: 'outreach',
    channel: 'events',
    topics: ['community-building', 'communications', 'events', 'diversity'],
    expertise: ['event planning', 'social media', 'newsletters', 'inclusive language'],
    groups: ['community-organisers', 'researchers'],
    share: 0.14,
    unanswered: 0.08,
  },
];

/** Organisations with Zipf-like sizes (the first is the dominant one) and their time zones. */
export const SAMPLE_ORGANISATIONS: readonly {
  name: string;
  timeZone: string;
  languages: readonly string[];
}[] = [
  { name: 'Northfield University', timeZone: 'Europe/London', languages: ['en'] },
  { name: 'Institut Lumière', timeZone: 'Europe/Paris', languages: ['en', 'fr'] },
  { name: 'Rheinland Research Centre', timeZone: 'Europe/Berlin', languages: ['en', 'de'] },
  { name: 'Pacific Data Lab', timeZone: 'America/Los_Angeles', languages: ['en'] },
  { name: 'Universidad del Sur', timeZone: 'America/Argentina/Buenos_Aires', languages: ['es', 'en'] },
  { name: 'Lakeside College', timeZone: 'America/Chicago', languages: ['en'] },
  { name: 'Nairobi Open Science Hub', timeZone: 'Africa/Nairobi', languages: ['en', 'sw'] },
  { name: 'Kyoto Institute of Informatics', timeZone: 'Asia/Tokyo', languages: ['ja', 'en'] },
  { name: 'Bengaluru Science Foundation', timeZone: 'Asia/Kolkata', languages: ['en', 'hi'] },
  { name: 'Nordic Library Consortium', timeZone: 'Europe/Stockholm', languages: ['en', 'sv'] },
  { name: 'Cape Coast Institute', timeZone: 'Africa/Accra', languages: ['en'] },
  { name: 'Southern Cross University Network', timeZone: 'Australia/Sydney', languages: ['en'] },
  { name: 'Independent', timeZone: 'UTC', languages: ['en'] },
];

export const SAMPLE_FIRST_NAMES: readonly string[] = [
  'Ada',
  'Bongani',
  'Chiara',
  'Dmitri',
  'Esi',
  'Farah',
  'Gustavo',
  'Hana',
  'Ikaika',
  'Jonas',
  'Kavya',
  'Leila',
  'Mateo',
  'Nia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sione',
  'Tomasz',
  'Uma',
  'Valentina',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zanele',
  'Aiko',
  'Bram',
  'Camille',
  'Dawit',
  'Elif',
  'Femi',
  'Greta',
  'Hugo',
  'Ines',
  'Joon',
];

export const SAMPLE_LAST_NAMES: readonly string[] = [
  'Abara',
  'Bergström',
  'Castillo',
  'Dubois',
  'Eze',
  'Fischer',
  'García',
  'Haddad',
  'Ito',
  'Jensen',
  'Kaur',
  'Lindqvist',
  'Mensah',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quispe',
  'Rossi',
  'Singh',
  'Tanaka',
  'Uribe',
  'Varga',
  'Wanjiru',
  'Xu',
  'Yilmaz',
  'Zhang',
  'Achebe',
  'Brennan',
  'Costa',
  'Dlamini',
];

/** Outside stakeholders of the sample community. */
export const SAMPLE_STAKEHOLDERS = [
  {
    id: 's-funder',
    name: 'Open Research Fund',
    type: 'funder',
    power: 0.9,
    interest: 0.7,
    legitimacy: 0.9,
    urgency: 0.6,
  },
  {
    id: 's-host',
    name: 'Northfield University Library',
    type: 'organisation',
    power: 0.8,
    interest: 0.4,
    legitimacy: 0.9,
    urgency: 0.2,
  },
  {
    id: 's-society',
    name: 'Society for Research Software',
    type: 'partner',
    power: 0.3,
    interest: 0.8,
    legitimacy: 0.8,
    urgency: 0.3,
  },
  {
    id: 's-publisher',
    name: 'Meridian Open Press',
    type: 'partner',
    power: 0.6,
    interest: 0.2,
    legitimacy: 0.3,
    urgency: 0.7,
  },
  {
    id: 's-students',
    name: 'Doctoral Students Network',
    type: 'group',
    power: 0.2,
    interest: 0.9,
    legitimacy: 0.7,
    urgency: 0.8,
  },
  {
    id: 's-ministry',
    name: 'Ministry of Science Working Group',
    type: 'organisation',
    power: 0.7,
    interest: 0.2,
    legitimacy: 0.2,
    urgency: 0.1,
  },
] as const;
