/**
 * Prometheus relabeling (model/relabel/relabel.go, Prometheus 2.x/3.x): the actions prometheus-operator
 * generates and users write, with Prometheus' defaults (separator ";", regex "(.*)" fully anchored,
 * replacement "$1", action replace) and Go's regexp template expansion ($1, ${1}, ${name}, $$).
 */

export type Labels = Record<string, string>;

/** One relabel_config, in Prometheus' snake_case or prometheus-operator's camelCase spelling. */
export interface RelabelConfig {
  source_labels?: string[];
  sourceLabels?: string[];
  separator?: string;
  regex?: string;
  modulus?: number;
  target_label?: string;
  targetLabel?: string;
  replacement?: string;
  action?: string;
}

/** RE2 syntax that JavaScript spells differently: named groups (?P<name>...). */
const toJs = (re: string) => re.replace(/\(\?P</g, '(?<');

function compile(regex: string | undefined): RegExp {
  return new RegExp(`^(?:${toJs(regex ?? '(.*)')})$`);
}

/** Go's Regexp.ExpandString: `$name`/`${name}` take the longest run of letters, digits and underscores. */
export function expand(template: string, match: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== '$' || i === template.length - 1) {
      out += c;
      continue;
    }
    const next = template[i + 1]!;
    if (next === '$') {
      out += '$';
      i++;
      continue;
    }
    let name: string | undefined;
    let end = i;
    if (next === '{') {
      const close = template.indexOf('}', i + 2);
      const inner = close === -1 ? '' : template.slice(i + 2, close);
      if (close !== -1 && /^[A-Za-z0-9_]+$/.test(inner)) {
        name = inner;
        end = close;
      }
    } else {
      const m = /^[A-Za-z0-9_]+/.exec(template.slice(i + 1));
      if (m) {
        name = m[0];
        end = i + m[0].length;
      }
    }
    if (name === undefined) {
      out += c; // a `$` that starts no reference is kept, as Go does
      continue;
    }
    out += /^\d+$/.test(name) ? (match[Number(name)] ?? '') : (match.groups?.[name] ?? '');
    i = end;
  }
  return out;
}

const validLabelName = (name: string) => /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name);

/** Applies one config; undefined when the config drops the target or sample. */
function apply(labels: Labels, cfg: RelabelConfig): Labels | undefined {
  const action = (cfg.action ?? 'replace').toLowerCase();
  const sources = cfg.source_labels ?? cfg.sourceLabels ?? [];
  const target = cfg.target_label ?? cfg.targetLabel ?? '';
  const value = sources.map((s) => labels[s] ?? '').join(cfg.separator ?? ';');
  const regex = compile(cfg.regex);
  const replacement = cfg.replacement ?? '$1';
  const out = { ...labels };
  switch (action) {
    case 'replace': {
      const m = regex.exec(value);
      if (!m) return out;
      const name = expand(target, m);
      if (!validLabelName(name)) return out;
      const result = expand(replacement, m);
      if (result === '') delete out[name];
      else out[name] = result;
      return out;
    }
    case 'keep':
      return regex.test(value) ? out : undefined;
    case 'drop':
      return regex.test(value) ? undefined : out;
    case 'keepequal':
      return value === (labels[target] ?? '') ? out : undefined;
    case 'dropequal':
      return value === (labels[target] ?? '') ? undefined : out;
    case 'lowercase':
      out[target] = value.toLowerCase();
      return out;
    case 'uppercase':
      out[target] = value.toUpperCase();
      return out;
    case 'labelmap':
      for (const [name, v] of Object.entries(labels)) {
        const m = regex.exec(name);
        if (m) out[expand(replacement, m)] = v;
      }
      return out;
    case 'labeldrop':
      for (const name of Object.keys(labels)) if (regex.test(name)) delete out[name];
      return out;
    case 'labelkeep':
      for (const name of Object.keys(labels)) if (!regex.test(name)) delete out[name];
      return out;
    default:
      // hashmod needs Prometheus' md5 sharding, which one-shard setups never drop on: not modelled.
      throw new Error(`relabel action ${action} is not modelled by the test support`);
  }
}

/** Applies configs in order; undefined when one of them drops the labels. Empty values are removed. */
export function relabel(labels: Labels, configs: readonly RelabelConfig[]): Labels | undefined {
  let current: Labels | undefined = labels;
  for (const cfg of configs) {
    current = apply(current, cfg);
    if (!current) return undefined;
  }
  return Object.fromEntries(Object.entries(current).filter(([, v]) => v !== ''));
}
