import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chartMetadata, chartPath, localDependencyDirs } from '../helm/chart-files.ts';
import { repoRoot } from '../paths.ts';
import { runOrThrow } from '../tools/index.ts';

/**
 * Which values a chart's templates read, found by following the templates as Helm would run them, on
 * abstract values instead of real ones. The templates are parsed by Go's own text/template parser (the
 * `template-ast` tool); this file interprets the trees:
 *  - `.Values.a.b`, `$.Values`, `$v := .Values` then `$v.a`, `.context.Values` inside a helper called with
 *    `(dict "context" $ ...)`, `with`, `range` (elements are `a.*`), `get`/`index`/`dig` with literal keys
 *    (a key that is not a literal reads every key: `a.*`), `default`/`coalesce`/`ternary`/`merge` (either
 *    argument), `include`/`template` (the named template is followed with the argument it gets, chart and
 *    ml-common helpers alike), ranges over literal lists are unrolled (ml-common's `digGlobal`);
 *  - a value is read *whole* when it is printed or given to a function that uses all of it (`toYaml`,
 *    `tpl`, `printf`, ...): every value under it counts as read; it is *touched* when only tested (`if`,
 *    `with`, `eq`, `empty`, `hasKey`, ...): the value itself counts, not what is under it;
 *  - what cannot be decided statically is reported, not guessed: `include` of a template whose name is not
 *    a literal. Values rendered through `tpl` are templates themselves; what they read is not seen (the
 *    charts' templated values name releases and services, never other values).
 */
export interface ValueRead {
  /** Path segments under .Values; `*` is any key or element. */
  path: string[];
  whole: boolean;
  /** `templates/x.yaml:12:4` of each place that reads it. */
  locations: string[];
}

export interface TemplateReads {
  reads: ValueRead[];
  /** Places the analysis cannot decide (e.g. include of a computed template name), with why. */
  undecidable: { location: string; reason: string }[];
}

type TNode = Record<string, any> & { t: string };

type AV =
  | { k: 'root' }
  | { k: 'values'; path: string[] }
  | { k: 'dict'; id: number; entries: Map<string, AV[]> }
  | { k: 'list'; id: number; items: AV[]; exact?: AV[][] }
  | { k: 'str'; v: string }
  | { k: 'other' };

const OTHER: AV[] = [{ k: 'other' }];
let ids = 0;
const MAX_ALTERNATIVES = 64;

function keyOf(av: AV): string {
  switch (av.k) {
    case 'values':
      return `v:${av.path.join('\0')}`;
    case 'str':
      return `s:${av.v}`;
    case 'dict':
      return `d#${av.id}`;
    case 'list':
      return `l#${av.id}`;
    default:
      return av.k;
  }
}

function union(...sets: AV[][]): AV[] {
  const seen = new Map<string, AV>();
  for (const set of sets) for (const av of set) if (!seen.has(keyOf(av))) seen.set(keyOf(av), av);
  const out = [...seen.values()];
  return out.length > MAX_ALTERNATIVES ? out.slice(0, MAX_ALTERNATIVES) : out;
}

/** A canonical text of an argument, for memoising a helper's analysis per argument shape. */
function shapeOf(avs: AV[], depth = 0): string {
  if (depth > 6) return '…';
  return avs
    .map((av) => {
      if (av.k === 'dict') return `{${[...av.entries].map(([k, v]) => `${k}:${shapeOf(v, depth + 1)}`).join(',')}}`;
      if (av.k === 'list') return `[${shapeOf(av.items, depth + 1)}]`;
      return keyOf(av);
    })
    .sort()
    .join('|');
}

function navigate(avs: AV[], field: string): AV[] {
  return union(
    ...avs.map((av): AV[] => {
      switch (av.k) {
        case 'root':
          // `.Template.BasePath` is known: `include (print $.Template.BasePath "/x.yaml") .` names a file's template.
          if (field === 'Template') return [{ k: 'dict', id: -1, entries: new Map([['BasePath', [{ k: 'str', v: 'templates' } as AV]]]) }];
          return field === 'Values' ? [{ k: 'values', path: [] }] : OTHER;
        case 'values':
          return [{ k: 'values', path: [...av.path, field] }];
        case 'dict':
          return field === '*' ? union(...av.entries.values()) : (av.entries.get(field) ?? OTHER);
        case 'list':
          return field === '*' ? av.items : OTHER;
        default:
          return OTHER;
      }
    }),
  );
}

/** Keys a function argument names: its literal strings, or `*` when it is not a literal. */
const keysOf = (avs: AV[]) => (avs.length > 0 && avs.every((a) => a.k === 'str') ? avs.map((a) => (a as { v: string }).v) : ['*']);
const navigateKeys = (avs: AV[], keys: AV[]) => union(...keysOf(keys).map((k) => navigate(avs, k)));

interface Env {
  dot: AV[];
  dollar: AV[];
  vars: Map<string, AV[]>;
}

const copyEnv = (env: Env): Env => ({ ...env, vars: new Map(env.vars) });

function join_(into: Env, ...branches: Env[]): void {
  for (const b of branches) for (const [name, avs] of b.vars) into.vars.set(name, union(into.vars.get(name) ?? [], avs));
}

/** Functions whose result is one of their arguments (values flow through them). */
const passThrough: Record<string, (args: AV[][]) => AV[]> = {
  default: (a) => union(...a),
  coalesce: (a) => union(...a),
  ternary: (a) => union(a[0] ?? [], a[1] ?? []), // its condition is tested (see call)
  deepCopy: (a) => a[0] ?? OTHER,
  mustDeepCopy: (a) => a[0] ?? OTHER,
  merge: (a) => union(...a),
  mergeOverwrite: (a) => union(...a),
  mustMerge: (a) => union(...a),
  mustMergeOverwrite: (a) => union(...a),
  omit: (a) => a[0] ?? OTHER,
  required: (a) => a[1] ?? OTHER,
  first: (a) => navigate(a[0] ?? OTHER, '*'),
  last: (a) => navigate(a[0] ?? OTHER, '*'),
  rest: (a) => a[0] ?? OTHER,
  initial: (a) => a[0] ?? OTHER,
  uniq: (a) => a[0] ?? OTHER,
  compact: (a) => a[0] ?? OTHER,
  sortAlpha: (a) => a[0] ?? OTHER,
  reverse: (a) => a[0] ?? OTHER,
  and: (a) => union(...a),
  or: (a) => union(...a),
  unset: (a) => a[0] ?? OTHER,
};

/** Functions that only test their arguments: the values themselves count as read, not what is under them. */
const tests = new Set(['not', 'empty', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'len', 'kindIs', 'typeIs', 'kindOf', 'typeOf', 'and', 'or', 'required']);

class Interpreter {
  readonly reads = new Map<string, ValueRead>();
  readonly undecidable: TemplateReads['undecidable'] = [];
  private readonly done = new Set<string>();
  private readonly stack: string[] = [];

  constructor(private readonly defines: Map<string, TNode>) {}

  private read(path: string[], whole: boolean, location: string): void {
    const key = `${whole ? 'w' : 't'}\0${path.join('\0')}`;
    const entry = this.reads.get(key) ?? { path, whole, locations: [] };
    if (!entry.locations.includes(location)) entry.locations.push(location);
    this.reads.set(key, entry);
  }

  /** A value used: read whole, or only touched (tested). */
  consume(avs: AV[], whole: boolean, location: string, seen = new Set<number>()): void {
    for (const av of avs) {
      if (av.k === 'values') this.read(av.path, whole, location);
      else if (av.k === 'dict' && !seen.has(av.id)) {
        seen.add(av.id);
        for (const v of av.entries.values()) this.consume(v, whole, location, seen);
      } else if (av.k === 'list' && !seen.has(av.id)) {
        seen.add(av.id);
        this.consume(av.items, whole, location, seen);
      }
    }
  }

  template(name: string, arg: AV[], location: string): void {
    const body = this.defines.get(name);
    if (!body) return; // A template of no chart here (Helm's own) reads nothing of ours.
    const key = `${name}\0${shapeOf(arg)}`;
    if (this.done.has(key) || this.stack.includes(key)) return;
    this.done.add(key);
    this.stack.push(key);
    this.list(body, { dot: arg, dollar: arg, vars: new Map() });
    this.stack.pop();
    void location;
  }

  list(node: TNode | null, env: Env): void {
    for (const n of (node?.nodes ?? []) as TNode[]) this.statement(n, env);
  }

  private statement(n: TNode, env: Env): void {
    switch (n.t) {
      case 'action': {
        const result = this.pipe(n.pipe, env);
        if ((n.pipe.decl as string[]).length === 0) this.consume(result, true, n.loc);
        return;
      }
      case 'if':
      case 'with':
      case 'range':
        return this.branch(n, env);
      case 'template': {
        const arg = n.pipe ? this.pipe(n.pipe, env) : OTHER;
        this.template(n.name, arg, n.loc);
        return;
      }
      case 'list':
        return this.list(n, env);
      default:
        return;
    }
  }

  private branch(n: TNode, env: Env): void {
    const pipe = n.pipe as TNode;
    const subject = this.pipe({ ...pipe, decl: [] }, env);
    this.consume(subject, false, pipe.loc);
    const decl = pipe.decl as string[];
    const inner = copyEnv(env);
    const outer = copyEnv(env);
    if (n.t === 'range') {
      const lists = subject.filter((a) => a.k === 'list') as Extract<AV, { k: 'list' }>[];
      const literal = subject.length === 1 && lists.length === 1 && lists[0]!.exact;
      const bind = (e: Env, element: AV[], key: AV[]) => {
        if (decl.length === 0) e.dot = element;
        else if (decl.length === 1) e.vars.set(decl[0]!, element);
        else {
          e.vars.set(decl[0]!, key);
          e.vars.set(decl[1]!, element);
        }
      };
      if (literal) {
        // A range over a literal list runs its body once per element, in order: variables carry over.
        lists[0]!.exact!.forEach((element) => {
          bind(inner, element, OTHER);
          this.list(n.list, inner);
        });
      } else {
        const keys = union(...subject.map((a): AV[] => (a.k === 'dict' ? [...a.entries.keys()].map((v) => ({ k: 'str', v }) as AV) : OTHER)));
        bind(inner, navigate(subject, '*'), keys);
        this.list(n.list, inner);
      }
    } else {
      if (n.t === 'with') inner.dot = subject;
      for (const name of decl) inner.vars.set(name, subject);
      this.list(n.list, inner);
    }
    if (n.else) this.list(n.else, outer);
    // Each branch started from the variables before it: afterwards a variable holds what either left in it.
    env.vars = new Map();
    join_(env, inner, outer);
  }

  pipe(pipe: TNode | null, env: Env): AV[] {
    if (!pipe) return OTHER;
    let result: AV[] | undefined;
    for (const cmd of pipe.cmds as TNode[]) result = this.command(cmd, env, result);
    const out = result ?? OTHER;
    for (const name of pipe.decl as string[]) env.vars.set(name, out);
    return out;
  }

  private command(cmd: TNode, env: Env, piped: AV[] | undefined): AV[] {
    const [head, ...rest] = cmd.args as TNode[];
    if (!head) return OTHER;
    if (head.t !== 'ident') {
      const value = this.operand(head, env);
      // A method call (`.Capabilities.APIVersions.Has "x"`): its arguments are only tested.
      for (const arg of rest) this.consume(this.operand(arg, env), false, cmd.loc);
      if (piped) this.consume(piped, true, cmd.loc);
      return rest.length > 0 || piped ? OTHER : value;
    }
    const name = head.name as string;
    const args = rest.map((a) => this.operand(a, env));
    if (piped) args.push(piped);
    return this.call(name, args, rest, env, cmd.loc);
  }

  private call(name: string, args: AV[][], raw: TNode[], env: Env, location: string): AV[] {
    switch (name) {
      case 'dict': {
        const entries = new Map<string, AV[]>();
        for (let i = 0; i + 1 < args.length; i += 2) for (const key of keysOf(args[i]!)) entries.set(key, union(entries.get(key) ?? [], args[i + 1]!));
        return [{ k: 'dict', id: ids++, entries }];
      }
      case 'list':
        return [{ k: 'list', id: ids++, items: union(...args), exact: args }];
      case 'concat':
        return [{ k: 'list', id: ids++, items: union(...args.map((a) => navigate(a, '*'))) }];
      case 'append':
      case 'prepend':
        return [{ k: 'list', id: ids++, items: union(navigate(args[0] ?? OTHER, '*'), ...args.slice(1)) }];
      case 'include':
      case 'template': {
        const names = args[0] ?? [];
        if (names.length === 0 || !names.every((a) => a.k === 'str')) {
          this.undecidable.push({ location, reason: `${name} of a template whose name is not a literal string: its reads cannot be followed. Fix: name the template literally` });
          this.consume(args[1] ?? [], true, location);
        } else for (const n of names) this.template((n as { v: string }).v, args[1] ?? OTHER, location);
        return OTHER;
      }
      case 'get':
        return navigateKeys(args[0] ?? OTHER, args[1] ?? OTHER);
      case 'index': {
        let node = args[0] ?? OTHER;
        for (const key of args.slice(1)) node = navigateKeys(node, key);
        return node;
      }
      case 'dig': {
        // dig "a" "b" <default> <map>
        const map = args.at(-1) ?? OTHER;
        let node = map;
        for (const key of args.slice(0, -2)) node = navigateKeys(node, key);
        return union(node, args.at(-2) ?? OTHER);
      }
      case 'hasKey':
        this.consume(navigateKeys(args[0] ?? OTHER, args[1] ?? OTHER), false, location);
        return OTHER;
      case 'pick': {
        const entries = new Map<string, AV[]>();
        for (const key of args.slice(1)) for (const k of keysOf(key)) entries.set(k, navigate(args[0] ?? OTHER, k));
        return [{ k: 'dict', id: ids++, entries }];
      }
      case 'keys': {
        this.consume(args[0] ?? [], false, location);
        const literal = (args[0] ?? []).every((a) => a.k === 'dict');
        const keys = literal ? union(...(args[0] as Extract<AV, { k: 'dict' }>[]).map((d) => [...d.entries.keys()].map((v) => ({ k: 'str', v }) as AV))) : OTHER;
        return [{ k: 'list', id: ids++, items: keys }];
      }
      case 'values':
        return [{ k: 'list', id: ids++, items: navigate(args[0] ?? OTHER, '*') }];
      case 'set': {
        for (const d of args[0] ?? []) if (d.k === 'dict') for (const k of keysOf(args[1] ?? OTHER)) d.entries.set(k, union(d.entries.get(k) ?? [], args[2] ?? OTHER));
        return args[0] ?? OTHER;
      }
      case 'tpl':
        this.consume(args[0] ?? [], true, location);
        return OTHER;
      case 'ternary':
        this.consume(args[2] ?? [], false, location);
        return union(args[0] ?? [], args[1] ?? []);
      case 'print':
        // Literal pieces make a literal (a template name built from .Template.BasePath).
        if (args.every((a) => a.length === 1 && a[0]!.k === 'str')) return [{ k: 'str', v: args.map((a) => (a[0] as { v: string }).v).join('') }];
        for (const a of args) this.consume(a, true, location);
        return OTHER;
      default: {
        if (Object.hasOwn(passThrough, name)) {
          if (tests.has(name)) for (const a of args) this.consume(a, false, location);
          return passThrough[name]!(args);
        }
        const whole = !tests.has(name);
        for (const a of args) this.consume(a, whole, location);
        void raw;
        void env;
        return OTHER;
      }
    }
  }

  private operand(node: TNode, env: Env): AV[] {
    switch (node.t) {
      case 'field':
        return (node.ident as string[]).reduce((avs, f) => navigate(avs, f), env.dot);
      case 'var': {
        const [name, ...fields] = node.ident as string[];
        const start = name === '$' ? env.dollar : (env.vars.get(name!) ?? OTHER);
        return fields.reduce((avs, f) => navigate(avs, f), start);
      }
      case 'chain':
        return (node.field as string[]).reduce((avs, f) => navigate(avs, f), this.operand(node.node, env));
      case 'dot':
        return env.dot;
      case 'string':
        return [{ k: 'str', v: node.value }];
      case 'pipe':
        return this.pipe(node, env);
      case 'ident':
        return this.call(node.name, [], [], env, node.loc ?? '');
      default:
        return OTHER;
    }
  }
}

function templateFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const full = join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(join(dir, 'templates'));
  return out;
}

/** Parse trees of template files, by file then template name (Go's parser, through the template-ast tool). */
export async function parseTemplates(files: readonly string[]): Promise<Record<string, Record<string, TNode>>> {
  const out = await runOrThrow('template-ast', files.map((f) => relative(repoRoot, f)), { cwd: repoRoot });
  return JSON.parse(out) as Record<string, Record<string, TNode>>;
}

/**
 * The values a chart's templates read: every file Helm renders (templates/ without a leading `_`,
 * NOTES.txt, tests/) is followed from its root, with the chart's and its library dependencies' helpers.
 */
export async function templateReads(chart: string): Promise<TemplateReads> {
  const dir = chartPath(chart);
  const libraries = localDependencyDirs(dir).filter((d) => chartMetadata(d).type === 'library');
  const own = templateFiles(dir);
  const trees = await parseTemplates([...own, ...libraries.flatMap(templateFiles)]);
  const defines = new Map<string, TNode>();
  const roots: TNode[] = [];
  for (const [file, byName] of Object.entries(trees)) {
    for (const [name, tree] of Object.entries(byName)) {
      if (name !== file) defines.set(name, tree);
      else if (own.includes(join(repoRoot, file)) && !file.split('/').pop()!.startsWith('_')) roots.push(tree);
    }
  }
  const interpreter = new Interpreter(defines);
  const root: AV[] = [{ k: 'root' }];
  for (const tree of roots) interpreter.list(tree, { dot: root, dollar: root, vars: new Map() });
  return { reads: [...interpreter.reads.values()], undecidable: interpreter.undecidable };
}
