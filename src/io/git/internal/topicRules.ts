/** A compiled topic rule: a path glob and the topic it gives. */
export interface TopicRule {
  test: (path: string) => boolean;
  topic: string;
}

/** Characters a glob takes literally but a RegExp would not. */
const SPECIAL = /[.+^${}()|[\]\\]/g;

/**
 * A glob as a RegExp over whole paths: `**` any number of directories (`doc/**`
 * everything under doc/, `**\/test/*` a test/ directory at any depth), `*`
 * anything within one path segment, `?` one character other than `/`. A glob
 * without `/` is matched against the file name at any depth (as in
 * .gitignore): `*.md` is every Markdown file. A trailing `/` means everything
 * under that directory.
 */
export function globToRegExp(glob: string): RegExp {
  let g = glob.startsWith('/') ? glob.slice(1) : glob;
  if (g.endsWith('/')) g += '**';
  const anyDepth = !glob.includes('/');
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const ch = g[i] as string;
    if (ch === '*' && g[i + 1] === '*') {
      const slash = g[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(SPECIAL, '\\$&');
  }
  return new RegExp(`^${anyDepth ? '(?:.*/)?' : ''}${re}$`);
}

/** Compiles `{ glob: topic }` rules, in their order. */
export function compileTopicRules(rules: Readonly<Record<string, string>>): TopicRule[] {
  return Object.entries(rules).map(([glob, topic]) => {
    const re = globToRegExp(glob);
    return { test: (path: string) => re.test(path), topic };
  });
}

/** The top-level directory of a path (`doc` for `doc/intro.md`), or undefined for a file at the root. */
export function topLevelDirectory(path: string): string | undefined {
  const slash = path.indexOf('/');
  return slash <= 0 ? undefined : path.slice(0, slash);
}
