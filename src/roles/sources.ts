import type { Source } from './roleDefinition.js';

/**
 * The texts the built-in role catalogues paraphrase. URLs and years are given
 * only where the reference material records them.
 *
 * @example
 * ```ts
 * ROLE_SOURCES.worldBankCoP.licence; // → 'CC BY 4.0'
 * ```
 */
export const ROLE_SOURCES = {
  worldBankCoP: {
    title: 'Roles in a Community of Practice (Communities of Practice Toolkit)',
    author: 'World Bank Group',
    licence: 'CC BY 4.0',
  },
  communityClubSpecialisation: {
    title: 'The Specialization of Community Management Roles',
    author: 'Alex Angel, The Community Club',
    licence: 'not stated',
  },
  turingWayCommunityManagers: {
    title: 'Community Managers: Overview (The Turing Way)',
    author: 'The Turing Way Community',
    licence: 'CC BY 4.0',
  },
  scientificPythonCommunityManager: {
    title: 'Community Manager Role (Scientific Python)',
    author: 'Scientific Python',
    licence: 'not stated',
  },
  whatDoesACommunityManagerDo: {
    title: 'What does a community manager do (RDO/OpenStack community)',
    author: 'A community manager of the RDO/OpenStack community (blog post)',
    licence: 'not stated',
  },
} as const satisfies Record<string, Source>;
