/**
 * Automated accounts seen across open-source hosting, as data: the login (or
 * the name an app commits under), and where it is documented. Matched
 * case-insensitively against usernames, names and e-mail local parts, with or
 * without a `[bot]` suffix. Sources: the GitHub Marketplace pages of each app,
 * the bot lists of Dey et al., "Detecting and characterizing bots that commit
 * code" (MSR 2020, https://doi.org/10.1145/3379597.3387478) and of
 * Golzadeh et al., "A ground-truth dataset and classification model for
 * detecting bots in GitHub issue and PR comments" (JSS 2021,
 * https://doi.org/10.1016/j.jss.2021.110911).
 */
export const KNOWN_BOTS: readonly { login: string; source: string }[] = [
  { login: 'dependabot', source: 'https://github.com/apps/dependabot' },
  { login: 'dependabot-preview', source: 'https://github.com/apps/dependabot-preview' },
  { login: 'renovate', source: 'https://github.com/apps/renovate' },
  { login: 'renovate-bot', source: 'https://github.com/renovate-bot' },
  { login: 'github-actions', source: 'https://github.com/apps/github-actions' },
  { login: 'pre-commit-ci', source: 'https://github.com/apps/pre-commit-ci' },
  { login: 'codecov', source: 'https://github.com/apps/codecov' },
  { login: 'codecov-io', source: 'https://github.com/codecov-io' },
  { login: 'codecov-commenter', source: 'https://github.com/codecov-commenter' },
  { login: 'allcontributors', source: 'https://github.com/apps/allcontributors' },
  { login: 'all-contributors', source: 'https://allcontributors.org/docs/en/bot/overview' },
  { login: 'greenkeeper', source: 'https://github.com/apps/greenkeeper' },
  { login: 'greenkeeperio-bot', source: 'https://github.com/greenkeeperio-bot' },
  { login: 'snyk-bot', source: 'https://github.com/snyk-bot' },
  { login: 'mergify', source: 'https://github.com/apps/mergify' },
  { login: 'netlify', source: 'https://github.com/apps/netlify' },
  { login: 'vercel', source: 'https://github.com/apps/vercel' },
  { login: 'sonarcloud', source: 'https://github.com/apps/sonarcloud' },
  { login: 'sonarqubecloud', source: 'https://github.com/apps/sonarqubecloud' },
  { login: 'copilot-swe-agent', source: 'https://github.com/apps/copilot-swe-agent' },
  { login: 'copilot-pull-request-reviewer', source: 'https://github.com/apps/copilot-pull-request-reviewer' },
  { login: 'imgbot', source: 'https://github.com/apps/imgbot' },
  { login: 'stale', source: 'https://github.com/apps/stale' },
  { login: 'coveralls', source: 'https://github.com/coveralls' },
  { login: 'travis-ci', source: 'https://github.com/travis-ci' },
  { login: 'azure-pipelines', source: 'https://github.com/apps/azure-pipelines' },
  { login: 'readthedocs', source: 'https://github.com/apps/readthedocs' },
  { login: 'gitter-badger', source: 'https://github.com/gitter-badger' },
  { login: 'pyup-bot', source: 'https://github.com/pyup-bot' },
  { login: 'deepsource-autofix', source: 'https://github.com/apps/deepsource-autofix' },
  { login: 'web-flow', source: 'https://github.com/web-flow (GitHub web-UI committer)' },
  { login: 'lgtm-com', source: 'https://github.com/apps/lgtm-com' },
  { login: 'cla-bot', source: 'https://github.com/apps/cla-bot' },
  { login: 'semantic-release-bot', source: 'https://github.com/semantic-release-bot' },
  { login: 'changeset-bot', source: 'https://github.com/apps/changeset-bot' },
  { login: 'release-please', source: 'https://github.com/apps/release-please' },
  { login: 'weblate', source: 'https://github.com/weblate' },
  { login: 'transifex-integration', source: 'https://github.com/apps/transifex-integration' },
  { login: 'crowdin-bot', source: 'https://github.com/crowdin-bot' },
  { login: 'gitlab-bot', source: 'https://gitlab.com/gitlab-bot' },
  { login: 'k8s-ci-robot', source: 'https://github.com/k8s-ci-robot' },
];
