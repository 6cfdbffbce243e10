import { requireOptions } from '../../model/internal/argumentChecks.js';

/**
 * The arguments of the `git` command whose output {@link parseGitLog} and
 * {@link gitExtract} read: `git log --pretty=fuller --numstat --raw
 * --parents --decorate=full` with the mailmap, colours, notes, signatures and
 * external diff tools off (so raw identities are kept and the output is the
 * same whatever the user's git configuration), after `-C repository` when one
 * is given. `since` is passed on as `--since` (git then stops at commits
 * committed before it; {@link gitExtract} also filters by author date).
 * `rev` names what to log (default `HEAD`).
 *
 * @param options - `repository` (a path, for `-C`), `since` (a date git understands), `rev`
 * @returns the argument list, to pass to `git` without a shell
 *
 * @example
 * ```ts
 * gitLogArgs().join(' ');
 * // → '-c log.mailmap=false -c log.showSignature=false -c core.quotePath=true log --pretty=fuller --numstat --raw --parents --decorate=full --no-color --date=default --no-notes --no-ext-diff --no-textconv --encoding=UTF-8 HEAD --'
 * gitLogArgs({ repository: 'lesson', since: '2024-01-01' }).slice(0, 2); // → ['-C', 'lesson']
 * ```
 */
export function gitLogArgs(options: { repository?: string; since?: string; rev?: string } = {}): string[] {
  requireOptions('gitLogArgs', 'options', options);
  return [
    ...(options.repository === undefined ? [] : ['-C', options.repository]),
    '-c',
    'log.mailmap=false',
    '-c',
    'log.showSignature=false',
    '-c',
    'core.quotePath=true',
    'log',
    '--pretty=fuller',
    '--numstat',
    '--raw',
    '--parents',
    '--decorate=full',
    '--no-color',
    '--date=default',
    '--no-notes',
    '--no-ext-diff',
    '--no-textconv',
    '--encoding=UTF-8',
    ...(options.since === undefined ? [] : [`--since=${options.since}`]),
    options.rev ?? 'HEAD',
    '--',
  ];
}

/**
 * The command a user types to write a log {@link parseGitLog} reads (for messages and docs).
 *
 * @example
 * ```ts
 * GIT_LOG_COMMAND.startsWith('git -c log.mailmap=false log --pretty=fuller'); // → true
 * ```
 */
export const GIT_LOG_COMMAND =
  'git -c log.mailmap=false log --pretty=fuller --numstat --raw --parents --decorate=full > git.log';
